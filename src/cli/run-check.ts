import { check } from '../api/check.js';
import { ExitCode } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import type { CliIo } from './io.js';
import { displayPrefix, formatGithub, formatJson, formatText, type ReportFormat } from './report.js';

export interface CheckCliOptions {
  dir?: string;
  format: ReportFormat;
  maxWarnings?: number;
  /** Use the check cache; `cacheLocation` counts only together with it, as in ESLint. */
  cache?: boolean;
  cacheLocation?: string;
  lang?: Lang;
}

export async function runCheck(io: CliIo, options: CheckCliOptions): Promise<number> {
  const cache = options.cache ? (options.cacheLocation ?? true) : false;
  const result = await check({ ...(options.dir !== undefined && { dir: options.dir }), cwd: io.cwd, cache });
  const lang = options.lang ?? result.project.manifest.lang;
  const prefix = displayPrefix(io.cwd, result.project.root);
  if (options.format === 'json') io.stdout.write(formatJson(result.diagnostics, lang));
  else if (options.format === 'github') io.stdout.write(formatGithub(result.diagnostics, lang, prefix));
  else io.stdout.write(formatText(result.diagnostics, lang, prefix));
  if (result.errors > 0) return ExitCode.checkFailed;
  if (options.maxWarnings !== undefined && result.warnings > options.maxWarnings) {
    if (options.format === 'text') {
      io.stderr.write(
        lang === 'de'
          ? `Zu viele Warnungen: ${result.warnings} (erlaubt: ${options.maxWarnings})\n`
          : `Too many warnings: ${result.warnings} (allowed: ${options.maxWarnings})\n`,
      );
    }
    return ExitCode.checkFailed;
  }
  return ExitCode.ok;
}
