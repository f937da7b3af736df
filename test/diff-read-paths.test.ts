import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli, stackTraceLines } from './support/cli.js';
import { fixturesDir, removeTempDirs, tempDir } from './support/fixture.js';
import { makeRepo } from './support/git-repo.js';

afterAll(removeTempDirs);

/**
 * Without --html or --pdf, `ihek diff` reads only the text of each version and reads the old one on
 * a thread of its own (bin/ihek.js runs the compiled worker; in-process runs read it on this
 * thread). The report must be the same byte for byte whichever way the versions were read.
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
      const onThreads = await spawnCli(['diff', 'v1', '--format', 'json'], { cwd: repo.dir });
      expect(inProcess.code).toBe(0);
      expect(JSON.parse(inProcess.stdout).changed).toBe(true);
      expect(withHtml.stdout).toBe(inProcess.stdout);
      expect(onThreads.stdout).toBe(inProcess.stdout);
      expect(onThreads.stderr).toBe('');

      const text = await runCli(['diff', 'v1', '--no-color'], { cwd: repo.dir });
      expect((await spawnCli(['diff', 'v1', '--no-color'], { cwd: repo.dir })).stdout).toBe(text.stdout);
    });
  }

  it('an input error in the old version, read on its own thread: one line naming the version, exit 2', async () => {
    const repo = await makeRepo({ overlay: 'yaml-syntax-error' });
    const result = await spawnCli(['diff', 'v1', path.join(fixturesDir, 'minimal')], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^ihek: Version „v1“: ihek\.yaml:\d+: YAML-Syntaxfehler: .+\n$/);
    expect(stackTraceLines(result.stderr)).toEqual([]);
  });
});
