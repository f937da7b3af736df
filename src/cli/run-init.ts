import path from 'node:path';
import { ExitCode } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { msgIn } from '../i18n/message.js';
import { initProject, type InitOptions } from '../init/init-project.js';
import type { CliIo } from './io.js';

/** The options of `ihek init` are the API's, less the working folder and the clock. */
export type InitCliOptions = Omit<InitOptions, 'cwd' | 'now'>;

export async function runInit(io: CliIo, lang: Lang, options: InitCliOptions): Promise<number> {
  const result = await initProject({ ...options, cwd: io.cwd });
  const overwritten = new Set(result.overwritten);
  for (const file of result.files) {
    const shown = path.relative(io.cwd, path.join(result.root, file)) || file;
    io.stdout.write(`${msgIn(lang, overwritten.has(file) ? 'cli.files.overwritten' : 'cli.files.created', { file: shown })}\n`);
  }
  const where = path.relative(io.cwd, result.root);
  const cd = where === '' ? '' : `cd ${where.includes(' ') ? `"${where}"` : where} && `;
  io.stderr.write(`\n${msgIn(lang, 'cli.init.next', { cd })}\n`);
  return ExitCode.ok;
}
