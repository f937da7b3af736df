import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ExpandedText } from './expanded-text.js';

export type MarkdownParser = (text: string) => Root;

/** CommonMark with the GFM extensions (tables, footnotes, task lists, strikethrough). */
export function createMarkdownParser(): MarkdownParser {
  const processor = unified().use(remarkParse).use(remarkGfm);
  return (text) => processor.runSync(processor.parse(text)) as Root;
}

/**
 * Parses an expanded chapter body and moves every node's position back onto the source file:
 * line numbers through the expansion's line map. (Columns after an expression on the same line are
 * kept inside the source line where findings are collected: api/check.ts.)
 */
export function parseExpanded(parse: MarkdownParser, expanded: ExpandedText): Root {
  const tree = parse(expanded.text);
  const { lineMap } = expanded;
  const map = (line: number) => lineMap[line - 1] ?? lineMap[lineMap.length - 1] ?? line;
  // A plain walk: five times faster than unist-util-visit on large chapters, and every chapter passes here.
  const walk = (node: Node): void => {
    const position = node.position;
    if (position) {
      const { start, end } = position;
      position.start = { line: map(start.line), column: start.column, offset: start.offset };
      position.end = { line: map(end.line), column: end.column, offset: end.offset };
    }
    const children = (node as Partial<Parent>).children;
    if (children) for (const child of children) walk(child);
  };
  walk(tree);
  return tree;
}
