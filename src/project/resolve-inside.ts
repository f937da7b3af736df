import path from 'node:path';
import { inputError, type ErrorPlace } from '../errors.js';
import { msg } from '../i18n/message.js';
import { filesAt, isInside } from './project-files.js';


/**
 * The real place of a path that need not exist yet (an output folder to be created): its deepest
 * existing ancestor with symbolic links resolved, and the rest appended. Undefined when that
 * ancestor is a link that leads nowhere (a folder created through it would land where it points).
 */
export async function realPathToBe(absolute: string): Promise<string | undefined> {
  const rest: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return path.join(await filesAt(current).realpath(current), ...rest.reverse());
    } catch {
      // There but not resolvable: a link that leads nowhere or in a circle.
      if (await filesAt(current).lstat(current).then(() => true, () => false)) return undefined;
    }
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    rest.push(path.basename(current));
    current = parent;
  }
}

/**
 * Resolves a path written in the project (relative to `baseDir`) and refuses one that leaves the
 * project folder, by its spelling or through a symbolic link. Returns the absolute path.
 */
export async function resolveInside(
  root: string,
  baseDir: string,
  written: string,
  place: ErrorPlace,
): Promise<string> {
  // Name the file and line that wrote the path, like every other input error.
  const where = place.file ? `${place.file}${place.line !== undefined ? `:${place.line}` : ''}: ` : '';
  const outside = () => inputError(msg('project.path.outside', { where, written }), place);
  if (path.isAbsolute(written) || /^[a-zA-Z]:[\\/]/.test(written)) throw outside();
  const absolute = path.resolve(baseDir, written);
  if (!isInside(root, absolute)) throw outside();
  const realRoot = await filesAt(root).realpath(root);
  // Text is read as NFC; a file named with decomposed umlauts (as macOS tools write them) is found too.
  for (const candidate of [absolute, path.resolve(baseDir, written.normalize('NFD'))]) {
    let real: string;
    try {
      real = await filesAt(candidate).realpath(candidate);
    } catch {
      continue;
    }
    if (!isInside(realRoot, real)) throw outside();
    return candidate;
  }
  // Does not exist (yet): whoever reads it reports that; whoever creates it (an output folder)
  // must not create it through a linked folder that leads out of the project.
  const toBe = await realPathToBe(absolute);
  if (toBe === undefined || !isInside(realRoot, toBe)) throw outside();
  return absolute;
}
