/**
 * Measures one whole process: wall time from spawn to exit, peak resident memory of the largest
 * process (GNU time's %M, which is ru_maxrss of the child and its waited-for descendants — the
 * largest single process, not their sum) and, when asked, the peak sum of PSS over the process tree
 * (sampled from /proc; for commands that start a browser with several processes).
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';

export interface Command {
  cmd: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

export interface Sample {
  ok: boolean;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** Wall time in milliseconds, spawn to exit. */
  ms: number;
  /** CPU time (user + system) of the process and the children it waited for, in ms (GNU time only). */
  cpuMs: number | undefined;
  /** Peak RSS of the largest process in the tree, in KiB (undefined when it could not be read). */
  maxRssKb: number | undefined;
  /** Peak of the summed PSS of the process tree in KiB (only when sampled). */
  treePssKb: number | undefined;
  stderrTail: string;
  /** The command's whole stderr (kept short: ihek's messages, not a browser's log). */
  stderr?: string;
}

const CLOCK_TICKS = 100; // USER_HZ on Linux

export const GNU_TIME = ['/usr/bin/time', '/bin/time'].find((file) => existsSync(file));

/** Direct children of every process, read from /proc/<pid>/stat. */
async function childrenMap(): Promise<Map<number, number[]>> {
  const map = new Map<number, number[]>();
  const entries = await readdir('/proc').catch(() => [] as string[]);
  await Promise.all(
    entries
      .filter((e) => /^\d+$/.test(e))
      .map(async (e) => {
        const stat = await readFile(`/proc/${e}/stat`, 'utf8').catch(() => '');
        // The command name may contain spaces and parentheses: the ppid follows the last ')'.
        const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ppid = Number(rest[1]);
        if (!Number.isFinite(ppid)) return;
        const list = map.get(ppid) ?? [];
        list.push(Number(e));
        map.set(ppid, list);
      }),
  );
  return map;
}

/**
 * Sums PSS over the process tree (the memory the tree really holds: shared pages are split among
 * the processes sharing them) and records each process's CPU ticks so far in `ticks`.
 */
async function treeSample(root: number, ticks: Map<number, number>): Promise<number> {
  const map = await childrenMap();
  const pids: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    pids.push(pid);
    queue.push(...(map.get(pid) ?? []));
  }
  let total = 0;
  await Promise.all(
    pids.map(async (pid) => {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime are fields 14 and 15 of /proc/<pid>/stat (index 11 and 12 after the name).
      const used = Number(fields[11]) + Number(fields[12]);
      if (Number.isFinite(used)) ticks.set(pid, Math.max(ticks.get(pid) ?? 0, used));
      const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
      const pss = /^Pss:\s+(\d+) kB/m.exec(rollup);
      if (pss) total += Number(pss[1]);
      else {
        const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
        const rss = /^VmRSS:\s+(\d+) kB/m.exec(status);
        if (rss) total += Number(rss[1]);
      }
    }),
  );
  return total;
}

async function vmHwm(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const m = /^VmHWM:\s+(\d+) kB/m.exec(status);
  return m ? Number(m[1]) : undefined;
}

export interface MeasureOptions {
  /** Sample the summed PSS of the process tree every `treeEveryMs` (0 = do not). */
  treeEveryMs?: number;
  /** Kill the process group after this many milliseconds. */
  timeoutMs?: number;
  /** Files for the command's stdout and stderr. */
  logDir: string;
  label: string;
}

export async function measure(command: Command, options: MeasureOptions): Promise<Sample> {
  const { treeEveryMs = 0, timeoutMs = 30 * 60_000, logDir, label } = options;
  const base = path.join(logDir, label.replace(/[^a-z0-9]+/gi, '_'));
  const timeFile = `${base}.time`;
  await rm(timeFile, { force: true });
  const out = openSync(`${base}.stdout`, 'w');
  const err = openSync(`${base}.stderr`, 'w');
  const [cmd, args] = GNU_TIME ? [GNU_TIME, ['-f', '%e %M %U %S', '-o', timeFile, command.cmd, ...command.args]] : [command.cmd, command.args];
  const started = process.hrtime.bigint();
  const child = spawn(cmd, args, { cwd: command.cwd, env: command.env ?? process.env, stdio: ['ignore', out, err], detached: true });
  closeSync(out);
  closeSync(err);
  let treePeak = 0;
  const ticks = new Map<number, number>();
  let hwm: number | undefined;
  let sampling = true;
  const pid = child.pid!;
  const sampler = (async () => {
    while (sampling) {
      if (treeEveryMs > 0) treePeak = Math.max(treePeak, await treeSample(pid, ticks));
      if (!GNU_TIME) hwm = Math.max(hwm ?? 0, (await vmHwm(pid)) ?? 0) || hwm;
      await new Promise((resolve) => setTimeout(resolve, treeEveryMs > 0 ? treeEveryMs : 50));
    }
  })();
  const timer = setTimeout(() => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, timeoutMs);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
    child.on('exit', (code, sig) => resolve([code, sig]));
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  clearTimeout(timer);
  sampling = false;
  await sampler;
  let maxRssKb = hwm;
  let cpuMs: number | undefined;
  let realExit = exitCode;
  if (GNU_TIME) {
    const text = await readFile(timeFile, 'utf8').catch(() => '');
    // GNU time writes "Command exited with non-zero status N" before the format line.
    const status = /non-zero status (\d+)/.exec(text);
    if (status) realExit = Number(status[1]);
    const line = text.trim().split('\n').pop() ?? '';
    const m = /^([\d.]+) (\d+) ([\d.]+) ([\d.]+)$/.exec(line);
    if (m) {
      maxRssKb = Number(m[2]);
      cpuMs = (Number(m[3]) + Number(m[4])) * 1000;
    }
  }
  if (treeEveryMs > 0) {
    // Chromium's helper processes are not always reaped by their parent, so GNU time misses their
    // CPU time: take the sampled sum over the tree when it is larger (it misses at most the last interval).
    const sampled = ([...ticks.values()].reduce((a, b) => a + b, 0) * 1000) / CLOCK_TICKS;
    cpuMs = Math.max(cpuMs ?? 0, sampled);
  }
  const stderr = await readFile(`${base}.stderr`, 'utf8').catch(() => '');
  return {
    ok: realExit === 0 && signal === null,
    exitCode: realExit,
    signal,
    ms,
    cpuMs,
    maxRssKb,
    treePssKb: treeEveryMs > 0 ? treePeak : undefined,
    stderrTail: stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 400),
    stderr: stderr.slice(0, 20_000),
  };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
