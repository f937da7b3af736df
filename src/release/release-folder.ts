import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { inputError } from '../errors.js';
import { same } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { readRegularFile, type SizeLimit } from '../project/read-project-file.js';

export const RECORD_NAME = 'release.json';
export const SUMS_NAME = 'SHA256SUMS';
// No hint: a record over the limit is not shown to anyone, it just is no record of ours.
const RECORD_LIMIT: SizeLimit = { bytes: 1024 * 1024, hint: same('') };

/**
 * A release folder is replaced as a whole, so it must hold nothing but an earlier release: a folder
 * that exists, is not empty and has no `release.json` of ihek is refused (exit 2) before anything
 * is rendered — `--out .` must never wipe a project.
 */
export async function assertReplaceable(target: string): Promise<void> {
  const info = await stat(target).catch(() => undefined);
  if (!info) return;
  if (!info.isDirectory()) {
    throw inputError(msg('release.folder.notAFolder', { folder: target }));
  }
  const entries = await readdir(target);
  if (entries.length === 0) return;
  // Whatever lies there is only read as far as a record of ours can be: a FIFO or a huge file is no record.
  const record = await readRegularFile(path.join(target, RECORD_NAME), RECORD_NAME, RECORD_LIMIT).then((bytes) => bytes.toString('utf8'), () => '');
  let format: unknown;
  try {
    format = (JSON.parse(record) as { format?: unknown }).format;
  } catch {
    format = undefined;
  }
  if (format !== 'ihek-release') {
    throw inputError(msg('release.folder.notARelease', { folder: target, record: RECORD_NAME }));
  }
}

/**
 * A new, empty folder beside `target` (same file system, so it can be renamed into place).
 * `announce` learns its name before it is made, to have it removed should the run be killed.
 */
export async function makeStaging(target: string, announce?: (staging: string) => void): Promise<string> {
  const parent = path.dirname(target);
  // Not mkdtemp: its mode 0700 would carry over to the release folder.
  const staging = path.join(parent, `.${path.basename(target)}.staging-${randomBytes(6).toString('hex')}`);
  announce?.(staging);
  try {
    await mkdir(parent, { recursive: true });
    await mkdir(staging);
  } catch (error) {
    throw writeError(target, error);
  }
  return staging;
}

/**
 * Puts the finished `staging` folder in the place of `target`: the old release is moved aside,
 * the new one renamed into place, the old one removed. Should the second rename fail, the old
 * release is moved back.
 */
export async function replaceFolder(staging: string, target: string): Promise<void> {
  const aside = path.join(path.dirname(target), `.${path.basename(target)}.old-${randomBytes(4).toString('hex')}`);
  let moved = false;
  try {
    await rename(target, aside);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw writeError(target, error);
  }
  try {
    await rename(staging, target);
  } catch (error) {
    if (moved) await rename(aside, target).catch(() => undefined);
    throw writeError(target, error);
  }
  if (moved) await rm(aside, { recursive: true, force: true });
}

function writeError(target: string, error: unknown) {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return inputError(msg('release.folder.cannotWrite', { folder: target, code }), { file: target }, error);
}
