import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
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
  const map = (line: number) => expanded.lineMap[line - 1] ?? expanded.lineMap[expanded.lineMap.length - 1] ?? line;
  visit(tree, (node) => {
    const position = node.position;
    if (!position) return;
    position.start = { ...position.start, line: map(position.start.line) };
    position.end = { ...position.end, line: map(position.end.line) };
  });
  return tree;
}
