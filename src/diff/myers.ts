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
 * The shortest edit script between two sequences of keys (Myers 1986, "An O(ND) difference
 * algorithm"), as alternating equal and changed segments.
 */
export function diffSequences(a: readonly string[], b: readonly string[], maxEdits = MAX_EDITS): Segment[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < start; i++) pairs.push([i, i]);
  for (const [x, y] of middleMatches(a, b, start, endA, start, endB, maxEdits)) pairs.push([x, y]);
  for (let i = 0; endA + i < a.length; i++) pairs.push([endA + i, endB + i]);
  return toSegments(pairs, a.length, b.length);
}

/** Matched index pairs of `a[aOff..aEnd)` and `b[bOff..bEnd)`, in order. */
function middleMatches(
  a: readonly string[],
  b: readonly string[],
  aOff: number,
  aEnd: number,
  bOff: number,
  bEnd: number,
  maxEdits: number,
): Array<[number, number]> {
  const n = aEnd - aOff;
  const m = bEnd - bOff;
  if (n === 0 || m === 0) return [];
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found === -1; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0))
          ? (v[offset + k + 1] ?? 0)
          : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[aOff + x] === b[bOff + y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found === -1) return []; // too different: everything in the middle is replaced

  const matches: Array<[number, number]> = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const row = trace[d]!;
    const at = (k: number) => row[k + d] ?? 0;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x -= 1;
      y -= 1;
      matches.push([aOff + x, bOff + y]);
    }
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    x -= 1;
    y -= 1;
    matches.push([aOff + x, bOff + y]);
  }
  return matches.reverse();
}

function toSegments(pairs: ReadonlyArray<[number, number]>, aLength: number, bLength: number): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  let j = 0;
  const push = (segment: Segment) => {
    const last = segments.at(-1);
    if (last && last.equal === segment.equal) {
      last.aEnd = segment.aEnd;
      last.bEnd = segment.bEnd;
    } else segments.push(segment);
  };
  for (const [x, y] of pairs) {
    if (x > i || y > j) push({ equal: false, aStart: i, aEnd: x, bStart: j, bEnd: y });
    push({ equal: true, aStart: x, aEnd: x + 1, bStart: y, bEnd: y + 1 });
    i = x + 1;
    j = y + 1;
  }
  if (aLength > i || bLength > j) push({ equal: false, aStart: i, aEnd: aLength, bStart: j, bEnd: bLength });
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
