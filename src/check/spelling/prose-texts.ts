import type { Emphasis, Html, Link, Nodes, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Lang } from '../../i18n/lang.js';

/** An HTML tag that opens (`<span lang="en">`) or closes (`</span>`) an element, with its lang attribute. */
const TAG = /<(\/?)([A-Za-z][\w-]*)([^>]*)>/g;
const LANG = /\blang\s*=\s*["']?([A-Za-z-]+)/;
const VOID = new Set(['br', 'hr', 'img', 'wbr', 'input', 'meta', 'link', 'source', 'col', 'area', 'base', 'embed', 'track', 'param']);

/**
 * The text nodes of a chapter that are prose in the document's language: not code (code nodes have
 * no text children), not inside an HTML element that names another language (`<span lang="en">` …
 * `</span>`, also around whole blocks), not the visible address of a link that shows its target.
 */
export function proseTexts(tree: Root, lang: Lang): { texts: Text[]; brokenStars: BrokenStar[] } {
  const found: Text[] = [];
  const brokenStars: BrokenStar[] = [];
  // Open HTML elements in document order, and whether each is in another language.
  const open: Array<{ tag: string; foreign: boolean }> = [];
  const foreign = () => open.some((element) => element.foreign);
  const walk = (node: Nodes): void => {
    if (node.type === 'html') return readTags(node, lang, open);
    if (node.type === 'text') {
      if (!foreign()) found.push(node);
      return;
    }
    if (node.type === 'link' && showsTarget(node)) return;
    if (!('children' in node)) return;
    node.children.forEach((child, index) => {
      const broken = child.type === 'emphasis' && !foreign() ? brokenStar(node.children[index - 1], child) : undefined;
      if (broken) brokenStars.push(broken);
      walk(child);
    });
  };
  walk(tree);
  return { texts: found, brokenStars };
}

/**
 * Bewohner*innen und Nachbar*innen: two gender stars in a paragraph open and close an emphasis
 * (the text between them is set in italics). The emphasis starts right after a letter (an
 * underscore cannot open one there, so it is a star) with the feminine ending.
 */
export interface BrokenStar {
  /** The text before the star, ending with the stem. */
  before: Text;
  stem: string;
  plural: boolean;
}

function brokenStar(before: Nodes | undefined, emphasis: Emphasis): BrokenStar | undefined {
  if (before?.type !== 'text' || before.position?.end.offset !== emphasis.position?.start.offset) return undefined;
  const stem = /\p{L}+$/u.exec(before.value)?.[0];
  const first = emphasis.children[0];
  const ending = first?.type === 'text' ? /^in(nen)?(?![\p{L}\p{N}])/u.exec(first.value) : null;
  return stem && ending ? { before, stem, plural: ending[1] !== undefined } : undefined;
}

function readTags(node: Html, lang: Lang, open: Array<{ tag: string; foreign: boolean }>): void {
  for (const [, closing, name, attributes] of node.value.matchAll(TAG)) {
    const tag = name!.toLowerCase();
    if (closing) {
      const at = open.map((element) => element.tag).lastIndexOf(tag);
      if (at !== -1) open.splice(at);
    } else if (!VOID.has(tag) && !attributes!.trimEnd().endsWith('/')) {
      const named = LANG.exec(attributes!)?.[1]?.toLowerCase();
      open.push({ tag, foreign: named !== undefined && named.split('-')[0] !== lang });
    }
  }
}

/** `<https://…>`, `[https://…](https://…)`, `<mail@example.org>`: the text is the address. */
function showsTarget(link: Link): boolean {
  const text = toString(link).trim();
  return text === link.url || `mailto:${text}` === link.url || /^(https?:\/\/|www\.|mailto:)|@/i.test(text);
}
