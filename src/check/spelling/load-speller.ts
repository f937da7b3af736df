import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Lang } from '../../i18n/lang.js';
import { templatesDir } from '../../package-paths.js';
import { parseWordList } from '../../project/word-list.js';

/** A Hunspell dictionary for the document's language. */
export interface Speller {
  correct(word: string): boolean;
  /** Up to three corrections, the likeliest first; none when Hunspell has none. */
  suggest(word: string): string[];
}

const MAX_SUGGESTIONS = 3;
/**
 * Added to the dictionary's affix file: no n-gram suggestions (words that merely share letters,
 * such as Emporstemmen for Empowerment; they were most of the cost of a suggestion) and no
 * suggestions that split the word in two (Nachbar schafft for Nachbarschafft).
 */
const FAST_SUGGESTIONS = '\nMAXNGRAMSUGS 0\nNOSPLITSUGS\n';

interface Hunspell {
  spell(word: string): boolean;
  suggest(word: string): string[];
  addWord(word: string): void;
}

/**
 * Words of the Quartiersmanagement's work that the dictionary lacks (Quartiersfonds, Kiezrunde,
 * Verstetigung …), shipped with ihek as a word list per language in templates/: German words the
 * reader sees are data, kept out of the code. Added to Hunspell's own list, so they are also
 * suggested for a typo. None for a language without such a list.
 */
async function builtInWords(lang: Lang): Promise<string[]> {
  const file = path.join(templatesDir, `woerterbuch-${lang}.txt`);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  return parseWordList(text);
}

/**
 * Hunspell (compiled to WebAssembly) with the dictionary of `lang`. Loaded only by a check that
 * spells, once for the run (the caller keeps it): reading the dictionary is the costly part.
 * The WebAssembly module registers a process-wide handler for uncaught exceptions that would turn
 * every crash into its own exit code; it is removed again, so a failure reads as before.
 */
export async function loadSpeller(lang: Lang): Promise<Speller> {
  const handlers = new Set(process.listeners('uncaughtException'));
  const [asm, dictionary, words] = await Promise.all([
    import('hunspell-asm'),
    lang === 'de' ? import('dictionary-de') : import('dictionary-en'),
    builtInWords(lang),
  ]);
  const loadModule = asm.loadModule ?? (asm as unknown as { default: typeof asm }).default.loadModule;
  const factory = await loadModule();
  for (const handler of process.listeners('uncaughtException')) {
    if (!handlers.has(handler)) process.off('uncaughtException', handler);
  }
  const { aff, dic } = dictionary.default;
  const affix = Buffer.concat([aff, Buffer.from(FAST_SUGGESTIONS)]);
  const hunspell: Hunspell = factory.create(factory.mountBuffer(affix, `${lang}.aff`), factory.mountBuffer(dic, `${lang}.dic`));
  for (const word of words) hunspell.addWord(word);
  const suggestions = new Map<string, string[]>();
  return {
    correct: (word) => hunspell.spell(word),
    suggest(word) {
      let found = suggestions.get(word);
      if (!found) {
        found = hunspell.suggest(word).slice(0, MAX_SUGGESTIONS);
        suggestions.set(word, found);
      }
      return found;
    },
  };
}
