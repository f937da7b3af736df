import { diffArrays } from 'diff';

/**
 * A run of two sequences `a` (old) and `b` (new): equal, or a change that replaces
 * `a[aStart..aEnd)` by `b[bStart..bEnd)` (one side may be empty).
 */
export interface Segment {
  equal: boolean;
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** Above this many edits the middle part counts as rewritten as a whole (keeps memory bounded). */
const MAX_EDITS = 2000;

/**
 * The shortest edit script between two sequences of keys (jsdiff's Myers diff), as alternating
 * equal and changed segments.
 */
export function diffSequences(a: readonly string[], b: readonly string[], maxEdits = MAX_EDITS): Segment[] {
  const changes = diffArrays([...a], [...b], { maxEditLength: maxEdits });
  if (!changes) return replacedMiddle(a, b);
  const segments: Segment[] = [];
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const equal = !change.added && !change.removed;
    const aEnd = change.added ? i : i + change.count;
    const bEnd = change.removed ? j : j + change.count;
    const last = segments.at(-1);
    // jsdiff gives a deletion and the insertion after it as two changes; here they are one.
    if (last && last.equal === equal) {
      last.aEnd = aEnd;
      last.bEnd = bEnd;
    } else segments.push({ equal, aStart: i, aEnd, bStart: j, bEnd });
    i = aEnd;
    j = bEnd;
  }
  return segments;
}

/** Too many edits: the common start and end stay, everything between them counts as replaced. */
function replacedMiddle(a: readonly string[], b: readonly string[]): Segment[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let tail = 0;
  while (tail < a.length - start && tail < b.length - start && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  const segments: Segment[] = [];
  if (start > 0) segments.push({ equal: true, aStart: 0, aEnd: start, bStart: 0, bEnd: start });
  segments.push({ equal: false, aStart: start, aEnd: a.length - tail, bStart: start, bEnd: b.length - tail });
  if (tail > 0) segments.push({ equal: true, aStart: a.length - tail, aEnd: a.length, bStart: b.length - tail, bEnd: b.length });
  return segments;
}

const size = (s: Segment) => Math.max(s.aEnd - s.aStart, s.bEnd - s.bStart);

/**
 * Folds short equal runs that sit between two larger changes into one change, so a rewritten
 * sentence reads as old sentence → new sentence rather than as confetti of single words.
 */
export function cleanupSegments(input: readonly Segment[]): Segment[] {
  const segments = input.map((s) => ({ ...s }));
  let changed = true;
  while (changed) {
    changed = false;
    for (let index = 1; index < segments.length - 1; index++) {
      const before = segments[index - 1]!;
      const equal = segments[index]!;
      const after = segments[index + 1]!;
      if (!equal.equal || before.equal || after.equal) continue;
      const length = equal.aEnd - equal.aStart;
      if (length < size(before) && length < size(after)) {
        segments.splice(index - 1, 3, {
          equal: false,
          aStart: before.aStart,
          aEnd: after.aEnd,
          bStart: before.bStart,
          bEnd: after.bEnd,
        });
        changed = true;
        break;
      }
    }
  }
  return segments;
}
