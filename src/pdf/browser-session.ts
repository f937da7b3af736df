import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { renderError } from '../errors.js';
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
 * The browser of one run: started once, shared by every document the run prints, and always
 * closed — after the last document, on an error, and on Ctrl-C or SIGTERM. Its profile and font
 * configuration live in a temporary folder that is removed with it.
 */
export class BrowserSession {
  private constructor(
    readonly browser: Browser,
    readonly found: FoundBrowser,
    private readonly workDir: string,
    private readonly removeSignalHandlers: () => void,
    private readonly state: { interrupted: boolean },
  ) {}

  /** True once Ctrl-C or SIGTERM arrived: a failing print is then an interruption, not a crash. */
  get interrupted(): boolean {
    return this.state.interrupted;
  }

  static async start(found: FoundBrowser): Promise<BrowserSession> {
    // Synchronous: the browser starts while the project is parsed, and every wait there lasts a chapter.
    const workDir = mkdtempSync(path.join(os.tmpdir(), 'ihek-browser-'));
    let browser: Browser | undefined;
    const state = { interrupted: false };
    const cleanup = () => killBrowserProcesses(browser);
    const onSignal = (signal: NodeJS.Signals) => {
      state.interrupted = true;
      cleanup();
      void rm(workDir, { recursive: true, force: true }).finally(() => {
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
      await rm(workDir, { recursive: true, force: true });
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw renderError(
        {
          de: `Der Browser ${found.path} ließ sich nicht starten: ${message}`,
          en: `The browser ${found.path} could not be started: ${message}`,
        },
        {},
        error,
      );
    }
    return new BrowserSession(browser, found, workDir, removeSignalHandlers, state);
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
      await rm(this.workDir, { recursive: true, force: true });
    }
  }
}
