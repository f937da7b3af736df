/**
 * The watch-mode rebuild, measured only when `ihek watch` exists: start it on a copy of the
 * project, wait for the preview URL it prints and for the first page, then edit one chapter with a
 * new marker word and time until the served page contains it (polled every 20 ms). Peak memory is
 * the watch process's VmHWM at the end. Anything unexpected is reported as "failed", not thrown.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { TaskResult } from './model.js';
import type { Sample } from './measure.js';

export interface WatchOptions {
  ihekBin: string;
  editDir: string;
  /** Passed as --port when set (a free port, so a preview left running elsewhere does not collide). */
  port: number | undefined;
  runs: number;
  warmup: boolean;
  edit: () => Promise<string>;
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
    const samples: Sample[] = [];
    for (let i = 0; i < options.runs; i++) {
      const marker = await options.edit();
      const started = process.hrtime.bigint();
      for (;;) {
        const page = await fetchText(url);
        if (page?.includes(marker)) break;
        if (Number(process.hrtime.bigint() - started) / 1e6 > 120_000) return { status: 'failed', note: 'the edit did not show up within 120 s', samples };
        await sleep(20);
      }
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (i > 0 || !options.warmup) samples.push({ ok: true, exitCode: 0, signal: null, ms, cpuMs: undefined, maxRssKb: undefined, treePssKb: undefined, stderrTail: '' });
      await sleep(300);
    }
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
    for (const s of samples) s.maxRssKb = hwm ? Number(hwm) : undefined;
    return { status: 'measured', note: `time from writing the chapter to the served page containing the edit (${url})`, samples };
  } finally {
    await stop();
  }
}
