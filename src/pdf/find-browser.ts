import { access, constants, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { renderError } from '../errors.js';
import type { Localized } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { pinnedChromium } from './pinned-chromium.js';

export type BrowserSource = 'option' | 'IHEK_BROWSER' | 'PUPPETEER_EXECUTABLE_PATH' | 'pinned' | 'puppeteer' | 'system';

export interface FoundBrowser {
  path: string;
  source: BrowserSource;
  /** Version of the pinned package, when that is the one used. */
  version?: string;
}

async function executable(file: string): Promise<boolean> {
  return access(file, constants.X_OK).then(() => true, () => false);
}

/** A Chrome that puppeteer's own installer put into its cache (~/.cache/puppeteer). */
async function puppeteerCache(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const root = env.PUPPETEER_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'puppeteer');
  for (const product of ['chrome-headless-shell', 'chrome']) {
    const versions = await readdir(path.join(root, product)).catch(() => [] as string[]);
    for (const version of versions.sort().reverse()) {
      for (const candidate of [
        path.join(root, product, version, 'chrome-headless-shell-linux64', 'chrome-headless-shell'),
        path.join(root, product, version, 'chrome-linux64', 'chrome'),
      ]) {
        if (await executable(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/snap/bin/chromium'];

/**
 * Finds the browser that prints the PDF, in this order: `--browser PATH`, IHEK_BROWSER,
 * PUPPETEER_EXECUTABLE_PATH, the Chromium pinned in package.json, a Chrome puppeteer installed, a
 * system Chrome or Chromium. A path that is named but does not exist is an error, not skipped.
 * `alreadyWritten` ends the message when none is found: what the run wrote all the same.
 */
export async function findBrowser(
  option: string | undefined,
  env: NodeJS.ProcessEnv,
  alreadyWritten: Localized = msg('pdf.browser.htmlWritten'),
): Promise<FoundBrowser> {
  const named: Array<[BrowserSource, string | undefined]> = [
    ['option', option],
    ['IHEK_BROWSER', env.IHEK_BROWSER],
    ['PUPPETEER_EXECUTABLE_PATH', env.PUPPETEER_EXECUTABLE_PATH],
  ];
  for (const [source, value] of named) {
    if (!value) continue;
    if (await executable(value)) return { path: value, source };
    const where = source === 'option' ? '--browser' : source;
    throw renderError(msg('pdf.browser.namedMissing', { where, path: value }));
  }
  const pinned = await pinnedChromium().catch(() => undefined);
  if (pinned) return { path: pinned.path, source: 'pinned', version: pinned.version };
  const cached = await puppeteerCache(env);
  if (cached) return { path: cached, source: 'puppeteer' };
  for (const candidate of SYSTEM) {
    if (await executable(candidate)) return { path: candidate, source: 'system' };
  }
  throw renderError(msg('pdf.browser.noneFound', { alreadyWritten }));
}
