import { randomBytes } from 'node:crypto';
import { link, lstat, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inputError } from '../errors.js';
import { msg } from '../i18n/message.js';
import { writeAtomic } from '../output/write-atomic.js';

/** A file to create: its path relative to the target folder (forward slashes) and its text. */
export interface NewFile {
  path: string;
  content: string | Uint8Array;
}

/** The files of `files` that already exist below `root` (anything there counts: a file, a folder, a link). */
export async function existingFiles(root: string, files: readonly NewFile[]): Promise<string[]> {
  const found = await Promise.all(
    files.map((file) =>
      lstat(path.join(root, file.path)).then(
        () => file.path,
        () => undefined,
      ),
    ),
  );
  return found.filter((file): file is string => file !== undefined);
}

/**
 * Creates a file that must not exist yet, so that nobody sees it half-written: the text goes into a
 * temporary file beside the target, which is then hard-linked to the target name. Linking fails when
 * the name is taken (also when someone created it a moment ago), so nothing is ever overwritten.
 */
export async function createExclusive(target: string, content: string | Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, content, { flag: 'wx' });
    try {
      await link(temp, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // File systems without hard links: an exclusive create is the next best thing.
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') {
        await writeFile(target, content, { flag: 'wx' });
      } else {
        throw error;
      }
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw inputError(
      code === 'EEXIST'
        ? msg('init.write.exists', { target })
        : msg('init.write.cannotCreate', { target, code }),
      { file: target },
      error,
    );
  } finally {
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

/**
 * Writes every file below `root`: new files exclusively, or – with `overwrite` – replacing what is
 * there, each atomically. The caller has checked beforehand that none exists (unless overwriting).
 */
export async function writeNewFiles(root: string, files: readonly NewFile[], overwrite: boolean): Promise<string[]> {
  const written: string[] = [];
  for (const file of files) {
    const target = path.join(root, ...file.path.split('/'));
    if (overwrite) await writeAtomic(target, file.content);
    else await createExclusive(target, file.content);
    written.push(target);
  }
  return written;
}
