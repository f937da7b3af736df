import { ExitCode } from '../errors.js';
import { fmt } from '../fmt/fmt-project.js';
import { unifiedDiff } from '../fmt/unified-diff.js';
import type { Lang } from '../i18n/lang.js';
import { msgIn } from '../i18n/message.js';
import type { CliIo } from './io.js';

export interface FmtCliOptions {
  dir?: string;
  files?: string[];
  check?: boolean;
  diff?: boolean;
  lang?: Lang;
}

/**
 * `ihek fmt`: stdout carries what a script may use (the list of files, or the diff, which
 * `git apply` accepts); the summary and problems go to stderr. Exit 2 when a file could not be
 * formatted, else 1 when `--check` found files to change, else 0.
 */
export async function runFmt(io: CliIo, options: FmtCliOptions): Promise<number> {
  // `ihek fmt kapitel/01.md`: a Markdown file in the place of the folder is the first file.
  const firstIsFile = options.dir !== undefined && /\.md$/i.test(options.dir);
  const dir = firstIsFile ? undefined : options.dir;
  const files = [...(firstIsFile ? [options.dir!] : []), ...(options.files ?? [])];
  const write = !options.check && !options.diff;
  const result = await fmt({ ...(dir !== undefined && { dir }), files, cwd: io.cwd, write });
  const lang = options.lang ?? result.lang;

  const changed = result.files.filter((file) => file.changed);
  for (const file of changed) {
    if (options.diff) {
      if (file.before === file.after) {
        io.stderr.write(`${msgIn(lang, 'cli.fmt.onlyInvisible', { file: file.shown })}\n`);
      } else {
        io.stdout.write(unifiedDiff(file.shown, file.before ?? '', file.after ?? ''));
      }
    } else {
      io.stdout.write(`${file.shown}\n`);
    }
  }
  for (const failure of result.failures) io.stderr.write(`ihek: ${failure.text[lang]}\n`);

  io.stderr.write(`${summary(result.files.length, changed.length, write, lang)}\n`);
  if (result.failures.length > 0) {
    io.stderr.write(`${msgIn(lang, 'cli.fmt.failed', { count: result.failures.length })}\n`);
    return ExitCode.input;
  }
  return options.check && changed.length > 0 ? ExitCode.checkFailed : ExitCode.ok;
}

function summary(total: number, changed: number, write: boolean, lang: Lang): string {
  if (total === 0) return msgIn(lang, 'cli.fmt.noFile');
  if (changed === 0) return msgIn(lang, 'cli.fmt.allCanonical', { total });
  return msgIn(lang, write ? 'cli.fmt.reformatted' : 'cli.fmt.notCanonical', { changed, total });
}
