import { realpath } from 'node:fs/promises';
import { IhekError } from '../errors.js';
import type { Lang, Localized } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { writeAtomic } from '../output/write-atomic.js';
import { readProjectFile, TEXT_LIMIT } from '../project/read-project-file.js';
import { readTextFile } from '../project/read-text-file.js';
import { createChapterFormatter } from './format-markdown.js';
import { findFmtTargets, type FmtTarget } from './fmt-targets.js';

export interface FmtOptions {
  /** The project folder (or its ihek.yaml); default: `.` then `./content`. */
  dir?: string;
  /** Only these files (relative to `cwd`); default: every chapter and appendix file of the manifest. */
  files?: string[];
  cwd?: string;
  /** Write the formatted files (default). False: only report what would change. */
  write?: boolean;
  /** Overrides the manifest's `fmt.sentencePerLine`. */
  sentencePerLine?: boolean;
}

export interface FmtFileResult {
  /** Path relative to the project folder. */
  file: string;
  /** Path relative to `cwd`, as messages show it. */
  shown: string;
  /** Whether the file differs from its canonical form (and so was, or would be, rewritten). */
  changed: boolean;
  written: boolean;
  /** The text as read and as formatted (LF line ends), when the file could be formatted. */
  before?: string;
  after?: string;
}

export interface FmtFailure {
  shown: string;
  line?: number;
  /** The message, naming file and line. */
  text: Localized;
}

export interface FmtResult {
  root: string;
  lang: Lang;
  files: FmtFileResult[];
  /** Files left untouched because they could not be read, parsed or written safely. */
  failures: FmtFailure[];
}

/**
 * `ihek fmt` without the command line: formats the chapter files of a project into the canonical
 * style, writing each atomically. A file that cannot be read or parsed safely is left untouched and
 * reported; the others are still formatted. Manifest errors are thrown as `IhekError`.
 */
export async function fmt(options: FmtOptions = {}): Promise<FmtResult> {
  const cwd = options.cwd ?? process.cwd();
  const { root, manifest, targets, refused } = await findFmtTargets(options.dir, options.files ?? [], cwd);
  const format = createChapterFormatter({ sentencePerLine: options.sentencePerLine ?? manifest.fmt.sentencePerLine });
  const files: FmtFileResult[] = [];
  const failures: FmtFailure[] = refused.map(({ shown, error }) => failureOf(shown, error));
  for (const target of targets) {
    try {
      files.push(await formatFile(root, target, format, options.write ?? true));
    } catch (error) {
      if (!(error instanceof IhekError)) throw error;
      failures.push(failureOf(target.shown, error, target));
    }
  }
  return { root, lang: manifest.lang, files, failures };
}

async function formatFile(
  root: string,
  target: FmtTarget,
  format: (text: string, file: string) => string,
  write: boolean,
): Promise<FmtFileResult> {
  const raw = await readTextFile(target.absPath, target.shown, root);
  const after = format(raw, target.shown);
  // Compared with the bytes as stored: a BOM, CRLF or decomposed umlauts are not canonical either.
  const changed = after !== raw || (await storedDiffers(root, target, after));
  if (changed && write) {
    // A chapter may be a symbolic link inside the project: write through it, do not replace it.
    await writeAtomic(await realpath(target.absPath), after);
  }
  return { file: target.file, shown: target.shown, changed, written: changed && write, before: raw, after };
}

async function storedDiffers(root: string, target: FmtTarget, text: string): Promise<boolean> {
  const bytes = await readProjectFile(root, target.absPath, target.shown, TEXT_LIMIT);
  return !bytes.equals(Buffer.from(text, 'utf8'));
}

function failureOf(shown: string, error: IhekError, target?: FmtTarget): FmtFailure {
  const line = error.place.line;
  if (line === undefined && target?.listedAt) {
    // The file itself is missing or unreadable: point at the line of ihek.yaml that names it.
    const at = target.listedAt;
    return {
      shown,
      text: msg('fmt.project.listedAt', { file: at.file, line: at.line, problem: error.text }),
    };
  }
  return { shown, ...(line !== undefined && { line }), text: error.text };
}
