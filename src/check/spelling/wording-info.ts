import type { Project } from '../../project/types.js';
import type { Wording } from '../check-content.js';
import type { WordingInfo } from './check-wording.js';
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

/** The wording rules' setup, with the dictionary loaded (once for the caller) when words are spelt. */
export async function withSpeller(info: WordingInfo): Promise<Wording> {
  if (!info.spelling) return { info };
  const { loadSpeller } = await import('./load-speller.js');
  return { info, speller: await loadSpeller(info.lang) };
}
