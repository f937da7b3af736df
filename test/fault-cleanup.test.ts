import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { appendFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, spawnCli, stackTraceLines } from './support/cli.js';
import { faultyBrowser, prepareFaultRun, SENTINEL, type FaultRun } from './support/pdf-faults.js';
import { git } from './support/git-repo.js';
import { processesWith, tmpFilesIn, waitFor } from './support/pdf.js';
import { makeSyntheticProject } from './support/synthetic.js';

const exec = promisify(execFile);

/**
 * Nothing outlives a run that ends badly: not when Node itself is killed with SIGKILL (no handler
 * of ours runs then), not when the browser is started by a launcher script that leaves a process of
 * its own behind, not when a release is interrupted while its staging folder is being filled, and
 * and `ihek diff` holds a revision in memory only, so there is nothing to leave. Real processes
 * throughout; each run has a TMPDIR of its own, so its browser processes are told apart from those
 * of other builds by the profile folder in their command lines.
 */

/** Every run's marker and Node process: whatever of them is still running is ended when the file is done, pass or fail. */
const markers = new Set<string>();
const children = new Set<ChildProcess>();

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const marker of markers) {
    for (const line of await processesWith(marker)) {
      try {
        process.kill(Number(/\d+/.exec(line)![0]), 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
});

function startCli(args: string[], run: FaultRun): { child: ChildProcess; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>; stderr: () => string } {
  const env: NodeJS.ProcessEnv = { ...process.env, ...run.env };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'IHEK_LANG']) delete env[name];
  markers.add(run.marker);
  const child = spawn(process.execPath, [binPath, ...args], { cwd: path.dirname(run.out), env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let stderr = '';
  child.stdout!.resume();
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, stderr: () => stderr };
}

interface Proc {
  pid: number;
  ppid: number;
  args: string;
}

async function processTable(): Promise<Proc[]> {
  const { stdout } = await exec('ps', ['-eo', 'pid=,ppid=,args='], { maxBuffer: 16 * 1024 * 1024 });
  return stdout
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s(.*)$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => ({ pid: Number(match[1]), ppid: Number(match[2]), args: match[3]! }));
}

/**
 * The run's processes: those with the profile folder in their command line, and everything they
 * started (a renderer need not carry the folder). `seen` adds processes found earlier, as long as
 * they still run with the same command line: one whose parent died is no longer below it.
 */
async function runProcesses(run: FaultRun, seen: Proc[] = []): Promise<Proc[]> {
  const table = (await processTable()).filter((proc) => !/\bps -eo\b/.test(proc.args));
  const found = new Map<number, Proc>();
  for (const proc of table) if (proc.args.includes(run.marker)) found.set(proc.pid, proc);
  for (let grew = true; grew; ) {
    grew = false;
    for (const proc of table) {
      if (!found.has(proc.pid) && found.has(proc.ppid)) {
        found.set(proc.pid, proc);
        grew = true;
      }
    }
  }
  for (const old of seen) {
    const now = table.find((proc) => proc.pid === old.pid && proc.args === old.args);
    if (now) found.set(now.pid, now);
  }
  return [...found.values()];
}

/** Waits until a renderer of the run's browser is running: the page is being laid out or printed. Returns the run's processes then. */
async function printing(run: FaultRun): Promise<Proc[]> {
  let procs: Proc[] = [];
  await waitFor(async () => {
    procs = await runProcesses(run);
    return procs.some((proc) => proc.args.includes('--type=renderer'));
  }, 90_000, 50);
  return procs;
}

/** What is left of a run: its processes (command lines) and its browser folders. */
async function leftovers(run: FaultRun, seen: Proc[] = []): Promise<{ processes: string[]; folders: string[] }> {
  return {
    processes: (await runProcesses(run, seen)).map((proc) => `${proc.pid} ${proc.args}`),
    folders: (await readdir(run.tmp)).filter((name) => name.startsWith('ihek-browser-')),
  };
}

