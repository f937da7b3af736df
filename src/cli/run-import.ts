import path from 'node:path';
import { ExitCode } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { msgIn } from '../i18n/message.js';
import { importProject, REPORT_FILE, type ImportOptions } from '../import/import-project.js';
import type { CliIo } from './io.js';

/** The options of `ihek import` are the API's, less the working folder and the clock. */
export type ImportCliOptions = Omit<ImportOptions, 'cwd' | 'now'>;

export async function runImport(io: CliIo, lang: Lang, options: ImportCliOptions): Promise<number> {
  const result = await importProject({ ...options, cwd: io.cwd });
  io.stdout.write(result.report[lang]);
  const where = path.relative(io.cwd, result.root) || '.';
  io.stderr.write(`\n${msgIn(lang, 'cli.import.done', { where, count: result.files.length, report: path.join(where, REPORT_FILE) })}\n`);
  return ExitCode.ok;
}
