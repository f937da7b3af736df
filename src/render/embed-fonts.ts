import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The fonts of the document come from npm packages (Fontsource builds of Source Sans 3 and Source
 * Code Pro, SIL Open Font License), embedded into the page as data URLs: the HTML stays one file
 * and the PDF never depends on the fonts a machine happens to have.
 */
const require = createRequire(import.meta.url);

/** The family used only for the page numbers of the printed table of contents (see finish-pdf). */
export const TOC_DIGITS_FAMILY = 'Ihek Toc Digits';

interface FaceFile {
  pkg: string;
  css: string;
  family?: string;
}

const FACES: FaceFile[] = [
  { pkg: '@fontsource/source-sans-3', css: '400.css' },
  { pkg: '@fontsource/source-sans-3', css: '400-italic.css' },
  { pkg: '@fontsource/source-sans-3', css: '600.css' },
  { pkg: '@fontsource/source-sans-3', css: '600-italic.css' },
  { pkg: '@fontsource/source-sans-3', css: '700.css' },
  { pkg: '@fontsource/source-code-pro', css: '400.css' },
  // A weight no text uses, under its own name: the table of contents' page numbers are the only
  // glyphs set in it, so they can be found in the printed PDF and filled in.
  { pkg: '@fontsource/source-sans-3', css: '500.css', family: TOC_DIGITS_FAMILY },
];

/** Latin and Latin Extended cover German and the names of a Berlin neighbourhood. */
const SUBSETS = /-(latin|latin-ext)-\d{3}-(normal|italic) \*\//;

function packageDir(pkg: string): string {
  return path.dirname(require.resolve(`${pkg}/package.json`));
}

/** `@font-face` rules with the font files inlined as data URLs. */
export async function embeddedFontCss(): Promise<string> {
  const rules: string[] = [];
  for (const face of FACES) {
    const dir = packageDir(face.pkg);
    const css = await readFile(path.join(dir, face.css), 'utf8');
    const blocks = css.split(/(?=\/\* )/).filter((block) => SUBSETS.test(block.split('\n')[0] ?? ''));
    for (const block of blocks) {
      const woff2 = /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(block)?.[1];
      if (!woff2) continue;
      const data = (await readFile(path.join(dir, woff2))).toString('base64');
      let rule = block
        .replace(/src: [^;]+;/, `src: url(data:font/woff2;base64,${data}) format('woff2');`)
        .replace(/font-display: swap;/, 'font-display: block;');
      if (face.family) rule = rule.replace(/font-family: '[^']+';/, `font-family: '${face.family}';`);
      rules.push(rule.trim());
    }
  }
  return rules.join('\n');
}

/** The folder of the font files, for a fontconfig setup that knows no other fonts. */
export function fontDirectories(): string[] {
  return [...new Set(FACES.map((face) => path.join(packageDir(face.pkg), 'files')))];
}

/** The faces SVG images carry with them: the text family, upright, in these weights. */
export const SVG_FACES = { family: 'Source Sans 3', style: 'normal', weights: ['400', '600', '700'] } as const;

/** The text faces (Source Sans 3, upright 400/600/700) alone, for SVG images. */
export function svgFontCss(fontCss: string): string {
  const weights = SVG_FACES.weights.join('|');
  const face = new RegExp(`source-sans-3-latin(-ext)?-(${weights})-${SVG_FACES.style} \\*/`);
  return fontCss
    .split(/(?=\/\* )/)
    .filter((rule) => face.test(rule) && !rule.includes(TOC_DIGITS_FAMILY))
    .join('\n');
}

/**
 * The characters the document's fonts can show: the union of the unicode-range of the Latin and
 * Latin Extended subsets of Source Sans 3, as code point ranges. Anything outside would be drawn
 * with a font of the machine (or crash a browser that has none), so the check refuses it.
 */
export function fontRanges(): Array<[number, number]> {
  const css = readFileSync(path.join(packageDir('@fontsource/source-sans-3'), '400.css'), 'utf8');
  const ranges: Array<[number, number]> = [];
  for (const block of css.split(/(?=\/\* )/)) {
    if (!SUBSETS.test(block.split('\n')[0] ?? '')) continue;
    const declared = /unicode-range:\s*([^;]+);/.exec(block)?.[1] ?? '';
    for (const part of declared.split(',')) {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      if (!from) continue;
      ranges.push([Number.parseInt(from, 16), Number.parseInt(to ?? from, 16)]);
    }
  }
  return ranges;
}
