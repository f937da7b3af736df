import type { FrontMatter } from '../project/types.js';
import { alignOrder, movedPairs, type Aligned } from './align-order.js';
import type { ChangeStatus, ChapterChange, FieldChange, SectionChange, StatusCounts } from './diff-model.js';
import { compareValues } from './compare-values.js';
import type { Segment } from './sequence-diff.js';
import type { ChapterText, ChapterTokens, SectionText, SectionTokens } from './section-texts.js';
import { countWords, hasChange, similarity, toHunks, wordDiff, type WordCounts } from './word-diff.js';

/** A removed and an added section at the same place whose texts share this much count as one, retitled. */
const RETITLE_SIMILARITY = 0.5;

/** Two versions of one section (or one side only), with what differs. */
export interface SectionMatch<S extends SectionTokens = SectionText> extends Aligned<S> {
  moved: boolean;
  /** Word differences of the text (old → new). */
  segments: Segment[];
  /** Word differences of the heading. */
  titleSegments: Segment[];
  status: ChangeStatus;
}

export interface ChapterMatch<C extends ChapterTokens = ChapterText> extends Aligned<C> {
  moved: boolean;
  sections: Array<SectionMatch<C['sections'][number]>>;
  titleSegments: Segment[];
  fields: FieldChange[];
  status: ChangeStatus;
}


function statusOf(added: boolean, removed: boolean, changed: boolean, moved: boolean): ChangeStatus {
  if (added) return 'added';
  if (removed) return 'removed';
  if (changed) return 'changed';
  return moved ? 'moved' : 'unchanged';
}

function sectionMatch<S extends SectionTokens>(from: S | undefined, to: S | undefined, moved: boolean): SectionMatch<S> {
  const segments = wordDiff(from?.tokens ?? [], to?.tokens ?? []);
  // The chapter's own title is compared with the chapter, not with its opening text.
  const isIntro = (from ?? to)!.level === 1;
  const titleSegments = isIntro ? [] : wordDiff(from?.titleTokens ?? [], to?.titleTokens ?? []);
  const changed = from !== undefined && to !== undefined && (hasChange(segments) || hasChange(titleSegments));
  const emptyIntro = isIntro && (from?.tokens.length ?? 0) === 0 && (to?.tokens.length ?? 0) === 0;
  const status = emptyIntro ? 'unchanged' : statusOf(!from, !to, changed, moved);
  return { ...(from && { from }), ...(to && { to }), moved, segments, titleSegments, status };
}

/**
 * Matches the sections of one chapter by anchor. A removed and an added section of the same level
 * at the same place (after the same matched section) whose texts are mostly the same are one
 * section with a new title (and so a new anchor). Matched sections out of order are "moved".
 */
