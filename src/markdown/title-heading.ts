import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { normalizeHeading } from './normalize-heading.js';
import { handNumber } from './hand-number.js';

/** The first block of a chapter body that a reader sees: comments and link definitions aside. */
export function firstBlock(tree: Root): RootContent | undefined {
  return tree.children.find((node) => node.type !== 'html' && node.type !== 'definition');
}

/**
 * The `# Titel` a Markdown or Word user writes at the top of a chapter: a level-1 heading as the
 * first block that repeats the front-matter title (compared without regard to case, spacing and
 * Unicode composition, and with or without a hand-typed number such as `# 3. Leitbild`). The
 * chapter heading comes from `title` already, so this one is left out. Returns its index among
 * the tree's children and the hand-typed number it had.
 */
export function titleHeading(tree: Root, title: string): { index: number; heading: Heading; handNumber?: string } | undefined {
  const first = firstBlock(tree);
  if (first?.type !== 'heading' || first.depth !== 1) return undefined;
  const wanted = normalizeHeading(title);
  const text = toString(first);
  const index = tree.children.indexOf(first);
  if (normalizeHeading(text) === wanted) return { index, heading: first };
  const number = handNumber(text);
  if (number && normalizeHeading(text.slice(number.length)) === wanted) return { index, heading: first, handNumber: number.number };
  return undefined;
}
