import type { Nodes, Paragraph, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { isSentenceBoundary } from './sentence-ends.js';

/** What the rewrapping needs to know about protected `{{…}}` expressions. */
export interface TokenTest {
  /** Whether an expression token starts at `index` of `text`. */
  startsToken(text: string, index: number): boolean;
  /** Whether `text` ends with an expression token. */
  endsWithToken(text: string): boolean;
  /** Whether a token for an expression that shows a value (`{{area}}`, `{{euro …}}`) starts at `index`. */
  startsValue(text: string, index: number): boolean;
}

interface Leaf {
  /** The text node, or undefined for other inline content (code, images, hard breaks …). */
  node?: Text;
  start: number;
  end: number;
}

/**
 * Semantic line breaks: every paragraph is rewrapped to one sentence per line. Existing soft line
 * breaks inside a sentence become spaces, except where a `{{…}}` expression ends the line before
 * or starts the line after. Hard breaks stay. Only white space in text is changed, and a new line
 * only starts with a capital letter of running text, so no new Markdown construct can begin there.
 */
export function breakSentences(tree: Root, tokens: TokenTest): void {
  visit(tree, 'paragraph', (paragraph: Paragraph) => {
    rewrap(paragraph, tokens);
    return SKIP;
  });
}

function rewrap(paragraph: Paragraph, tokens: TokenTest): void {
  const leaves: Leaf[] = [];
  let flat = '';
  const walk = (node: Nodes) => {
    if (node.type === 'text') {
      leaves.push({ node, start: flat.length, end: flat.length + node.value.length });
      flat += node.value;
    } else if ('children' in node) {
      for (const child of node.children) walk(child);
    } else {
      // Code is seen as its text; an image as one neutral character; html and footnote calls as nothing.
      const shown = node.type === 'inlineCode' ? node.value : node.type === 'break' ? '\n' : /image/i.test(node.type) ? '\ufffc' : '';
      leaves.push({ start: flat.length, end: flat.length + shown.length });
      flat += shown;
    }
  };
  for (const child of paragraph.children) walk(child);

  const context = { startsToken: tokens.startsValue };
  leaves.forEach((leaf, index) => {
    const node = leaf.node;
    if (!node) return;
    // A new line may start with running text only: raw HTML there could open an HTML block.
    const nextIsText = leaves[index + 1]?.node !== undefined;
    node.value = node.value.replace(/[ \t\n]+/g, (run, offset: number) => {
      const start = leaf.start + offset;
      const end = start + run.length;
      if (start === 0 || end === flat.length) return run;
      if (run.includes('\n') && besideExpression(flat, start, end, tokens)) return run;
      const followedByText = end < leaf.end || nextIsText;
      if (followedByText && isSentenceBoundary(flat, start, end, context)) return '\n';
      return run.includes('\n') ? ' ' : run;
    });
  });
}

/**
 * Whether the line before the white space `flat.slice(start, end)` ends with a `{{…}}` expression
 * or the line after starts with one. Such a line break stays: a table helper must stay alone on its
 * line, and an expression that expands to nothing (a comment) can make the spaces before it a hard
 * break or the text after it the start of a list.
 */
function besideExpression(flat: string, start: number, end: number, tokens: TokenTest): boolean {
  const lineBefore = flat.slice(flat.lastIndexOf('\n', start - 1) + 1, start).trimEnd();
  const nextBreak = flat.indexOf('\n', end);
  const lineAfter = flat.slice(end, nextBreak === -1 ? flat.length : nextBreak);
  return tokens.endsWithToken(lineBefore) || tokens.startsToken(lineAfter, 0);
}
