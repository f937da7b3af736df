import { createHash } from 'node:crypto';
import { inputError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { msg, msgIn } from '../i18n/message.js';
import type { Project } from '../project/types.js';
import type { Outline, OutlineEntry } from '../transform/build-outline.js';
import { numberLabel } from '../transform/numbering.js';
import { captionLabel } from '../transform/resolve-cross-references.js';
import type { PreparedDocument } from './prepared-document.js';

/**
 * The document title of the running header (PDF and Word): marked in an excerpt, so a page printed
 * or passed on alone is not taken for part of the whole document.
 */
export function runningTitle(document: PreparedDocument): string {
  const { title, lang } = document.project.manifest;
  return document.excerpt ? msgIn(lang, 'document.excerpt.header', { title }) : title;
}

/**
 * The ids asked for with `--only`, in document order and each once (so the same selection always
 * gets the same file name). An id that names no chapter or appendix stops the build before anything
 * is checked or written, naming the ids there are.
 */
export function excerptIds(project: Project, asked: readonly string[]): string[] {
  const known = project.chapters.map((chapter) => chapter.frontMatter.id);
  const wanted = asked.map((id) => id.trim()).filter((id) => id !== '');
  if (wanted.length === 0) throw inputError(msg('document.excerpt.noId', { known: known.join(', ') }));
  const unknown = wanted.find((id) => !known.includes(id));
  if (unknown !== undefined) throw inputError(msg('document.excerpt.unknownId', { id: unknown, known: known.join(', ') }));
  return known.filter((id) => wanted.includes(id));
}

/**
 * The file name of an excerpt: `ihek-auszug-benn` or `ihek-auszug-gebiet_benn`, never the whole
 * document's name, so one cannot be taken for the other. Ids hold no `_`, so the name is
 * unambiguous; a selection too long for a file name is named by its count and a hash instead.
 */
export function excerptBaseName(baseName: string, ids: readonly string[]): string {
  const joined = ids.join('_');
  if (joined.length <= 120) return `${baseName}-auszug-${joined}`;
  const digest = createHash('sha256').update(joined).digest('hex').slice(0, 12);
  return `${baseName}-auszug-${ids.length}-${digest}`;
}

/**
 * The excerpt of a numbered document: only the chapters in `ids`, with the numbers, anchors and
 * caption numbers the whole document gave them (numbering runs before this step). The contents,
 * the lists of figures and tables, the bookmarks and the running headers follow the outline and
 * captions kept here. The anchors of the chapters left out are kept with their place in the whole
 * document ("Kapitel 3", "Abschnitt 3.2", "Tabelle 4"), so rendering turns links to them into text
 * (transform/unlink-omitted.ts). The glossary and the Impressum stay.
 */
export function selectExcerpt(document: PreparedDocument, ids: readonly string[]): PreparedDocument {
  const kept = new Set(ids);
  const lang = document.project.manifest.lang;
  const chapters = document.chapters.filter((chapter) => kept.has(chapter.source.frontMatter.id));
  const entries = document.outline.entries.filter((entry) => kept.has(entry.chapterId));
  const captions = document.captions.filter((caption) => kept.has(caption.chapterId));
  const elsewhere = new Map<string, string>();
  for (const entry of document.outline.entries) if (!kept.has(entry.chapterId)) elsewhere.set(entry.id, placeOf(entry, document.outline, lang));
  for (const caption of document.captions) if (!kept.has(caption.chapterId)) elsewhere.set(caption.id, captionLabel(caption, lang));
  const parts = chapters.map((chapter) => `${numberLabel(chapter.source.kind, chapter.number, lang)} – ${chapter.source.frontMatter.title}`);
  return {
    ...document,
    chapters,
    outline: { entries, byId: new Map(entries.map((entry) => [entry.id, entry])) },
    captions,
    captionById: new Map(captions.map((caption) => [caption.id, caption])),
    excerpt: { ids: [...ids], text: msgIn(lang, 'document.excerpt.cover', { parts: parts.join('; ') }), elsewhere },
  };
}

/** "Kapitel 3", "Abschnitt 3.2", "Abschnitt 3 a)", "Anlage 1": where a heading stands in the whole document. */
function placeOf(entry: OutlineEntry, outline: Outline, lang: Lang): string {
  if (entry.level > 1 && entry.number) return `${msgIn(lang, 'document.excerpt.section')}\u00a0${entry.number}`;
  const chapter = entry.level === 1 ? entry : outline.byId.get(entry.chapterId);
  return chapter?.number ? numberLabel(chapter.kind, chapter.number, lang) : (chapter ?? entry).title;
}
