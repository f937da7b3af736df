import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { inputError } from '../errors.js';
import type { Localized } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { filesAt, isInside, type FileStats } from './project-files.js';

/** How large a file of one kind may be, and what to do about a larger one. */
export interface SizeLimit {
  bytes: number;
  hint: Localized;
}

const MB = 1024 * 1024;

/** Text (chapters, YAML, templates): a whole IHEK chapter is a few hundred kilobytes. */
export const TEXT_LIMIT: SizeLimit = {
  bytes: 20 * MB,
  hint: msg('project.file.textHint'),
};

/** One image: a photo for print needs a few megabytes; a larger one only makes HTML and PDF heavy. */
export const IMAGE_LIMIT: SizeLimit = {
  bytes: 20 * MB,
  hint: msg('project.file.imageHint'),
};

export function megabytes(bytes: number): string {
  return (bytes / MB).toFixed(0);
}

// A FIFO opened for reading waits for a writer; O_NONBLOCK makes the open return at once, so the
// type test on the open handle below decides. Not defined on Windows, where there are no FIFOs.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

function kindOf(info: FileStats): Localized {
  if (info.isFIFO()) return msg('project.file.fifo');
  if (info.isSocket()) return msg('project.file.socket');
  if (info.isCharacterDevice() || info.isBlockDevice()) return msg('project.file.device');
  return msg('project.file.otherKind');
}

/** Why a file of this type is not read, or undefined for a regular file. */
export function notRegular(info: FileStats, shown: string): Localized | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return msg('project.file.isFolder', { file: shown });
  return msg('project.file.notRegular', { file: shown, kind: kindOf(info) });
}

export function tooLarge(shown: string, limit: SizeLimit): Localized {
  return msg('project.file.tooLarge', { file: shown, mb: megabytes(limit.bytes), hint: limit.hint });
}

function outsideByLink(shown: string): Localized {
  return msg('project.file.outsideByLink', { file: shown });
}

/**
 * Reads a regular file of at most `limit` bytes. FIFOs, devices and sockets are refused by their
 * type before anything is read (a FIFO would wait for ever, /dev/zero never ends), and the read
 * stops at the limit even when the file grows meanwhile. `shown` names the file in messages.
 */
export async function readRegularFile(absPath: string, shown: string, limit: SizeLimit): Promise<Buffer> {
  try {
    assertReadable(await stat(absPath), shown, limit);
    const handle = await open(absPath, OPEN_FLAGS);
    try {
      // The file may have been swapped since the test above: the open handle is what is read.
      const info = await handle.stat();
      assertReadable(info, shown, limit);
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        const chunk = Buffer.allocUnsafe(Math.min(Math.max(info.size - total, 64 * 1024), limit.bytes + 1 - total));
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        chunks.push(chunk.subarray(0, bytesRead));
        total += bytesRead;
        if (total > limit.bytes) throw inputError(tooLarge(shown, limit), { file: shown });
      }
      return Buffer.concat(chunks, total);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'IhekError') throw error;
    throw unreadable(error, shown);
  }
}

function assertReadable(info: FileStats, shown: string, limit: SizeLimit): void {
  const why = notRegular(info, shown);
  if (why) throw inputError(why, { file: shown });
  if (info.size > limit.bytes) throw inputError(tooLarge(shown, limit), { file: shown });
}

/**
 * The one way a project's input is read, from disk or from a git revision in memory: the file must
 * lie inside the project folder once symbolic links are resolved (also a linked folder on the way,
 * such as `templates/`), be a regular file and fit its size limit. Each refusal is an input error
 * naming the file.
 */
export async function readProjectFile(root: string, absPath: string, shown: string, limit: SizeLimit): Promise<Buffer> {
  const files = filesAt(absPath);
  let real: string;
  try {
    real = await files.realpath(absPath);
  } catch (error) {
    throw unreadable(error, shown);
  }
  if (!isInside(await filesAt(root).realpath(root), real)) throw inputError(outsideByLink(shown), { file: shown });
  if (!files.content) return readRegularFile(real, shown, limit);
  assertReadable(await files.stat(real), shown, limit);
  const bytes = files.content(real)!;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Refuses a folder or file that exists and leads out of the project through a symbolic link. */
export async function assertInsideIfThere(root: string, absPath: string, shown: string): Promise<void> {
  const files = filesAt(absPath);
  const real = await files.realpath(absPath).catch(() => undefined);
  if (real === undefined) {
    // A link that leads nowhere (or in a circle) is there too, and can point anywhere.
    if (await files.lstat(absPath).then(() => true, () => false)) throw inputError(outsideByLink(shown), { file: shown });
    return;
  }
  if (!isInside(await filesAt(root).realpath(root), real)) throw inputError(outsideByLink(shown), { file: shown });
}

function unreadable(error: unknown, shown: string) {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') {
    return inputError(msg('project.file.missing', { file: shown }), { file: shown }, error);
  }
  if (code === 'ELOOP') {
    return inputError(msg('project.file.linkLoop', { file: shown }), { file: shown }, error);
  }
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  return inputError(msg('project.file.unreadable', { file: shown, reason }), { file: shown }, error);
}
