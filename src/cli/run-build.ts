import path from 'node:path';
import { build, type BuildResult } from '../api/build.js';
import { ExitCode } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { msgIn } from '../i18n/message.js';
import type { CliIo } from './io.js';
import { ProgressReporter, progressMode } from './progress-reporter.js';
import { displayPrefix, formatText } from './report.js';

export interface BuildCliOptions {
  dir?: string;
  html?: boolean;
  pdf?: boolean;
  docx?: boolean;
  out?: string;
  check: boolean;
  /** `--only`: the chapter ids of an excerpt, as given (commas split already). */
  only?: string[];
  browser?: string;
  timeout?: number;
  verbose?: boolean;
  lang?: Lang;
}

export async function runBuild(io: CliIo, uiLang: Lang, options: BuildCliOptions): Promise<number> {
  const formats = [...(options.html ? (['html'] as const) : []), ...(options.docx ? (['docx'] as const) : []), ...(options.pdf ? (['pdf'] as const) : [])];
  const started = Date.now();
  const stderrIsTTY = (io.stderr as { isTTY?: boolean }).isTTY === true;
  const progress = new ProgressReporter(io.stderr, progressMode(stderrIsTTY, io.env, Boolean(options.verbose)), options.lang ?? uiLang);
  let result: BuildResult;
  try {
    result = await build({
      ...(options.dir !== undefined && { dir: options.dir }),
      ...(options.out !== undefined && { out: options.out }),
      ...(formats.length > 0 && { formats }),
      ...(options.browser !== undefined && { browser: options.browser }),
      ...(options.timeout !== undefined && { timeoutMs: options.timeout * 1000 }),
      ...(options.only !== undefined && { only: options.only }),
      noCheck: !options.check,
      cwd: io.cwd,
      env: io.env,
      progress: progress.onStep,
    });
    progress.finish(result.ok);
  } catch (error) {
    progress.finish(false);
    throw error;
  }
  const lang = options.lang ?? result.project.manifest.lang;
  const prefix = displayPrefix(io.cwd, result.project.root);
  if (!result.ok) {
    io.stderr.write(formatText(result.diagnostics, lang, prefix));
    io.stderr.write(`${msgIn(lang, 'cli.build.checkFailed')}\n`);
    return ExitCode.checkFailed;
  }
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length > 0) io.stderr.write(formatText(warnings, lang, prefix));
  if (options.verbose && result.browser) {
    io.stderr.write(`${msgIn(uiLang, 'cli.build.browser', { path: result.browser.path, source: result.browser.source })}\n`);
  }
  if (options.verbose && result.pdf) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    io.stderr.write(`${msgIn(uiLang, 'cli.build.pdf', { pages: result.pdf.pages, printedTwice: Boolean(result.pdf.printedTwice), seconds })}\n`);
  }
  for (const file of result.files) {
    io.stdout.write(`${msgIn(uiLang, 'cli.files.written', { file: path.relative(io.cwd, file) })}\n`);
  }
  return ExitCode.ok;
}
