/** Headings are compared without regard to case, spacing, Unicode composition or soft hyphens. */
export function normalizeHeading(text: string): string {
  return text.normalize('NFC').replaceAll('\u00AD', '').toLocaleLowerCase('de').replace(/\s+/g, ' ').replace(/[\s:.]+$/, '').trim();
}
