/*
 * The events the preview server sends to the open pages, and what each carries. Shared by the
 * server (watch-project.ts) and the script in the page (client/live-reload.ts), so the two are
 * type-checked against each other. Types only: nothing of Node.js or the DOM.
 */

/** The findings of the check, or why the project could not be built, shown at the top of the page. */
export interface Banner {
  level: 'error' | 'warning';
  title: string;
  /** The label of the button that hides the banner. */
  hide: string;
  /** One per finding; `where` is `file:line`, or empty. */
  items: Array<{ where: string; text: string }>;
  /** A line under the list (how many findings were left out). */
  more?: string;
}

/** Per chapter of the new build: the page's chapter at that index (`reuse`), or new HTML. */
export type ChapterSlot = { reuse: number } | { html: string };

export interface PreviewEvents {
  /** The first event of every stream: the page's version as the server knows it. */
  hello: { version: number; banner: Banner | null };
  /** The page must be loaded anew. */
  reload: { version: number };
  /** Only the banner changed. */
  banner: { banner: Banner | null };
  /** Chapters (and, when not null, the head or the body around them) changed: patch the page from version `from`, which has `count` chapters. */
  patch: { from: number; version: number; count: number; head: string | null; body: string | null; slots: ChapterSlot[]; banner: Banner | null };
}
