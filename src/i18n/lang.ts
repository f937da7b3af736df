/** Languages the tool speaks: the document language and the language of messages. */
export type Lang = 'de' | 'en';

/** A message in both languages; the reporter picks one. */
export interface Localized {
  de: string;
  en: string;
}

export function isLang(value: unknown): value is Lang {
  return value === 'de' || value === 'en';
}

export function localize(text: Localized, lang: Lang): string {
  return text[lang];
}

/** German and English text that happen to be the same (file names, raw parser output). */
export function same(text: string): Localized {
  return { de: text, en: text };
}

/** Most characters of a value a message quotes: a whole data list or a long word would bury the message. */
export const MAX_QUOTED_CHARS = 80;

/** `value` as a message quotes it: on one line (a message is one line), cut to the limit, with "…" where it was cut. */
export function quoted(value: string): string {
  const line = value.replace(/\s*\n\s*/g, ' ');
  return line.length <= MAX_QUOTED_CHARS ? line : `${line.slice(0, MAX_QUOTED_CHARS - 1)}…`;
}
