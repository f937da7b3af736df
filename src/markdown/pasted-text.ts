import type { Code, Paragraph, Text } from 'mdast';

/**
 * Bullets a word processor puts before list items. Pasted as text they stay characters: the
 * "list" becomes one paragraph with the lines run together. Dashes count only when the paragraph
 * starts with one and a second line does too: a dash at the start of a later line, or a single
 * line that starts with one, may be a Gedankenstrich.
 */
const BULLET = /^([•▪◦·‣○■□►➢])[ \t]+/u;
const DASH = /^([–—])[ \t]+/u;
/** Characters that can start a pasted bullet line: a cheap test before a paragraph is looked at. */
export const MAY_HOLD_BULLET = /[•▪◦·‣○■□►➢–—]/u;

/** A line of a paragraph that starts with a pasted bullet: in which text node, where, and how long the bullet with its space is. */
export interface BulletStart {
  node: Text;
  offset: number;
  bullet: string;
  length: number;
}

/** The lines of a paragraph that start with a pasted bullet, in order. */
export function bulletStarts(paragraph: Paragraph): BulletStart[] {
  const starts: BulletStart[] = [];
  const dashes: BulletStart[] = [];
  const children = paragraph.children;
  const firstIsDash = children[0]?.type === 'text' && DASH.test(children[0].value);
  children.forEach((node, index) => {
    if (node.type !== 'text') return;
    const lineStarts: number[] = [];
    // A line starts at the paragraph's start, after a hard break, and after each line ending.
    if (index === 0 || children[index - 1]!.type === 'break') lineStarts.push(0);
    for (let at = node.value.indexOf('\n'); at !== -1; at = node.value.indexOf('\n', at + 1)) lineStarts.push(at + 1);
    for (const offset of lineStarts) {
      const rest = node.value.slice(offset);
      const bullet = BULLET.exec(rest);
      const match = bullet ?? (firstIsDash ? DASH.exec(rest) : null);
      if (match && rest.slice(match[0].length).trim() !== '') (bullet ? starts : dashes).push({ node, offset, bullet: match[1]!, length: match[0].length });
    }
  });
  if (dashes.length < 2) return starts;
  const order = (start: BulletStart) => [children.indexOf(start.node), start.offset] as const;
  return [...starts, ...dashes].sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1]);
}

/** Where in the file a place inside a text node stands. */
export function placeInText(node: Text, offset: number): { line: number; column: number } | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const before = node.value.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  return { line: start.line + newlines, column: newlines === 0 ? start.column + offset : offset - before.lastIndexOf('\n') };
}

/**
 * The first line of a paragraph that looks like a table pasted from a word processor: at least
 * two lines with a tab between two cells.
 */
export function tabTableStart(paragraph: Paragraph): { node: Text; offset: number } | undefined {
  const lines: Array<{ node: Text; offset: number }> = [];
  for (const node of paragraph.children) {
    if (node.type !== 'text' || !node.value.includes('\t')) continue;
    let offset = 0;
    for (const line of node.value.split('\n')) {
      if (/\S\t+\S|\t+\S.*\t/.test(line)) lines.push({ node, offset });
      offset += line.length + 1;
    }
  }
  return lines.length >= 2 ? lines[0] : undefined;
}

/** Signs of program text; prose pasted from a word processor has none of them. */
const CODE_SIGNS = /[{};=<>$\\|`]|^\s*(?:#|\/\/)|\w\(/mu;

/** Whether a text reads as sentences: words of letters, no signs of program text. */
function isProse(value: string): boolean {
  const visible = value.replace(/\s+/g, '');
  const letters = value.match(/\p{L}/gu)?.length ?? 0;
  return !CODE_SIGNS.test(value) && /\p{L}{2,}[ \t]+\p{L}{2,}/u.test(value) && letters >= visible.length * 0.7;
}

/**
 * An indented code block that is a paragraph pasted with a tab at the start of its lines (a word
 * processor's first-line indent): written with indentation, not a fence, with a tab in the
 * indentation of its first line (in `text`, the text the tree was parsed from), and prose inside.
 * Indented code written with spaces is taken as meant.
 */
export function isTabIndentedProse(code: Code, text: string): boolean {
  const position = code.position;
  if (!position || code.lang || position.start.offset === undefined) return false;
  // A fenced block spans its fences too: one or two lines more than its content.
  if (position.end.line - position.start.line + 1 !== code.value.split('\n').length) return false;
  const lineStart = text.lastIndexOf('\n', position.start.offset - 1) + 1;
  const indentation = /^[ \t>]*/.exec(text.slice(lineStart, lineStart + 200))![0];
  return indentation.includes('\t') && isProse(code.value);
}
