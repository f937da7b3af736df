import path from 'node:path';
import { ExitCode } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { importProject, REPORT_FILE, type ImportOptions } from '../import/import-project.js';
import type { CliIo } from './io.js';

/** The options of `ihek import` are the API's, less the working folder and the clock. */
export type ImportCliOptions = Omit<ImportOptions, 'cwd' | 'now'>;

export async function runImport(io: CliIo, lang: Lang, say: (de: string, en: string) => string, options: ImportCliOptions): Promise<number> {
  const result = await importProject({ ...options, cwd: io.cwd });
  io.stdout.write(result.report[lang]);
  const where = path.relative(io.cwd, result.root) || '.';
  io.stderr.write(
    say(
      `\nDas Projekt ist in ${where} angelegt (${result.files.length} Dateien); der Bericht steht auch in ${path.join(where, REPORT_FILE)}.\nWeiter mit: npx ihek check ${where}\n`,
      `\nThe project is in ${where} (${result.files.length} files); the report is also in ${path.join(where, REPORT_FILE)}.\nNext: npx ihek check ${where}\n`,
    ),
  );
  return ExitCode.ok;
}
