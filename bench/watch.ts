/**
 * The watch-mode rebuild, measured only when `ihek watch` exists: start it on a copy of the
 * project, open its preview in Chromium (as an author has it open), then edit one chapter with a
 * new marker word and time from the written file to the first frame the open page paints with the
 * edit (after the preview's `ihek:patched` event, or the load of a reloaded page). Each edit is then also checked in the page the server hands out. Peak memory is the
 * watch process's VmHWM at the end. Anything unexpected is reported as "failed", not thrown.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import type { TaskResult } from './model.js';
import type { Sample } from './measure.js';

export interface WatchOptions {
  ihekBin: string;
  editDir: string;
  /** Passed as --port when set (a free port, so a preview left running elsewhere does not collide). */
  port: number | undefined;
  /** The Chromium the preview is opened in. */
  browserPath: string;
  runs: number;
  warmup: boolean;
  /** A new marker word for the next edit. */
  nextMarker: () => string;
  /** Writes the edit with this marker into one chapter. */
  edit: (marker: string) => Promise<void>;
  logDir: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs in every document the preview tab loads: notes the wall-clock time of the first frame painted
 * with the marker that is wanted (two animation frames after the patch or the load, as
 * test/support/watch-timing.ts measures; the marker is kept in sessionStorage, which outlives a reload).
 */
const SEEN_SCRIPT = `(() => {
  const seen = (at) => {
    const wanted = sessionStorage.getItem('ihek-bench-wanted');
    if (wanted && !sessionStorage.getItem('ihek-bench-seen') && document.body && document.body.textContent.includes(wanted)) sessionStorage.setItem('ihek-bench-seen', String(at));
  };
  const painted = () => requestAnimationFrame(() => requestAnimationFrame(() => seen(Date.now())));
  document.addEventListener('ihek:patched', painted);
  addEventListener('DOMContentLoaded', painted);
})();`;

export async function measureWatch(options: WatchOptions): Promise<Omit<TaskResult, 'id'>> {
  const child = spawn(process.execPath, [options.ihekBin, 'watch', options.editDir, ...(options.port ? ['--port', String(options.port)] : [])], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGINT');
    for (let i = 0; i < 50 && child.exitCode === null; i++) await sleep(100);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  try {
    let url: string | undefined;
    for (let waited = 0; !url && waited < 300_000; waited += 100) {
      url = /https?:\/\/(?:127\.0\.0\.1|localhost):\d+\/?\S*/.exec(output)?.[0];
      if (child.exitCode !== null) break;
      if (!url) await sleep(100);
    }
    if (!url) return { status: 'failed', note: `no preview URL in its output: ${output.slice(-300)}`, samples: [] };
    for (let waited = 0; !(await fetchText(url)); waited += 100) {
      if (waited > 300_000) return { status: 'failed', note: `${url} served no page`, samples: [] };
      await sleep(100);
    }
    const browser = await puppeteer
      .launch({
        executablePath: options.browserPath,
        headless: 'shell',
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
      })
      .catch((error: unknown) => error as Error);
    if (browser instanceof Error) return { status: 'failed', note: `the browser for the preview did not start: ${browser.message.split('\n')[0]}`, samples: [] };
    try {
      const tab = await browser.newPage();
      await tab.evaluateOnNewDocument(SEEN_SCRIPT);
      const loaded = await tab.goto(url, { waitUntil: 'load', timeout: 300_000 }).then(() => true, () => false);
      if (!loaded) return { status: 'failed', note: `the preview ${url} did not load in the browser`, samples: [] };
      // The page's event stream says hello once it is connected.
      await sleep(500);
      const samples: Sample[] = [];
      for (let i = 0; i < options.runs; i++) {
        const marker = options.nextMarker();
        await tab.evaluate(`sessionStorage.setItem('ihek-bench-wanted', ${JSON.stringify(marker)}); sessionStorage.removeItem('ihek-bench-seen');`);
        await options.edit(marker);
        const started = Date.now();
        const seen = await tab
          .waitForFunction("sessionStorage.getItem('ihek-bench-seen')", { polling: 10, timeout: 120_000 })
          .then((handle) => handle.jsonValue() as Promise<string>)
          .catch(() => undefined);
        if (!seen) return { status: 'failed', note: 'the edit did not show up in the open preview within 120 s', samples };
        const ms = Math.max(0, Number(seen) - started);
        if (!(await fetchText(url))?.includes(marker)) return { status: 'failed', note: 'the open preview showed the edit, the served page did not', samples };
        if (i > 0 || !options.warmup) samples.push({ ok: true, exitCode: 0, signal: null, ms, cpuMs: undefined, maxRssKb: undefined, treePssKb: undefined, stderrTail: '' });
        await sleep(300);
      }
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
      const hwm = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
      for (const s of samples) s.maxRssKb = hwm ? Number(hwm) : undefined;
      return { status: 'measured', note: `time from writing the chapter to the open preview painting the edit (${url})`, samples };
    } finally {
      await browser.close();
    }
  } finally {
    await stop();
  }
}
