import type { Root, Text } from 'mdast';
import type { Diagnostic } from '../../diagnostics.js';
import type { Lang, Localized } from '../../i18n/lang.js';
import { msg, msgIn, type MessageKey } from '../../i18n/message.js';
import { placeInText } from '../../markdown/pasted-text.js';
import { finding } from '../../rules.js';
import { genderedWords, inForm, masculineByDictionary, stemAsMasculine, type GenderForm, type MasculineOf } from './gender-forms.js';
import type { Speller } from './load-speller.js';
import { proseTexts, type BrokenStar } from './prose-texts.js';
import { WORD_LIST } from '../../project/word-list.js';
import { dictionaryForm, wordsOf } from './words.js';

/** What the wording rules of a chapter compare with; the same for every chapter of a document. */
export interface WordingInfo {
  lang: Lang;
  /** Whether words are looked up in the dictionary (the `spelling` rule is on). */
  spelling: boolean;
  /** Words the project knows: names from ihek.yaml, the glossary, the measures, woerterbuch.txt. */
  known: string[];
  genderForm?: GenderForm;
}

/** Space between words, kept by `split` so offsets can be counted. */
const SPACE = /(\s+)/;
const WHOLE_WORD = /^[\p{L}\p{N}]+$/u;
/** Repeated after a comma, an article is right: "…, die die Schule besuchen". */
const ARTICLE = /^(der|die|das|dem|den|des)$/i;

/**
 * Spelling, repeated words and the form of gender-inclusive language in the prose of one chapter.
 * `speller` is there when `info.spelling` is, or when the Paarform needs it (see wording-info.ts).
 */
export function checkWording(tree: Root, file: string, info: WordingInfo, speller: Speller | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  // The dictionary may be there for the Paarform alone (see wording-info.ts); it spells only when asked to.
  const masculineOf = speller ? masculineByDictionary(speller.correct) : stemAsMasculine;
  const spell = info.spelling ? speller : undefined;
  const unknownParts = unknownPartsTest(info.known, spell);
  const unknown: Array<{ word: string; place: ReturnType<PlaceAt> }> = [];
  const { texts, brokenStars } = proseTexts(tree, info.lang);
  if (info.lang === 'de') for (const broken of brokenStars) out.push(brokenStarFinding(broken, file, info.genderForm, masculineOf));
  for (const text of texts) {
    const at = (index: number) => ({ file, ...(placeInText(text, index) ?? { line: text.position?.start.line ?? 1, column: 1 }) });
    if (spell) unknownWords(text, unknownParts, spell, at, unknown);
    repeatedWords(text, at, out);
    if (info.genderForm && info.lang === 'de') genderFindings(text, info.genderForm, masculineOf, at, out);
  }
  if (spell) out.push(...spellingFindings(unknown, spell));
  return out;
}

type PlaceAt = (index: number) => { file: string; line: number; column: number };

type UnknownParts = (word: string) => Array<{ word: string; offset: number }>;

