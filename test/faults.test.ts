import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { chmod, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { binPath, spawnCli, stackTraceLines, type CliResult } from './support/cli.js';
import { makeProject, tempDir } from './support/fixture.js';
import { expectCleanFailure, faultyBrowser, prepareFaultRun, SENTINEL, type FaultRun } from './support/pdf-faults.js';
import { processesWith, tmpFilesIn, waitFor } from './support/pdf.js';
import { makeSyntheticProject } from './support/synthetic.js';

/**
 * Faults from outside: a browser that stops answering, an output folder that is read-only or on a
 * full disk, a build killed with SIGTERM. In every case the previous outputs stay as they were, no
 * temporary file or browser process remains, and one line says what happened.
 */

/**
 * A "browser" that starts the real one in its own process group, waits until a page is open, lets it
 * work for a second and then stops every one of its processes (SIGSTOP): it neither answers nor dies.
 */
function hangingBrowser(dir: string): Promise<string> {
  return faultyBrowser(dir, 'haengender-browser.sh', '/usr/bin/chromium "$@" &', [
    'sleep 1',
    'for pid in $(ps -eo pid=,args= | grep -F -e "$profile" | grep -v -e grep -e haengender | awk \'{ print $1 }\'); do',
    '  kill -STOP "$pid" 2>/dev/null',
    'done',
  ]);
}

describe('the browser hangs while printing (all its processes stopped)', () => {
  let run: FaultRun;
  let result: CliResult;

  beforeAll(async () => {
    const big = await makeSyntheticProject({ chapters: 30 });
    run = await prepareFaultRun();
    const script = await hangingBrowser(path.dirname(run.out));
    result = await spawnCli(['build', big, '--pdf', '--out', run.out, '--browser', script, '--timeout', '8'], {
      cwd: path.dirname(run.out),
      env: run.env,
    });
  }, 120_000);

  it('exit 3 after the timeout, one line naming --timeout; the old PDF intact; every stopped process killed', async () => {
    const message = await expectCleanFailure(run, result);
    expect(message).toContain('--timeout');
  });
});

describe('SIGTERM (as CI cancelling a job) while printing', () => {
  let run: FaultRun;
  let exit: { code: number | null; signal: NodeJS.Signals | null };
  let stderr = '';
  let browserSeen = false;

  beforeAll(async () => {
    const big = await makeSyntheticProject({ chapters: 30 });
    run = await prepareFaultRun();
    const child = spawn(process.execPath, [binPath, 'build', big, '--pdf', '--out', run.out], {
      cwd: path.dirname(run.out),
      env: { ...process.env, ...run.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.resume();
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    browserSeen = await waitFor(async () => (await processesWith(run.marker)).length > 0, 60_000, 20);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    child.kill('SIGTERM');
    exit = await exited;
  }, 120_000);

  it('ends with exit code 143 (or the signal), no stack trace', () => {
    expect(browserSeen).toBe(true);
    expect(exit.code === 143 || exit.signal === 'SIGTERM', JSON.stringify(exit)).toBe(true);
    expect(stackTraceLines(stderr)).toEqual([]);
  });

  it('the old PDF is intact; no *.tmp file, no browser process, no browser folder left', async () => {
    expect((await readFile(path.join(run.out, 'ihek.pdf'))).equals(SENTINEL)).toBe(true);
    expect(await tmpFilesIn(run.out)).toEqual([]);
    expect(await processesWith(run.marker)).toEqual([]);
    expect((await readdir(run.tmp)).filter((name) => name.startsWith('ihek-browser-'))).toEqual([]);
  });
});

/**
 * A read-only folder and a full disk are made real in a private mount namespace (`unshare -m`): a
 * read-only bind mount of the output folder, a 64 KiB tmpfs. That needs root, as CI has; elsewhere
 * the read-only case falls back to file permissions and the disk-full case cannot be made.
 */
const canMount = process.platform === 'linux' && spawnSync('unshare', ['-m', 'true']).status === 0;

/** Runs `ihek build` inside a mount namespace after `setup` (shell), then prints the folder's state. */
function buildInNamespace(setup: string, out: string, project: string): { code: number; listing: string; html: string } {
  const script = [
    'set -e',
    setup,
    'set +e',
    `"${process.execPath}" "${binPath}" build "${project}" --html --out "${out}" 2>"${out}.stderr"`,
    'code=$?',
    `echo "code=$code"`,
    `echo "listing=$(ls -A "${out}" | tr '\\n' ' ')"`,
    `echo "html=$(cat "${out}/ihek.html")"`,
  ].join('\n');
  const text = execFileSync('unshare', ['-m', 'sh', '-c', script], { encoding: 'utf8', env: { ...process.env, LANG: '' } });
  const field = (name: string) => new RegExp(`^${name}=(.*)$`, 'm').exec(text)?.[1] ?? '';
  return { code: Number(field('code')), listing: field('listing').trim(), html: field('html') };
}

describe('the output folder cannot be written', () => {
  const OLD = 'die bisherige Fassung';

  it.runIf(canMount)('read-only (EROFS): exit 2, says the folder is read-only, the old HTML stays, nothing new in the folder', async () => {
    const project = await makeProject();
    const out = path.join(await tempDir(), 'out');
    await mkdir(out);
    await writeFile(path.join(out, 'ihek.html'), OLD);
    const result = buildInNamespace(`mount --bind "${out}" "${out}"\nmount -o remount,bind,ro "${out}"`, out, project.dir);
    const stderr = await readFile(`${out}.stderr`, 'utf8');
    expect(stderr).toMatch(/^ihek: \S*ihek\.html kann nicht geschrieben werden \(der Ordner ist schreibgeschützt, EROFS\); die bisherige Datei bleibt unverändert\n$/);
    expect(result.code).toBe(2);
    expect(result.html).toBe(OLD);
    expect(result.listing).toBe('ihek.html');
  });

  it.runIf(!canMount && process.getuid?.() !== 0)('read-only by permissions (EACCES): exit 2, the old HTML stays', async () => {
    const project = await makeProject();
    const out = path.join(await tempDir(), 'out');
    await mkdir(out);
    await writeFile(path.join(out, 'ihek.html'), OLD);
    await chmod(out, 0o555);
    const result = await spawnCli(['build', project.dir, '--html', '--out', out], { cwd: project.parent });
    await chmod(out, 0o755);
    expect(result.stderr).toMatch(/kann nicht geschrieben werden \(keine Schreibrechte im Ordner, EACCES\)/);
    expect(result.code).toBe(2);
    expect(await readFile(path.join(out, 'ihek.html'), 'utf8')).toBe(OLD);
  });

  it.runIf(canMount)('disk full (ENOSPC, a 64 KiB tmpfs): exit 2, says the disk is full, the old HTML stays, no temporary file', async () => {
    const project = await makeProject();
    const out = path.join(await tempDir(), 'out');
    await mkdir(out);
    const result = buildInNamespace(`mount -t tmpfs -o size=64k tmpfs "${out}"\nprintf '%s' '${OLD}' > "${out}/ihek.html"`, out, project.dir);
    const stderr = await readFile(`${out}.stderr`, 'utf8');
    expect(stderr).toMatch(/^ihek: \S*ihek\.html kann nicht geschrieben werden \(kein Platz mehr auf dem Datenträger, ENOSPC\); die bisherige Datei bleibt unverändert\n$/);
    expect(stackTraceLines(stderr)).toEqual([]);
    expect(result.code).toBe(2);
    expect(result.html).toBe(OLD);
    expect(result.listing).toBe('ihek.html');
  });
});

describe('the output stream goes away', () => {
  const args = (project: string) => [binPath, 'check', project, '--format', 'json'];

  it('a reader that closes early (ihek … | head): the run ends quietly, no stack trace', async () => {
    const project = await makeProject();
    const child = spawn(process.execPath, args(project.dir), { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('stdout on a full device (/dev/full): exit 2 with one line that says so', async () => {
    const project = await makeProject();
    const full = openSync('/dev/full', 'w');
    const result = spawnSync(process.execPath, args(project.dir), { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    closeSync(full);
    expect(result.stderr).toBe('ihek: die Ausgabe kann nicht geschrieben werden / output cannot be written (ENOSPC)\n');
    expect(result.status).toBe(2);
  });
});

describe('an error on one of the browser\'s standard streams (a read that fails with ECONNRESET when a hung browser is killed)', () => {
  it('does not end ihek: every stream of the browser process has a listener, and the session closes normally', async () => {
    const { BrowserSession } = await import('../src/pdf/browser-session.js');
    const { findBrowser } = await import('../src/pdf/find-browser.js');
    const session = await BrowserSession.start(await findBrowser(undefined, process.env));
    try {
      const streams = (session.browser.process()?.stdio ?? []).filter((stream) => stream !== null);
      expect(streams.length).toBeGreaterThanOrEqual(3);
      const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', errno: -104, syscall: 'read' });
      // Without a listener, emit() throws the error (in a real run: an uncaught exception and exit 1).
      for (const stream of streams) expect(() => stream.emit('error', reset)).not.toThrow();
    } finally {
      await session.close();
    }
  }, 60_000);
});
