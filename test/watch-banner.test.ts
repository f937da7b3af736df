import { cp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchProject, type WatchBuildEvent, type WatchHandle } from '../src/watch/watch-project.js';
import { exampleDir, removeTempDirs, tempDir } from './support/fixture.js';

/** A real Chromium: the one CI installs (Debian's), or IHEK_TEST_BROWSER. */
const browserPath = process.env.IHEK_TEST_BROWSER ?? '/usr/bin/chromium';
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const chapter = 'kapitel/01-einleitung.md';
let dir: string;
let browser: Browser;
let page: Page;
let handle: WatchHandle;
const events: WatchBuildEvent[] = [];

async function edit(file: string, change: (text: string) => string): Promise<void> {
  await writeFile(file, change(await readFile(file, 'utf8')));
}

/** axe-core over the banner alone: the findings of WCAG 2.1 A/AA and best practices, by rule and node. */
async function bannerViolations(): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: object, opts: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run({ include: [['#ihek-preview-banner']] }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

beforeAll(async () => {
  dir = path.join(await tempDir(), 'content');
  await cp(exampleDir, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}out`) });
  // One error (a link to nowhere) and one warning (a placeholder) in the first chapter.
  await edit(path.join(dir, chapter), (text) => `${text}\nSiehe [](#gibt-es-nicht). Noch offen: TODO.\n`);
  handle = await watchProject({ dir, port: 0, debounceMs: 30, onBuild: (event) => events.push(event) });
  browser = await puppeteer.launch({
    executablePath: browserPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  page = await browser.newPage();
  // The preview's policy lets in only its own script; the checker comes from outside.
  await page.setBypassCSP(true);
  await page.goto(handle.url);
});

afterAll(async () => {
  await browser?.close();
  await handle?.close();
  await removeTempDirs();
});

describe('the banner of ihek watch', () => {
  it('names file:line of each finding readably: no axe-core violation, for errors and for warnings', async () => {
    const line = (await readFile(path.join(dir, chapter), 'utf8')).split('\n').findIndex((l) => l.includes('gibt-es-nicht')) + 1;
    await page.waitForSelector('#ihek-preview-banner code', { timeout: 15_000 });
    expect(await page.$$eval('#ihek-preview-banner code', (codes) => codes.map((c) => c.textContent))).toEqual([`${chapter}:${line}:7`, `${chapter}:${line}:39`]);
    expect(await page.$eval('#ihek-preview-banner strong', (s) => s.textContent)).toBe('ihek check: 1 Fehler, 1 Warnung');
    expect(await bannerViolations()).toEqual([]);

    await edit(path.join(dir, chapter), (text) => text.replace('Siehe [](#gibt-es-nicht). ', ''));
    await page.waitForFunction(() => document.querySelector('#ihek-preview-banner strong')?.textContent === 'ihek check: 0 Fehler, 1 Warnung', { timeout: 15_000, polling: 50 });
    expect(await bannerViolations()).toEqual([]);
  });

  it('logs no editor temporary files and no build for files the page is not made of', async () => {
    await handle.idle();
    const before = events.length;
    const folder = path.join(dir, 'kapitel');
    for (const name of ['.01-einleitung.md.swp', '01-einleitung.md~', '4913', '.#01-einleitung.md', '01-einleitung.md___jb_tmp___', '01-einleitung.md.kate-swp', 'entwurf.tmp', 'notizen.txt']) {
      await writeFile(path.join(folder, name), 'x\n');
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    await handle.idle();
    expect(events.length).toBe(before);

    await writeFile(path.join(folder, 'notizen.txt'), 'y\n');
    await edit(path.join(dir, chapter), (text) => `${text}\nEin Satz mehr.\n`);
    await page.waitForFunction(() => document.body.textContent?.includes('Ein Satz mehr.'), { timeout: 15_000, polling: 50 });
    await handle.idle();
    expect(events.slice(before).map((e) => e.trigger)).toEqual([[path.join(dir, chapter)]]);
  });
});
