import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packSelf, writePrebuiltPack } from '../src/init/pack-self.js';
import { tempDir } from './support/fixture.js';

/** A package folder shaped like ihek's, small enough to pack in a test. */
async function smallPackage(): Promise<string> {
  const root = await tempDir('ihek-pack-');
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'ihek', version: '0.0.1', scripts: { build: 'tsc' } }),
    'README.md': '# ihek\n',
    'bin/ihek.js': '#!/usr/bin/env node\n',
    'dist/cli/main.js': 'export const run = () => 0;\n',
    'templates/layout.hbs': '<main>{{{body}}}</main>\n',
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

const listing = (tgz: Buffer, dir: string) => {
  const file = path.join(dir, 'listing.tgz');
  return writeFile(file, tgz).then(() => execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).trim().split('\n'));
};

describe('the tarball of ihek that new projects vendor', () => {
  it('is compressed once by the build: the same bytes as packing anew, and left out of the tarball itself', async () => {
    const root = await smallPackage();
    const plain = await packSelf(root);
    const prebuilt = await writePrebuiltPack(root);
    expect(path.relative(root, prebuilt)).toMatch(/^dist\/packed\/[0-9a-f]{64}\.tgz$/);
    expect((await readFile(prebuilt)).equals(plain)).toBe(true);
    const taken = await packSelf(root);
    expect(taken.equals(plain)).toBe(true);
    expect(await listing(taken, await tempDir())).toEqual([
      'package/README.md',
      'package/bin/ihek.js',
      'package/dist/cli/main.js',
      'package/package.json',
      'package/templates/layout.hbs',
    ]);

    // Taken from the build's file, not compressed again: what that file holds is what new projects get.
    await writeFile(prebuilt, 'vom Build');
    expect((await packSelf(root)).toString()).toBe('vom Build');
  });

  it('is packed anew when a file changed since the build, and then holds the changed file', async () => {
    const root = await smallPackage();
    await writePrebuiltPack(root);
    const before = await packSelf(root);
    await writeFile(path.join(root, 'templates/layout.hbs'), '<main class="neu">{{{body}}}</main>\n');
    const after = await packSelf(root);
    expect(after.equals(before)).toBe(false);
    const unpacked = await tempDir();
    await writeFile(path.join(unpacked, 'p.tgz'), after);
    execFileSync('tar', ['-xzf', 'p.tgz'], { cwd: unpacked });
    expect(await readFile(path.join(unpacked, 'package/templates/layout.hbs'), 'utf8')).toBe('<main class="neu">{{{body}}}</main>\n');
    expect(await readdir(path.join(root, 'dist/packed'))).toHaveLength(1);
  });
});
