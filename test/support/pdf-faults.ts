import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { stackTraceLines, type CliResult } from './cli.js';
import { tempDir } from './fixture.js';
import { processesWith, tmpFilesIn } from './pdf.js';

/** What stands in ihek.pdf before a build that is meant to fail. */
export const SENTINEL = Buffer.from('%PDF-1.7\n% the previous PDF, which a failed build must leave alone\n%%EOF\n');

/**
 * A place for one faulty run: an out folder with a sentinel ihek.pdf, and a temp folder of its own
 * (TMPDIR for the child process). Every browser this run starts has its profile under that folder
 * ("…/ihek-browser-XXXX/profile"), so its processes can be told apart from those of builds that
 * run in parallel (other test files, other people on this machine).
 */
export interface FaultRun {
  out: string;
  /** TMPDIR of the child process. */
  tmp: string;
  /** Text in the command line of every browser process of this run. */
  marker: string;
  env: NodeJS.ProcessEnv;
}

export async function prepareFaultRun(): Promise<FaultRun> {
  const root = await tempDir('ihek-pdf-fault-');
  const out = path.join(root, 'out');
  const tmp = path.join(root, 'tmp');
  await mkdir(out, { recursive: true });
  await mkdir(tmp, { recursive: true });
  await writeFile(path.join(out, 'ihek.pdf'), SENTINEL);
  return { out, tmp, marker: `${tmp}/ihek-browser-`, env: { TMPDIR: tmp } };
}

/**
 * A failed PDF build as a user sees it: exit code 3, one line "ihek: …" on stderr and no stack
 * trace, the previous ihek.pdf unchanged, no half-written "*.tmp" file, no browser process of the
 * run still running and no ihek-browser-* folder left behind.
 */
export async function expectCleanFailure(run: FaultRun, result: CliResult): Promise<string> {
  expect(result.code, result.stderr).toBe(3);
  expect(stackTraceLines(result.stderr)).toEqual([]);
  const lines = result.stderr.split('\n').filter((line) => line.trim() !== '');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^ihek: \S/);
  expect((await readFile(path.join(run.out, 'ihek.pdf'))).equals(SENTINEL)).toBe(true);
  expect(await tmpFilesIn(run.out)).toEqual([]);
  expect(await processesWith(run.marker)).toEqual([]);
  expect((await readdir(run.tmp)).filter((name) => name.startsWith('ihek-browser-'))).toEqual([]);
  return lines[0]!;
}

/**
 * A shell script to pass as `--browser`: it starts the real Chromium with all its arguments
 * (`start`, e.g. in a session of its own), waits until the browser has opened a page, then does
 * `fault` to it. Every process of this browser carries its --user-data-dir (`$profile`) in its
 * command line, and so does the script itself.
 */
export async function faultyBrowser(dir: string, name: string, start: string, fault: string[]): Promise<string> {
  const script = path.join(dir, name);
  await writeFile(
    script,
    [
      '#!/bin/sh',
      'profile=""',
      'for arg in "$@"; do case "$arg" in --user-data-dir=*) profile="${arg#--user-data-dir=}" ;; esac; done',
      start,
      'n=0',
      'until ps -eo args= | grep -F -e "$profile" | grep -q -e "--type=renderer" || [ "$n" -ge 300 ]; do sleep 0.1; n=$((n + 1)); done',
      ...fault,
      'wait',
      '',
    ].join('\n'),
  );
  await chmod(script, 0o755);
  return script;
}
