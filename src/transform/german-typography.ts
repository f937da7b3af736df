import type { Element, Root } from 'hast';
import type { Lang } from '../i18n/lang.js';

const NBSP = '\u00a0';
const SKIP = new Set(['code', 'pre', 'script', 'style', 'svg', 'kbd', 'samp']);

/** Pairs that must not be torn apart at a line end. */
const GERMAN: Array<[RegExp, string]> = [
  // 20.000 €, 15,5 %, 3 ‰
  [/(\d) (€|%|‰)/g, `$1${NBSP}$2`],
  // § 171e, §§ 171e–171f, Art. 3, Abs. 2, Nr. 5, S. 12
  [/(§§?|Art\.|Abs\.|Nr\.|S\.|Kap\.|Tab\.|Abb\.) (?=\d)/g, `$1${NBSP}`],
  // z. B., d. h., u. a., z. T., o. ä., u. U., v. a., i. d. R.
  [/(?<![\p{L}])(\p{L})\. (?=\p{L}\.)/gu, `$1.${NBSP}`],
  // 31. März 2025
  [/(\d{1,2}\.) (?=(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)/g, `$1${NBSP}`],
];

const ENGLISH: Array<[RegExp, string]> = [[/(\d) (€|%)/g, `$1${NBSP}$2`]];

/**
 * Puts non-breaking spaces where German typography wants them ("20.000 €", "§ 171e", "z. B."),
 * in text only (not in code).
 */
export function applyTypography(tree: Root, lang: Lang): void {
  const rules = lang === 'de' ? GERMAN : ENGLISH;
  const walk = (parent: Root | Element) => {
    for (const node of parent.children) {
      if (node.type === 'element') {
        if (!SKIP.has(node.tagName)) walk(node);
      } else if (node.type === 'text') {
        for (const [pattern, replacement] of rules) node.value = node.value.replace(pattern, replacement);
      }
    }
  };
  walk(tree);
}
