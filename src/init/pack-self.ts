import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import tarStream from 'tar-stream';
import { packageRoot } from '../package-paths.js';
import { packageVersion } from '../version.js';

/** What npm would publish of ihek (package.json's `files`, plus the manifest and README). */
const PACKED = ['package.json', 'README.md', 'bin', 'dist', 'schemas', 'templates'];

/**
 * Where the build leaves the gzipped tarball, named by a SHA-256 of the files in it (their names
 * and contents): it is used only for exactly the files it was made of, and is itself in no tarball.
 */
const PREBUILT_DIR = 'dist/packed';

/** Where a new project keeps the ihek it was made with, relative to the project. */
export function vendoredPath(): string {
  return `vendor/ihek-${packageVersion()}.tgz`;
}

interface Entry {
  name: string;
  content: Buffer;
}

/**
 * The running ihek as an npm package tarball (`package/…`, as `npm pack` writes it), the same bytes
 * on every call: a new project installs exactly this ihek, and with it the same pinned browser and
 * fonts, from its own repository – in CI too, without any package registry carrying ihek.
 * Building and compressing the tarball is most of the work; the build does it once
 * (writePrebuiltPack), and when the files are still the ones packed, the tarball is taken from there.
 */
export async function packSelf(root = packageRoot): Promise<Buffer> {
  const entries = await entriesOf(root);
  const prebuilt = await readFile(prebuiltFile(root, entries)).catch(() => undefined);
  return prebuilt ?? compress(await tarOf(entries));
}

/** Packs the tarball once, for packSelf to take (run by the build after the bundle). */
export async function writePrebuiltPack(root = packageRoot): Promise<string> {
  await rm(path.join(root, PREBUILT_DIR), { recursive: true, force: true });
  const entries = await entriesOf(root);
  const file = prebuiltFile(root, entries);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, await compress(await tarOf(entries)));
  return file;
}

function prebuiltFile(root: string, entries: readonly Entry[]): string {
  const hash = createHash('sha256');
  for (const entry of entries) hash.update(`${entry.name}\0${entry.content.length}\0`).update(entry.content);
  return path.join(root, PREBUILT_DIR, `${hash.digest('hex')}.tgz`);
}

// Level 6 (zlib's default) makes the tarball less than 1 % larger than level 9 in about half the time.
const compress = (tar: Buffer) => promisify(gzip)(tar, { level: 6 });

/** The package's files with the contents they have in the tarball, in a fixed order. */
async function entriesOf(root: string): Promise<Entry[]> {
  const present = (await Promise.all(PACKED.map(async (name) => ((await stat(path.join(root, name)).catch(() => undefined)) ? name : undefined)))).filter(
    (name): name is string => name !== undefined,
  );
  const files = (await Promise.all(present.map((name) => listFiles(root, name)))).flat().sort();
  return Promise.all(
    files.map(async (name) => {
      const content = await readFile(path.join(root, name));
      return { name, content: name === 'package.json' ? Buffer.from(installedManifest(content)) : content };
    }),
  );
}

/** The uncompressed tarball, with fixed times and owners. */
async function tarOf(entries: readonly Entry[]): Promise<Buffer> {
  const pack = tarStream.pack();
  const chunks: Buffer[] = [];
  const done = pipeline(
    pack,
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
    }),
  );
  for (const { name, content } of entries) {
    pack.entry(
      { name: `package/${name}`, size: content.length, mode: name.startsWith('bin/') ? 0o755 : 0o644, mtime: FIXED_TIME, uid: 0, gid: 0, uname: '', gname: '' },
      content,
    );
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** A fixed date for every entry, so the tarball does not change with the files' times. */
const FIXED_TIME = new Date(Date.UTC(1985, 9, 26, 8, 15));

/**
 * The package.json a project installs: without the scripts and development dependencies, which
 * build ihek from its sources and mean nothing (npm would only warn about the build script) there.
 */
function installedManifest(content: Buffer): string {
  const manifest = JSON.parse(content.toString('utf8')) as Record<string, unknown>;
  delete manifest.scripts;
  delete manifest.devDependencies;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Files (not folders) under `relative`, or `relative` itself when it is a file; in a fixed order. */
async function listFiles(root: string, relative: string): Promise<string[]> {
  if (relative === PREBUILT_DIR) return [];
  const info = await stat(path.join(root, relative));
  if (!info.isDirectory()) return [relative];
  const names = (await readdir(path.join(root, relative))).sort();
  return (await Promise.all(names.map((name) => listFiles(root, path.posix.join(relative, name))))).flat();
}
