import { cp, mkdtemp, readFile, rm, symlink, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const fixturesDir = path.join(packageRoot, 'test', 'fixtures');
export const exampleDir = path.join(packageRoot, 'content');

const created = new Set<string>();

/** A fresh, empty folder under the system's temp folder; removed by `removeTempDirs()`. */
export async function tempDir(prefix = 'ihek-test-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  created.add(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  const dirs = [...created];
  created.clear();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}

export interface ProjectSetup {
  /** Scenario folders under test/fixtures/ copied over minimal/, in order. */
  overlay?: string | string[];
  /** Paths (relative to the project) to delete after the overlay. */
  remove?: string[];
  /** Files to write as they are: content that cannot be stored as a fixture file (Latin-1, BOM …). */
  files?: Record<string, string | Uint8Array>;
  /** Rewrites files after the overlay: path → function of the file's bytes. */
  transform?: Record<string, (bytes: Buffer) => Uint8Array | string>;
  /** Empty folders to create (relative to the project), e.g. a folder where a file is expected. */
  dirs?: string[];
  /** Files to write next to the project folder (relative to its parent): places outside the project. */
  outside?: Record<string, string>;
  /** Symbolic links to create: link path (relative to the project) → target (absolute or relative). */
  symlinks?: Record<string, string>;
  /** Start from this folder instead of test/fixtures/minimal. */
  base?: string;
}

export interface TestProject {
  /** The project folder (the one with ihek.yaml). */
  dir: string;
  /** The temp folder around it; room for things "outside the project". */
  parent: string;
  path(relative: string): string;
  read(relative: string): Promise<string>;
}

/**
 * Copies test/fixtures/minimal into a temp folder, then the named scenario overlays on top, then
 * applies the changes made in code. Fixtures themselves are never written to.
 */
export async function makeProject(setup: ProjectSetup = {}): Promise<TestProject> {
  const parent = await tempDir();
  const dir = path.join(parent, 'projekt');
  await cp(setup.base ?? path.join(fixturesDir, 'minimal'), dir, { recursive: true });
  const overlays = setup.overlay === undefined ? [] : Array.isArray(setup.overlay) ? setup.overlay : [setup.overlay];
  for (const name of overlays) {
    await cp(path.join(fixturesDir, name), dir, { recursive: true, force: true });
  }
  for (const relative of setup.remove ?? []) {
    await rm(path.join(dir, relative), { recursive: true, force: true });
  }
  for (const [relative, content] of Object.entries(setup.files ?? {})) {
    await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
    await writeFile(path.join(dir, relative), content);
  }
  for (const [relative, change] of Object.entries(setup.transform ?? {})) {
    const file = path.join(dir, relative);
    await writeFile(file, change(await readFile(file)));
  }
  for (const relative of setup.dirs ?? []) {
    await mkdir(path.join(dir, relative), { recursive: true });
  }
  for (const [relative, content] of Object.entries(setup.outside ?? {})) {
    await mkdir(path.dirname(path.join(parent, relative)), { recursive: true });
    await writeFile(path.join(parent, relative), content);
  }
  for (const [relative, target] of Object.entries(setup.symlinks ?? {})) {
    const link = path.join(dir, relative);
    await rm(link, { recursive: true, force: true });
    await symlink(target, link);
  }
  return {
    dir,
    parent,
    path: (relative) => path.join(dir, relative),
    read: (relative) => readFile(path.join(dir, relative), 'utf8'),
  };
}

/** The 1-based line of `file` (under test/fixtures/) on which `needle` first appears. */
export async function lineOf(fixtureFile: string, needle: string): Promise<number> {
  const text = await readFile(path.join(fixturesDir, fixtureFile), 'utf8');
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`${needle} not found in ${fixtureFile}`);
  return index + 1;
}

/** UTF-8 text as an editor on Windows may save it: byte order mark and CRLF line ends. */
export function bomAndCrlf(bytes: Buffer): Buffer {
  const text = bytes.toString('utf8').replace(/\r\n/g, '\n').replace(/\n/g, '\r\n');
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** The same text in ISO-8859-1 (Latin-1), as an old editor saves umlauts. */
export function latin1(bytes: Buffer): Buffer {
  return Buffer.from(bytes.toString('utf8'), 'latin1');
}
