import type { Heading } from 'mdast';

/** Deepest heading level that gets a number (1.2.3); deeper headings keep only their anchor. */
export const NUMBERED_DEPTH = 4;

/** A day of a month ("1. Mai", "3. Okt.") is a date at the start of a heading, not a section number. */
const MONTH = '(?:Jan(?:uar)?|Feb(?:ruar)?|März|Mär|Apr(?:il)?|Mai|Juni?|Juli?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Okt(?:ober)?|Nov(?:ember)?|Dez(?:ember)?)(?!\\p{L})';

/**
 * A section number typed by hand at the start of a heading: `5.1`, `2.1.`, `3.`, `A.1`, `a)`,
 * `(1)`, `II.`. Parts have one or two digits, so a year ("2025 im Rückblick"), a number with a
 * thousands separator ("1.500 Menschen") or a date ("31.12.2025", "1. Mai") is not one; neither is
 * a bare number without a dot ("10 Jahre QM").
 */
const HAND_NUMBER = new RegExp(
  `^(\\d{1,2}(?:\\.\\d{1,2})+\\.?|\\d{1,2}\\.(?![ \\t]+${MONTH})|[A-Z](?:\\.\\d{1,2})+\\.?|\\(?[A-Za-z]\\)|\\(?\\d{1,2}\\)|[IVX]{1,4}\\.)[ \\t]+`,
  'u',
);

/**
 * The hand-typed number a heading text starts with (without the space after it), and how many
 * characters to cut; `more` says that the heading goes on after this text (`5.1 **Ziele**`).
 * A heading that is nothing but a number keeps it.
 */
export function handNumber(text: string, more = false): { number: string; length: number } | undefined {
  const match = HAND_NUMBER.exec(text);
  if (!match || (!more && text.slice(match[0].length).trim() === '')) return undefined;
  return { number: match[1]!, length: match[0].length };
}

/**
 * Cuts a hand-typed number off a heading: the heading then reads, numbers and links as if it had
 * been written without it. Only a number at the start of the heading's first text counts. Returns
 * the number that was cut.
 */
export function cutHandNumber(heading: Heading): string | undefined {
  const first = heading.children[0];
  if (first?.type !== 'text') return undefined;
  const found = handNumber(first.value, heading.children.length > 1);
  if (!found) return undefined;
  first.value = first.value.slice(found.length);
  const start = first.position?.start;
  // The text now starts further right on the same line (a number holds no line break).
  if (start) first.position!.start = { line: start.line, column: start.column + found.length, ...(start.offset !== undefined && { offset: start.offset + found.length }) };
  return found.number;
}
