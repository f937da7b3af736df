import type { Lang } from '../../i18n/lang.js';

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
}

/**
 * Hunspell (compiled to WebAssembly) with the dictionary of `lang`. Loaded only by a check that
 * spells, once for the run (the caller keeps it): reading the dictionary is the costly part.
 * The WebAssembly module registers a process-wide handler for uncaught exceptions that would turn
 * every crash into its own exit code; it is removed again, so a failure reads as before.
 */
export async function loadSpeller(lang: Lang): Promise<Speller> {
  const handlers = new Set(process.listeners('uncaughtException'));
  const [asm, dictionary] = await Promise.all([
    import('hunspell-asm'),
    lang === 'de' ? import('dictionary-de') : import('dictionary-en'),
  ]);
  const loadModule = asm.loadModule ?? (asm as unknown as { default: typeof asm }).default.loadModule;
  const factory = await loadModule();
  for (const handler of process.listeners('uncaughtException')) {
    if (!handlers.has(handler)) process.off('uncaughtException', handler);
  }
  const { aff, dic } = dictionary.default;
  const affix = Buffer.concat([aff, Buffer.from(FAST_SUGGESTIONS)]);
  const hunspell: Hunspell = factory.create(factory.mountBuffer(affix, `${lang}.aff`), factory.mountBuffer(dic, `${lang}.dic`));
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
