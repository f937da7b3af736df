import type { PreparedDocument } from '../document/prepared-document.js';
import { runningTitle } from '../document/select-excerpt.js';
import { msgIn } from '../i18n/message.js';

/**
 * A CSS string for text from the project (titles). The rules sit in a `<style>` element, which
 * ends at the first `</style` whatever CSS makes of it: `<` is written as the escape `\3C `, so a
 * title cannot end the element and put markup into the page. Line breaks, which would end the
 * string, become spaces; control characters CSS cannot carry are left out.
 */
export function cssString(value: string): string {
  const text = value
    .replace(/[\n\r\f]+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '')
    .replace(/[\\"<]/g, (c) => (c === '<' ? '\\3C ' : `\\${c}`));
  return `"${text}"`;
}

const BOX = "font-family: 'Source Sans 3', sans-serif; font-size: 8pt; color: #4a4a4a;";

/** A4 and its margins in millimetres (top, right, bottom, left). */
const PAGE = { height: 297, margin: [24, 20, 22, 22] } as const;
/**
 * The cover's height: page 1's text area, less a millimetre, so rounding in the browser never puts
 * a last line of the cover onto a page of its own. Its funding notice and logos stand at its foot.
 */
const COVER_HEIGHT = PAGE.height - PAGE.margin[0] - PAGE.margin[2] - 1;

/**
 * The paged-media rules of the print: A4, a running header with the document title (marked in an
 * excerpt) and the current chapter (one named page per chapter, and one each for the contents, the
 * lists of figures and tables, the glossary and the Impressum), "Seite X von Y" in the footer, and a
 * cover without either, as tall as the page's text area.
 */
export function pageCss(document: PreparedDocument, labels: { toc: string; glossary: string; imprint: string; figures: string; tables: string }): string {
  const { manifest } = document.project;
  // The lists of figures and tables share their pages (style.css), so their header names those there are.
  const kinds = new Set(document.captions.map((caption) => caption.kind));
  const lists = [...(kinds.has('figure') ? [labels.figures] : []), ...(kinds.has('table') ? [labels.tables] : [])].join(' · ');
  const footer = `"${msgIn(manifest.lang, 'render.page.footerPage')} " counter(page) " ${msgIn(manifest.lang, 'render.page.footerOf')} " counter(pages)`;
  const rules = [
    `@page { size: A4; margin: ${PAGE.margin.map((mm) => `${mm}mm`).join(' ')};
  @top-left { content: ${cssString(runningTitle(document))}; ${BOX} vertical-align: bottom; padding-bottom: 4mm; }
  @top-right { ${BOX} vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-right { content: ${footer}; ${BOX} vertical-align: top; padding-top: 4mm; }
}`,
    '@page cover { @top-left { content: none; } @top-right { content: none; } @bottom-right { content: none; } }',
    `@media print { .cover { height: ${COVER_HEIGHT}mm; } }`,
    `@page front { @top-right { content: ${cssString(labels.toc)}; } }`,
    `@page lists { @top-right { content: ${cssString(lists || labels.toc)}; } }`,
    `@page glossary { @top-right { content: ${cssString(labels.glossary)}; } }`,
    `@page imprint { @top-right { content: ${cssString(labels.imprint)}; } }`,
    // A style sheet of the project's own may still put both on one named page.
    `@page back { @top-right { content: ${cssString(`${labels.glossary} · ${labels.imprint}`)}; } }`,
  ];
  for (const entry of document.outline.entries) {
    if (entry.level !== 1) continue;
    rules.push(
      `@page ch-${entry.id} { @top-right { content: ${cssString(`${entry.number} ${entry.title}`)}; } }`,
      `section[aria-labelledby="${entry.id}"] { page: ch-${entry.id}; }`,
    );
  }
  return rules.join('\n');
}