/** Waits (up to `ms`) until nothing of the run is left; returns what is left then. */
async function leftoversAfter(run: FaultRun, seen: Proc[], ms: number): Promise<{ processes: string[]; folders: string[] }> {
  await waitFor(async () => {
    const left = await leftovers(run, seen);
    return left.processes.length === 0 && left.folders.length === 0;
  }, ms);
  return leftovers(run, seen);
}

/**
 * A launcher script as `--browser`: it starts a helper of its own in a new session (so neither the
 * browser's process group nor its pipe reaches it; the profile folder is in its command line, so
 * the test can find it), then the real Chromium, and waits for both.
 */
function launcherLeavingAChild(dir: string): Promise<string> {
  return faultyBrowser(
    dir,
    'startskript.sh',
    [
      "setsid sh -c 'while :; do sleep 1; done' zurueckgelassen \"$profile\" </dev/null >/dev/null 2>&1 &",
      '/usr/bin/chromium "$@" &',
    ].join('\n'),
    [],
  );
}

let big: string;

beforeAll(async () => {
  big = await makeSyntheticProject({ chapters: 30 });
}, 60_000);

describe('SIGKILL of the Node process while the PDF prints', () => {
  let run: FaultRun;
  let seen: Proc[] = [];
  let exit: { code: number | null; signal: NodeJS.Signals | null };

  beforeAll(async () => {
    run = await prepareFaultRun();
    const cli = startCli(['build', big, '--pdf', '--out', run.out], run);
    seen = await printing(run);
    cli.child.kill('SIGKILL');
    exit = await cli.exited;
  }, 120_000);

  it('within a few seconds no browser process of the run is left, and its profile folder is gone', async () => {
    expect(seen.some((proc) => proc.args.includes('--type=renderer'))).toBe(true);
    expect(exit.signal).toBe('SIGKILL');
    expect(await leftoversAfter(run, seen, 10_000)).toEqual({ processes: [], folders: [] });
  });

  it('the previous PDF is untouched and no half-written file is left', async () => {
    expect((await readFile(path.join(run.out, 'ihek.pdf'))).equals(SENTINEL)).toBe(true);
    expect(await tmpFilesIn(run.out)).toEqual([]);
  });
});

