import type { Lang } from '../i18n/lang.js';
import { formatEuro, formatNumber } from '../i18n/format-numbers.js';
import type { ChangeStatus, ChapterChange, DiffResult, FieldChange, SectionChange, VersionInfo } from './diff-model.js';

/** The words of every diff output, in the document's language. */
export function diffLabels(lang: Lang) {
  return lang === 'de'
    ? {
        heading: 'Änderungen',
        overview: 'Änderungsübersicht',
        toContents: 'Weiter zum Inhaltsverzeichnis des Dokuments',
        worktree: 'Arbeitsverzeichnis',
        noChanges: 'Keine Änderungen.',
        status: { added: 'neu', removed: 'entfernt', moved: 'verschoben', changed: 'geändert', unchanged: 'unverändert' } as Record<ChangeStatus, string>,
        was: 'vorher',
        chapter: 'Kapitel',
        appendix: 'Anhang',
        section: 'Abschnitt',
        intro: 'Text vor dem ersten Abschnitt',
        title: 'Titel',
        file: 'Datei',
        renamed: 'Datei umbenannt',
        manifest: 'Angaben in ihek.yaml',
        key: 'Angabe',
        before: 'vorher',
        after: 'nachher',
        measures: 'Maßnahmen',
        measure: 'Maßnahme',
        change: 'Änderung',
        wordsHeading: 'Wörter',
        indicator: 'Indikator',
        abbreviation: 'Abkürzung',
        indicators: 'Indikatoren',
        glossary: 'Abkürzungen',
        totals: 'Summen nach Fonds und Jahr',
        fonds: 'Fonds',
        year: 'Jahr',
        total: 'Gesamt',
        none: '–',
        inserted: 'eingefügt',
        deleted: 'gelöscht',
        insertedMarker: 'Einfügung:',
        deletedMarker: 'Streichung:',
        markerEnd: 'Ende der Änderung',
        legend: 'Eingefügter Text ist unterstrichen, gestrichener Text durchgestrichen.',
        comparison: 'Vergleich',
        removedChapter: 'Entferntes Kapitel',
        removedSection: 'Entfernter Abschnitt',
        movedNote: 'Verschoben',
        addedNote: 'Neu',
        data: 'Daten',
        chapters: 'Kapitel',
        warning: 'Hinweis',
        truncated: 'Ausgabe gekürzt; die vollständige Übersicht zeigt ihek diff --html.',
        words: (inserted: number, deleted: number) => `+${inserted} −${deleted} Wörter`,
      }
    : {
        heading: 'Changes',
        overview: 'Summary of changes',
        toContents: 'On to the contents of the document',
        worktree: 'working tree',
        noChanges: 'No changes.',
        status: { added: 'added', removed: 'removed', moved: 'moved', changed: 'changed', unchanged: 'unchanged' } as Record<ChangeStatus, string>,
        was: 'was',
        chapter: 'Chapter',
        appendix: 'Appendix',
        section: 'Section',
        intro: 'text before the first section',
        title: 'title',
        file: 'file',
        renamed: 'file renamed',
        manifest: 'ihek.yaml',
        key: 'Key',
        before: 'before',
        after: 'after',
        measures: 'Measures',
        measure: 'Measure',
        change: 'Change',
        wordsHeading: 'Words',
        indicator: 'Indicator',
        abbreviation: 'Abbreviation',
        indicators: 'Indicators',
        glossary: 'Abbreviations',
        totals: 'Totals by fund and year',
        fonds: 'Fund',
        year: 'Year',
        total: 'Total',
        none: '–',
        inserted: 'inserted',
        deleted: 'deleted',
        insertedMarker: 'insertion:',
        deletedMarker: 'deletion:',
        markerEnd: 'end of change',
        legend: 'Inserted text is underlined, deleted text is struck through.',
        comparison: 'Comparison',
        removedChapter: 'Removed chapter',
        removedSection: 'Removed section',
        movedNote: 'Moved',
        addedNote: 'New',
        data: 'Data',
        chapters: 'Chapters',
        warning: 'Note',
        truncated: 'Output shortened; ihek diff --html shows every change.',
        words: (inserted: number, deleted: number) => `+${inserted} −${deleted} words`,
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

/** "Kapitel 5 Ziele" / "Anhang A Quellen", from the version the chapter is in. */
export function chapterName(chapter: ChapterChange, lang: Lang): string {
  const labels = diffLabels(lang);
  const kind = chapter.kind.to ?? chapter.kind.from;
  const number = chapter.number.to ?? chapter.number.from ?? '';
  const title = chapter.title.to ?? chapter.title.from ?? chapter.id;
  return `${kind === 'appendix' ? labels.appendix : labels.chapter} ${number} ${title}`;
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
  if (sections) parts.push(`${lang === 'de' ? 'Abschnitte' : 'Sections'}: ${sections}`);
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
