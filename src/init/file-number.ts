import { inputError } from '../errors.js';
import { msg } from '../i18n/message.js';

/**
 * The number (or appendix letter) a new chapter file starts with. Authors find chapters by the
 * folder's order, so a new file takes a prefix no file in its folder has and that sorts between
 * its neighbours in the document: `10-klima.md` between `09-hf5.md` and `11-benn.md`, or, when the
 * numbers are taken, `09a-klima.md` between `09-hf5.md` and `10-benn.md`. Existing files are never
 * renamed.
 */

interface Prefix {
  number: number;
  /** '' or one lower-case letter after the number. */
  letter: string;
}

const CHAPTER_PREFIX = /^(\d+)([a-z]?)-/;
const APPENDIX_PREFIX = /^([a-z]+)-/;

function chapterPrefix(name: string): Prefix | undefined {
  const match = CHAPTER_PREFIX.exec(name);
  return match ? { number: Number(match[1]), letter: match[2]! } : undefined;
}

/** Appendix letters as numbers: a = 1, z = 26, aa = 27 (as the document letters them). */
function appendixPrefix(name: string): Prefix | undefined {
  const match = APPENDIX_PREFIX.exec(name);
  if (!match) return undefined;
  let number = 0;
  for (const char of match[1]!) number = number * 26 + (char.charCodeAt(0) - 96);
  return { number, letter: '' };
}

function compare(a: Prefix, b: Prefix): number {
  return a.number - b.number || a.letter.localeCompare(b.letter);
}

function appendixText(number: number): string {
  let n = number;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(97 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function* candidates(kind: 'chapter' | 'appendix', index: number, lower: Prefix | undefined): Generator<Prefix> {
  // The place in the list first, as long as it fits: a project numbered 01, 02, … stays so.
  yield { number: index + 1, letter: '' };
  const from = lower?.number ?? 0;
  for (let number = from + 1; number <= from + 100; number += 1) yield { number, letter: '' };
  if (kind === 'chapter' && lower) {
    for (let code = (lower.letter ? lower.letter.charCodeAt(0) : 96) + 1; code <= 122; code += 1) {
      yield { number: lower.number, letter: String.fromCharCode(code) };
    }
  }
}

/**
 * The file name (without folder) for a new chapter at `index` of its list, whose files in the
 * same folder are `listed` (in document order, `undefined` for files elsewhere); `present` are
 * the names of all files in that folder.
 */
export function numberedFileName(
  kind: 'chapter' | 'appendix',
  listed: Array<string | undefined>,
  index: number,
  id: string,
  present: readonly string[],
): string {
  const parse = kind === 'chapter' ? chapterPrefix : appendixPrefix;
  const prefixes = listed.map((name) => (name === undefined ? undefined : parse(name)));
  const lower = prefixes.slice(0, index).reverse().find(Boolean);
  const upper = prefixes.slice(index).find(Boolean);
  const taken = new Set(present.map(parse).filter((p): p is Prefix => p !== undefined).map((p) => `${p.number}${p.letter}`));
  for (const prefix of candidates(kind, index, lower)) {
    if (taken.has(`${prefix.number}${prefix.letter}`)) continue;
    if (lower && compare(prefix, lower) <= 0) continue;
    if (upper && compare(prefix, upper) >= 0) continue;
    const text = kind === 'chapter' ? `${String(prefix.number).padStart(2, '0')}${prefix.letter}` : appendixText(prefix.number);
    return `${text}-${id}.md`;
  }
  throw inputError(
    msg('init.fileNumber.noneFree', { before: listed[index - 1] ?? msg('init.fileNumber.start'), after: listed[index] ?? msg('init.fileNumber.end') }),
  );
}
