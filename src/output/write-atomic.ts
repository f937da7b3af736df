import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IhekError, inputError } from '../errors.js';

/**
 * Writes a file so that readers only ever see the old or the complete new content: into a
 * temporary file beside the target, then renamed over it. The temporary file never outlives a failure.
 */
export async function writeAtomic(target: string, content: string | Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, content);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    if (error instanceof IhekError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw inputError(
      {
        de: `${target} kann nicht geschrieben werden (${code}); die bisherige Datei bleibt unverändert`,
        en: `${target} cannot be written (${code}); the previous file is unchanged`,
      },
      { file: target },
      error,
    );
  }
}