describe('a launcher script that leaves a process of its own', () => {
  it('SIGKILL of Node while printing: the launcher, its helper and the browser all end, the folder is gone', async () => {
    const run = await prepareFaultRun();
    const launcher = await launcherLeavingAChild(path.dirname(run.out));
    const cli = startCli(['build', big, '--pdf', '--out', run.out, '--browser', launcher], run);
    const seen = await printing(run);
    expect(seen.some((proc) => proc.args.includes('--type=renderer'))).toBe(true);
    expect(seen.some((proc) => proc.args.includes('zurueckgelassen'))).toBe(true);
    cli.child.kill('SIGKILL');
    await cli.exited;
    expect(await leftoversAfter(run, seen, 10_000)).toEqual({ processes: [], folders: [] });
  }, 120_000);

  it('a build that succeeds: exit 0, the PDF written, and nothing of the launcher left running', async () => {
    const run = await prepareFaultRun();
    const launcher = await launcherLeavingAChild(path.dirname(run.out));
    const small = await makeSyntheticProject({ chapters: 1, sections: 1 });
    markers.add(run.marker);
    const result = await spawnCli(['build', small, '--pdf', '--out', run.out, '--browser', launcher], { cwd: path.dirname(run.out), env: run.env });
    expect(result.code, result.stderr).toBe(0);
    expect((await readFile(path.join(run.out, 'ihek.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
    // Right when the command has ended, not some time later.
    expect(await leftovers(run)).toEqual({ processes: [], folders: [] });
  }, 120_000);
});

describe('a release interrupted while it prints into its staging folder', () => {
  let run: FaultRun;
  let releaseDir: string;
  let args: string[];
  let before: Record<string, Buffer>;

  /** The release folder's files and their bytes. */
  async function contents(dir: string): Promise<Record<string, Buffer>> {
    const names = (await readdir(dir)).sort();
    return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, name))] as const)));
  }

  const stagingFolders = async () => (await readdir(run.out)).filter((name) => name.startsWith('.release.'));

  beforeAll(async () => {
    run = await prepareFaultRun();
    releaseDir = path.join(run.out, 'release');
    await appendFile(path.join(big, 'ihek.yaml'), 'version: 1.0.0\n');
    args = ['release', big, '--allow-warnings', '--out', releaseDir];
    const first = await spawnCli(args, { cwd: path.dirname(run.out), env: run.env });
    expect(first.code, first.stderr).toBe(0);
    before = await contents(releaseDir);
  }, 300_000);

  // Ctrl-C, CI cancelling a job, and a kill no handler of ours sees.
  for (const [signal, expected] of [
    ['SIGINT', { code: 130, signal: null }],
    ['SIGTERM', { code: 143, signal: null }],
    ['SIGKILL', { code: null, signal: 'SIGKILL' }],
  ] as const) {
    it(`${signal}: ${expected.code ?? signal}, no stack trace, no staging folder, the previous release intact, nothing of the run left`, async () => {
      const cli = startCli(args, run);
      expect(await waitFor(async () => (await stagingFolders()).length > 0, 90_000, 20)).toBe(true);
      const seen = await printing(run);
      expect(seen.some((proc) => proc.args.includes('--type=renderer'))).toBe(true);
      cli.child.kill(signal);
      expect(await cli.exited, cli.stderr()).toEqual(expected);
      expect(stackTraceLines(cli.stderr())).toEqual([]);
      // After a handled signal the process ends only once all is removed; after SIGKILL the watchdog needs a moment.
      const wait = signal === 'SIGKILL' ? 10_000 : 0;
      expect(await leftoversAfter(run, seen, wait)).toEqual({ processes: [], folders: [] });
      await waitFor(async () => (await stagingFolders()).length === 0, wait);
      expect(await stagingFolders()).toEqual([]);
      const after = await contents(releaseDir);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      for (const [name, bytes] of Object.entries(before)) expect(after[name]!.equals(bytes), name).toBe(true);
    }, 120_000);
  }
});

describe('`ihek diff` of a revision', () => {
  it('writes nothing to disk while it reads the revision, so a kill at any moment leaves nothing', async () => {
    const run = await prepareFaultRun();
    // Large enough that the revision takes a while to read.
    const project = await makeSyntheticProject({ chapters: 30 });
    const repo = path.dirname(project);
    await git(repo, 'init', '--quiet');
    await git(repo, 'add', '--all');
    await git(repo, 'commit', '--quiet', '-m', 'Fassung 1');
    await appendFile(path.join(project, 'kapitel', '01-kapitel-1.md'), '\nEin neuer Absatz.\n');
    const status = async () => (await git(repo, 'status', '--porcelain', '--untracked-files=all')).trim();
    const statusBefore = await status();
    const env: NodeJS.ProcessEnv = { ...process.env, ...run.env };
    const child = spawn(process.execPath, [binPath, 'diff', 'HEAD', '--dir', path.basename(project), '--format', 'json'], { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    // The temporary folder is looked at all through the run: nothing ever appears in it.
    const seen = new Set<string>();
    let done = false;
    void exited.then(() => (done = true));
    while (!done) {
      for (const name of await readdir(run.tmp)) seen.add(name);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(await exited).toBe(0);
    expect((JSON.parse(stdout) as { summary: { words: { inserted: number } } }).summary.words.inserted).toBe(3);
    expect([...seen]).toEqual([]);
    expect(await readdir(run.tmp)).toEqual([]);
    expect(await status()).toBe(statusBefore);
  }, 120_000);
});
