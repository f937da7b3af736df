import { check } from '../api/check.js';
import { addToWordList, WORD_LIST } from '../project/word-list.js';
import { ExitCode } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { msgIn } from '../i18n/message.js';
import type { CliIo } from './io.js';
import { displayPrefix, formatGithub, formatJson, formatText, type ReportFormat } from './report.js';

export interface CheckCliOptions {
  dir?: string;
  format: ReportFormat;
  maxWarnings?: number;
  /** Use the check cache; `cacheLocation` counts only together with it, as in ESLint. */
  cache?: boolean;
  cacheLocation?: string;
  /** Check the spelling too; `addWords` does, and adds the unknown words to the word list. */
  spell?: boolean;
  addWords?: boolean;
  lang?: Lang;
}

export async function runCheck(io: CliIo, options: CheckCliOptions): Promise<number> {
  const cache = options.cache ? (options.cacheLocation ?? true) : false;
  const spell = options.spell === true || options.addWords === true;
  const result = await check({ ...(options.dir !== undefined && { dir: options.dir }), cwd: io.cwd, cache, spell });
  const lang = options.lang ?? result.project.manifest.lang;
  const prefix = displayPrefix(io.cwd, result.project.root);
  if (options.format === 'json') io.stdout.write(formatJson(result.diagnostics, lang));
  else if (options.format === 'github') io.stdout.write(formatGithub(result.diagnostics, lang, prefix));
  else io.stdout.write(formatText(result.diagnostics, lang, prefix));
  if (options.addWords) {
    const unknown = result.diagnostics.flatMap((d) => (d.rule === 'spelling' && d.word !== undefined ? [d.word] : []));
    const added = await addToWordList(result.project.root, unknown);
    const list = prefix === '' ? WORD_LIST : `${prefix}/${WORD_LIST}`;
    io.stderr.write(
      `${
        added.length === 0
          ? msgIn(lang, 'cli.check.noNewWords', { list })
          : msgIn(lang, 'cli.check.wordsAdded', { count: added.length, list, words: added.join(', ') })
      }\n`,
    );
  }
  if (result.errors > 0) return ExitCode.checkFailed;
  if (options.maxWarnings !== undefined && result.warnings > options.maxWarnings) {
    if (options.format === 'text') {
      io.stderr.write(`${msgIn(lang, 'cli.check.tooManyWarnings', { warnings: result.warnings, allowed: options.maxWarnings })}\n`);
    }
    return ExitCode.checkFailed;
  }
  return ExitCode.ok;
}
