import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { Lang } from '../i18n/lang.js';
import { msgIn } from '../i18n/message.js';
import { classNames, text, textOf } from './hast-utils.js';

/**
 * In an excerpt, turns each link to an anchor of a chapter left out into text that names the place
 * in the whole document: a generated reference ("Kapitel 3 Gebietsbeschreibung") gets "im
 * Gesamtdokument" after it, a link with the author's own words keeps them and names the place in
 * brackets: "die Bilanz (Abschnitt 4.2 im Gesamtdokument)". It works on the HTML tree, so links
 * written as reference definitions or as raw HTML are caught as well: the excerpt keeps no anchor
 * that points nowhere. `elsewhere` maps each anchor left out to its place ("Kapitel 3").
 */
export function unlinkOmitted(tree: Root, elsewhere: ReadonlyMap<string, string>, lang: Lang): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'a' || !parent || index === undefined) return;
    const href = node.properties.href;
    if (typeof href !== 'string' || !href.startsWith('#')) return;
    const place = elsewhere.get(anchorOf(href));
    if (place === undefined) return;
    const replacement: ElementContent[] = classNames(node).includes('xref')
      ? [text(msgIn(lang, 'document.excerpt.elsewhere', { place: textOf(node) }))]
      : [...node.children, text(` (${msgIn(lang, 'document.excerpt.elsewhere', { place })})`)];
    parent.children.splice(index, 1, ...replacement);
    return index + replacement.length;
  });
}

function anchorOf(href: string): string {
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}
