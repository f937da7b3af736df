const transliterations: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * The slug of a heading, as DESIGN.md fixes it: lower case, ä→ae ö→oe ü→ue ß→ss, other accents
 * dropped, every other run of non-alphanumerics → `-`.
 */
export function slug(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüß]/g, (char) => transliterations[char] ?? char)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
