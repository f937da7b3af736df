import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { renderError } from '../errors.js';
import { same, type Localized } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { CleanupWatchdog } from '../output/cleanup-watchdog.js';
import type { FoundBrowser } from './find-browser.js';

/**
 * Kills every process of the browser, not only the one puppeteer started: the browser runs in a
 * process group of its own (puppeteer starts it detached), and a renderer that hangs or was stopped
 * would otherwise outlive the run.
 */
function killBrowserProcesses(browser: Browser | undefined): void {
  const child = browser?.process();
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // No such group (already gone, or not detached on this platform): the process alone.
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

/**
 * Why a browser does not start, in its own words: over the pipe, a browser that ends at once is
 * only a closed pipe to puppeteer, so the executable is asked for its version, which fails the
 * same way when a library is missing or the file is no browser. Undefined when that works.
 */
function ownWords(executable: string): Promise<Localized | undefined> {
  return new Promise((resolve) => {
    execFile(executable, ['--version'], { timeout: 10_000 }, (error, _stdout, stderr) => {
      if (!error) return resolve(undefined);
      const said = stderr.trim().split('\n').at(-1)?.trim() ?? '';
      const code = typeof error.code === 'number' ? error.code : undefined;
      const status = code !== undefined ? msg('pdf.browser.exitCode', { code }) : msg('pdf.browser.stopped');
      resolve(said ? msg('pdf.browser.saidWithStatus', { said, status }) : status);
    });
  });
}

/**
 * The browser of one run: started once, shared by every document the run prints, and always
 * closed — after the last document, on an error, and on Ctrl-C or SIGTERM. Its profile and font
 * configuration live in a temporary folder that is removed with it.
 *
 * Should this process die without closing it (SIGKILL, a crash of Node), two things still end the
 * browser: it talks to this process over a pipe and quits when the pipe closes, and a watchdog
 * process kills every process the browser (or a launcher script) started and removes the
 * temporary folder and whatever else the run listed with `removeWithRun`.
 */
/**
 * The browser's standard streams are local sockets that puppeteer reads line by line for its log.
 * When a hung browser is killed, a read can fail with ECONNRESET; the line reader passes the error
 * on to an emitter nobody listens to (or, once it is closed, nobody listens on the socket), and the
 * process ends with a stack trace instead of the message about the time limit. The loss of the
 * browser is noticed on the protocol pipe, so these errors say nothing more: the reader's
 * forwarding is replaced by a listener that drops them. The lines themselves are still read.
 */
function ignoreStreamErrors(browser: Browser): void {
  for (const stream of browser.process()?.stdio ?? []) {
    if (!stream) continue;
    stream.removeAllListeners('error');
    stream.on('error', () => undefined);
  }
}

export class BrowserSession {
  private constructor(
    readonly browser: Browser,
    readonly found: FoundBrowser,
    private readonly workDir: string,
    private readonly watchdog: CleanupWatchdog,
    private readonly removeSignalHandlers: () => void,
    private readonly state: { interrupted: boolean },
  ) {}

  /** `target` (a folder being filled) is removed should the run end early, also by a signal or SIGKILL. */
  removeWithRun(target: string): void {
    this.watchdog.removeWithRun(target);
  }

  /** `target` is to stay: it is about to become an output. */
  keep(target: string): void {
    this.watchdog.keep(target);
  }

  /** True once Ctrl-C or SIGTERM arrived: a failing print is then an interruption, not a crash. */
  get interrupted(): boolean {
    return this.state.interrupted;
  }

  static async start(found: FoundBrowser): Promise<BrowserSession> {
    // Synchronous: the browser starts while the project is parsed, and every wait there lasts a chapter.
    // The watchdog first, and the folder listed with it before it exists: no moment is left in
    // which the browser or the folder could outlive this process.
    const watchdog = CleanupWatchdog.start();
    const workDir = path.join(os.tmpdir(), `ihek-browser-${randomBytes(6).toString('hex')}`);
    watchdog.removeWithRun(workDir);
    mkdirSync(workDir, { mode: 0o700 });
    let browser: Browser | undefined;
    const state = { interrupted: false };
    const cleanup = () => killBrowserProcesses(browser);
    const onSignal = (signal: NodeJS.Signals) => {
      state.interrupted = true;
      cleanup();
      void watchdog
        .finish()
        .then(() => rm(workDir, { recursive: true, force: true }))
        .finally(() => {
          process.exit(signal === 'SIGINT' ? 130 : 143);
        });
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const removeSignalHandlers = () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    };
    try {
      browser = await puppeteer.launch({
        executablePath: found.path,
        headless: 'shell',
        userDataDir: path.join(workDir, 'profile'),
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        // The pipe, unlike a WebSocket, closes when this process dies, and the browser then quits.
        pipe: true,
        env: watchdog.env(process.env),
        protocolTimeout: 0,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-extensions',
          '--disable-features=Translate,MediaRouter,OptimizationHints',
          '--no-first-run',
          '--no-default-browser-check',
          '--font-render-hinting=none',
          '--mute-audio',
        ],
      });
    } catch (error) {
      removeSignalHandlers();
      cleanup();
      await watchdog.finish();
      await rm(workDir, { recursive: true, force: true });
      const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      const reason = (await ownWords(found.path)) ?? same(message);
      throw renderError(msg('pdf.browser.notStarted', { path: found.path, reason }), {}, error);
    }
    ignoreStreamErrors(browser);
    return new BrowserSession(browser, found, workDir, watchdog, removeSignalHandlers, state);
  }

  async close(): Promise<void> {
    this.removeSignalHandlers();
    try {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        this.browser.close(),
        new Promise((resolve) => {
          timer = setTimeout(resolve, 5000);
        }),
      ]).finally(() => clearTimeout(timer));
    } finally {
      killBrowserProcesses(this.browser);
      // Also what a launcher script left running, in a group or session of its own.
      await this.watchdog.finish();
      await rm(this.workDir, { recursive: true, force: true });
    }
  }
}
