import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Node, Parent } from 'unist';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { ExpandedText } from './expanded-text.js';

export type MarkdownParser = (text: string) => Root;

/**
 * remark-gfm without its autolink literals (bare `www.`, `https://` and e-mail addresses as links):
 * the same extensions, in the same order, as micromark-extension-gfm and mdast-util-gfm combine them.
 */
function gfmWithoutLiterals(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push([
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  ]);
}

/**
 * Whether a text can hold an autolink literal. Every one needs an `@` (e-mail, mailto:, xmpp:),
 * `://` or `www.`, in the source or in a text node after escapes and character references are
 * decoded (`www\.`, `&#64;`); without all of these, parsing with and without the extension gives
 * the same tree. A superset on purpose: a text that might hold one is parsed with it.
 */
export function mayHoldAutolinkLiteral(text: string): boolean {
  if (text.includes('@') || /&#|&[A-Za-z][A-Za-z\d]*;/.test(text)) return true;
  return /:\/\/|www\./i.test(text.includes('\\') ? text.replaceAll('\\', '') : text);
}

/**
 * CommonMark with the GFM extensions (tables, footnotes, task lists, strikethrough, autolink
 * literals). Autolink literals are tried at the start of every word (any word may begin an e-mail
 * address), which was about half of the parse; a text that cannot hold one is parsed without them,
 * to the same tree.
 */
export function createMarkdownParser(): MarkdownParser {
  const full = unified().use(remarkParse).use(remarkGfm);
  const lean = unified().use(remarkParse).use(gfmWithoutLiterals);
  return (text) => {
    const processor = mayHoldAutolinkLiteral(text) ? full : lean;
    return processor.runSync(processor.parse(text)) as Root;
  };
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
  // A plain walk: much faster than unist-util-visit on large chapters, and every chapter passes here.
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
