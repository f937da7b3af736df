import type { Lang, Localized } from './lang.js';
import { de, type Messages } from './messages/de.js';
import { en } from './messages/en.js';

export type MessageKey = keyof Messages;

type ValuesOf<K extends MessageKey> = Messages[K] extends (values: infer V) => string ? V : never;

/** The named values of a message; a string value may also be given in both languages. */
type Given<V> = { [N in keyof V]: V[N] extends string ? V[N] | Localized : V[N] };

type Arguments<K extends MessageKey> = Messages[K] extends string ? [] : [values: Given<ValuesOf<K>>];

const CATALOGUES: Record<Lang, Messages> = { de, en };

function isLocalized(value: unknown): value is Localized {
  return typeof value === 'object' && value !== null && typeof (value as Localized).de === 'string' && typeof (value as Localized).en === 'string';
}

function render(lang: Lang, key: MessageKey, values: Record<string, unknown> | undefined): string {
  const entry = CATALOGUES[lang][key] as string | ((values: Record<string, unknown>) => string);
  if (typeof entry === 'string') return entry;
  const resolved: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values ?? {})) resolved[name] = isLocalized(value) ? value[lang] : value;
  return entry(resolved);
}

/** A message of the catalogues in both languages; the reporter picks one. */
export function msg<K extends MessageKey>(key: K, ...values: Arguments<K>): Localized {
  const given = values[0] as Record<string, unknown> | undefined;
  return { de: render('de', key, given), en: render('en', key, given) };
}

/** A message of the catalogues in one language, for output that is written right away. */
export function msgIn<K extends MessageKey>(lang: Lang, key: K, ...values: Arguments<K>): string {
  return render(lang, key, values[0] as Record<string, unknown> | undefined);
}
