import type { Lang } from './lang.js';

const NBSP = '\u00a0';

function locale(lang: Lang): string {
  return lang === 'de' ? 'de-DE' : 'en-GB';
}

function numberFormat(lang: Lang, fractionDigits: number | undefined): Intl.NumberFormat {
  return new Intl.NumberFormat(locale(lang), {
    minimumFractionDigits: fractionDigits ?? 0,
    maximumFractionDigits: fractionDigits ?? 2,
  });
}

/**
 * Building an Intl.NumberFormat costs far more than using one, and tables format thousands of
 * numbers: each one is made when first needed (many runs need none) and then kept.
 */
const FORMATS = new Map<string, Intl.NumberFormat>();

/** 5800 → "5.800"; 15.5 → "15,5" (German) or "5,800" / "15.5" (English). */
export function formatNumber(value: number, lang: Lang, fractionDigits?: number): string {
  const key = `${lang}:${fractionDigits ?? ''}`;
  let format = FORMATS.get(key);
  if (!format) FORMATS.set(key, (format = numberFormat(lang, fractionDigits)));
  return format.format(value);
}

/** 20000 → "20.000 €" with a non-breaking space, so the amount never wraps away from its sign. */
export function formatEuro(value: number, lang: Lang): string {
  const digits = Number.isInteger(value) ? 0 : 2;
  return lang === 'de'
    ? `${formatNumber(value, lang, digits)}${NBSP}€`
    : `€${formatNumber(value, lang, digits)}`;
}

/** 15.5 → "15,5 %" (German, with a non-breaking space) or "15.5%" (English). */
export function formatPercent(value: number, lang: Lang, fractionDigits?: number): string {
  const number = formatNumber(value, lang, fractionDigits);
  return lang === 'de' ? `${number}${NBSP}%` : `${number}%`; // not a message
}

/** The most decimals any of the values has: a column of figures shows them all alike (21,0 beside 22,4). */
export function decimalsOf(values: number[]): number {
  return Math.max(0, ...values.map((value) => (String(value).split('.')[1] ?? '').length));
}
