import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate } from 'html-validate';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/api/build.js';
import { exampleDir, removeTempDirs, tempDir } from './support/fixture.js';

/** A real Chromium: the one CI installs (Debian's), or IHEK_TEST_BROWSER. */
const browserPath = process.env.IHEK_TEST_BROWSER ?? '/usr/bin/chromium';
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let html: string;
let htmlFile: string;
let browser: Browser;

beforeAll(async () => {
  const out = await tempDir();
  const result = await build({ dir: exampleDir, out, formats: ['html'] });
  expect(result.ok).toBe(true);
  htmlFile = path.join(out, 'ihek.html');
  html = await readFile(htmlFile, 'utf8');
  browser = await puppeteer.launch({
    executablePath: browserPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await removeTempDirs();
});

describe('the example HTML in real Chromium', () => {
  it('has no axe-core violations (WCAG 2.1 A/AA and best practices)', async () => {
    const page = await browser.newPage();
    // The page's own Content-Security-Policy forbids scripts; the checker is let in from outside.
    await page.setBypassCSP(true);
    await page.goto(pathToFileURL(htmlFile).href);
    await page.addScriptTag({ path: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
      const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('fits a phone screen: nothing but wide tables scrolls sideways, and they scroll in their own box', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 844 });
    await page.goto(pathToFileURL(htmlFile).href);
    const { pageWidth, overflowing } = await page.evaluate(() => ({
      pageWidth: document.documentElement.scrollWidth,
      overflowing: [...document.querySelectorAll('main *')]
        .filter((el) => !(el.parentElement?.closest('svg')))  // an SVG clips what is inside it
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('.table-scroll, .chart-figure'))
        .map((el) => el.tagName),
    }));
    expect(overflowing).toEqual([]);
    expect(pageWidth).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('at 390 px: no sideways scrolling of the page, the measures tables scroll in labelled, focusable boxes, chart text at least 11 px', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 844 });
    await page.goto(pathToFileURL(htmlFile).href);
    await page.screenshot({ path: path.join(path.dirname(htmlFile), 'phone.png'), fullPage: false });
    const seen = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll<HTMLElement>('.table-scroll')];
      const label = (box: HTMLElement) => box.getAttribute('aria-label') ?? document.getElementById(box.getAttribute('aria-labelledby') ?? '')?.textContent ?? '';
      const charts = [...document.querySelectorAll<HTMLImageElement>('img.chart')];
      return {
        pageWidth: document.documentElement.scrollWidth,
        scrolling: boxes.filter((box) => box.scrollWidth > box.clientWidth + 1).map((box) => ({
          role: box.getAttribute('role'),
          tabIndex: box.tabIndex,
          label: label(box).trim(),
          // The right edge of the table's last column lies beyond the box: "Summe" is reached by scrolling.
          hidden: box.querySelector('th:last-child')!.getBoundingClientRect().right > box.getBoundingClientRect().right,
          cue: getComputedStyle(box).backgroundImage.includes('radial-gradient'),
        })),
        // Vega draws the chart's text at 12 px in a 576 px wide picture.
        chartScale: charts.map((img) => img.getBoundingClientRect().width / img.naturalWidth),
      };
    });
    expect(seen.pageWidth).toBe(390);
    const measures = seen.scrolling.filter((box) => box.label.startsWith('Tabelle') && box.label.includes('Maßnahmen'));
    expect(measures.length).toBeGreaterThanOrEqual(5);
    for (const box of seen.scrolling) expect(box).toMatchObject({ role: 'region', tabIndex: 0, hidden: true, cue: true });
    for (const box of seen.scrolling) expect(box.label).not.toBe('');
    expect(seen.chartScale.length).toBeGreaterThanOrEqual(2);
    for (const scale of seen.chartScale) expect(12 * scale).toBeGreaterThanOrEqual(11);
    // A scrolling box is reached with the keyboard and moves with the arrow keys.
    await page.focus('.table-scroll[aria-labelledby]');
    const before = await page.evaluate(() => (document.activeElement as HTMLElement).scrollLeft);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // The browser scrolls smoothly: the box moves over a few frames.
    await page.waitForFunction((start: number) => (document.activeElement as HTMLElement).scrollLeft > start, { timeout: 5000 }, before);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('table-scroll'))).toBe(true);
    await page.close();
  });

  it('at 1280 px: the contents stand beside the text, nothing scrolls sideways', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(pathToFileURL(htmlFile).href);
    await page.screenshot({ path: path.join(path.dirname(htmlFile), 'wide.png'), fullPage: false });
    const seen = await page.evaluate(() => {
      const toc = document.querySelector('nav.toc')!.getBoundingClientRect();
      const main = document.querySelector('main')!.getBoundingClientRect();
      return { pageWidth: document.documentElement.scrollWidth, tocRight: toc.right, mainLeft: main.left, tocHeight: toc.height, position: getComputedStyle(document.querySelector('nav.toc')!).position };
    });
    expect(seen.pageWidth).toBe(1280);
    expect(seen.position).toBe('fixed');
    expect(seen.tocRight).toBeLessThanOrEqual(seen.mainLeft);
    expect(seen.tocHeight).toBe(800);
    // Still there after scrolling to the last chapter.
    await page.evaluate(() => document.querySelector('#impressum')!.scrollIntoView());
    expect(await page.evaluate(() => document.querySelector('nav.toc a')!.getBoundingClientRect().top)).toBeLessThan(200);
    await page.close();
  });

  it('the skip link moves focus to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(htmlFile).href);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zum Inhalt springen');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#inhalt');
    await page.close();
  });
});

describe('the example HTML as a validator sees it', () => {
  it('validates with html-validate (recommended rules)', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // The title of a public plan is long by nature; this rule is about search-engine snippets.
        'long-title': 'off',
        // Wide tables sit in a focusable, labelled scroll box (role="region"), as WCAG 1.4.10 advises;
        // a <section> there would add a landmark per table.
        'prefer-native-element': ['error', { exclude: ['region'] }],
      },
    });
    const report = await validator.validateString(html);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}: ${m.ruleId} ${m.message}`));
    expect(messages).toEqual([]);
  });
});
