import Handlebars from 'handlebars';
import type { PreparedDocument } from '../document/prepare-document.js';
import { renderError } from '../errors.js';
import { documentLabels, formatDate } from './labels.js';
import type { LayoutTemplates } from './load-templates.js';
import type { RenderedChapters } from './render-chapters.js';

export interface TocEntry {
  id: string;
  number: string;
  title: string;
  children: TocEntry[];
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

/** Assembles the whole HTML page from the layout template, the chapters and the manifest. */
export function renderHtml(
  document: PreparedDocument,
  rendered: RenderedChapters,
  templates: LayoutTemplates,
  generator: string,
): string {
  const { manifest } = document.project;
  const lang = manifest.lang;
  const runtime = Handlebars.create();
  for (const [name, body] of Object.entries(templates.partials)) runtime.registerPartial(name, body);
  const glossary = Object.entries(document.project.glossary?.value ?? {})
    .map(([abbr, expansion]) => ({ abbr, expansion }))
    .sort((a, b) => a.abbr.localeCompare(b.abbr, lang));
  const view = {
    lang,
    manifest,
    labels: documentLabels(lang),
    periodText: `${manifest.period.from}–${manifest.period.to}`,
    dateText: formatDate(manifest.date, lang),
    authorsText: manifest.authors.join(', '),
    keywordsText: manifest.keywords.join(', '),
    toc: tableOfContents(document),
    chapters: rendered.chapters.filter((c) => c.kind === 'chapter'),
    appendix: rendered.chapters.filter((c) => c.kind === 'appendix'),
    figures: rendered.captions.filter((c) => c.kind === 'figure'),
    tables: rendered.captions.filter((c) => c.kind === 'table'),
    glossary,
    css: templates.css,
    generator,
  };
  try {
    return runtime.compile(templates.layout, { strict: false })(view, {
      allowProtoPropertiesByDefault: false,
      allowProtoMethodsByDefault: false,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw renderError(
      { de: `Seitenvorlage fehlerhaft: ${message}`, en: `page template is broken: ${message}` },
      { file: 'templates/layout.hbs' },
      error,
    );
  }
}
