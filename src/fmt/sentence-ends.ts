/**
 * Decides whether the space between two pieces of German (or English) running text separates two
 * sentences. Conservative: when in doubt it answers no, because a missed break only leaves a long
 * line, while a wrong one splits "z. B." across two lines.
 */

/**
 * Abbreviations after which a period does not end a sentence. Forms with inner spaces also cover
 * the period in the middle ("z." of "z. B."). A single letter with a period ("S.", "A.") never ends
 * a sentence either, nor do ordinals ("3.") and day-and-month dates ("31.12.").
 */
export const ABBREVIATIONS: readonly string[] = [
  'z. B.', 'z.B.', 'u. a.', 'u.a.', 'd. h.', 'd.h.', 'o. ä.', 'o.ä.', 'u. ä.', 'u.ä.', 'i. d. R.', 'i.d.R.',
  'u. U.', 'u.U.', 'v. a.', 'v.a.', 's. o.', 's. u.', 'z. T.', 'z.T.', 'i. S. d.', 'i. V. m.', 'a. a. O.',
  'bzw.', 'Nr.', 'Abs.', 'ca.', 'vgl.', 'Vgl.', 'ggf.', 'Ggf.', 'usw.', 'etc.', 'evtl.', 'inkl.', 'zzgl.',
  'bspw.', 'sog.', 'gem.', 'lt.', 'max.', 'min.', 'mind.', 'insb.', 'Jh.', 'Jhd.', 'Tel.', 'Str.', 'Mio.',
  'Mrd.', 'Tsd.', 'Dr.', 'Prof.', 'St.', 'Hrsg.', 'hrsg.', 'Aufl.', 'Bd.', 'Kap.', 'Abb.', 'Tab.', 'Anm.',
  'Art.', 'ff.', 'f.', 'e. V.', 'e.V.', 'Std.', 'Min.', 'Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.',
  'So.', 'Jan.', 'Feb.', 'Apr.', 'Aug.', 'Sept.', 'Sep.', 'Okt.', 'Nov.', 'Dez.', 'e.g.', 'i.e.', 'approx.',
  'cf.', 'vs.', 'No.', 'Fig.', 'Mr.', 'Mrs.', 'Ms.',
];

const TERMINAL = /[.!?…]/;
/** Closing quotes and brackets that may stand between the punctuation and the space. */
const CLOSERS = /[)\]"'”’»«“]/;
/** Opening quotes and brackets that may stand before the next sentence's first letter. */
const OPENERS = /[„"'‚«»“‘(\[]/;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

export interface SentenceBoundaryContext {
  /** Whether the text at `index` starts a protected `{{…}}` expression token. */
  startsToken?: (text: string, index: number) => boolean;
}

/**
 * Whether the white space `text.slice(start, end)` ends a sentence: it follows `.`, `!`, `?` or `…`
 * (maybe with closing quotes or brackets between) and the next word starts with a capital letter
 * (maybe after an opening quote) or is a `{{…}}` expression; a period must not belong to an
 * abbreviation, an ordinal or a date.
 */
export function isSentenceBoundary(text: string, start: number, end: number, context: SentenceBoundaryContext = {}): boolean {
  let last = start - 1;
  while (last >= 0 && CLOSERS.test(text[last]!)) last -= 1;
  const terminal = text[last];
  if (terminal === undefined || !TERMINAL.test(terminal)) return false;
  if (!startsSentence(text, end, context)) return false;
  if (terminal !== '.') return true;
  return !periodContinues(text, last, end);
}

function startsSentence(text: string, index: number, context: SentenceBoundaryContext): boolean {
  let next = index;
  while (next < text.length && OPENERS.test(text[next]!)) next += 1;
  if (context.startsToken?.(text, next)) return true;
  const char = text[next];
  return char !== undefined && UPPER.test(char);
}

/** Whether the period at `dot` is part of an abbreviation, an ordinal or a date. */
function periodContinues(text: string, dot: number, nextStart: number): boolean {
  let wordStart = dot;
  while (wordStart > 0 && !/\s/.test(text[wordStart - 1]!)) wordStart -= 1;
  while (wordStart < dot && OPENERS.test(text[wordStart]!)) wordStart += 1;
  const word = text.slice(wordStart, dot + 1);
  if (/^\p{L}\.$/u.test(word)) return true; // initials, "S.", the "z." of "z. B."
  if (/^\d{1,3}\.$/.test(word)) return true; // ordinals: "3. Oktober", "2. Runde"
  if (/^\d{1,2}\.\d{1,2}\.$/.test(word)) return true; // "31.12. des Jahres"
  for (const abbreviation of ABBREVIATIONS) {
    if (endsWithWord(text, dot + 1, abbreviation)) return true;
    // The period in the middle of a spaced abbreviation: "z. B." at "z.", "i. d. R." at "d.".
    let inner = abbreviation.indexOf('. ');
    while (inner !== -1) {
      const head = abbreviation.slice(0, inner + 1);
      const rest = abbreviation.slice(inner + 2);
      if (endsWithWord(text, dot + 1, head) && text.startsWith(rest, nextStart)) return true;
      inner = abbreviation.indexOf('. ', inner + 1);
    }
  }
  return false;
}

/** Whether `text.slice(0, end)` ends with `word`, and `word` is not the tail of a longer word. */
function endsWithWord(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0 || text.slice(start, end) !== word) return false;
  const before = text[start - 1];
  return before === undefined || !LETTER.test(before);
}
