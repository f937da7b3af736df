/** What the benchmark ran on and with: machine, versions and which anchors are available. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, open, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export function tryRun(cmd: string, args: string[], options: { cwd?: string; timeout?: number } = {}): { ok: boolean; stdout: string; stderr: string; status: number | null } {
  // A check of a large generated project prints megabytes of findings: more than spawnSync's 1 MiB default.
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: options.timeout ?? 60_000, cwd: options.cwd, killSignal: 'SIGKILL', maxBuffer: 512 * 1024 * 1024 });
  return { ok: r.status === 0, stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status };
}

export function which(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const file = path.join(dir, name);
    if (dir && existsSync(file)) return file;
  }
  return undefined;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  kernel: string;
  loadAvg: string;
}

export function machine(): Machine {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  return {
    cpu: model.trim(),
    cores: os.availableParallelism(),
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    kernel: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAvg: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}

export function packageVersion(root: string, name: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
}

export function gitDescribe(root: string): string {
  const head = tryRun('git', ['rev-parse', '--short', 'HEAD'], { cwd: root });
  if (!head.ok) return 'no git';
  const dirty = tryRun('git', ['status', '--porcelain', '--untracked-files=no', '--', 'src', 'templates', 'bin'], { cwd: root });
  return `${head.stdout.trim()}${dirty.stdout.trim() ? ' + uncommitted changes in src/templates/bin' : ''}`;
}

export function firstLine(text: string): string {
  return text.split('\n').find((l) => l.trim())?.trim() ?? '';
}

/**
 * Whether a Chromium executable honours `--headless --print-to-pdf`. Some builds (the
 * @sparticuz/chromium binary among them) have the headless command handlers compiled out: they
 * ignore the switch and wait for a DevTools client for ever. An ELF binary that does not contain
 * the switch's name is refused without starting it; anything else is tried on a tiny page.
 */
export async function printsToPdf(executable: string, flags: string[]): Promise<{ ok: boolean; reason: string }> {
  try {
    const info = await stat(executable);
    const handle = await open(executable, 'r');
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    await handle.close();
    if (head.toString('latin1') === '\x7fELF' && info.size < 1_000_000_000) {
      const binary = readFileSync(executable);
      if (binary.indexOf('print-to-pdf') < 0) {
        return { ok: false, reason: 'this build has no --print-to-pdf switch (headless command handlers compiled out): it ignores it and never exits' };
      }
    }
  } catch (error) {
    return { ok: false, reason: `not usable: ${(error as Error).message}` };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ihek-bench-probe-'));
  try {
    await writeFile(path.join(dir, 'probe.html'), '<!doctype html><html lang="de"><title>t</title><p>Prüfung</p></html>');
    const pdf = path.join(dir, 'probe.pdf');
    tryRun(executable, [...flags, `--print-to-pdf=${pdf}`, `file://${path.join(dir, 'probe.html')}`], { timeout: 30_000 });
    return existsSync(pdf) ? { ok: true, reason: '' } : { ok: false, reason: 'printed nothing within 30 s on a one-line page' };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function commandVersion(cmd: string, args = ['--version']): string | undefined {
  try {
    return firstLine(execFileSync(cmd, args, { encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return undefined;
  }
}
