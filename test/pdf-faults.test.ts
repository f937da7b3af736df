import { access, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli } from './support/cli.js';
import { makeProject, packageRoot, tempDir, type TestProject } from './support/fixture.js';
import { expectCleanFailure, prepareFaultRun } from './support/pdf-faults.js';
import { processesWith } from './support/pdf.js';

/**
 * PDF builds that cannot finish — no such browser, too little time — run as a user runs them
 * (bin/ihek.js in a child process): exit code 3, one clear message, nothing half-written, no
 * browser left running. And `ihek doctor` says which browser would print.
 */

let project: TestProject;
const pinnedVersion = (JSON.parse(await readFile(path.join(packageRoot, 'node_modules', '@sparticuz', 'chromium', 'package.json'), 'utf8')) as { version: string }).version;

beforeAll(async () => {
  project = await makeProject();
});

describe('ihek build --pdf with a browser that does not exist', () => {
  it('--browser /nonexistent/chrome: exit 3, the message names the path, the HTML is written, the old PDF stays', async () => {
    const run = await prepareFaultRun();
    const result = await spawnCli(['build', project.dir, '--pdf', '--out', run.out, '--browser', '/nonexistent/chrome'], { cwd: project.parent, env: run.env });
    const message = await expectCleanFailure(run, result);
    expect(message).toContain('/nonexistent/chrome');
    expect(message).toContain('--browser');
    expect(await readFile(path.join(run.out, 'ihek.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('IHEK_BROWSER=/nonexistent: exit 3, the message names the variable and the path, the HTML is written', async () => {
    const run = await prepareFaultRun();
    const result = await spawnCli(['build', project.dir, '--pdf', '--out', run.out], {
      cwd: project.parent,
      env: { ...run.env, IHEK_BROWSER: '/nonexistent' },
    });
    const message = await expectCleanFailure(run, result);
    expect(message).toContain('IHEK_BROWSER');
    expect(message).toContain('/nonexistent');
    expect(await readFile(path.join(run.out, 'ihek.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('a file that is not executable is refused the same way', async () => {
    const run = await prepareFaultRun();
    const notABrowser = path.join(project.parent, 'kein-browser.txt');
    await writeFile(notABrowser, 'kein Browser\n');
    const result = await spawnCli(['build', project.dir, '--pdf', '--out', run.out, '--browser', notABrowser], { cwd: project.parent, env: run.env });
    expect(await expectCleanFailure(run, result)).toContain(notABrowser);
  });
});

describe('ihek build --pdf with a browser that cannot start', () => {
  it('a missing library: exit 3, the message names the path and says what the browser said, with its exit code', async () => {
    const run = await prepareFaultRun();
    const broken = path.join(project.parent, 'kaputter-browser.sh');
    await writeFile(broken, '#!/bin/sh\necho "chromium: error while loading shared libraries: libnss3.so" >&2\nexit 127\n', { mode: 0o755 });
    const result = await spawnCli(['build', project.dir, '--pdf', '--out', run.out, '--browser', broken], { cwd: project.parent, env: run.env });
    expect(await expectCleanFailure(run, result)).toBe(
      `ihek: Der Browser ${broken} ließ sich nicht starten: chromium: error while loading shared libraries: libnss3.so (Exit-Code 127)`,
    );
  });
});

describe('ihek build --pdf --timeout 0.001', () => {
  it('exit 3, the message points to --timeout, the old PDF stays, the browser is gone', async () => {
    const run = await prepareFaultRun();
    const result = await spawnCli(['build', project.dir, '--pdf', '--out', run.out, '--timeout', '0.001'], { cwd: project.parent, env: run.env });
    const message = await expectCleanFailure(run, result);
    expect(message).toContain('--timeout');
    // The HTML is there all the same.
    await expect(access(path.join(run.out, 'ihek.html'))).resolves.toBeUndefined();
  });

  it('--timeout 0 and --timeout abc are usage errors (exit 2)', async () => {
    const run = await prepareFaultRun();
    for (const value of ['0', 'abc', '-5']) {
      const result = await runCli(['build', project.dir, '--pdf', '--out', run.out, '--timeout', value], { cwd: project.parent });
      expect(result.code, value).toBe(2);
      expect(result.stderr, value).toContain('--timeout');
    }
  });
});

describe('ihek doctor', () => {
  it('names the pinned Chromium of @sparticuz/chromium when nothing else is set', async () => {
    const result = await runCli(['doctor'], { cwd: packageRoot, env: {} });
    expect(result.code).toBe(0);
    const browser = /^PDF-Browser: (.+)$/m.exec(result.stdout)?.[1];
    expect(browser).toBeDefined();
    expect((await stat(browser!)).isFile()).toBe(true);
    expect(browser).toContain(`chromium-${pinnedVersion}`);
    expect(result.stdout).toContain(`Quelle: mitgelieferter Chromium (@sparticuz/chromium ${pinnedVersion})`);
  });

  it('IHEK_BROWSER=/usr/bin/chromium: that path, source IHEK_BROWSER', async () => {
    const result = await runCli(['doctor'], { cwd: packageRoot, env: { IHEK_BROWSER: '/usr/bin/chromium' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('PDF-Browser: /usr/bin/chromium\nQuelle: IHEK_BROWSER\n');
  });

  it('--browser wins over IHEK_BROWSER, in English with --lang en', async () => {
    const result = await runCli(['doctor', '--browser', '/usr/bin/chromium', '--lang', 'en'], {
      cwd: packageRoot,
      env: { IHEK_BROWSER: '/nonexistent' },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('PDF browser: /usr/bin/chromium\nsource: --browser\n');
  });

  it('IHEK_BROWSER=/nonexistent: exit 3 with the path, no stack trace', async () => {
    const result = await spawnCli(['doctor'], { cwd: packageRoot, env: { IHEK_BROWSER: '/nonexistent' } });
    expect(result.code).toBe(3);
    expect(result.stderr).toBe('ihek: Der Browser aus IHEK_BROWSER (/nonexistent) ist nicht vorhanden oder nicht ausführbar\n');
  });
});

describe('ihek build --pdf --verbose', () => {
  it('says which browser printed, and where it was found', async () => {
    const run = await prepareFaultRun();
    const doctor = await runCli(['doctor'], { cwd: packageRoot, env: {} });
    const pinned = /^PDF-Browser: (.+)$/m.exec(doctor.stdout)![1]!;
    const result = await spawnCli(['build', project.dir, '--pdf', '--verbose', '--out', run.out], { cwd: project.parent, env: run.env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`Browser: ${pinned} (pinned)\n`);
    expect(result.stderr).toMatch(/^PDF: \d+ Seiten, \d+\.\d s$/m);
    expect(result.stdout).toContain(`geschrieben: ${path.relative(project.parent, path.join(run.out, 'ihek.pdf'))}\n`);
    expect(await processesWith(run.marker)).toEqual([]);
  });

  it('with IHEK_BROWSER=/usr/bin/chromium it prints with that one and says so', async () => {
    const run = await prepareFaultRun();
    const out = await tempDir();
    const result = await spawnCli(['build', project.dir, '--pdf', '--verbose', '--out', out], {
      cwd: project.parent,
      env: { ...run.env, IHEK_BROWSER: '/usr/bin/chromium' },
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('Browser: /usr/bin/chromium (IHEK_BROWSER)\n');
    expect((await readFile(path.join(out, 'ihek.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await processesWith(run.marker)).toEqual([]);
  });
});
