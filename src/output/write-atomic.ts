import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IhekError, inputError } from '../errors.js';
import { same } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';

/** The common reasons in words, with the system's code for whoever searches for it. */
const REASONS = {
  ENOSPC: 'output.write.noSpace',
  EDQUOT: 'output.write.quotaExceeded',
  EROFS: 'output.write.readOnly',
  EACCES: 'output.write.noPermission',
  EPERM: 'output.write.noPermission',
} as const;

/** Temporary files being written now: removed when the process exits (Ctrl-C or SIGTERM ends a build with process.exit). */
const unfinished = new Set<string>();
let removeOnExit = false;

/**
 * Writes a file so that readers only ever see the old or the complete new content: into a
 * temporary file beside the target, then renamed over it. The temporary file never outlives a
 * failure, nor a run ended by a signal while it was written.
 */
export async function writeAtomic(target: string, content: string | Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  if (!removeOnExit) {
    removeOnExit = true;
    process.on('exit', () => {
      for (const file of unfinished) rmSync(file, { force: true });
    });
  }
  unfinished.add(temp);
  try {
    await mkdir(dir, { recursive: true });
    await removeLeftovers(dir, path.basename(target));
    await writeFile(temp, content);
    await rename(temp, target);
    unfinished.delete(temp);
  } catch (error) {
    unfinished.delete(temp);
    await rm(temp, { force: true }).catch(() => undefined);
    if (error instanceof IhekError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const reason = Object.hasOwn(REASONS, code) ? REASONS[code as keyof typeof REASONS] : undefined;
    throw inputError(msg('output.write.failed', { file: target, reason: reason ? msg(reason, { code }) : same(code) }), { file: target }, error);
  }
}

/** Whether a process of this number still runs (a process of another user counts as running). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Removes the temporary files of earlier runs for the same target whose process no longer runs: a
 * run ended by SIGKILL (or a power cut) while it wrote cannot remove its own. A run that is still
 * writing keeps its file.
 */
async function removeLeftovers(dir: string, name: string): Promise<void> {
  const prefix = `.${name}.`;
  const entries = await readdir(dir).catch(() => [] as string[]);
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) continue;
    const match = /^(\d+)\.[0-9a-f]{8}$/.exec(entry.slice(prefix.length, -'.tmp'.length));
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid !== process.pid && !isRunning(pid)) await rm(path.join(dir, entry), { force: true }).catch(() => undefined);
  }
}
