import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnNode } from './support/cli.js';
import { packageRoot, removeTempDirs, tempDir } from './support/fixture.js';

afterAll(removeTempDirs);

const cruiser = path.join(packageRoot, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const config = path.join(packageRoot, '.dependency-cruiser.cjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/** The rule breaks dependency-cruiser finds in `src/` of `cwd`, with the repository's configuration. */
async function violations(cwd: string): Promise<Violation[]> {
  const result = await spawnNode([cruiser, 'src', '--config', config, '--output-type', 'json'], { cwd });
  const report = JSON.parse(result.stdout) as { summary: { violations: Violation[]; totalCruised: number } };
  expect(report.summary.totalCruised).toBeGreaterThan(0);
  return report.summary.violations;
}

describe('the layers of src/', () => {
  it('have no cycle and no import from a higher layer', async () => {
    expect((await violations(packageRoot)).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  }, 120_000);

  it('name every folder of src/', async () => {
    const layered = new Set([...(await import(config)).default.forbidden.flatMap((rule: { name: string; from: { path: string } }) =>
      rule.name.startsWith('layer-') ? [rule.from.path] : [],
    ), '^src/cli/', '^src/index\\.ts$']);
    const folders = (await readdir(path.join(packageRoot, 'src'), { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => `^src/${entry.name}/`);
    for (const folder of folders) expect([...layered], folder).toContain(folder);
  });

  it('are enforced: a cycle, an import from above and a folder outside the layers are each reported', async () => {
    const dir = await tempDir();
    const files: Record<string, string> = {
      'src/errors.ts': 'export const base = 1;\n',
      'src/render/page.ts': "import { base } from '../errors.js';\nexport const page = base;\n",
      'src/project/load.ts': "import { page } from '../render/page.js';\nexport const load = page;\n",
      'src/check/a.ts': "import { b } from './b.js';\nexport const a = () => b();\n",
      'src/check/b.ts': "import { a } from './a.js';\nexport const b = () => a();\n",
      'src/helpers/any.ts': "import { base } from '../errors.js';\nexport const any = base;\n",
    };
    for (const [relative, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
      await writeFile(path.join(dir, relative), text);
    }
    await copyFile(path.join(packageRoot, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
    const found = (await violations(dir)).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
    // The circle is reported once, from whichever of its modules is read first.
    expect(found.map((line) => line.replace(/check\/[ab]\.ts → src\/check\/[ab]\.ts/, 'check/a.ts ↔ b.ts'))).toEqual([
      'layer-project: src/project/load.ts → src/render/page.ts',
      'no-circular: src/check/a.ts ↔ b.ts',
      'not-in-a-layer: src/helpers/any.ts → src/errors.ts',
    ]);
  }, 120_000);
});
