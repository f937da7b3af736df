import type { Page } from 'puppeteer-core';
import { renderError } from '../errors.js';
import type { BookmarkSource, PageTarget } from '../render/render-html.js';
import { isLang } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { addOutline } from './add-outline.js';
import type { BrowserSession } from './browser-session.js';
import { describeLinks } from './describe-links.js';
import { destinationPages, fillTocPages, TocFillError } from './fill-toc-pages.js';
import { withDeadline } from './deadline.js';
import { nestStructure } from './nest-structure.js';
import { openPrinted } from './printed-pdf.js';
import { PAGE_CLOSE, PAGE_OPEN, PAGE_READY, pageWrite, printablePage, printClass, type StreamedPage } from './streamed-page.js';
import { shortenDestinations } from './shorten-destinations.js';
import { contentId, regroupFigures, setMetadata, type PdfMetadata } from './set-metadata.js';

export interface PdfJob {
  html: string;
  /** The same page, written into a page of the session while it was rendered (see StreamedPage); printed instead of loading `html`. */
  page?: Promise<StreamedPage>;
  targets: PageTarget[];
  bookmarks: BookmarkSource[];
  metadata: PdfMetadata;
  /** Milliseconds for loading and printing; 0 = derived from the document's size. */
  timeoutMs?: number;
}

export interface PdfResult {
  bytes: Uint8Array;
  pages: number;
  /** Requests the page tried to make and that were refused (none in a sane document). */
  blockedRequests: string[];
  /** True when the contents' page numbers needed a second print. */
  printedTwice: boolean;
}

/** 60 s plus 30 s per megabyte of HTML: well above what printing even a very long document takes. */
export function defaultTimeout(html: string): number {
  return 60_000 + Math.ceil(Buffer.byteLength(html) / 1_000_000) * 30_000;
}

async function print(session: BrowserSession, content: string | Promise<StreamedPage>, timeout: number, blocked: string[]): Promise<Uint8Array> {
  let page: Page | StreamedPage | undefined;
  try {
    const opened = (value: Page | StreamedPage) => (page = value);
    const printing = typeof content === 'string' ? printPage(session, content, timeout, blocked, opened) : printStreamed(content, timeout, blocked, opened);
    return await withDeadline(printing, timeout, 'print');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // "0.001", not "0": a short limit is shown as it was given.
    const seconds = timeout >= 10_000 ? String(Math.round(timeout / 1000)) : String(Number((timeout / 1000).toFixed(3)));
    if (session.interrupted) {
      throw renderError(msg('pdf.print.interrupted'), {}, error);
    }
    throw renderError(
      /timeout|timed out/i.test(message)
        ? msg('pdf.print.timeout', { seconds })
        : /Target closed|Session closed|crash|Connection closed|Printing failed|detached|Protocol error/i.test(message)
          ? msg('pdf.print.crashed', { reason: message.split('\n')[0] ?? '' })
          : msg('pdf.print.failed', { reason: message.split('\n')[0] ?? '' }),
      {},
      error,
    );
  } finally {
    if (page) await withDeadline(page.close(), 2000, 'closing the page').catch(() => undefined);
  }
}

const PDF_OPTIONS = { printBackground: true, preferCSSPageSize: true, tagged: true, outline: false } as const;

async function printPage(
  session: BrowserSession,
  html: string,
  timeout: number,
  blocked: string[],
  opened: (page: Page) => void,
): Promise<Uint8Array> {
  const page = await printablePage(session, blocked);
  opened(page);
  page.setDefaultTimeout(timeout);
  // As puppeteer's setContent does (open, write, close), but by calls the page cannot shadow.
  await page.evaluate(`${PAGE_OPEN}; ${pageWrite(printClass(html))}; ${PAGE_CLOSE}`);
  // Wait until the faces layout asks for are loaded. Loading every face instead made Chromium lay
  // the whole document out again. The running headers and footers use the
  // body face (page-css.ts), which the text loads anyway.
  await page.evaluate(PAGE_READY);
  return await page.pdf({ ...PDF_OPTIONS, timeout });
}

/** Prints a page the document was written into while it was rendered. */
async function printStreamed(
  opening: Promise<StreamedPage>,
  timeout: number,
  blocked: string[],
  opened: (page: StreamedPage) => void,
): Promise<Uint8Array> {
  const streamed = await opening;
  opened(streamed);
  streamed.page.setDefaultTimeout(timeout);
  try {
    await streamed.finish();
  } finally {
    blocked.push(...streamed.blocked);
  }
  return await streamed.page.pdf({ ...PDF_OPTIONS, timeout });
}

/**
 * Prints the HTML to a tagged PDF once, writes the contents' page numbers into it, adds bookmarks
 * and metadata, and fixes every varying field so the same input gives the same bytes.
 */
export async function renderPdf(session: BrowserSession, job: PdfJob): Promise<PdfResult> {
  const timeout = job.timeoutMs || defaultTimeout(job.html);
  const blockedRequests: string[] = [];
  let printed = await openPrinted(await print(session, job.page ?? job.html, timeout, blockedRequests));
  let printedTwice = false;
  try {
    fillTocPages(printed.doc, job.targets.map((t) => t.id), job.targets.map((t) => t.placeholder));
  } catch (error) {
    if (!(error instanceof TocFillError)) throw error;
    // Fallback: print again with the numbers as plain text (same width, so no page moves).
    const pages = destinationPages(printed.doc);
    let html = job.html;
    for (const target of job.targets) {
      const number = String(pages.get(target.id) ?? '').padStart(target.placeholder.length, '\u2007');
      html = html.replace(`<span class="toc-page">${target.placeholder}</span>`, `<span class="toc-page">${number}</span>`);
    }
    printed = await openPrinted(await print(session, html, timeout, blockedRequests));
    printedTwice = true;
  }
  const { doc } = printed;
  const structure = printed.structure();
  addOutline(doc, job.bookmarks);
  shortenDestinations(doc);
  // After the destinations are renamed: this step may write the links as text, which no step reads.
  describeLinks(doc, job.html, isLang(job.metadata.lang) ? job.metadata.lang : 'de', printed.source);
  regroupFigures(doc, structure);
  nestStructure(doc, structure, printed.source);
  setMetadata(doc, job.metadata, structure);
  const bytes = await printed.save(contentId(Buffer.from(job.html)), job.metadata.date);
  return { bytes, pages: doc.getPageCount(), blockedRequests, printedTwice };
}

