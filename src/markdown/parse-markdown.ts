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
 * line numbers through the expansion's line map, columns kept inside their source line.
 */
export function parseExpanded(parse: MarkdownParser, expanded: ExpandedText): Root {
  const tree = parse(expanded.text);
  const map = (line: number) => expanded.lineMap[line - 1] ?? expanded.lineMap[expanded.lineMap.length - 1] ?? line;
  const source = expanded.sourceLines;
  // An expression changes the length of its line: a column after it may lie past the source line's end.
  const column = source
    ? (line: number, value: number) => Math.min(value, (source.lengths[line - source.first] ?? value - 1) + 1)
    : (_line: number, value: number) => value;
  visit(tree, (node) => {
    const position = node.position;
    if (!position) return;
    const start = map(position.start.line);
    const end = map(position.end.line);
    position.start = { ...position.start, line: start, column: column(start, position.start.column) };
    position.end = { ...position.end, line: end, column: column(end, position.end.column) };
  });
  return tree;
}
