import type { Root, Text } from 'mdast';
import type { Diagnostic } from '../../diagnostics.js';
import type { Lang } from '../../i18n/lang.js';
import { placeInText } from '../../markdown/pasted-text.js';
import { finding } from '../rules.js';
import { genderedWords, inForm, type GenderForm } from './gender-forms.js';
import type { Speller } from './load-speller.js';
import { proseTexts } from './prose-texts.js';
import { WORD_LIST } from './word-list.js';
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

/** "das das", "die die" – unless after a comma, where "…, die die Schule besuchen" is right. */
const REPEATED = /(?<![\p{L}\p{N}])(\p{L}+)(\s+)\1(?![\p{L}\p{N}])/giu;
const ARTICLE = /^(der|die|das|dem|den|des)$/i;

/**
 * Spelling, repeated words and the form of gender-inclusive language in the prose of one chapter.
 * `speller` is there when `info.spelling` is.
 */
export function checkWording(tree: Root, file: string, info: WordingInfo, speller: Speller | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const isKnown = knownTest(info.known, speller);
  for (const text of proseTexts(tree, info.lang)) {
    const at = (index: number) => ({ file, ...(placeInText(text, index) ?? { line: text.position?.start.line ?? 1, column: 1 }) });
    if (speller) spellingFindings(text, isKnown, speller, at, out);
    repeatedWords(text, at, out);
    if (info.genderForm && info.lang === 'de') genderFindings(text, info.genderForm, at, out);
  }
  return out;
}

type PlaceAt = (index: number) => { file: string; line: number; column: number };

function knownTest(known: readonly string[], speller: Speller | undefined): (word: string) => boolean {
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
    if (word.endsWith('-') && speller?.correct(word)) return true;
    const plain = dictionaryForm(word.replace(/-$/, ''));
    if (single(plain)) return true;
    // A compound with a hyphen: Kosmosviertel-Bewohner, QM-Gebiet.
    const parts = plain.split(/[-'’]/).filter((part) => part !== '');
    return parts.length > 1 && parts.every(single);
  };
}

function spellingFindings(text: Text, isKnown: (word: string) => boolean, speller: Speller, at: PlaceAt, out: Diagnostic[]): void {
  for (const { word, index } of wordsOf(text.value)) {
    if (isKnown(word)) continue;
    // A unit after a number belongs to the amount: 12 ha, 3,5 km.
    if (word.length <= 3 && /\d\s?$/.test(text.value.slice(Math.max(0, index - 2), index))) continue;
    // Abbreviations with a full stop: bzw., ca., usw.
    if (text.value[index + word.length] === '.' && speller.correct(`${word}.`)) continue;
    const shown = word.replace(/-$/, '');
    const suggestions = speller.suggest(dictionaryForm(shown));
    const diagnostic = finding('spelling', at(index), suggestionText(shown, suggestions));
    out.push({ ...diagnostic, word: shown });
  }
}

function suggestionText(word: string, suggestions: readonly string[]) {
  if (suggestions.length === 0) {
    return {
      de: `„${word}“ steht nicht im Wörterbuch – Schreibweise prüfen; ist das Wort richtig, in ${WORD_LIST} aufnehmen`,
      en: `"${word}" is not in the dictionary – check the spelling; if the word is right, add it to ${WORD_LIST}`,
    };
  }
  const de = suggestions.map((s) => `„${s}“`);
  const en = suggestions.map((s) => `"${s}"`);
  const list = (items: string[], or: string) => (items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)!}`);
  return {
    de: `„${word}“ – meinten Sie ${list(de, 'oder')}? (Ist das Wort richtig, in ${WORD_LIST} aufnehmen)`,
    en: `"${word}" – did you mean ${list(en, 'or')}? (If the word is right, add it to ${WORD_LIST})`,
  };
}

function repeatedWords(text: Text, at: PlaceAt, out: Diagnostic[]): void {
  for (const m of text.value.matchAll(REPEATED)) {
    const word = m[1]!;
    if (ARTICLE.test(word) && /,\s*$/.test(text.value.slice(0, m.index))) continue;
    const second = text.value.slice(m.index + word.length + m[2]!.length, m.index + m[0].length);
    out.push(
      finding('repeated-word', at(m.index + word.length + m[2]!.length), {
        de: `„${word} ${second}“: Wort doppelt – eines streichen`,
        en: `"${word} ${second}": word repeated – delete one`,
      }),
    );
  }
}

const FORM_NAMES: Record<GenderForm, string> = {
  stern: 'Genderstern',
  doppelpunkt: 'Doppelpunkt',
  unterstrich: 'Unterstrich',
  'binnen-i': 'Binnen-I',
  schraegstrich: 'Schrägstrich',
  paarform: 'Paarform',
};

function genderFindings(text: Text, preferred: GenderForm, at: PlaceAt, out: Diagnostic[]): void {
  for (const words of genderedWords(text.value)) {
    if (words.form === preferred) continue;
    const better = inForm(words, preferred);
    out.push(
      finding('gender-form', at(words.index), {
        de: `„${words.text}“ (${FORM_NAMES[words.form]}): das Dokument gendert mit ${FORM_NAMES[preferred]} (genderForm: ${preferred} in ihek.yaml) – „${better}“ schreiben`,
        en: `"${words.text}" (${FORM_NAMES[words.form]}): the document uses ${FORM_NAMES[preferred]} (genderForm: ${preferred} in ihek.yaml) – write "${better}"`,
      }),
    );
  }
}
