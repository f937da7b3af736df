import Handlebars from 'handlebars';
import type { PreparedDocument } from '../document/prepared-document.js';
import { renderError } from '../errors.js';
import { msg } from '../i18n/message.js';
import { DRAFT_MARK_CSS, stampView, type DocumentStamp } from '../document/document-stamp.js';
import { cssForStyleElement } from './neutralize-css.js';
import { pageCss } from './page-css.js';
import { chapterSlot, cssSlot, fillSlots, sanitizePage } from './sanitize-page.js';
import { documentLabels, formatDate } from './labels.js';
import type { LayoutTemplates } from './load-templates.js';
import type { RenderedChapters } from './render-chapters.js';

export interface TocEntry {
  id: string;
  number: string;
  title: string;
  /** Stand-in digits the PDF step replaces with the page number (see pdf/fill-toc-pages.ts). */
  page?: string;
  children: TocEntry[];
}

/**
 * The stand-in digits of the contents' page numbers: as few as the document needs (so the dotted
 * leader ends close to the number), at least three. The first entries together use every digit,
 * so the PDF's subset of the page-number font holds all ten digits the real numbers need.
 */
export function pagePlaceholder(index: number, width = 3): string {
  const digits = '0123456789';
  const start = index * width;
  if (start >= digits.length) return '0'.repeat(width);
  return digits.slice(start, start + width).padEnd(width, '9');
}

/**
 * Digits for the page numbers: a generous guess of the page count from the chapters' expanded
 * Markdown, known before any chapter is rendered (the contents come first in a streamed print).
 * About 3 KB of Markdown make a page here; twice that many pages leaves room to spare (a guess too
 * small costs a second print, see pdf/render-pdf.ts).
 */
export function pageNumberWidth(document: Pick<PreparedDocument, 'chapters'>): number {
  const chars = document.chapters.reduce((sum, chapter) => sum + (chapter.tree?.position?.end.offset ?? chapter.source.body.length), 0);
  return Math.max(3, String(Math.ceil((chars / 3000) * 2)).length);
}

/** Chapters with their sections down to `depth` (2 = `##`). */
export function tableOfContents(document: PreparedDocument, depth = 2): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const entry of document.outline.entries) {
    if (entry.level === 1) toc.push({ id: entry.id, number: entry.number, title: entry.title, children: [] });
    else if (entry.level <= depth) toc.at(-1)?.children.push({ id: entry.id, number: entry.number, title: entry.title, children: [] });
  }
  return toc;
}

export interface PageTarget {
  /** The anchor the contents entry links to. */
  id: string;
  /** The stand-in digits printed where its page number goes. */
  placeholder: string;
}

export interface BookmarkSource {
  id: string;
  title: string;
  level: number;
  page?: number;
}

/**
 * The contents as printed: chapters and sections, the back matter and the lists of figures and
 * tables, each with its stand-in page number, in the order they appear on the contents pages.
 * The PDF step asks the same function, so both agree which stand-in belongs to which anchor.
 */
export function contentsWithPages(document: PreparedDocument, rendered: Pick<RenderedChapters, 'captions' | 'chapters'>, printPages = true) {
  const labels = documentLabels(document.project.manifest.lang);
  const toc = tableOfContents(document);
  const targets: PageTarget[] = [];
  const width = pageNumberWidth(document);
  // Nothing links to the contents, so the PDF has no named destination for them: they start on the
  // page after the cover (style.css breaks the page there).
  const bookmarks: BookmarkSource[] = [{ id: 'inhaltsverzeichnis', title: labels.toc, level: 1, page: 2 }];
  const nextPage = (id: string) => {
    if (!printPages) return '';
    const placeholder = pagePlaceholder(targets.length, width);
    targets.push({ id, placeholder });
    return placeholder;
  };
  for (const chapter of toc) {
    chapter.page = nextPage(chapter.id);
    bookmarks.push({ id: chapter.id, title: `${chapter.number} ${chapter.title}`, level: 1 });
    for (const section of chapter.children) {
      section.page = nextPage(section.id);
      bookmarks.push({ id: section.id, title: `${section.number} ${section.title}`, level: 2 });
    }
  }
  const hasGlossary = Object.keys(document.project.glossary?.value ?? {}).length > 0;
  const backPages = {
    glossary: hasGlossary ? nextPage('abkuerzungsverzeichnis') : '',
    imprint: nextPage('impressum'),
  };
  if (hasGlossary) bookmarks.push({ id: 'abkuerzungsverzeichnis', title: labels.glossary, level: 1 });
  bookmarks.push({ id: 'impressum', title: labels.imprint, level: 1 });
  const figures = rendered.captions.filter((c) => c.kind === 'figure').map((c) => ({ ...c, page: nextPage(c.id) }));
  const tables = rendered.captions.filter((c) => c.kind === 'table').map((c) => ({ ...c, page: nextPage(c.id) }));
  return { toc, figures, tables, backPages, targets, bookmarks };
}

/**
 * A Handlebars runtime for the page templates: `{{log}}` prints nothing (it would write into the
 * output of `check --format json` and the terminal of whoever builds someone else's project).
 */
