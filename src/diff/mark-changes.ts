import type { Element, ElementContent, Text } from 'hast';
import { element, text } from '../transform/hast-utils.js';
import type { DiffLabels } from './diff-labels.js';
import type { Segment } from './sequence-diff.js';
import type { PlacedToken } from './section-texts.js';
import { joinTokens, type Token } from './tokenize.js';
import { hunkNumbers } from './word-diff.js';

type Mark =
  | { kind: 'ins'; start: number; end: number; id?: string }
  | { kind: 'del'; at: number; side: 'before' | 'after'; text: string; id?: string };

/** Text only a screen reader reads: where an insertion or deletion starts. */
function srText(value: string): Element {
  return element('span', { className: ['diff-sr'] }, [text(`${value} `)]);
}

export function insElement(content: ElementContent[], labels: DiffLabels, id?: string): Element {
  return element('ins', { className: ['diff-ins'], ...(id && { id }) }, [srText(labels.insertedMarker), ...content]);
}

export function delElement(content: ElementContent[], labels: DiffLabels, id?: string): Element {
  return element('del', { className: ['diff-del'], ...(id && { id }) }, [srText(labels.deletedMarker), ...content]);
}

/** The nearest token at or from `index` in direction `step` that stands in the page as text. */
function realAt(tokens: readonly PlacedToken[], index: number, step: 1 | -1): PlacedToken | undefined {
  for (let at = index; at >= 0 && at < tokens.length; at += step) {
    if (!tokens[at]!.virtual) return tokens[at];
  }
  return undefined;
}

export interface MarkResult {
  /** The anchor placed for each hunk, by hunk number (undefined when nothing of it could be shown). */
  anchors: Array<string | undefined>;
  /** Deleted text that had no place in the new text (the new section is empty). */
  orphans: Array<{ text: string; id?: string }>;
}

/**
 * Marks the word differences of one section in the rendered page: inserted words of `b` are
 * wrapped in `<ins>`, deleted words of `a` are put back as `<del>` where they stood. The first mark
 * of each hunk gets the id `anchorFor(n)` (n from 1) so an overview can link to it.
 */
export function markTokens(
  a: readonly Token[],
  b: readonly PlacedToken[],
  segments: readonly Segment[],
  labels: DiffLabels,
  anchorFor: (n: number) => string,
): MarkResult {
  const marks = new Map<Text, { parent: Element; marks: Mark[] }>();
  const result: MarkResult = { anchors: [], orphans: [] };
  const numbers = hunkNumbers(segments);
  let hunk = 0;
  const add = (token: PlacedToken, mark: Mark) => {
    const entry = marks.get(token.ref.node) ?? { parent: token.ref.parent, marks: [] };
    entry.marks.push(mark);
    marks.set(token.ref.node, entry);
    if (mark.id) result.anchors[hunk] = mark.id;
  };

  segments.forEach((segment, index) => {
    if (segment.equal) return;
    hunk = numbers.get(index) ?? 0;
    // The first mark of a hunk carries its anchor.
    let id: string | undefined = result.anchors[hunk] === undefined ? anchorFor(hunk + 1) : undefined;
    const deleted = joinTokens(a.slice(segment.aStart, segment.aEnd));
    if (deleted !== '') {
      const next = realAt(b, segment.bStart, 1);
      const previous = realAt(b, segment.bStart - 1, -1);
      const replaces = b.slice(segment.bStart, segment.bEnd).some((token) => !token.virtual);
      if (next && (replaces || !previous || previous.ref.node === next.ref.node)) {
        add(next, { kind: 'del', at: next.start, side: 'before', text: deleted, ...(id && { id }) });
      } else if (previous) {
        add(previous, { kind: 'del', at: previous.end, side: 'after', text: deleted, ...(id && { id }) });
      } else {
        result.orphans.push({ text: deleted, ...(id && { id }) });
        if (id) result.anchors[hunk] = id;
      }
      id = undefined;
    }
    let run: PlacedToken[] = [];
    const flush = () => {
      const first = run[0];
      const last = run.at(-1);
      if (first && last) add(first, { kind: 'ins', start: first.start, end: last.end, ...(id && { id }) });
      id = undefined;
      run = [];
    };
    for (let j = segment.bStart; j < segment.bEnd; j++) {
      const token = b[j]!;
      if (token.virtual) continue;
      if (run.length > 0 && run[0]!.ref.node !== token.ref.node) flush();
      run.push(token);
    }
    flush();
  });

  for (const [node, { parent, marks: list }] of marks) {
    const position = (mark: Mark) => (mark.kind === 'ins' ? mark.start : mark.at);
    list.sort((x, y) => position(x) - position(y) || (x.kind === 'del' ? -1 : 1));
    const value = node.value;
    const out: ElementContent[] = [];
    let cursor = 0;
    const plain = (end: number) => {
      if (end > cursor) out.push(text(value.slice(cursor, end)));
      cursor = Math.max(cursor, end);
    };
    for (const mark of list) {
      if (mark.kind === 'ins') {
        plain(mark.start);
        out.push(insElement([text(value.slice(mark.start, mark.end))], labels, mark.id));
        cursor = mark.end;
      } else {
        plain(mark.at);
        const del = delElement([text(mark.text)], labels, mark.id);
        if (mark.side === 'before') out.push(del, text(' '));
        else out.push(text(' '), del);
      }
    }
    plain(value.length);
    const index = parent.children.indexOf(node);
    if (index !== -1) parent.children.splice(index, 1, ...out);
  }
  return result;
}
