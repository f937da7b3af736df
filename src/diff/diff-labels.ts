import type { Lang } from '../i18n/lang.js';
import { formatEuro, formatNumber } from '../i18n/format-numbers.js';
import { msgIn } from '../i18n/message.js';
import { numberLabel } from '../transform/numbering.js';
import type { ChangeStatus, ChapterChange, DiffResult, FieldChange, SectionChange, VersionInfo } from './diff-model.js';

/** The words of every diff output, in the document's language. */
export function diffLabels(lang: Lang) {
  return {
    heading: msgIn(lang, 'diff.label.heading'),
    overview: msgIn(lang, 'diff.label.overview'),
    toContents: msgIn(lang, 'diff.label.toContents'),
    worktree: msgIn(lang, 'diff.label.worktree'),
    noChanges: msgIn(lang, 'diff.label.noChanges'),
    status: {
      added: msgIn(lang, 'diff.label.statusAdded'),
      removed: msgIn(lang, 'diff.label.statusRemoved'),
      moved: msgIn(lang, 'diff.label.statusMoved'),
      changed: msgIn(lang, 'diff.label.statusChanged'),
      unchanged: msgIn(lang, 'diff.label.statusUnchanged'),
    } as Record<ChangeStatus, string>,
    was: msgIn(lang, 'diff.label.was'),
    chapter: msgIn(lang, 'diff.label.chapter'),
    appendix: msgIn(lang, 'diff.label.appendix'),
    section: msgIn(lang, 'diff.label.section'),
    intro: msgIn(lang, 'diff.label.intro'),
    title: msgIn(lang, 'diff.label.title'),
    file: msgIn(lang, 'diff.label.file'),
    renamed: msgIn(lang, 'diff.label.renamed'),
    manifest: msgIn(lang, 'diff.label.manifest'),
    key: msgIn(lang, 'diff.label.key'),
    before: msgIn(lang, 'diff.label.before'),
    after: msgIn(lang, 'diff.label.after'),
    measures: msgIn(lang, 'diff.label.measures'),
    measure: msgIn(lang, 'diff.label.measure'),
    change: msgIn(lang, 'diff.label.change'),
    wordsHeading: msgIn(lang, 'diff.label.wordsHeading'),
    indicator: msgIn(lang, 'diff.label.indicator'),
    abbreviation: msgIn(lang, 'diff.label.abbreviation'),
    indicators: msgIn(lang, 'diff.label.indicators'),
    glossary: msgIn(lang, 'diff.label.glossary'),
    totals: msgIn(lang, 'diff.label.totals'),
    fonds: msgIn(lang, 'diff.label.fonds'),
    year: msgIn(lang, 'diff.label.year'),
    total: msgIn(lang, 'diff.label.total'),
    none: msgIn(lang, 'diff.label.none'),
    inserted: msgIn(lang, 'diff.label.inserted'),
    deleted: msgIn(lang, 'diff.label.deleted'),
    insertedMarker: msgIn(lang, 'diff.label.insertedMarker'),
    deletedMarker: msgIn(lang, 'diff.label.deletedMarker'),
    markerEnd: msgIn(lang, 'diff.label.markerEnd'),
    legend: msgIn(lang, 'diff.label.legend'),
    comparison: msgIn(lang, 'diff.label.comparison'),
    removedChapter: msgIn(lang, 'diff.label.removedChapter'),
    removedSection: msgIn(lang, 'diff.label.removedSection'),
    movedNote: msgIn(lang, 'diff.label.movedNote'),
    addedNote: msgIn(lang, 'diff.label.addedNote'),
    data: msgIn(lang, 'diff.label.data'),
    chapters: msgIn(lang, 'diff.label.chapters'),
    sections: msgIn(lang, 'diff.label.sections'),
    warning: msgIn(lang, 'diff.label.warning'),
    truncated: msgIn(lang, 'diff.label.truncated'),
    words: (inserted: number, deleted: number) => msgIn(lang, 'diff.label.words', { inserted, deleted }),
  };
}

