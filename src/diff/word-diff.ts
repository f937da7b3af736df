import { cleanupSegments, diffSequences, type Segment } from './sequence-diff.js';
import { joinTokens, type Token } from './tokenize.js';

export type PartOp = 'equal' | 'delete' | 'insert';

/** A piece of a hunk; its text starts with a space when white space stood before it. */
export interface HunkPart {
  op: PartOp;
  text: string;
}

/**
 * A change with a few words of context on either side. `moreBefore`/`moreAfter`: the section's
 * text goes on beyond the hunk (shown as "…").
 */
export interface Hunk {
  moreBefore: boolean;
  moreAfter: boolean;
  parts: HunkPart[];
}

export interface WordCounts {
  inserted: number;
  deleted: number;
}

/** Words of context shown around a change. */
export const CONTEXT = 6;

/** Compares two token lists by their keys; white space never counts. */
export function wordDiff(a: readonly Token[], b: readonly Token[]): Segment[] {
  const segments = diffSequences(
    a.map((t) => t.key),
    b.map((t) => t.key),
  );
  return cleanupSegments(segments);
}

export function hasChange(segments: readonly Segment[]): boolean {
  return segments.some((s) => !s.equal);
}

/** Words (not punctuation) inserted and deleted. */
export function countWords(a: readonly Token[], b: readonly Token[], segments: readonly Segment[]): WordCounts {
  const isWord = (t: Token | undefined) => t !== undefined && /[\p{L}\p{N}]/u.test(t.text);
  let inserted = 0;
  let deleted = 0;
  for (const s of segments) {
    if (s.equal) continue;
    for (let i = s.aStart; i < s.aEnd; i++) if (isWord(a[i])) deleted += 1;
    for (let j = s.bStart; j < s.bEnd; j++) if (isWord(b[j])) inserted += 1;
  }
  return { inserted, deleted };
}

/** Share of tokens the two lists have in common, 0…1 (1 when both are empty). */
export function similarity(a: readonly Token[], b: readonly Token[], segments: readonly Segment[]): number {
  if (a.length + b.length === 0) return 1;
  const same = segments.filter((s) => s.equal).reduce((sum, s) => sum + (s.aEnd - s.aStart), 0);
  return (2 * same) / (a.length + b.length);
}

/**
 * Groups the changes into hunks with `context` tokens on either side; changes closer than twice
 * the context share a hunk. Joining the equal and insert parts gives the new text, the equal and
 * delete parts the old one (white space as single spaces).
 */
export function toHunks(a: readonly Token[], b: readonly Token[], segments: readonly Segment[], context = CONTEXT): Hunk[] {
  const hunks: Hunk[] = [];
  let current: Hunk | undefined;
  const add = (hunk: Hunk, op: PartOp, tokens: readonly Token[]) => {
    if (tokens.length > 0) hunk.parts.push({ op, text: joinTokens(tokens, hunk.parts.length > 0) });
  };
  segments.forEach((segment, index) => {
    if (!segment.equal) {
      if (!current) {
        const previous = segments[index - 1];
        const lead = previous ? b.slice(Math.max(previous.bStart, previous.bEnd - context), previous.bEnd) : [];
        current = { moreBefore: previous !== undefined && previous.bEnd - previous.bStart > lead.length, moreAfter: false, parts: [] };
        hunks.push(current);
        add(current, 'equal', lead);
      }
      add(current, 'delete', a.slice(segment.aStart, segment.aEnd));
      add(current, 'insert', b.slice(segment.bStart, segment.bEnd));
      return;
    }
    if (!current) return;
    const tokens = b.slice(segment.bStart, segment.bEnd);
    const isLast = index === segments.length - 1;
    if (!isLast && tokens.length <= 2 * context) {
      add(current, 'equal', tokens);
      return;
    }
    add(current, 'equal', tokens.slice(0, context));
    current.moreAfter = tokens.length > context;
    current = undefined;
  });
  return hunks;
}

/**
 * For each changed segment, the number of the hunk (0, 1, …) toHunks puts it in; the same grouping
 * serves the anchors of the HTML output.
 */
export function hunkNumbers(segments: readonly Segment[], context = CONTEXT): Map<number, number> {
  const numbers = new Map<number, number>();
  let hunk = -1;
  segments.forEach((segment, index) => {
    if (segment.equal) return;
    const previous = segments[index - 1];
    const opens = hunk === -1 || (previous !== undefined && previous.bEnd - previous.bStart > 2 * context);
    if (opens) hunk += 1;
    numbers.set(index, hunk);
  });
  return numbers;
}
