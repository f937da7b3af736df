import type { Heading, Nodes, Root } from 'mdast';
import type { ExpandedText } from './expanded-text.js';
import { cutHandNumber, NUMBERED_DEPTH } from './hand-number.js';
import { bulletStarts, isTabIndentedProse, MAY_HOLD_BULLET, placeInText, tabTableStart } from './pasted-text.js';
import { titleHeading } from './title-heading.js';

/** What an author used to a word processor wrote, found where it was read as meant or should be written otherwise. */
export interface WordHabit {
  rule: 'heading-number' | 'pasted-bullet' | 'pasted-tab-indent' | 'pasted-tab-table' | 'soft-hyphen';
  line: number;
  column: number;
  /** The hand-typed number, the bullet, or the word with the soft hyphen. */
  text: string;
}

declare module 'mdast' {
  interface RootData {
    /** Found by `readWordHabits`; the check reports them (check-content.ts). */
    ihekWordHabits?: WordHabit[];
  }
}

/** Blocks that hold blocks: where headings, paragraphs and code blocks can stand. */
const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);

/**
 * Reads a freshly parsed chapter body as its author meant it, once for check, build, watch and
 * diff alike: a `# Titel` at the top that repeats the front-matter title is left out (the chapter
 * heading comes from `title`), and hand-typed numbers are cut off the headings ihek numbers
 * itself (`## 5.1 Handlungsbedarfe` reads, links and matches as `## Handlungsbedarfe`). Both,
 * and what was pasted from a word processor (bullets, tab indents, tab tables, soft hyphens),
 * are noted on the tree for the check to report. `expanded` is the text the tree was parsed from.
 */
export function readWordHabits(tree: Root, expanded: ExpandedText, title: string): void {
  const habits: WordHabit[] = [];
  const { text } = expanded;
  const top = titleHeading(tree, title);
  if (top) {
    tree.children.splice(top.index, 1);
    if (top.handNumber) habits.push(headingHabit(top.heading, top.handNumber));
  }
  const bullets = MAY_HOLD_BULLET.test(text);
  const tabs = text.includes('\t');
  const walk = (node: Nodes): void => {
    if (node.type === 'heading') {
      if (node.depth > NUMBERED_DEPTH) return;
      const number = cutHandNumber(node);
      if (number) habits.push(headingHabit(node, number));
    } else if (node.type === 'paragraph') {
      if (bullets) {
        for (const start of bulletStarts(node)) {
          const place = placeInText(start.node, start.offset);
          if (place) habits.push({ rule: 'pasted-bullet', ...place, text: start.bullet });
        }
      }
      const table = tabs ? tabTableStart(node) : undefined;
      const place = table && placeInText(table.node, table.offset);
      if (place) habits.push({ rule: 'pasted-tab-table', ...place, text: '' });
    } else if (node.type === 'code') {
      if (tabs && node.position && isTabIndentedProse(node, text)) {
        habits.push({ rule: 'pasted-tab-indent', line: node.position.start.line, column: 1, text: '' });
      }
    } else if (CONTAINERS.has(node.type)) {
      for (const child of (node as { children: Nodes[] }).children) walk(child);
    }
  };
  walk(tree);
  habits.push(...softHyphens(expanded));
  if (habits.length > 0) tree.data = { ...tree.data, ihekWordHabits: habits };
}

function headingHabit(heading: Heading, number: string): WordHabit {
  const start = heading.position?.start;
  return { rule: 'heading-number', line: start?.line ?? 1, column: start?.column ?? 1, text: number };
}

/** One per line: the first soft hyphen (U+00AD) of each line that has one, with the word it stands in. */
function softHyphens({ text, lineMap }: ExpandedText): WordHabit[] {
  const found: WordHabit[] = [];
  let line = 1;
  let counted = 0;
  let lastLine = 0;
  for (let at = text.indexOf('\u00AD'); at !== -1; at = text.indexOf('\u00AD', at + 1)) {
    for (let next = text.indexOf('\n', counted); next !== -1 && next < at; next = text.indexOf('\n', next + 1)) {
      line += 1;
      counted = next + 1;
    }
    if (line === lastLine) continue;
    lastLine = line;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const before = /[\p{L}\p{N}\u00AD-]*$/u.exec(text.slice(lineStart, at))![0];
    const after = /^[\p{L}\p{N}\u00AD-]*/u.exec(text.slice(at + 1, at + 200))![0];
    found.push({
      rule: 'soft-hyphen',
      line: lineMap[line - 1] ?? line,
      column: at - lineStart + 1,
      text: `${before}${after}`.replaceAll('\u00AD', ''),
    });
  }
  return found;
}
