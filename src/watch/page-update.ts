import type { RenderedChapter } from '../render/render-chapters.js';
import type { ChapterSlot } from './preview-events.js';

/** How an open page gets from one build to the next. */
export type PageUpdate =
  | { kind: 'none' }
  | { kind: 'reload' }
  | {
      kind: 'patch';
      /** Whether the inside of `<head>` changed (styles, title, print rules that name the chapters). */
      head: boolean;
      /** The new `<body>` content with chapter slots, when more than chapters changed; else null. */
      body: string | null;
      /** Per chapter of the new build: the page's chapter at the same place (`reuse`), or new HTML. */
      slots: ChapterSlot[];
      /** Chapters whose HTML is new. */
      changed: string[];
    };

/** A page cut at its head and body: `<html …><head …>`, the head's content, `</head>…<body …>`, the body's content. */
export interface FrameParts {
  open: string;
  head: string;
  between: string;
  body: string;
}

export function splitFrame(frame: string): FrameParts | undefined {
  const headOpen = /<head\b[^>]*>/i.exec(frame);
  const headClose = frame.search(/<\/head>/i);
  if (!headOpen || headClose === -1) return undefined;
  const bodyOpen = /<body\b[^>]*>/i.exec(frame.slice(headClose));
  const bodyClose = frame.toLowerCase().lastIndexOf('</body>');
  if (!bodyOpen || bodyClose === -1) return undefined;
  const bodyStart = headClose + bodyOpen.index + bodyOpen[0].length;
  const headStart = headOpen.index + headOpen[0].length;
  return {
    open: frame.slice(0, headStart),
    head: frame.slice(headStart, headClose),
    between: frame.slice(headClose, bodyStart),
    body: frame.slice(bodyStart, bodyClose),
  };
}

/**
 * Compares two builds' pages: a patch that swaps the changed chapters and – when the head (styles,
 * title, print rules naming the chapters), the contents, lists or back matter changed too – says so,
 * so the page can lay the new parts over the old ones, keeping the chapters it already shows. A
 * different `<html>` or `<body>` tag (the document language) or chapters added, removed or moved
 * need a reload.
 */
export function planUpdate(
  previous: { frame: string; chapters: readonly RenderedChapter[] } | undefined,
  next: { frame: string; chapters: readonly RenderedChapter[] },
): PageUpdate {
  if (!previous) return { kind: 'reload' };
  const before = splitFrame(previous.frame);
  const after = splitFrame(next.frame);
  if (!before || !after || before.open !== after.open || before.between !== after.between) return { kind: 'reload' };
  const oldIndex = new Map(previous.chapters.map((chapter, index) => [chapter.id, index]));
  const changed: string[] = [];
  const slots = next.chapters.map((chapter) => {
    const index = oldIndex.get(chapter.id);
    if (index !== undefined && previous.chapters[index]!.html === chapter.html) return { reuse: index };
    changed.push(chapter.id);
    return { html: chapter.html };
  });
  // Chapters added, removed or moved: the page is rebuilt by the browser (rare while writing).
  if (previous.chapters.length !== next.chapters.length || slots.some((slot, index) => 'reuse' in slot && slot.reuse !== index)) {
    return { kind: 'reload' };
  }
  const head = before.head !== after.head;
  const body = before.body === after.body ? null : after.body;
  if (!head && body === null && changed.length === 0) return { kind: 'none' };
  return { kind: 'patch', head, body, slots, changed };
}
