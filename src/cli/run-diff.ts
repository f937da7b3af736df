import path from 'node:path';
import { diffProject } from '../diff/diff-project.js';
import { formatDiffJson } from '../diff/format-json.js';
import { formatDiffMarkdown } from '../diff/format-markdown.js';
import { formatDiffStat, formatDiffText } from '../diff/format-text.js';
import { ExitCode } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { msg, msgIn } from '../i18n/message.js';
import { writeAtomic } from '../output/write-atomic.js';
import type { CliIo } from './io.js';

export type DiffFormat = 'text' | 'json' | 'markdown';

export interface DiffCliOptions {
  from: string;
  to?: string;
  dir?: string;
  format: DiffFormat;
  stat?: boolean;
  exitCode?: boolean;
  /** False with --no-color. */
  color: boolean;
  html?: string;
  pdf?: string;
  browser?: string;
  /** Seconds. */
  timeout?: number;
  lang?: Lang;
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org) or --no-color is given. */
export function useColor(io: CliIo, option: boolean): boolean {
  return option && io.isTTY && !(io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '');
}

/** Status when the user interrupts: 128 + SIGINT, as shells report it. */
const INTERRUPTED = 130;

export async function runDiff(io: CliIo, options: DiffCliOptions): Promise<number> {
  // Ctrl-C stops git and still removes the temporary folders before the process ends.
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const { result, html, print } = await diffProject({
      from: options.from,
      ...(options.to !== undefined && { to: options.to }),
      ...(options.dir !== undefined && { dir: options.dir }),
      ...(options.lang !== undefined && { lang: options.lang }),
      html: options.html !== undefined,
      pdf: options.pdf !== undefined,
      env: io.env,
      cwd: io.cwd,
      signal: controller.signal,
    });
    const style = { color: options.format === 'text' && useColor(io, options.color) };
    if (options.format === 'json') io.stdout.write(formatDiffJson(result));
    else if (options.format === 'markdown') io.stdout.write(formatDiffMarkdown(result, { stat: Boolean(options.stat) }));
    else if (options.stat) io.stdout.write(formatDiffStat(result, style));
    else io.stdout.write(formatDiffText(result, style));
    if (options.format !== 'text') {
      for (const warning of result.warnings) io.stderr.write(`ihek: ${warning[result.lang]}\n`);
    }
    const written = (file: string) => io.stderr.write(`${msgIn(result.lang, 'cli.files.written', { file })}\n`);
    if (options.html !== undefined && html !== undefined) {
      await writeAtomic(path.resolve(io.cwd, options.html), html);
      written(options.html);
    }
    if (options.pdf !== undefined && print !== undefined) {
      // The browser and PDF libraries are loaded only when a PDF is made; the report and the HTML
      // are out before printing starts, so they are there even when it fails.
      const { printToFile } = await import('../pdf/print-to-file.js');
      await printToFile(path.resolve(io.cwd, options.pdf), print, {
        env: io.env,
        ...(options.browser !== undefined && { browser: options.browser }),
        ...(options.timeout !== undefined && { timeoutMs: options.timeout * 1000 }),
        alreadyWritten: options.html !== undefined ? msg('cli.diff.printedAndHtmlWritten') : msg('cli.diff.printed'),
      });
      written(options.pdf);
    }
    return options.exitCode && result.changed ? ExitCode.checkFailed : ExitCode.ok;
  } catch (error) {
    if (controller.signal.aborted) return INTERRUPTED;
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
