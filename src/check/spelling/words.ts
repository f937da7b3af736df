/**
 * A word as the spelling rules read it: letters, joined by hyphens or apostrophes, with a
 * gender sign and ending (Bewohner*innen, Bewohner:in). Not part of a word: digits (B96, 2025er,
 * 1.500 €), so numbers and amounts are never words.
 */
const WORD = /(?<![\p{L}\p{N}_])\p{L}[\p{L}\p{M}]*(?:[-'’][\p{L}\p{M}]+)*(?:(?:[*:_]|\/-?)in(?:nen)?)?-?(?![\p{L}\p{N}_])/gu;
/** Web and e-mail addresses in plain text (links are not prose anyway). */
const ADDRESS = /(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu;

export interface WordAt {
  word: string;
  index: number;
}

/** The words of a text, with addresses left out. */
export function wordsOf(text: string): WordAt[] {
  const masked = text.includes('@') || /www\.|:\/\//i.test(text) ? text.replace(ADDRESS, (m) => ' '.repeat(m.length)) : text;
  return [...masked.matchAll(WORD)].map((m) => ({ word: m[0], index: m.index }));
}

/** The form a dictionary knows of a gendered word: Bewohner*innen and BewohnerInnen as Bewohnerinnen. */
export function dictionaryForm(word: string): string {
  return word.replace(/(?:[*:_]|\/-?)(in(?:nen)?)$/u, '$1').replace(/(?<=\p{Ll})I(nnen|n)$/u, 'i$1');
}
