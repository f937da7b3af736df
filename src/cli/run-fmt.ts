import { ExitCode } from '../errors.js';
import { fmt } from '../fmt/fmt-project.js';
import { unifiedDiff } from '../fmt/unified-diff.js';
import type { Lang } from '../i18n/lang.js';
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
  const say = (de: string, en: string) => (lang === 'de' ? de : en);

  const changed = result.files.filter((file) => file.changed);
  for (const file of changed) {
    if (options.diff) {
      if (file.before === file.after) {
        io.stderr.write(
          say(
            `${file.shown}: nur Zeilenenden, Byte-Order-Mark oder Unicode-Normalform ändern sich\n`,
            `${file.shown}: only line endings, byte order mark or Unicode normalisation change\n`,
          ),
        );
      } else {
        io.stdout.write(unifiedDiff(file.shown, file.before ?? '', file.after ?? ''));
      }
    } else {
      io.stdout.write(`${file.shown}\n`);
    }
  }
  for (const failure of result.failures) io.stderr.write(`ihek: ${failure.text[lang]}\n`);

  io.stderr.write(`${summary(result.files.length, changed.length, write, say)}\n`);
  if (result.failures.length > 0) {
    const n = result.failures.length;
    io.stderr.write(
      say(
        `${n} ${n === 1 ? 'Datei konnte' : 'Dateien konnten'} nicht formatiert werden und ${n === 1 ? 'bleibt' : 'bleiben'} unverändert.\n`,
        `${n} ${n === 1 ? 'file' : 'files'} could not be formatted and ${n === 1 ? 'was' : 'were'} left unchanged.\n`,
      ),
    );
    return ExitCode.input;
  }
  return options.check && changed.length > 0 ? ExitCode.checkFailed : ExitCode.ok;
}

function summary(total: number, changed: number, write: boolean, say: (de: string, en: string) => string): string {
  const files = (n: number) => say(n === 1 ? '1 Datei' : `${n} Dateien`, n === 1 ? '1 file' : `${n} files`);
  if (total === 0) return say('Keine Datei formatiert.', 'No file formatted.');
  if (changed === 0) {
    return say(
      `${total === 1 ? 'Die Datei ist' : `Alle ${total} Dateien sind`} bereits im kanonischen Stil.`,
      `${total === 1 ? 'The file is' : `All ${total} files are`} already in canonical style.`,
    );
  }
  if (write) return say(`${changed} von ${files(total)} neu formatiert.`, `Reformatted ${changed} of ${files(total)}.`);
  return say(
    `${changed} von ${files(total)} ${changed === 1 ? 'ist' : 'sind'} nicht im kanonischen Stil; „ihek fmt“ formatiert sie.`,
    `${changed} of ${files(total)} ${changed === 1 ? 'is' : 'are'} not in canonical style; "ihek fmt" formats ${changed === 1 ? 'it' : 'them'}.`,
  );
}
