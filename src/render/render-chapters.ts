import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { Diagnostic } from '../diagnostics.js';
import type { PreparedDocument } from '../document/prepared-document.js';
import { createChapterDeadline } from '../markdown/chapter-deadline.js';
import type { Outline } from '../transform/build-outline.js';
import type { ParsedChapter } from '../transform/parsed-chapter.js';
import { embedCharts } from '../transform/embed-charts.js';
import { embedImages, newImageCache } from '../transform/embed-images.js';
import { element, text } from '../transform/hast-utils.js';
import type { CaptionEntry } from '../transform/collect-captions.js';
import { numberCaptions } from '../transform/number-captions.js';
import { taskListStates } from '../transform/task-list-states.js';
import { applyTypography } from '../transform/german-typography.js';
import { glossaryPattern, markAbbreviations } from '../transform/mark-abbreviations.js';
import { renameFootnoteAnchors } from '../transform/rename-footnote-anchors.js';
import { unlinkOmitted } from '../transform/unlink-omitted.js';
import { createHastConverter } from './to-hast.js';
import { msgIn } from '../i18n/message.js';

export interface RenderedChapter {
  id: string;
  kind: 'chapter' | 'appendix';
  html: string;
}

export interface RenderedChapters {
  chapters: RenderedChapter[];
  captions: CaptionEntry[];
  diagnostics: Diagnostic[];
}

/** Puts the number in front of every numbered heading: `<span class="heading-number">5.3</span> Ziele`. */
function numberHeadings(tree: Root, outline: Outline): void {
  visit(tree, 'element', (node: Element) => {
    if (!/^h[2-6]$/.test(node.tagName) || typeof node.properties.id !== 'string') return;
    const entry = outline.byId.get(node.properties.id);
    if (!entry?.number) return;
    node.children.unshift(element('span', { className: ['heading-number'] }, [text(entry.number)]), text(' '));
  });
}

/**
 * Wraps each table in a focusable, named region that scrolls sideways on a narrow screen, so the
 * table itself keeps its semantics and keyboard users can still scroll it.
 */
function wrapTables(tree: Root, regionLabel: string): void {
  visit(tree, 'element', (node: Element) => {
    // GFM column alignment arrives as the obsolete align attribute; a class says the same.
    if ((node.tagName === 'td' || node.tagName === 'th') && typeof node.properties.align === 'string') {
      node.properties.className = [`align-${node.properties.align}`];
      delete node.properties.align;
    }
  });
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'table' || !parent || index === undefined) return;
    const labelledBy = node.properties.ariaLabelledBy;
    parent.children[index] = element(
      'div',
      // A table without a caption still names its region, so a screen reader says what scrolls.
      { className: ['table-scroll'], role: 'region', tabIndex: 0, ...(labelledBy !== undefined ? { ariaLabelledBy: labelledBy } : { ariaLabel: regionLabel }) },
      [node],
    );
    return 'skip';
  });
}

export interface RenderHooks {
  /** Called with each chapter's finished `<section>` before it is turned into HTML; may change it. */
  onChapter?: (section: Element, chapter: ParsedChapter) => void;
  /** Called with each chapter's HTML as soon as it is made (a PDF build writes it into the browser); awaited. */
  onHtml?: (index: number, html: string) => void | Promise<void>;
  /** `@font-face` rules put into every embedded SVG image, which cannot see the page's fonts. */
  svgFontCss?: string;
  /**
   * Only the text is wanted (through `onChapter`): images and charts stay unembedded, as they add
   * no text, and the chapters are not turned into HTML (their `html` is empty).
   */
  textOnly?: boolean;
}

/** Turns each prepared chapter into an HTML section: headings numbered, captions, images embedded. */
export async function renderChapters(document: PreparedDocument, hooks: RenderHooks = {}): Promise<RenderedChapters> {
  const { project, outline } = document;
  const lang = project.manifest.lang;
  const toHast = createHastConverter(lang);
  const regionLabel = msgIn(lang, 'render.labels.tableRegion');
  const deadline = createChapterDeadline();
  const images = newImageCache();
  const diagnostics: Diagnostic[] = [];
  const chapters: RenderedChapter[] = [];
  const glossary = project.glossary?.value ?? {};
  const abbreviations = glossaryPattern(glossary);
  for (const chapter of document.chapters) {
    const { frontMatter, body } = chapter.source;
    // The conversion and the steps over the HTML tree are synchronous; they share the chapter's deadline.
    const tree: Root = deadline(chapter.source, body.length, 'render', () => {
      const converted: Root = chapter.tree ? toHast(chapter.tree, frontMatter.id) : { type: 'root', children: [] };
      numberHeadings(converted, outline);
      numberCaptions(converted, document.captionById, lang);
      renameFootnoteAnchors(converted, frontMatter.id);
      if (document.excerpt) unlinkOmitted(converted, document.excerpt.elsewhere, lang);
      wrapTables(converted, regionLabel);
      taskListStates(converted, lang);
      applyTypography(converted, lang);
      markAbbreviations(converted, glossary, abbreviations);
      return converted;
    });
    if (!hooks.textOnly) {
      await embedCharts(tree, document.charts, lang, hooks.svgFontCss);
      await embedImages(tree, project.root, chapter.source, images, diagnostics, hooks.svgFontCss);
    }
    const heading = element('h1', { id: frontMatter.id }, [
      element('span', { className: ['heading-number'] }, [text(chapter.number)]),
      text(` ${frontMatter.title}`),
    ]);
    const section = element(
      'section',
      {
        className: ['chapter', chapter.source.kind === 'appendix' ? 'appendix-chapter' : 'main-chapter'],
        ariaLabelledBy: [frontMatter.id],
        dataChapterType: frontMatter.type,
      },
      [heading, ...(tree.children as Element[])],
    );
    hooks.onChapter?.(section, chapter);
    const html = hooks.textOnly ? '' : deadline(chapter.source, body.length, 'render', () => toHtml(section, { allowDangerousHtml: true }));
    await hooks.onHtml?.(chapters.length, html);
    chapters.push({ id: frontMatter.id, kind: chapter.source.kind, html });
  }
  return { chapters, captions: document.captions, diagnostics };
}
