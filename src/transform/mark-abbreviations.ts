import type { Element, ElementContent, Root, Text } from 'hast';
import { element, text } from './hast-utils.js';

/** Elements whose text is left alone: code, existing abbreviations, generated numbers. */
const SKIP = new Set(['code', 'pre', 'abbr', 'script', 'style', 'svg', 'kbd', 'samp']);

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The matcher for a glossary: whole words only, longer abbreviations first ("OE SPK" before "OE"). */
export function glossaryPattern(glossary: Record<string, string>): RegExp | undefined {
  const keys = Object.keys(glossary).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(${keys.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * Wraps the first use of each glossary abbreviation in a chapter in `<abbr title="…">`, so screen
 * readers and a mouse-over give the expansion where the reader first meets it.
 */
export function markAbbreviations(tree: Root, glossary: Record<string, string>, pattern: RegExp | undefined): void {
  if (!pattern) return;
  const seen = new Set<string>();
  const walk = (parent: Root | Element) => {
    // The children are collected anew rather than spliced in place: splicing into a parent with
    // many text nodes moves all the later ones each time.
    const children: Array<Root['children'][number]> = [];
    let changed = false;
    for (const node of parent.children) {
      if (node.type === 'element') {
        const classes = node.properties.className;
        if (!SKIP.has(node.tagName) && !(Array.isArray(classes) && classes.includes('heading-number'))) walk(node);
      }
      const parts = node.type === 'text' ? split(node, glossary, pattern, seen) : [node];
      if (parts.length > 1) changed = true;
      children.push(...parts);
    }
    if (changed) parent.children = children as ElementContent[];
  };
  walk(tree);
}

function split(node: Text, glossary: Record<string, string>, pattern: RegExp, seen: Set<string>): Array<Text | Element> {
  const out: Array<Text | Element> = [];
  let last = 0;
  for (const match of node.value.matchAll(pattern)) {
    const abbreviation = match[0];
    if (seen.has(abbreviation)) continue;
    seen.add(abbreviation);
    const start = match.index ?? 0;
    if (start > last) out.push(text(node.value.slice(last, start)));
    out.push(element('abbr', { title: glossary[abbreviation] ?? '' }, [text(abbreviation)]));
    last = start + abbreviation.length;
  }
  if (out.length === 0) return [node];
  if (last < node.value.length) out.push(text(node.value.slice(last)));
  return out;
}