export function matchSections<S extends SectionTokens>(from: readonly S[], to: readonly S[]): Array<SectionMatch<S>> {
  const toIndex = new Map(to.map((section, index) => [section.id, index]));
  const pairs = new Map<number, number>();
  from.forEach((section, index) => {
    const target = toIndex.get(section.id);
    if (target !== undefined) pairs.set(index, target);
  });

  // Retitled sections: pair what is left over between the same two matched neighbours.
  const gapOf = (list: readonly S[], matched: (index: number) => boolean, idOf: (index: number) => string) => {
    const gaps = new Map<number, string>();
    let previous = '';
    list.forEach((_section, index) => {
      if (matched(index)) previous = idOf(index);
      else gaps.set(index, previous);
    });
    return gaps;
  };
  const matchedTo = new Set(pairs.values());
  const fromGaps = gapOf(from, (i) => pairs.has(i), (i) => from[i]!.id);
  const toGaps = gapOf(to, (i) => matchedTo.has(i), (i) => to[i]!.id);
  const candidates: Array<{ f: number; t: number; score: number }> = [];
  for (const [f, gap] of fromGaps) {
    for (const [t, toGap] of toGaps) {
      const a = from[f]!;
      const b = to[t]!;
      if (gap !== toGap || a.level !== b.level) continue;
      const score = similarity(a.tokens, b.tokens, wordDiff(a.tokens, b.tokens));
      if (score >= RETITLE_SIMILARITY) candidates.push({ f, t, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.f - y.f || x.t - y.t);
  for (const { f, t } of candidates) {
    if (pairs.has(f) || matchedTo.has(t)) continue;
    pairs.set(f, t);
    matchedTo.add(t);
  }

  const moved = movedPairs(pairs);
  const fromIndex = new Map(from.map((section, index) => [section, index]));
  return alignOrder(from, to, pairs).map(({ from: a, to: b }) => {
    const wasMoved =
      a !== undefined && b !== undefined && (moved.has(fromIndex.get(a)!) || a.level !== b.level) && a.level !== 1;
    return sectionMatch(a, b, wasMoved);
  });
}

function frontMatterFields(from: FrontMatter, to: FrontMatter): FieldChange[] {
  const strip = (fm: FrontMatter) => {
    const { id: _id, title: _title, ...rest } = fm;
    return rest as Record<string, unknown>;
  };
  return compareValues(strip(from), strip(to));
}

/** Matches chapters by their front matter id, wherever their files are. */
export function matchChapters<C extends ChapterTokens>(from: readonly C[], to: readonly C[]): Array<ChapterMatch<C>> {
  const toIndex = new Map(to.map((chapter, index) => [chapter.id, index]));
  const pairs = new Map<number, number>();
  from.forEach((chapter, index) => {
    const target = toIndex.get(chapter.id);
    if (target !== undefined) pairs.set(index, target);
  });
  const moved = movedPairs(pairs);
  const fromIndex = new Map(from.map((chapter, index) => [chapter, index]));
  return alignOrder(from, to, pairs).map(({ from: a, to: b }) => {
    const wasMoved = a !== undefined && b !== undefined && (moved.has(fromIndex.get(a)!) || a.kind !== b.kind);
    const sections = matchSections(a?.sections ?? [], b?.sections ?? []);
    const titleSegments = wordDiff(a?.sections[0]?.titleTokens ?? [], b?.sections[0]?.titleTokens ?? []);
    // Front matter changes are news only for a chapter that is in both versions.
    const fields = a && b ? frontMatterFields(a.frontMatter, b.frontMatter) : [];
    const changed =
      a !== undefined &&
      b !== undefined &&
      (hasChange(titleSegments) || fields.length > 0 || sections.some((s) => s.status !== 'unchanged'));
    return {
      ...(a && { from: a }),
      ...(b && { to: b }),
      moved: wasMoved,
      sections,
      titleSegments,
      fields,
      status: statusOf(!a, !b, changed, wasMoved),
    };
  });
}

function sectionChange(match: SectionMatch<SectionTokens>): SectionChange {
  const { from, to } = match;
  const a = from?.tokens ?? [];
  const b = to?.tokens ?? [];
  return {
    id: (to ?? from)!.id,
    status: match.status,
    moved: match.moved,
    anchor: { from: from?.id ?? null, to: to?.id ?? null },
    level: { from: from?.level ?? null, to: to?.level ?? null },
    number: { from: from?.number ?? null, to: to?.number ?? null },
    title: { from: from?.title ?? null, to: to?.title ?? null },
    words: countWords(a, b, match.segments),
    hunks: toHunks(a, b, match.segments),
  };
}

function addWords(total: WordCounts, more: WordCounts): WordCounts {
  return { inserted: total.inserted + more.inserted, deleted: total.deleted + more.deleted };
}

/** The report's view of a chapter: its changed sections with hunks. */
export function chapterChange(match: ChapterMatch<ChapterTokens>): ChapterChange {
  const { from, to } = match;
  const sections = match.sections.filter((s) => s.status !== 'unchanged').map(sectionChange);
  const titleWords = countWords(from?.sections[0]?.titleTokens ?? [], to?.sections[0]?.titleTokens ?? [], match.titleSegments);
  return {
    id: (to ?? from)!.id,
    status: match.status,
    moved: match.moved,
    kind: { from: from?.kind ?? null, to: to?.kind ?? null },
    number: { from: from?.number ?? null, to: to?.number ?? null },
    title: { from: from?.title ?? null, to: to?.title ?? null },
    file: { from: from?.file ?? null, to: to?.file ?? null },
    fields: match.fields,
    words: sections.reduce((sum, s) => addWords(sum, s.words), match.status === 'changed' ? titleWords : { inserted: 0, deleted: 0 }),
    sections,
  };
}

export function countStatuses(items: ReadonlyArray<{ status: ChangeStatus; moved: boolean }>): StatusCounts {
  const counts: StatusCounts = { added: 0, removed: 0, moved: 0, changed: 0 };
  for (const item of items) {
    if (item.status === 'added' || item.status === 'removed' || item.status === 'changed') counts[item.status] += 1;
    if (item.moved) counts.moved += 1;
  }
  return counts;
}
