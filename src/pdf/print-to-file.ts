import type { Localized } from '../i18n/lang.js';
import { writeAtomic } from '../output/write-atomic.js';
import type { BookmarkSource, PageTarget } from '../render/render-html.js';
import { BrowserSession } from './browser-session.js';
import { findBrowser, type FoundBrowser } from './find-browser.js';
import { renderPdf, type PdfResult } from './render-pdf.js';
import type { StreamedPage } from './streamed-page.js';
import type { PdfMetadata } from './set-metadata.js';

/** A page laid out for print (stand-in page numbers in its contents) and what the PDF needs besides. */
export interface PrintablePage {
  html: string;
  /** The same page, written into the browser while it was rendered (see StreamedPage). */
  page?: Promise<StreamedPage>;
  targets: PageTarget[];
  bookmarks: BookmarkSource[];
  /** The metadata names the browser that printed it. */
  metadata: (browser: FoundBrowser) => PdfMetadata;
}

export interface PrintOptions {
  /** `--browser PATH`; else found as `ihek doctor` says. */
  browser?: string;
  /** A browser already started; it is left running. */
  session?: BrowserSession;
  timeoutMs?: number;
  env: NodeJS.ProcessEnv;
  /** What was written before the PDF, for the message when no browser is found. */
  alreadyWritten?: Localized;
}

/** Finds and starts the browser (for a caller that starts it early and passes it as `session`). */
export async function launchBrowser(browserOption: string | undefined, env: NodeJS.ProcessEnv): Promise<BrowserSession> {
  return BrowserSession.start(await findBrowser(browserOption, env));
}

/**
 * Prints a page to a PDF file: finds and starts the browser (or uses the one given), prints,
 * writes the file atomically and closes the browser it started, also on errors.
 */
export async function printToFile(file: string, page: PrintablePage, options: PrintOptions): Promise<{ browser: FoundBrowser; pdf: PdfResult }> {
  const browser = options.session?.found ?? (await findBrowser(options.browser, options.env, options.alreadyWritten));
  const session = options.session ?? (await BrowserSession.start(browser));
  try {
    const pdf = await renderPdf(session, {
      html: page.html,
      ...(page.page && { page: page.page }),
      targets: page.targets,
      bookmarks: page.bookmarks,
      metadata: page.metadata(browser),
      ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    });
    await writeAtomic(file, pdf.bytes);
    return { browser, pdf };
  } finally {
    if (!options.session) await session.close();
  }
}
