import type { Root } from 'mdast';
import type { ExpandedText } from './expanded-text.js';
import { parseExpanded, type MarkdownParser } from './parse-markdown.js';
import { readWordHabits } from './word-habits.js';

/**
 * The one way a chapter body becomes a tree, for check, build, watch and diff: parsed with its
 * positions on the source file, then read as its author meant it (word-habits.ts).
 */
export function parseChapterBody(parse: MarkdownParser, expanded: ExpandedText, title: string): Root {
  const tree = parseExpanded(parse, expanded);
  readWordHabits(tree, expanded, title);
  return tree;
}
