const transliterations: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * The slug of a heading (docs/project-format.md, "Anchors"): lower case, ä→ae ö→oe ü→ue ß→ss, other accents
 * dropped, every other run of non-alphanumerics → `-`; soft hyphens, which a reader does not see, are dropped.
 */
export function slug(text: string): string {
  return text
    .replaceAll('\u00AD', '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüß]/g, (char) => transliterations[char] ?? char)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
