/**
 * Helpers of the release tests (test/release*.test.ts): real git repositories in temp folders and
 * the released files read back with poppler and sha256sum.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { makeProject, type ProjectSetup, type TestProject } from './support/fixture.js';

const exec = promisify(execFile);

/** git with a fixed identity and dates, and without the machine's own configuration. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await exec(
    'git',
    [
      '-c', 'user.name=QM-Team Test',
      '-c', 'user.email=qm-test@example.org',
      '-c', 'init.defaultBranch=main',
      '-c', 'commit.gpgsign=false',
      '-c', 'tag.gpgsign=false',
      ...args,
    ],
    {
      cwd,
      env: {
        ...process.env,
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_DATE: '2025-04-01T10:00:00Z',
        GIT_COMMITTER_DATE: '2025-04-01T10:00:00Z',
        LC_ALL: 'C',
      },
    },
  );
  return stdout.trim();
}

/** Turns the folder into a repository with everything committed; returns the commit id. */
export async function commitAll(repo: string, message = 'IHEK Fassung'): Promise<string> {
  await git(repo, 'init', '-q');
  await git(repo, 'add', '-A');
  await git(repo, 'commit', '-q', '-m', message);
  return git(repo, 'rev-parse', 'HEAD');
}

/** SOURCE_DATE_EPOCH as CI sets it: the committer time of HEAD. */
export async function commitEpoch(repo: string): Promise<string> {
  return git(repo, 'log', '-1', '--format=%ct');
}

const setStatusFinal = (bytes: Buffer) => {
  const text = bytes.toString('utf8');
  return /^status:/m.test(text) ? text.replace(/^status: .*$/m, 'status: final') : text.replace(/^---\n/, '---\nstatus: final\n');
};

/**
 * test/fixtures/minimal as the Kosmosviertel, version 1.0.0, with every chapter and the appendix
 * `status: final`; `files`/`transform` add to that.
 */
export function finalProject(setup: ProjectSetup = {}): Promise<TestProject> {
  return makeProject({
    ...setup,
    transform: {
      'ihek.yaml': (bytes) =>
        bytes.toString('utf8').replace('area: Musterkiez', 'area: Kosmosviertel').replace('version: 0.9.0', 'version: 1.0.0'),
      'kapitel/01-einleitung.md': setStatusFinal,
      'kapitel/02-benn.md': setStatusFinal,
      'anhang/a-quellen.md': setStatusFinal,
      ...setup.transform,
    },
  });
}

export const RELEASE_FILES_KOSMOSVIERTEL = [
  'SHA256SUMS',
  'ihek-kosmosviertel-1-0-0.html',
  'ihek-kosmosviertel-1-0-0.pdf',
  'release.json',
];

export async function listFolder(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

export interface ReleaseJson {
  format: string;
  version: string;
  edition: string | null;
  area: string;
  period: { from: number; to: number };
  buildDate: string;
  buildDateSource: string;
  draft: boolean;
  draftReasons: string[];
  git: { commit: string | null; tag: string | null; dirty: boolean; path: string } | null;
  chapters: Array<{ file: string; id: string; status: string | null }>;
  tool: { name: string; version: string };
  check: { errors: number; warnings: number };
  pages: number;
  files: Array<{ name: string; size: number; sha256: string }>;
}

export async function readRecord(dir: string): Promise<ReleaseJson> {
  return JSON.parse(await readFile(path.join(dir, 'release.json'), 'utf8')) as ReleaseJson;
}

/** `sha256sum -c SHA256SUMS` in the folder: its output; throws when a sum does not match. */
export async function sha256sumCheck(dir: string): Promise<string> {
  const { stdout } = await exec('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: dir });
  return stdout;
}

/** The text of every page (`pdftotext -layout`), white space runs as one space. */
export async function pdfPages(file: string): Promise<string[]> {
  const { stdout } = await exec('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages = stdout.split('\f').map((page) => page.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim());
  if (pages.at(-1) === '') pages.pop();
  return pages;
}

/** `pdfinfo -custom -isodates` as key → value: the standard and the custom info entries. */
export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await exec('pdfinfo', ['-custom', '-isodates', file]);
  const info: Record<string, string> = {};
  for (const line of stdout.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match && !(match[1]! in info)) info[match[1]!] = match[2]!;
  }
  return info;
}

/** The XMP metadata stream (`pdfinfo -meta`). */
export async function pdfXmp(file: string): Promise<string> {
  const { stdout } = await exec('pdfinfo', ['-meta', file]);
  return stdout;
}
