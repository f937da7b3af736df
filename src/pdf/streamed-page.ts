import type { CDPSession, Page } from 'puppeteer-core';
import type { FramePart } from '../render/page-frame.js';
import type { BrowserSession } from './browser-session.js';
import { withDeadline } from './deadline.js';

/**
 * What the tool does in the page, written so that the page's own elements cannot get in the way:
 * `<img name="write">` is what `document.write` means in a page that holds one, `<img
 * name="close">` is `document.close`. Methods and getters are taken from the prototypes, through
 * globals (`Document`, `EventTarget`, `window`, `document`) that no element can shadow.
 */
const DOC = 'Document.prototype';
const get = (proto: string, name: string, target: string) => `Object.getOwnPropertyDescriptor(${proto}, '${name}').get.call(${target})`;
const FONTS = get(DOC, 'fonts', 'document');
export const PAGE_OPEN = `${DOC}.open.call(document)`;
export const PAGE_CLOSE = `${DOC}.close.call(document)`;
export const pageWrite = (html: string) => `${DOC}.write.call(document, ${JSON.stringify(html)})`;
/** Resolves when the document is loaded, laid out, and the faces layout asked for are there. */
export const PAGE_READY = `new Promise((resolve) => ${get(DOC, 'readyState', 'document')} === 'complete' ? resolve() : EventTarget.prototype.addEventListener.call(window, 'load', () => resolve(), { once: true }))
  .then(() => { Element.prototype.getBoundingClientRect.call(${get(DOC, 'body', 'document')}); return ${FONTS}.ready; }).then(() => undefined)`;

/**
 * A new page of the session, set up for printing: nothing may be fetched, from the network or
 * from disk (the document is self-contained; what it tries is collected in `blocked`), and laid
 * out for print from the start, so the faces print needs are the ones layout asks for.
 */
export async function printablePage(session: BrowserSession, blocked: string[]): Promise<Page> {
  const page = await session.browser.newPage();
  // The page runs no script of its own, whatever reaches it (the tool's own calls go through the
  // DevTools protocol, which still works); its Content-Security-Policy says the same.
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url === 'about:blank') void request.continue();
    else {
      blocked.push(url);
      void request.abort('blockedbyclient');
    }
  });
  await page.emulateMediaType('print');
  return page;
}

/** The page is printed with this class on its root element (style.css styles the print by it). */
export function printClass(html: string): string {
  return html.replace(/<html /, '<html class="ihek-print" ');
}

/**
 * A page the print is written into while it is still being made: the frame's head and contents as
 * soon as they exist, each chapter as soon as it is rendered. The browser parses and lays the
 * document out on its own core meanwhile, instead of starting once the whole page exists (much of
 * the browser's work then overlaps the rendering). Puppeteer's
 * setContent does the same in one piece (document.open, write, close), so the page is the same.
 */
export class StreamedPage {
  private readonly pending: Array<Promise<void>> = [];
  private failure: unknown;
  private closed = false;

  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
    /** Requests the page tried to make and that were refused. */
    readonly blocked: string[],
  ) {}

  static async open(session: BrowserSession): Promise<StreamedPage> {
    const blocked: string[] = [];
    const page = await printablePage(session, blocked);
    const streamed = new StreamedPage(page, await page.createCDPSession(), blocked);
    streamed.evaluate(PAGE_OPEN);
    return streamed;
  }

  /**
   * Appends HTML to the document without waiting for the browser. Layout is left to the end: a
   * layout forced in between let Chromium number some DOM nodes earlier, and the PDF's structure
   * tree names table header cells by those numbers (the bytes then depended on timing).
   */
  write(html: string): void {
    this.evaluate(pageWrite(html));
  }

  /**
   * Loads the page's faces of `family` in `style` and these `weights` (every subset of them) and
   * resolves when they are there. The SVG images carry these faces with them, as the same data;
   * an image that comes when the page has them shares the page's copy, one that comes earlier
   * loads its own, and which one happened changed the PDF's fonts from run to run.
   */
  loadFaces(faces: { family: string; style: string; weights: readonly string[] }): Promise<void> {
    const expression = `Promise.all([...${FONTS}].filter((face) => face.family.replace(/["']/g, '') === ${JSON.stringify(faces.family)} && face.style === ${JSON.stringify(faces.style)} && ${JSON.stringify(faces.weights)}.includes(face.weight)).map((face) => face.load())).then(() => undefined)`;
    return this.evaluate(expression);
  }

  /** Ends the document and waits until it is loaded and its fonts are ready; throws what went wrong on the way. */
  async finish(): Promise<void> {
    this.evaluate(PAGE_CLOSE);
    this.evaluate(PAGE_READY);
    await Promise.all(this.pending);
    if (this.failure !== undefined) throw this.failure;
  }

  /** Closes the page; a browser that does not answer within 2 s is left to the session's close, which kills it. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await withDeadline(this.page.close(), 2000, 'closing the page').catch(() => undefined);
  }

  private evaluate(expression: string): Promise<void> {
    const done = this.cdp.send('Runtime.evaluate', { expression, awaitPromise: true }).then(
        (result) => {
          if (result.exceptionDetails) this.failure ??= new Error(`writing the page failed: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
        },
        (error: unknown) => {
          this.failure ??= error;
        },
      );
    this.pending.push(done);
    return done;
  }
}

/**
 * The print page in the making: the frame's parts go to the page in order, each chapter as soon
 * as it is rendered (and everything before it is out), also when the page opens later than the
 * rendering starts. The whole page is kept as well (the PDF's document id is made from it, and a
 * second print needs it).
 */
export class PrintStream {
  private next = 0;
  private readonly chapters = new Map<number, string>();
  private queued: string[] = [];
  /** The page, once it is open and has the faces the chapters' images share (see StreamedPage.loadFaces). */
  private opened: StreamedPage | undefined;
  private readonly ready: Promise<StreamedPage>;

  constructor(
    private readonly parts: readonly FramePart[],
    opening: Promise<StreamedPage>,
    faces: Parameters<StreamedPage['loadFaces']>[0],
  ) {
    this.ready = opening.then(async (page) => {
      // The head and the contents first (they define and use the faces), then wait for the faces.
      page.write(this.take(1));
      await page.loadFaces(faces);
      this.opened = page;
      this.drain();
      return page;
    });
    this.ready.catch(() => undefined); // said when printing
    this.advance();
  }

  chapter(index: number, html: string): void {
    this.chapters.set(index, html);
    this.advance();
  }

  /** The whole print page, once every chapter is in. */
  html(): string {
    return this.parts.map((part) => (typeof part === 'number' ? this.chapters.get(part)! : part)).join('');
  }

  /** The page with everything written to it (or the error that kept it from opening). */
  async page(): Promise<StreamedPage> {
    const page = await this.ready;
    this.drain();
    return page;
  }

  private advance(): void {
    while (this.next < this.parts.length) {
      const part = this.parts[this.next]!;
      const text = typeof part === 'number' ? this.chapters.get(part) : this.next === 0 ? printClass(part) : part;
      if (text === undefined) break;
      this.queued.push(text);
      this.next += 1;
    }
    this.drain();
  }

  /** The first `count` pieces queued (fewer if not that many are ready yet). */
  private take(count: number): string {
    const taken = this.queued.splice(0, count);
    return taken.join('');
  }

  private drain(): void {
    if (!this.opened || this.queued.length === 0) return;
    this.opened.write(this.take(this.queued.length));
  }
}
