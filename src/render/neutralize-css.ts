import type { Localized } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';

/**
 * Style sheets of the project (templates/style.css, `<style>` and `style=""` in its templates) may
 * load nothing: `@import`, `url()` and `image-set()` that point anywhere but a `data:` URL or a
 * fragment (`#clip`) are taken out, so the published HTML requests nothing even where a reader's
 * browser ignores the page's Content-Security-Policy.
 */

export interface CssFinding {
  /** Offset in the style sheet as written. */
  offset: number;
  /** The text taken out. */
  match: string;
  text: Localized;
}

/**
 * CSS lets any letter be written as an escape (`u\72l(` is `url(`); letters are put back first,
 * so the patterns below see what the browser sees. Other escapes (`"\2014"`) stay as they are.
 */
function plainLetters(css: string): string {
  if (!css.includes('\\')) return css;
  return css.replace(/\\([0-9a-fA-F]{1,6})[ \t\n\r\f]?|\\([g-zG-Z])/g, (escape, hex: string | undefined, letter: string | undefined) => {
    if (letter) return letter;
    const char = String.fromCodePoint(Math.min(Number.parseInt(hex!, 16), 0x10ffff));
    return /^[a-zA-Z]$/.test(char) ? char : escape;
  });
}

const LOADS = [
  {
    pattern: /@import\b[^;]*;?/gi,
    replacement: '',
    text: (m: string): Localized => {
      const rule = m.trim().replace(/;$/, '').slice(0, 80);
      return msg('render.css.import', { rule });
    },
  },
  {
    pattern: /url\(\s*(?!["']?\s*(?:data:|#))(?:"[^"]*"|'[^']*'|[^)])*\)/gi,
    replacement: 'url("data:,")',
    text: (m: string): Localized => msg('render.css.external', { found: m.slice(0, 80) }),
  },
  {
    pattern: /(?:-webkit-)?image-set\((?:[^()]|\([^()]*\))*["']\s*(?!data:)(?:[^()]|\([^()]*\))*\)/gi,
    replacement: 'none',
    text: (m: string): Localized => msg('render.css.external', { found: m.slice(0, 80) }),
  },
];

/** The style sheet without anything that loads, and what was taken out (offsets in the sheet as written). */
export function neutralizeCss(css: string): { css: string; findings: CssFinding[] } {
  const plain = plainLetters(css);
  const findings: CssFinding[] = [];
  const imports: Array<[number, number]> = [];
  for (const [index, { pattern, text }] of LOADS.entries()) {
    for (const match of plain.matchAll(pattern)) {
      const offset = match.index ?? 0;
      // A url() inside an @import is part of that one finding.
      if (index > 0 && imports.some(([start, end]) => offset >= start && offset < end)) continue;
      if (index === 0) imports.push([offset, offset + match[0].length]);
      findings.push({ offset, match: match[0], text: text(match[0]) });
    }
  }
  if (findings.length === 0) return { css, findings };
  findings.sort((a, b) => a.offset - b.offset);
  let out = plain;
  for (const { pattern, replacement } of LOADS) out = out.replace(pattern, replacement);
  return { css: out, findings };
}

/**
 * CSS for the inside of a `<style>` element: the element ends at the first `</style` whatever CSS
 * makes of it, so `<` is written as the CSS escape `\3C ` (the same character in a string, and
 * nowhere else valid CSS).
 */
export function cssForStyleElement(css: string): string {
  return css.includes('<') ? css.replaceAll('<', '\\3C ') : css;
}