export function layoutRuntime(partials: Record<string, string>): typeof Handlebars {
  const runtime = Handlebars.create();
  runtime.registerHelper('log', () => '');
  for (const [name, body] of Object.entries(partials)) runtime.registerPartial(name, body);
  return runtime;
}

export const LAYOUT_RUNTIME_OPTIONS: Handlebars.RuntimeOptions = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
};

/**
 * The compiled layout of a set of templates: a build renders the page twice (screen and print) with
 * the same templates, and compiling the layout and its partials is most of a render's template time.
 */
const compiledLayouts = new WeakMap<LayoutTemplates, Handlebars.TemplateDelegate>();

function compiledLayout(templates: LayoutTemplates): Handlebars.TemplateDelegate {
  let layout = compiledLayouts.get(templates);
  if (!layout) {
    layout = layoutRuntime(templates.partials).compile(templates.layout, { strict: false });
    compiledLayouts.set(templates, layout);
  }
  return layout;
}

/**
 * What the layout is given: the manifest, labels, contents and the chapters. Where the chapters'
 * HTML and the tool's CSS go, the view holds slots (see sanitize-page.ts), filled once the page the
 * templates made is safe.
 */
export function layoutView(
  document: PreparedDocument,
  rendered: Pick<RenderedChapters, 'captions' | 'chapters'>,
  templates: LayoutTemplates,
  generator: string,
  printPages = false,
  stamp?: DocumentStamp,
) {
  const { manifest } = document.project;
  const lang = manifest.lang;
  const glossary = Object.entries(document.project.glossary?.value ?? {})
    .map(([abbr, expansion]) => ({ abbr, expansion }))
    .sort((a, b) => a.abbr.localeCompare(b.abbr, lang));
  const { toc, figures, tables, backPages } = contentsWithPages(document, rendered, printPages);
  const slotted = rendered.chapters.map((chapter, index) => ({ ...chapter, html: chapterSlot(index) }));
  return {
    lang,
    manifest,
    labels: documentLabels(lang),
    periodText: `${manifest.period.from}–${manifest.period.to}`,
    dateText: formatDate(manifest.date, lang),
    authorsText: manifest.authors.join(', '),
    keywordsText: manifest.keywords.join(', '),
    toc,
    chapters: slotted.filter((c) => c.kind === 'chapter'),
    appendix: slotted.filter((c) => c.kind === 'appendix'),
    figures,
    tables,
    backPages,
    glossary,
    ...publicationView(document),
    release: stamp && stampView(stamp, lang),
    excerpt: document.excerpt && { text: document.excerpt.text },
    // The project's style sheet cannot end its <style> element (`</style>` in it is CSS text).
    css: cssForStyleElement(stamp?.draft ? `${templates.css}\n${DRAFT_MARK_CSS}` : templates.css),
    fontCss: cssSlot('fonts'),
    pageCss: cssSlot('page'),
    generator,
  };
}

/**
 * The cover picture, the funding notice with the funders' logos and the Impressum's fields, as the
 * templates see them (`cover.image`, `funding.text`, `funding.logos`, `imprint.*`); the images as
 * data URLs, so a cover partial of the project's own shows them without loading anything.
 */
export function publicationView(document: PreparedDocument) {
  const { manifest, profile } = document.project;
  const text = manifest.funding?.text ?? profile.funding?.text;
  const logos = document.frontImages?.logos ?? [];
  const publisher = manifest.imprint?.publisher ?? manifest.organization;
  return {
    cover: { ...(document.frontImages?.cover && { image: document.frontImages.cover }) },
    funding: text !== undefined || logos.length > 0 ? { ...(text !== undefined && { text }), logos } : undefined,
    imprint: { ...manifest.imprint, ...(publisher !== undefined && { publisher }) },
  };
}

/** Assembles the whole HTML page from the layout template, the chapters and the manifest. */
export function renderHtml(
  document: PreparedDocument,
  rendered: RenderedChapters,
  templates: LayoutTemplates,
  generator: string,
  fontCss = '',
  /** For the PDF: the contents get stand-in page numbers that the PDF step fills in. */
  printPages = false,
  /** Version, commit and draft mark of a release (cover and Impressum); none for a plain build. */
  stamp?: DocumentStamp,
): string {
  const view = layoutView(document, rendered, templates, generator, printPages, stamp);
  let page: string;
  try {
    page = compiledLayout(templates)(view, LAYOUT_RUNTIME_OPTIONS);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A partial that includes itself runs until the stack is gone; say so instead of V8's words.
    const endless = error instanceof RangeError;
    throw renderError(
      endless ? msg('render.layout.endless') : msg('render.layout.broken', { message }),
      { file: 'templates/layout.hbs' },
      error,
    );
  }
  const safe = sanitizePage(page);
  const labels = documentLabels(document.project.manifest.lang);
  return fillSlots(safe.html, safe.slots, (key) => {
    if (key === 'css:fonts') return fontCss;
    if (key === 'css:page') return pageCss(document, labels);
    const chapter = /^chapter:(\d+)$/.exec(key);
    return chapter ? rendered.chapters[Number(chapter[1])]?.html : undefined;
  });
}
