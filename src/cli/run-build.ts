import path from 'node:path';
import { build } from '../api/build.js';
import { ExitCode } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import type { CliIo } from './io.js';
import { displayPrefix } from './main.js';
import { formatText } from './report.js';

export interface BuildCliOptions {
  dir?: string;
  html?: boolean;
  out?: string;
  check: boolean;
  lang?: Lang;
}

export async function runBuild(io: CliIo, say: (de: string, en: string) => string, options: BuildCliOptions): Promise<number> {
  const result = await build({
    ...(options.dir !== undefined && { dir: options.dir }),
    ...(options.out !== undefined && { out: options.out }),
    ...(options.html && { formats: ['html' as const] }),
    noCheck: !options.check,
    cwd: io.cwd,
  });
  const lang = options.lang ?? result.project.manifest.lang;
  const prefix = displayPrefix(io.cwd, result.project.root);
  if (!result.ok) {
    io.stderr.write(formatText(result.diagnostics, lang, prefix));
    io.stderr.write(
      lang === 'de'
        ? 'Die Prüfung hat Fehler gefunden; es wurde nichts geschrieben.\n'
        : 'The check found errors; nothing was written.\n',
    );
    return ExitCode.checkFailed;
  }
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length > 0) io.stderr.write(formatText(warnings, lang, prefix));
  for (const file of result.files) {
    io.stdout.write(say(`geschrieben: ${path.relative(io.cwd, file)}\n`, `written: ${path.relative(io.cwd, file)}\n`));
  }
  return ExitCode.ok;
}
