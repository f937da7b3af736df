import type { GenderForm } from '../../project/types.js';

export type { GenderForm };

/** One gender-inclusive word (or pair of words) in a text. */
export interface GenderedWords {
  form: GenderForm;
  index: number;
  text: string;
  /** The word without the feminine ending: Bewohner in Bewohner*innen. */
  stem: string;
  plural: boolean;
  /** The masculine word of a pair, as written: Kollegen in „Kolleginnen und Kollegen“. */
  masculine?: string;
}

const SIGNS: Record<string, GenderForm> = { '*': 'stern', ':': 'doppelpunkt', _: 'unterstrich', '/': 'schraegstrich', '/-': 'schraegstrich' };
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';
const SIGN = new RegExp(`${EDGE_BEFORE}(\\p{L}+)(\\*|:|_|\\/-?)(innen|in)${EDGE_AFTER}`, 'gu');
const BINNEN_I = new RegExp(`${EDGE_BEFORE}(\\p{Lu}\\p{Ll}+)I(nnen|n)${EDGE_AFTER}`, 'gu');
/** Bewohnerinnen und Bewohner, Kolleginnen und Kollegen, Bewohnerin oder Bewohner. */
const PAIR = new RegExp(`${EDGE_BEFORE}(\\p{Lu}\\p{Ll}+)(innen|in) (?:und|oder|bzw\\.) (\\1(?:en|e|n)?)${EDGE_AFTER}`, 'gu');
/** Bewohner und Bewohnerinnen, Kollegen und Kolleginnen. */
const PAIR_REVERSED = new RegExp(`${EDGE_BEFORE}((\\p{Lu}\\p{Ll}+?)(?:en|e|n)?) (?:und|oder|bzw\\.) \\2(innen|in)${EDGE_AFTER}`, 'gu');

/** Every gender-inclusive word or pair in a text, in order. */
export function genderedWords(text: string): GenderedWords[] {
  const found: GenderedWords[] = [];
  for (const m of text.matchAll(SIGN)) {
    found.push({ form: SIGNS[m[2]!]!, index: m.index, text: m[0], stem: m[1]!, plural: m[3] === 'innen' });
  }
  for (const m of text.matchAll(BINNEN_I)) found.push({ form: 'binnen-i', index: m.index, text: m[0], stem: m[1]!, plural: m[2] === 'nnen' });
  for (const m of text.matchAll(PAIR)) {
    found.push({ form: 'paarform', index: m.index, text: m[0], stem: m[1]!, plural: m[2] === 'innen', masculine: m[3]! });
  }
  for (const m of text.matchAll(PAIR_REVERSED)) {
    found.push({ form: 'paarform', index: m.index, text: m[0], stem: m[2]!, plural: m[3] === 'innen', masculine: m[1]! });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The masculine word to a stem: Kollegen to Kolleg (plural), Kollege (singular). */
export type MasculineOf = (stem: string, plural: boolean) => string;

/** Without a dictionary: the stem itself, right for the many words on -er (Bewohner, Mieter). */
export const stemAsMasculine: MasculineOf = (stem) => stem;

/**
 * The masculine word as the dictionary knows it. A stem on -er, -el or -en is the plural itself
 * (Bewohner, Mitarbeiter); the dictionary cannot tell, since Bewohnern (dative) is a word too.
 * Otherwise the first correct word of stem+en, stem+e, stem+n (Kollegen, Experten, Nachbarn) for a
 * plural, of stem+e (Kollege, Experte) for a singular, and the stem last: asked first, the stem
 * would win wrongly where it is a word of its own (Kolleg).
 */
export function masculineByDictionary(correct: (word: string) => boolean): MasculineOf {
  return (stem, plural) => {
    if (/(?:er|el|en)$/u.test(stem)) return stem;
    const candidates = plural ? [`${stem}en`, `${stem}e`, `${stem}n`, stem] : [`${stem}e`, stem];
    return candidates.find(correct) ?? stem;
  };
}

/** The same word(s) in another form: Bewohner*innen as doppelpunkt is Bewohner:innen. */
export function inForm(words: GenderedWords, form: GenderForm, masculineOf: MasculineOf = stemAsMasculine): string {
  const { stem, plural } = words;
  const ending = plural ? 'innen' : 'in';
  switch (form) {
    case 'stern':
      return `${stem}*${ending}`;
    case 'doppelpunkt':
      return `${stem}:${ending}`;
    case 'unterstrich':
      return `${stem}_${ending}`;
    case 'binnen-i':
      return `${stem}I${ending.slice(1)}`;
    case 'schraegstrich':
      return `${stem}/-${ending}`;
    case 'paarform':
      return `${stem}${ending} ${plural ? 'und' : 'oder'} ${words.masculine ?? masculineOf(stem, plural)}`;
  }
}
