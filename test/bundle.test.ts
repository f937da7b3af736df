import { existsSync } from 'node:fs';
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { spawnCli, spawnNode, type CliResult } from './support/cli.js';
import { exampleDir, packageRoot, tempDir } from './support/fixture.js';

/**
 * bin/ihek.js runs the bundled command line (dist/bundle/, made by global setup as by `npm run
 * build`). The bundle must behave exactly as the modules tsc writes, which the in-process tests use.
 */
const bundleDir = path.join(packageRoot, 'dist', 'bundle');

/** Runs the unbundled command line (dist/cli/main.js) in a child process, as bin/ihek.js would. */
function spawnUnbundled(argv: string[], cwd: string): Promise<CliResult> {
  const main = pathToFileURL(path.join(packageRoot, 'dist', 'cli', 'main.js')).href;
  const script = `const { run } = await import(${JSON.stringify(main)});
process.exitCode = await run(process.argv.slice(1), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), isTTY: false });`;
  return spawnNode(['--input-type=module', '-e', script, '--', ...argv], { cwd });
}

describe('the bundled command line', () => {
  it('has every worker file its code starts beside itself', async () => {
    expect(existsSync(path.join(bundleDir, 'cli.js'))).toBe(true);
    const referenced = new Set<string>();
    for (const file of await readdir(bundleDir)) {
      const code = await readFile(path.join(bundleDir, file), 'utf8');
      for (const match of code.matchAll(/new URL\("\.\/([^"]+\.js)", import\.meta\.url\)/g)) referenced.add(match[1]!);
    }
    // No worker threads: a file started beside the code would have to be an entry of the bundle.
    expect([...referenced].sort()).toEqual([]);
    for (const file of referenced) expect(existsSync(path.join(bundleDir, file)), file).toBe(true);
  });

  it('writes the same HTML and says the same as the unbundled modules (check, build --html, a failing check)', async () => {
    const parent = await tempDir();
    await cp(exampleDir, path.join(parent, 'beispiel'), { recursive: true, filter: (source) => !source.includes(`${path.sep}out`) });
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const bundled = await spawnCli(['build', 'beispiel', '--html', '--out', 'a'], { cwd: parent, env });
    const unbundled = await spawnUnbundled(['build', 'beispiel', '--html', '--out', 'b'], parent);
    expect(bundled).toEqual({ code: 0, stdout: 'geschrieben: a/ihek.html\n', stderr: '' });
    expect(unbundled).toEqual({ code: 0, stdout: 'geschrieben: b/ihek.html\n', stderr: '' });
    const [a, b] = await Promise.all(['a', 'b'].map((out) => readFile(path.join(parent, out, 'ihek.html'), 'utf8')));
    expect(a.length).toBeGreaterThan(10_000);
    expect(a).toBe(b);

    for (const argv of [['check', 'beispiel'], ['check', 'beispiel', '--format', 'json'], ['check', 'nirgends']]) {
      const viaBundle = await spawnCli(argv, { cwd: parent });
      expect(viaBundle, argv.join(' ')).toEqual(await spawnUnbundled(argv, parent));
    }
  });
});

describe("the preview's live-reload script", () => {
  it('is bundled from src/watch/client/ into one classic browser script, without module syntax', async () => {
    const code = await readFile(path.join(packageRoot, 'dist', 'watch', 'live-reload.js'), 'utf8');
    // A classic <script> cannot hold import or export: new Function parses it as the browser would.
    expect(() => new Function(code)).not.toThrow();
    expect(code).toContain("new EventSource(\"/__ihek/events\")");
    expect(code).not.toMatch(/\brequire\(|\bprocess\./);
  });
});
