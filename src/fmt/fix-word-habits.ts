import type { List, Nodes, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { cutHandNumber, NUMBERED_DEPTH } from '../markdown/hand-number.js';
import { bulletStarts, isTabIndentedProse, type BulletStart } from '../markdown/pasted-text.js';
import { titleHeading } from '../markdown/title-heading.js';

/** Soft hyphens (U+00AD) pasted from a word processor; a wanted one is written `&shy;` and stays. */
export function withoutSoftHyphens(text: string): string {
  return text.replaceAll('\u00AD', '');
}

/** Blocks that hold blocks: where headings, paragraphs and code blocks can stand. */
const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);

/**
 * What `ihek fmt` writes instead of the habits the check warns about (markdown/word-habits.ts),
 * where the fix is sure: a `# Titel` at the top that repeats `title` is removed, as are hand-typed
 * numbers in headings (neither is shown: the output stays the same); lines starting with a pasted
 * bullet become a `- ` list; a paragraph pasted with a tab at the start of its lines loses the tab
 * and so stays a paragraph – it is never written as a fenced code block. `tree` was parsed from
 * `text`; it is returned unchanged when there is nothing to fix, else a fixed copy.
 */
export function fixWordHabits(tree: Root, text: string, title: string | undefined, parse: (text: string) => Root): Root {
  const copy = structuredClone(tree);
  let changed = false;
  const top = title === undefined ? undefined : titleHeading(copy, title);
  if (top) {
    copy.children.splice(top.index, 1);
    changed = true;
  }
  const fixBlocks = (children: Nodes[]): Nodes[] =>
    children.flatMap((node): Nodes[] => {
      if (node.type === 'heading') {
        if (node.depth <= NUMBERED_DEPTH && cutHandNumber(node)) changed = true;
      } else if (node.type === 'paragraph') {
        const starts = bulletStarts(node);
        if (starts.length > 0) {
          changed = true;
          return splitAtBullets(node, starts);
        }
      } else if (node.type === 'code') {
        if (isTabIndentedProse(node, text)) {
          changed = true;
          const unindented = node.value.split('\n').map((line) => line.replace(/^[ \t]+/, '')).join('\n');
          return fixBlocks(structuredClone(parse(unindented).children));
        }
      } else if (CONTAINERS.has(node.type)) {
        const parent = node as { children: Nodes[] };
        parent.children = fixBlocks(parent.children);
      }
      return [node];
    });
  copy.children = fixBlocks(copy.children) as RootContent[];
  return changed ? copy : tree;
}

/**
 * A paragraph whose lines start with pasted bullets, as the list it was meant to be: the lines
 * before the first bullet stay a paragraph, each bullet line (with the lines that follow it up to
 * the next bullet) becomes an item.
 */
function splitAtBullets(paragraph: Paragraph, starts: readonly BulletStart[]): RootContent[] {
  const byNode = new Map<Text, BulletStart[]>();
  for (const start of starts) byNode.set(start.node, [...(byNode.get(start.node) ?? []), start]);
  const segments: PhrasingContent[][] = [[]];
  for (const child of paragraph.children) {
    const own = child.type === 'text' ? byNode.get(child) : undefined;
    if (!own) {
      segments.at(-1)!.push(child);
      continue;
    }
    const value = (child as Text).value;
    let from = 0;
    for (const start of own) {
      const before = value.slice(from, start.offset).replace(/[ \t]*\n$/, '');
      const current = segments.at(-1)!;
      if (before) current.push({ type: 'text', value: before });
      // A bullet line after a hard break: the break ended the line, the item starts anew.
      else if (start.offset === 0 && current.at(-1)?.type === 'break') current.pop();
      segments.push([]);
      from = start.offset + start.length;
    }
    const rest = value.slice(from);
    if (rest) segments.at(-1)!.push({ type: 'text', value: rest });
  }
  const [lead, ...items] = segments;
  const list: List = {
    type: 'list',
    ordered: false,
    start: null,
    spread: false,
    children: items.map((children) => ({ type: 'listItem', spread: false, checked: null, children: [{ type: 'paragraph', children }] })),
  };
  const hasLead = lead!.some((node) => node.type !== 'text' || node.value.trim() !== '');
  return hasLead ? [{ type: 'paragraph', children: lead! }, list] : [list];
}
