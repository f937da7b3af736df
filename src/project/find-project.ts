import path from 'node:path';
import { inputError } from '../errors.js';
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
        ? { de: `In ${dir} gibt es keine ${MANIFEST_NAME}`, en: `There is no ${MANIFEST_NAME} in ${dir}` }
        : { de: `Den Ordner ${dir} gibt es nicht`, en: `The folder ${dir} does not exist` },
      { file: path.join(dir, MANIFEST_NAME) },
    );
  }
  for (const candidate of [path.join(cwd, MANIFEST_NAME), path.join(cwd, 'content', MANIFEST_NAME)]) {
    if (await exists(candidate)) return candidate;
  }
  throw inputError(
    {
      de: `Keine ${MANIFEST_NAME} gefunden (gesucht in . und ./content); Projektordner angeben: ihek build <ordner>`,
      en: `No ${MANIFEST_NAME} found (looked in . and ./content); name the project folder: ihek build <dir>`,
    },
    { file: MANIFEST_NAME },
  );
}
