/** Headings are compared without regard to case, spacing or Unicode composition. */
export function normalizeHeading(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('de').replace(/\s+/g, ' ').replace(/[\s:.]+$/, '').trim();
}
