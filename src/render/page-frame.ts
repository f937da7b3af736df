/**
 * A page frame: the whole page rendered from the layout with a slot where each chapter's HTML
 * goes, so the page around the chapters exists before (or without) their HTML. `ihek watch`
 * renders only the chapters that changed into it; a PDF build writes it into the browser piece by
 * piece while the chapters are still being rendered.
 */

import type { PreparedDocument } from '../document/prepared-document.js';
import type { DocumentStamp } from '../document/document-stamp.js';
import { packageVersion } from '../version.js';
import type { LayoutTemplates } from './load-templates.js';
import type { RenderedChapter } from './render-chapters.js';
import { renderHtml } from './render-html.js';
import { chapterSlot } from './sanitize-page.js';

export { chapterSlot } from './sanitize-page.js';
export const CHAPTER_SLOT = /<!--ihek-chapter:(\d+)-->/g;

/** The whole page from the layout, with the chapter slot of each of `chapters` (in document order) where its HTML goes. */
export function renderFrame(
  document: PreparedDocument,
  chapters: ReadonlyArray<Pick<RenderedChapter, 'id' | 'kind'>>,
  templates: LayoutTemplates,
  fontCss: string,
  printPages = false,
  stamp?: DocumentStamp,
): string {
  const slots = chapters.map(({ id, kind }, index) => ({ id, kind, html: chapterSlot(index) }));
  return renderHtml(document, { chapters: slots, captions: document.captions, diagnostics: [] }, templates, `ihek ${packageVersion()}`, fontCss, printPages, stamp);
}

/** Text of the frame, or the index of the chapter whose HTML goes there. */
export type FramePart = string | number;

/**
 * The frame cut at its chapter slots, in page order. Undefined unless every one of `count`
 * chapters has exactly one slot: a layout of the project's own may leave chapters out, repeat them
 * or escape the slots, and such a page is then only ever made whole.
 */
export function frameParts(frame: string, count: number): FramePart[] | undefined {
  const parts: FramePart[] = [];
  const seen = new Set<number>();
  let done = 0;
  for (const slot of frame.matchAll(CHAPTER_SLOT)) {
    const index = Number(slot[1]);
    if (index >= count || seen.has(index)) return undefined;
    seen.add(index);
    parts.push(frame.slice(done, slot.index), index);
    done = slot.index! + slot[0].length;
  }
  parts.push(frame.slice(done));
  return seen.size === count ? parts : undefined;
}
