import { execFile } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { binPath, runCli, spawnCli, stackTraceLines } from './support/cli.js';
import { fixturesDir, removeTempDirs, tempDir } from './support/fixture.js';
import { makeRepo } from './support/git-repo.js';
import { makeSyntheticProject } from './support/synthetic.js';

afterAll(removeTempDirs);

const exec = promisify(execFile);

/**
 * Without --html or --pdf, `ihek diff` reads only the text of each version. The report must be the
 * same byte for byte as with the marked document, and from bin/ihek.js (the bundle) as in-process.
 */
describe('ihek diff: the same report however the versions are read', () => {
  const scenarios: Array<[string, string[]]> = [
    ['a moved section, changed words, a changed amount, an unchanged appendix', ['moved-section', 'text-change', 'amount-change']],
    ['chapters added, removed and moved', ['chapters-reordered']],
    ['a retitled section and changed manifest keys', ['retitled-section', 'manifest-change']],
  ];
  for (const [name, changes] of scenarios) {
    it(name, async () => {
      const repo = await makeRepo();
      await repo.change(changes);
      const inProcess = await runCli(['diff', 'v1', '--format', 'json'], { cwd: repo.dir });
      const withHtml = await runCli(['diff', 'v1', '--format', 'json', '--html', path.join(await tempDir(), 'a.html')], { cwd: repo.dir });
      const bundled = await spawnCli(['diff', 'v1', '--format', 'json'], { cwd: repo.dir });
      expect(inProcess.code).toBe(0);
      expect(JSON.parse(inProcess.stdout).changed).toBe(true);
      expect(withHtml.stdout).toBe(inProcess.stdout);
      expect(bundled.stdout).toBe(inProcess.stdout);
      expect(bundled.stderr).toBe('');

      const text = await runCli(['diff', 'v1', '--no-color'], { cwd: repo.dir });
      expect((await spawnCli(['diff', 'v1', '--no-color'], { cwd: repo.dir })).stdout).toBe(text.stdout);
    });
  }

  it('a large project, run as bin/ihek.js and in-process', { timeout: 180_000 }, async () => {
    const old = await makeSyntheticProject({ chapters: 70 });
    const changed = path.join(await tempDir(), 'neu');
    await cp(old, changed, { recursive: true });
    // A changed word in three chapters, a removed paragraph in a fourth.
    for (const [file, from, to] of [
      ['kapitel/03-kapitel-3.md', /Quartier/, 'Stadtquartier'],
      ['kapitel/20-kapitel-20.md', /Schule/, 'Grundschule'],
      ['kapitel/61-kapitel-61.md', /\| Wert 2 \| \d+/, '| Wert 2 | 4711'],
      ['kapitel/44-kapitel-44.md', /\n\n[^\n#|]+\n\n/, '\n\n'],
    ] as const) {
      const target = path.join(changed, file);
      await writeFile(target, (await readFile(target, 'utf8')).replace(from, to));
    }
    const args = ['diff', old, changed, '--format', 'json'];
    const inProcess = await runCli(args, { cwd: old });
    const bundled = await exec(process.execPath, [binPath, ...args], { cwd: old, maxBuffer: 64 * 1024 * 1024 });
    expect(bundled.stderr).toBe('');
    expect(bundled.stdout).toBe(inProcess.stdout);
    const report = JSON.parse(inProcess.stdout) as { chapters: Array<{ id: string }> };
    expect(report.chapters.map((c) => c.id)).toEqual(['kapitel-3', 'kapitel-20', 'kapitel-44', 'kapitel-61']);
  });

  it('an input error in the old version, run as bin/ihek.js: one line naming the version, exit 2', async () => {
    const repo = await makeRepo({ overlay: 'yaml-syntax-error' });
    const result = await spawnCli(['diff', 'v1', path.join(fixturesDir, 'minimal')], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^ihek: Version „v1“: ihek\.yaml:\d+: YAML-Syntaxfehler: .+\n$/);
    expect(stackTraceLines(result.stderr)).toEqual([]);
  });
});
