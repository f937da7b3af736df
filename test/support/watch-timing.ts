/**
 * Measures what `ihek watch` promises: after a one-chapter edit in a large project, the change is
 * visible in the browser after a small fraction of a full build's time. Used by
 * test/watch-timing.test.ts (run it with IHEK_WATCH_TIMING=1); prints a table and returns the numbers.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { generate } from '../../bench/generate.js';
import { build } from '../../src/api/build.js';
import { watchProject, type WatchBuildEvent } from '../../src/watch/watch-project.js';
import { tempDir } from './fixture.js';

export interface WatchTiming {
  chapters: number;
  words: number;
  /** A full `ihek build --html` in this process, warm (the second of two runs), ms. */
  fullBuildMs: number;
  /** The watch's first build (everything parsed), ms. */
  firstWatchBuildMs: number;
  edits: Array<{
    chapter: string;
    /** From writing the file to the first frame the browser painted with the new text, ms. */
    visibleMs: number;
    /** The rebuild itself (load … frame), ms. */
    rebuildMs: number;
    parsed: number;
    rendered: number;
    update: string;
    steps: Record<string, number>;
  }>;
  medianVisibleMs: number;
  medianRebuildMs: number;
  /** A new heading (the contents change too): from saving to the heading in the page's contents, ms. */
  headingVisibleMs: number;
  headingUpdate: string;
  /** A chapter title changed (the page's head changes too): from saving to the title in the contents, ms. */
  titleVisibleMs: number;
  titleUpdate: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function measureWatchTiming(options: { chapters?: number; edits?: number; browserPath?: string } = {}): Promise<WatchTiming> {
  const chapters = options.chapters ?? 160;
  const root = await tempDir('ihek-watch-timing-');
  const generated = await generate({ chapters, out: root, git: false });
  const dir = generated.v1;

  const out = await tempDir();
  await build({ dir, out, formats: ['html'] });
  let started = performance.now();
  await build({ dir, out, formats: ['html'] });
  const fullBuildMs = performance.now() - started;

  const events: WatchBuildEvent[] = [];
  started = performance.now();
  const handle = await watchProject({ dir, port: 0, debounceMs: 20, onBuild: (event) => events.push(event) });
  const firstWatchBuildMs = performance.now() - started;
  const browser = await puppeteer.launch({
    executablePath: options.browserPath ?? process.env.IHEK_TEST_BROWSER ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const edits: WatchTiming['edits'] = [];
  let titleVisibleMs = Number.NaN;
  let titleUpdate = '?';
  let headingVisibleMs = Number.NaN;
  let headingUpdate = '?';
  try {
    const page = await browser.newPage();
    await page.goto(handle.url, { timeout: 120_000 });
    const count = options.edits ?? 7;
    for (let n = 0; n < count; n++) {
      const file = generated.files[Math.floor(((n + 1) * generated.files.length) / (count + 1))]!;
      const marker = `Messpunkt${n}Zeitnahme`;
      const absPath = path.join(dir, file);
      const text = await readFile(absPath, 'utf8');
      const seen = events.length;
      // The page notes the wall-clock time of the first frame painted after the patch (two animation
      // frames after the DOM changed), so polling the page costs nothing that is measured.
      await page.evaluate(() => {
        const w = window as unknown as { paintedAt?: number };
        w.paintedAt = undefined;
        document.addEventListener('ihek:patched', () => requestAnimationFrame(() => requestAnimationFrame(() => (w.paintedAt = Date.now()))), { once: true });
      });
      const t0 = Date.now();
      await writeFile(absPath, `${text}\nEin Satz mit dem ${marker}.\n`);
      await page.waitForFunction(() => (window as unknown as { paintedAt?: number }).paintedAt !== undefined, { timeout: 60_000, polling: 20 });
      const visibleMs = (await page.evaluate(() => (window as unknown as { paintedAt: number }).paintedAt)) - t0;
      if (!(await page.evaluate((m: string) => document.body.textContent?.includes(m), marker))) throw new Error(`${marker} is not in the page`);
      await handle.idle();
      const event = events.slice(seen).find((e) => e.result.ok);
      const stats = event?.result.ok ? event.result.stats : undefined;
      edits.push({
        chapter: file,
        visibleMs,
        rebuildMs: stats?.total ?? Number.NaN,
        parsed: stats?.parsed ?? -1,
        rendered: stats?.rendered ?? -1,
        update: event?.update ?? '?',
        steps: stats ? { load: stats.load, prepare: stats.prepare, check: stats.check, render: stats.render, frame: stats.frame } : {},
      });
    }
    // A new heading changes the contents as well: the body around the chapters is patched.
    const headingFile = path.join(dir, generated.files[Math.floor(generated.files.length / 2)]!);
    const headingText = `${await readFile(headingFile, 'utf8')}\n## Abschnitt zur Zeitnahme\n\nText.\n`;
    let t0 = Date.now();
    await writeFile(headingFile, headingText);
    await page.waitForFunction(() => document.querySelector('nav')?.textContent?.includes('Abschnitt zur Zeitnahme'), { timeout: 120_000, polling: 20 });
    headingVisibleMs = Date.now() - t0;
    await handle.idle();
    const headingEvent = events.at(-1);
    headingUpdate = `${headingEvent?.update ?? '?'}, rebuild ${Math.round(headingEvent?.result.stats.total ?? Number.NaN)} ms`;
    // A new chapter title is in the page's print rules (its head) and in other chapters' references.
    t0 = Date.now();
    await writeFile(headingFile, headingText.replace(/^title: .*$/m, 'title: Titel zur Zeitnahme'));
    await page.waitForFunction(() => document.querySelector('nav')?.textContent?.includes('Titel zur Zeitnahme'), { timeout: 120_000, polling: 20 });
    titleVisibleMs = Date.now() - t0;
    await handle.idle();
    const titleEvent = events.at(-1);
    titleUpdate = `${titleEvent?.update ?? '?'}, rebuild ${Math.round(titleEvent?.result.stats.total ?? Number.NaN)} ms`;
  } finally {
    await browser.close();
    await handle.close();
  }
  const timing: WatchTiming = {
    chapters,
    words: generated.words,
    fullBuildMs,
    firstWatchBuildMs,
    edits,
    // The first edit warms up the JIT for the incremental path; the median is over all of them.
    medianVisibleMs: median(edits.map((e) => e.visibleMs)),
    medianRebuildMs: median(edits.map((e) => e.rebuildMs)),
    headingVisibleMs,
    headingUpdate,
    titleVisibleMs,
    titleUpdate,
  };
  const ms = (value: number) => `${Math.round(value)} ms`;
  const lines = [
    `ihek watch timing: ${chapters} chapters, ${generated.words} words`,
    `  full build (HTML, warm):      ${ms(fullBuildMs)}`,
    `  watch, first build:           ${ms(firstWatchBuildMs)}`,
    ...edits.map(
      (e) =>
        `  edit ${e.chapter.padEnd(58)} visible after ${ms(e.visibleMs).padStart(7)}, rebuild ${ms(e.rebuildMs).padStart(7)} (${e.update}, parsed ${e.parsed}, rendered ${e.rendered}; ${Object.entries(e.steps).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')})`,
    ),
    `  new heading (${headingUpdate}): visible after ${ms(headingVisibleMs)}`,
    `  chapter title changed (${titleUpdate}): visible after ${ms(titleVisibleMs)}`,
    `  median: visible after ${ms(timing.medianVisibleMs)}, rebuild ${ms(timing.medianRebuildMs)} = 1/${Math.round(fullBuildMs / timing.medianVisibleMs)} of a full build`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return timing;
}