export type DiffLabels = ReturnType<typeof diffLabels>;

/** "main (3f2a1c9)", "working tree", "../alt". */
export function versionLabel(info: VersionInfo, lang: Lang): string {
  if (info.label === null) return diffLabels(lang).worktree;
  if (info.kind === 'revision' && info.commit && !info.label.startsWith(info.commit.slice(0, 7))) {
    return `${info.label} (${info.commit.slice(0, 7)})`;
  }
  return info.label;
}

/** A value of a manifest key, front matter key or measure field as a reader wants it. */
export function formatValue(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return diffLabels(lang).none;
  if (Array.isArray(value)) return value.map((item) => formatValue(item, lang)).join(', ');
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function formatAmount(value: number | null, lang: Lang): string {
  return value === null ? diffLabels(lang).none : formatEuro(value, lang);
}

export function fieldLine(change: FieldChange, lang: Lang): string {
  return `${change.key}: ${formatValue(change.from, lang)} → ${formatValue(change.to, lang)}`;
}

/** "Kapitel 5 Ziele" / "Anhang A Quellen" / "Anlage 1 Quellen", from the version the chapter is in. */
export function chapterName(chapter: ChapterChange, lang: Lang): string {
  const kind = chapter.kind.to ?? chapter.kind.from ?? 'chapter';
  const number = chapter.number.to ?? chapter.number.from ?? '';
  const title = chapter.title.to ?? chapter.title.from ?? chapter.id;
  return `${numberLabel(kind, number, lang).replaceAll('\u00a0', ' ')} ${title}`;
}

export function sectionName(section: SectionChange, lang: Lang): string {
  if ((section.level.to ?? section.level.from) === 1) return `(${diffLabels(lang).intro})`;
  const number = section.number.to ?? section.number.from ?? '';
  const title = section.title.to ?? section.title.from ?? section.id;
  return number ? `${number} ${title}` : title;
}

/** "geändert, verschoben (vorher 2.3)", "neu", "Titel: Ziele → Ziele und Wirkung". */
export function statusText(item: ChapterChange | SectionChange, lang: Lang): string {
  const labels = diffLabels(lang);
  const parts: string[] = [];
  if (item.status !== 'moved') parts.push(labels.status[item.status]);
  if (item.moved) {
    const was = item.number.from && item.number.from !== item.number.to ? ` (${labels.was} ${item.number.from})` : '';
    parts.push(`${labels.status.moved}${was}`);
  }
  const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
  if (item.status === 'changed' && item.title.from !== null && item.title.to !== null && !same(item.title.from, item.title.to)) {
    parts.push(`${labels.title}: ${item.title.from} → ${item.title.to}`);
  }
  return parts.join(', ');
}

/** One line that counts what changed, parts without changes left out. */
export function summaryLine(result: DiffResult, lang: Lang): string {
  const labels = diffLabels(lang);
  const { summary } = result;
  const counts = (names: Record<string, number>) =>
    Object.entries(names)
      .filter(([, n]) => n > 0)
      .map(([status, n]) => `${n} ${labels.status[status as ChangeStatus]}`)
      .join(', ');
  const parts: string[] = [];
  const chapters = counts({ ...summary.chapters });
  if (chapters) parts.push(`${labels.chapters}: ${chapters}`);
  const sections = counts({ ...summary.sections });
  if (sections) parts.push(`${labels.sections}: ${sections}`);
  if (summary.words.inserted + summary.words.deleted > 0) parts.push(labels.words(summary.words.inserted, summary.words.deleted));
  if (summary.manifest > 0) parts.push(`${labels.manifest}: ${summary.manifest}`);
  for (const [name, value] of [
    [labels.measures, summary.measures],
    [labels.indicators, summary.indicators],
    [labels.glossary, summary.glossary],
  ] as const) {
    const text = counts({ added: value.added, removed: value.removed, changed: value.changed });
    if (text) parts.push(`${name}: ${text}`);
  }
  return parts.length > 0 ? parts.join(' · ') : labels.noChanges;
}