/** The parts of a word that are neither in the dictionary nor known to the project: none, the word, or parts of a hyphenated compound. */
function unknownPartsTest(known: readonly string[], speller: Speller | undefined): UnknownParts {
  const words = new Set(known);
  const listed = (word: string) =>
    words.has(word) ||
    words.has(word.charAt(0).toLowerCase() + word.slice(1)) ||
    // Genitive of a name: des Kosmosviertels.
    (word.endsWith('s') && words.has(word.slice(0, -1)));
  const single = (word: string) =>
    word.length < 2 || /^\p{Lu}+$/u.test(word) || listed(word) || speller?.correct(word) === true;
  return (word) => {
    // Kinder- (und Jugendarbeit): the dictionary knows the first part of a compound with its hyphen.
    if (word.endsWith('-') && speller?.correct(word)) return [];
    const whole = word.replace(/-$/, '');
    if (single(dictionaryForm(whole))) return [];
    // A compound with a hyphen (Kosmosviertel-Bewohner, QM-Gebiet): each part on its own.
    const parts = [...whole.matchAll(/[^-'’]+/gu)];
    if (parts.length < 2) return [{ word: whole, offset: 0 }];
    return parts.filter((part) => !single(dictionaryForm(part[0]))).map((part) => ({ word: part[0], offset: part.index }));
  };
}

/**
 * A suggestion costs Hunspell far more than a look-up. A chapter with many unknown words is not
 * one with a few typos (its text is in another language without `<span lang>`, or full of names
 * not yet in the word list): it gets no suggestions; any other gets them for its first unknown
 * words. Both depend on the chapter alone, so the findings are the same on every run.
 */
const MAX_UNKNOWN_FOR_SUGGESTIONS = 50;
const MAX_SUGGESTED_WORDS = 25;

function spellingFindings(unknown: ReadonlyArray<{ word: string; place: ReturnType<PlaceAt> }>, speller: Speller): Diagnostic[] {
  const distinct = [...new Set(unknown.map((entry) => entry.word))];
  const suggested = new Set(distinct.length > MAX_UNKNOWN_FOR_SUGGESTIONS ? [] : distinct.slice(0, MAX_SUGGESTED_WORDS));
  return unknown.map(({ word, place }) => {
    const suggestions = suggested.has(word) ? speller.suggest(dictionaryForm(word)) : [];
    return { ...finding('spelling', place, suggestionText(word, suggestions)), word };
  });
}

/** The words of a text that are neither in the dictionary nor known to the project, with their places. */
function unknownWords(
  text: Text,
  unknownParts: UnknownParts,
  speller: Speller,
  at: PlaceAt,
  out: Array<{ word: string; place: ReturnType<PlaceAt> }>,
): void {
  for (const { word: token, index: start } of wordsOf(text.value)) {
    for (const { word, offset } of unknownParts(token)) {
      const index = start + offset;
      // A unit after a number belongs to the amount: 12 ha, 3,5 km.
      if (word.length <= 3 && /\d\s?$/.test(text.value.slice(Math.max(0, index - 2), index))) continue;
      // Abbreviations with a full stop: bzw., ca., usw.
      if (text.value[index + word.length] === '.' && speller.correct(`${word}.`)) continue;
      out.push({ word, place: at(index) });
    }
  }
}

function suggestionText(word: string, suggestions: readonly string[]): Localized {
  if (suggestions.length === 0) return msg('check.spelling.unknownWord', { word, wordList: WORD_LIST });
  const list = (lang: Lang) => {
    const items = suggestions.map((suggestion) => msgIn(lang, 'check.spelling.quotedWord', { word: suggestion }));
    return items.length === 1 ? items[0]! : msgIn(lang, 'check.spelling.orList', { most: items.slice(0, -1).join(', '), last: items.at(-1)! });
  };
  return msg('check.spelling.didYouMean', { word, list: { de: list('de'), en: list('en') }, wordList: WORD_LIST });
}

/**
 * Repeated words reported in one text at most: a real paragraph has one or two; a text made of
 * one word over and over (a pasted column of "a") would otherwise give a finding per word.
 */
const MAX_REPEATED_PER_TEXT = 20;

function repeatedWords(text: Text, at: PlaceAt, out: Diagnostic[]): void {
  const { value } = text;
  let reported = 0;
  // Words with the space after them; a pair is a word made of letters only, then the same word.
  const parts = value.split(SPACE);
  let offset = 0;
  for (let i = 0; i + 2 < parts.length; i += 2) {
    const first = parts[i]!;
    const second = parts[i + 2]!;
    const start = offset + first.length + parts[i + 1]!.length;
    offset = start;
    if (first.length === 0 || second.length < first.length || second.slice(0, first.length).toLowerCase() !== first.toLowerCase()) continue;
    if (!WHOLE_WORD.test(first) || /^[\p{L}\p{N}]/u.test(second.slice(first.length))) continue;
    if (ARTICLE.test(first) && /,\s*$/.test(value.slice(0, start - first.length - parts[i + 1]!.length))) continue;
    const repeated = second.slice(0, first.length);
    const diagnostic = finding('repeated-word', at(start), msg('check.spelling.repeatedWord', { first, repeated }));
    out.push({ ...diagnostic, word: repeated });
    if (++reported === MAX_REPEATED_PER_TEXT) return;
  }
}

const FORM_NAMES: Record<GenderForm, Extract<MessageKey, `check.spelling.form.${string}`>> = {
  stern: 'check.spelling.form.stern',
  doppelpunkt: 'check.spelling.form.doppelpunkt',
  unterstrich: 'check.spelling.form.unterstrich',
  'binnen-i': 'check.spelling.form.binnenI',
  schraegstrich: 'check.spelling.form.schraegstrich',
  paarform: 'check.spelling.form.paarform',
};

function brokenStarFinding({ before, stem, plural }: BrokenStar, file: string, preferred: GenderForm | undefined, masculineOf: MasculineOf): Diagnostic {
  const place = placeInText(before, before.value.length - stem.length) ?? { line: before.position?.start.line ?? 1, column: 1 };
  const written = `${stem}*${plural ? 'innen' : 'in'}`;
  const better = preferred && preferred !== 'stern' ? inForm({ form: 'stern', index: 0, text: written, stem, plural }, preferred, masculineOf) : `${stem}\\*${plural ? 'innen' : 'in'}`;
  const diagnostic = finding('gender-form', { file, ...place }, msg('check.spelling.brokenStar', { written, better }));
  return { ...diagnostic, word: stem };
}

function genderFindings(text: Text, preferred: GenderForm, masculineOf: MasculineOf, at: PlaceAt, out: Diagnostic[]): void {
  for (const words of genderedWords(text.value)) {
    if (words.form === preferred) continue;
    const better = inForm(words, preferred, masculineOf);
    const diagnostic = finding('gender-form', at(words.index), msg('check.spelling.genderForm', { text: words.text, form: msg(FORM_NAMES[words.form]), preferredName: msg(FORM_NAMES[preferred]), preferred, better }));
    out.push({ ...diagnostic, word: words.text });
  }
}
