import type { Lang } from '../i18n/lang.js';
import { msgIn } from '../i18n/message.js';
import { NUMBERED_DEPTH } from '../markdown/hand-number.js';
import type { NumberingStyle } from '../project/profile-types.js';
import type { ChapterSource } from '../project/types.js';

/**
 * The one place where numbers are made, as the profile's numbering style says: chapters from 0 or
 * 1, appendices "A", "B" … or "Anlage 1", "Anlage 2" …, sections "3.1" or lettered "3 a)". The
 * contents, headings, bookmarks, running headers, cross-references, diffs and the Word version all
 * show these strings, so they cannot disagree.
 */

/** 1 → "A", 26 → "Z", 27 → "AA". */
export function appendixLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Numbers the chapters and appendices in manifest order. */
export function chapterNumbers(sources: readonly ChapterSource[], style: NumberingStyle, lang: Lang): string[] {
  let chapter = style.start - 1;
  let appendix = 0;
  const annex = msgIn(lang, 'transform.numbering.annex');
  return sources.map((source) => {
    if (source.kind === 'chapter') return String((chapter += 1));
    appendix += 1;
    return style.appendix === 'Anlage 1' ? `${annex}\u00a0${appendix}` : appendixLetter(appendix);
  });
}

/**
 * The number of a heading below the chapter heading, from the counts of headings per level so far
 * (`counters[2]` for `##` …). In a chapter whose sections are lettered, a `##` is "3 a)"; the
 * headings below a lettered section keep only their anchor.
 */
export function sectionNumber(chapterNumber: string, counters: readonly number[], level: number, lettered: boolean): string {
  if (level > NUMBERED_DEPTH) return '';
  if (!lettered) return [chapterNumber, ...counters.slice(2, level + 1)].join('.');
  return level === 2 ? `${chapterNumber} ${letter(counters[2] ?? 1)})` : '';
}

/** 1 → "a", 26 → "z", 27 → "aa". */
function letter(index: number): string {
  return appendixLetter(index).toLowerCase();
}

/**
 * "Kapitel 3 a)", "Anhang A", "Anlage 1": the number with the word for its kind, as references and
 * diffs name a place. An appendix number that names its kind already ("Anlage 1") gets no word.
 */
export function numberLabel(kind: 'chapter' | 'appendix', number: string, lang: Lang): string {
  if (kind === 'appendix' && /\s/.test(number)) return number;
  const word = msgIn(lang, kind === 'appendix' ? 'transform.references.appendix' : 'transform.references.chapter');
  return `${word}\u00a0${number}`;
}
