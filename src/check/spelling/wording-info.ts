import type { Lang } from '../../i18n/lang.js';
import type { Project } from '../../project/types.js';
import type { Wording } from '../check-content.js';
import type { WordingInfo } from './check-wording.js';
import type { Speller } from './load-speller.js';
import { wordsOf } from './words.js';

/**
 * What the wording rules compare with: the document's language, whether words are spelt
 * (`spell`: `check --spell`, `check: { spelling: true }` in ihek.yaml, or a release), the form of
 * gender-inclusive language, and the words the project knows from its own files.
 */
export function wordingInfo(project: Project, spell: boolean): WordingInfo {
  const { manifest } = project;
  const names = [
    manifest.title,
    manifest.subtitle,
    manifest.area,
    manifest.district,
    manifest.organization,
    manifest.edition,
    manifest.benn?.site,
    manifest.benn?.accommodation,
    ...manifest.authors,
    ...manifest.keywords,
    ...Object.entries(project.glossary?.value ?? {}).flat(),
    ...(project.measures?.value ?? []).flatMap((measure) => [measure.title, measure.traeger]),
  ];
  const known = new Set<string>(project.wordList?.words ?? []);
  for (const name of names) {
    if (typeof name !== 'string') continue;
    for (const { word } of wordsOf(name)) known.add(word.replace(/-$/, ''));
  }
  return {
    lang: manifest.lang,
    spelling: spell || manifest.check.spelling,
    known: [...known].sort(),
    ...(manifest.check.genderForm && { genderForm: manifest.check.genderForm }),
  };
}

/** Hands out the dictionary of a language, loading it at the first request and keeping it for the next. */
export type Spellers = (lang: Lang) => Promise<Speller>;

/**
 * One shelf of dictionaries for whoever holds it: a check, a build and the release around them, or
 * the preview across its rebuilds. Reading a dictionary is the costly part of spelling, so a run
 * passes its shelf on instead of loading again.
 */
export function spellerShelf(): Spellers {
  const loaded = new Map<Lang, Promise<Speller>>();
  return (lang) => {
    let speller = loaded.get(lang);
    if (!speller) {
      speller = import('./load-speller.js').then(({ loadSpeller }) => loadSpeller(lang));
      loaded.set(lang, speller);
    }
    return speller;
  };
}

/**
 * The wording rules' setup for `project`, with the dictionary from `spellers` when words are spelt or
 * the document genders in the Paarform (only then is one loaded).
 */
export async function loadWording(project: Project, spell: boolean, spellers: Spellers = spellerShelf()): Promise<Wording> {
  const info = wordingInfo(project, spell);
  // The Paarform asks the dictionary for the masculine plural (Kolleginnen und Kollegen).
  const needed = info.spelling || (info.genderForm === 'paarform' && info.lang === 'de');
  return needed ? { info, speller: await spellers(info.lang) } : { info };
}
