import { spawn } from 'node:child_process';
import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../src/api/build.js';
import { binPath, spawnCli, stackTraceLines, type CliResult } from './support/cli.js';
import { tempDir } from './support/fixture.js';
import { expectCleanFailure, faultyBrowser, prepareFaultRun, SENTINEL, type FaultRun } from './support/pdf-faults.js';
import { firstPageWith, linesOf, pageTexts, parseContents, processesWith, tmpFilesIn, waitFor } from './support/pdf.js';
import { makeSyntheticProject } from './support/synthetic.js';

/**
 * A big synthetic project (60 chapters, several hundred pages; printing takes many seconds) whose
 * printing is cut short: the browser dies under it, or the user presses Ctrl-C. And a smaller one
 * (still past a hundred pages) printed to the end, to see that the contents hold three-digit page
 * numbers.
 */

let big: string;

beforeAll(async () => {
  big = await makeSyntheticProject();
});

/**
 * A "browser" that starts the real one with all its arguments, waits until it has opened a page,
 * lets it work for 3 s, then kills all its processes (kill -9 of its process group) and waits.
 */
function dyingBrowser(dir: string): Promise<string> {
  return faultyBrowser(dir, 'sterbender-browser.sh', '# The real browser in a session (and process group) of its own.\nsetsid /usr/bin/chromium "$@" &', [
    'sleep 3',
    '# The groups of the browser\'s processes; not this script\'s own (it carries the same arguments).',
    'self=$(ps -o pgid= -p $$ | tr -d " ")',
    'for group in $(ps -eo pgid=,args= | grep -F -e "$profile" | grep -v -e "grep" | awk \'{ print $1 }\' | sort -u); do',
    '  [ "$group" = "$self" ] || kill -9 "-$group" 2>/dev/null',
    'done',
  ]);
}

describe('the browser dies while printing', () => {
  let run: FaultRun;
  let result: CliResult;

  beforeAll(async () => {
    run = await prepareFaultRun();
    const script = await dyingBrowser(path.dirname(run.out));
    result = await spawnCli(['build', big, '--pdf', '--out', run.out, '--browser', script], { cwd: path.dirname(run.out), env: run.env });
  }, 120_000);

  it('exit 3 with one message saying that the browser crashed; old PDF intact; nothing left running', async () => {
    const message = await expectCleanFailure(run, result);
    expect(message).toMatch(/Browser ist beim Drucken abgestürzt/);
    expect(message).toContain('das bisherige PDF bleibt unverändert');
  });

  it('the HTML was written before printing started', async () => {
    const html = await readFile(path.join(run.out, 'ihek.html'), 'utf8');
    expect(html).toContain('Synthetisches Kapitel 60');
  });
});

describe('Ctrl-C (SIGINT) while printing', () => {
  let run: FaultRun;
  let exit: { code: number | null; signal: NodeJS.Signals | null };
  let stderr = '';
  let browserSeen = false;

  beforeAll(async () => {
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
    // The HTML is written first; then the browser starts and gets the page.
    const html = path.join(run.out, 'ihek.html');
    expect(await waitFor(() => access(html).then(() => true, () => false), 60_000, 20)).toBe(true);
    browserSeen = await waitFor(async () => (await processesWith(run.marker)).length > 0, 30_000, 20);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    child.kill('SIGINT');
    exit = await exited;
  }, 120_000);

  it('the browser was running when the signal came', () => {
    expect(browserSeen).toBe(true);
  });

  it('the process ends (exit code 130 or the signal) with no stack trace', () => {
    expect(exit.code === 130 || exit.signal === 'SIGINT', JSON.stringify(exit)).toBe(true);
    expect(stackTraceLines(stderr)).toEqual([]);
  });

  it('the old PDF is intact, no *.tmp file, no browser process and no ihek-browser-* folder of this run left', async () => {
    expect((await readFile(path.join(run.out, 'ihek.pdf'))).equals(SENTINEL)).toBe(true);
    expect(await tmpFilesIn(run.out)).toEqual([]);
    expect(await processesWith(run.marker)).toEqual([]);
    expect((await readdir(run.tmp)).filter((name) => name.startsWith('ihek-browser-'))).toEqual([]);
  });
});

describe('a synthetic project of more than a hundred pages printed to the end', () => {
  const CHAPTERS = 12;
  let out: string;
  let result: BuildResult;
  let pages: string[];

  beforeAll(async () => {
    // Smaller than the big one above (which takes long to print): just past 100 pages.
    const dir = await makeSyntheticProject({ chapters: CHAPTERS });
    out = await tempDir('ihek-pdf-long-');
    result = await build({ dir, out, formats: ['pdf'], env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } });
    pages = await pageTexts(path.join(out, 'ihek.pdf'));
  }, 300_000);

  it('the contents show three-digit page numbers that match the headings and captions', () => {
    expect(result.ok).toBe(true);
    expect(pages).toHaveLength(result.pdf!.pages);
    const contentsPages: number[] = [];
    for (let page = 2; /(Inhalts|Abbildungs|Tabellen)verzeichnis$/.test(linesOf(pages[page - 1]!)[0] ?? ''); page++) contentsPages.push(page);
    const entries = parseContents(contentsPages.map((page) => pages[page - 1]!));
    const chapters = entries.filter((e) => e.list === 'contents' && /^\d+$/.test(e.number));
    expect(chapters.map((e) => e.number)).toEqual(Array.from({ length: CHAPTERS }, (_, index) => String(index + 1)));
    expect(chapters.at(-1)!.page).toBeGreaterThanOrEqual(100);
    const wrong: string[] = [];
    for (const entry of entries.filter((e) => e.list === 'contents' && e.number)) {
      const heading = `${entry.number} ${entry.title}`;
      const actual = firstPageWith(pages, heading, contentsPages.at(-1)! + 1);
      if (actual !== entry.page) wrong.push(`${heading}: contents say ${entry.page}, heading on ${actual}`);
    }
    const tables = entries.filter((e) => e.list === 'tables');
    expect(tables).toHaveLength(CHAPTERS * 6);
    tables.forEach((entry, index) => {
      const actual = firstPageWith(pages, `Tabelle ${index + 1}:`, contentsPages.at(-1)! + 1);
      if (actual !== entry.page) wrong.push(`${entry.title}: list says ${entry.page}, caption on ${actual}`);
    });
    expect(wrong).toEqual([]);
    expect(tables.at(-1)!.page).toBeGreaterThanOrEqual(100);
  });

  it('is printed once, not twice (the contents numbers are filled into the single print)', () => {
    // BUG: see pdf-small-projects.test.ts — without an appendix the contents' chapter numbers are
    // taken for stand-in digits; with the pinned Chromium the whole document is printed again.
    expect(result.pdf!.printedTwice).toBe(false);
  });
});
