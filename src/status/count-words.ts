import type { Image, Node, Parent, Root } from 'mdast';

/** Nodes whose text never reaches the reader: comments and raw HTML, link definitions, front matter. */
const UNSEEN = new Set(['html', 'definition', 'yaml', 'toml']);

/** Nodes whose own `value` the reader sees. */
const VISIBLE_VALUES = new Set(['text', 'inlineCode', 'code']);

/** Nodes that run on inside a line: their texts join without a space ("**Wort**teil" is one word). */
const INLINE = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'link', 'linkReference', 'image', 'imageReference', 'footnoteReference']);

/**
 * The words of a chapter as the reader sees them: the parsed chapter after its `{{…}}` expressions
 * were expanded and its cross-references were given their labels, counting headings, paragraphs,
 * lists, tables, figure captions and footnotes; not the chapter title, which the front matter gives.
 * Comments (the guidance marks of the skeletons), raw HTML, image alternative texts and link
 * targets are not counted. A word is a run of characters between spaces that holds at least one
 * letter or digit, so "1.500 €" is one word and a dash is none.
 */
export function countWords(tree: Root): number {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (UNSEEN.has(node.type)) return;
    const block = !INLINE.has(node.type);
    if (block) parts.push(' ');
    if (VISIBLE_VALUES.has(node.type)) parts.push((node as Node & { value: string }).value);
    // An image's title is the caption of its figure; its alternative text is read out, not printed.
    if (node.type === 'image') parts.push(' ', (node as Image).title ?? '', ' ');
    for (const child of (node as Partial<Parent>).children ?? []) walk(child);
    if (block) parts.push(' ');
  };
  walk(tree);
  let count = 0;
  for (const token of parts.join('').split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  return count;
}
