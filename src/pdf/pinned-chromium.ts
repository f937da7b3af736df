import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { brotliDecompress, createBrotliDecompress } from 'node:zlib';
import { promisify } from 'node:util';
import tar from 'tar-fs';
import { packageRoot } from '../package-paths.js';

const require = createRequire(import.meta.url);
const PACKAGE = '@sparticuz/chromium';

/** The installed package's folder and version (its exports hide package.json, so walk up to it). */
function packageInfo(): { dir: string; version: string } | undefined {
  let dir: string;
  try {
    dir = path.dirname(require.resolve(PACKAGE));
  } catch {
    return undefined;
  }
  for (; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version: string };
      if (manifest.name === PACKAGE) return { dir, version: manifest.version };
    } catch {
      // no package.json here: go up
    }
  }
  return undefined;
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then((s) => s.isFile(), () => false);
}

/** The places the unpacked browser may live: a versioned folder in node_modules/.cache, else the temp folder. */
function cacheCandidates(version: string): string[] {
  return [
    path.join(packageRoot, 'node_modules', '.cache', 'ihek', `chromium-${version}`),
    path.join(os.tmpdir(), `ihek-chromium-${version}-${os.userInfo().uid}`),
  ];
}

/** Where the browser is unpacked: the first of the candidates that can be written. */
async function cacheDir(version: string): Promise<string> {
  for (const dir of cacheCandidates(version)) {
    try {
      await mkdir(dir, { recursive: true });
      const probe = path.join(dir, `.probe-${process.pid}`);
      await writeFile(probe, '');
      await rm(probe);
      return dir;
    } catch {
      // not writable: try the next place
    }
  }
  throw new Error('no writable folder for the browser');
}

/**
 * The browser pinned in package.json: `@sparticuz/chromium` ships a headless Chromium inside the
 * npm package (brotli-compressed). It is unpacked once into a folder named by its version, each
 * file written under a temporary name and renamed, so a broken or concurrent unpack never leaves a
 * half-written browser behind. Returns undefined when the package is not installed.
 */
export async function pinnedChromium(): Promise<{ path: string; version: string } | undefined> {
  const info = packageInfo();
  if (!info) return undefined;
  const bin = path.join(info.dir, 'bin');
  if (!existsSync(path.join(bin, 'chromium.br'))) return undefined;
  // Unpacked before (every run but the first): found without waiting, as a PDF build starts the
  // browser while it reads and parses the project, and each wait there lasts a chapter's parse.
  for (const unpacked of cacheCandidates(info.version)) {
    if (existsSync(path.join(unpacked, '.complete'))) return { path: path.join(unpacked, 'chromium'), version: info.version };
  }
  const dir = await cacheDir(info.version);
  const executable = path.join(dir, 'chromium');
  const marker = path.join(dir, '.complete');
  if (await isFile(marker)) return { path: executable, version: info.version };

  const stage = `${dir}.${process.pid}.tmp`;
  await rm(stage, { recursive: true, force: true });
  await mkdir(stage, { recursive: true });
  try {
    // The GL libraries sit next to the binary; Chromium loads them even when it draws nothing.
    await pipeline(createReadStream(path.join(bin, 'swiftshader.tar.br')), createBrotliDecompress(), tar.extract(stage));
    const binary = await promisify(brotliDecompress)(await readFile(path.join(bin, 'chromium.br')));
    await writeFile(path.join(stage, 'chromium'), binary);
    await chmod(path.join(stage, 'chromium'), 0o755);
    await writeFile(path.join(stage, '.complete'), info.version);
    await rm(dir, { recursive: true, force: true });
    await rename(stage, dir).catch(async (error: NodeJS.ErrnoException) => {
      // Another process finished first: use its copy.
      if (!(await isFile(marker))) throw error;
    });
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
  return { path: executable, version: info.version };
}
