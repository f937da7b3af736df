import path from 'node:path';
import { inputError } from '../errors.js';
import { msg } from '../i18n/message.js';
import { filesAt } from './project-files.js';

export const MANIFEST_NAME = 'ihek.yaml';

async function isFile(file: string): Promise<boolean> {
  try {
    return (await filesAt(file).stat(file)).isFile();
  } catch {
    return false;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await filesAt(file).stat(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds the project's manifest: `dir/ihek.yaml` when a folder is given (or the file itself),
 * otherwise `./ihek.yaml`, then `./content/ihek.yaml` below `cwd`.
 */
export async function findManifest(dir: string | undefined, cwd: string): Promise<string> {
  if (dir !== undefined) {
    const given = path.resolve(cwd, dir);
    if (/\.ya?ml$/i.test(given) && (await isFile(given))) return given;
    const candidate = path.join(given, MANIFEST_NAME);
    // An ihek.yaml that is there but is no readable file is the reader's to report ("… ist ein Ordner").
    if (await exists(candidate)) return candidate;
    if (path.basename(given) === MANIFEST_NAME && (await exists(given))) return given;
    throw inputError(
      (await exists(given))
        ? msg('project.find.noManifestIn', { dir, manifest: MANIFEST_NAME })
        : msg('project.find.noFolder', { dir }),
      { file: path.join(dir, MANIFEST_NAME) },
    );
  }
  for (const candidate of [path.join(cwd, MANIFEST_NAME), path.join(cwd, 'content', MANIFEST_NAME)]) {
    if (await exists(candidate)) return candidate;
  }
  throw inputError(msg('project.find.notFound', { manifest: MANIFEST_NAME }), { file: MANIFEST_NAME });
}
