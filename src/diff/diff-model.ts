import type { Localized } from '../i18n/lang.js';
import type { Hunk, WordCounts } from './word-diff.js';

/** What happened to a chapter or a section between the two versions. */
export type ChangeStatus = 'added' | 'removed' | 'moved' | 'changed' | 'unchanged';

/** A value in the old (`from`) and the new (`to`) version; null where it does not exist. */
export interface Pair<T> {
  from: T | null;
  to: T | null;
}

/** A key whose value changed (a manifest key, a front matter key, a field of a measure). */
export interface FieldChange {
  key: string;
  from: unknown;
  to: unknown;
}

export interface SectionChange {
  /** The anchor in the new version (in the old one for a removed section). */
  id: string;
  status: ChangeStatus;
  /** Moved to another place inside its chapter (or to another heading level). */
  moved: boolean;
  anchor: Pair<string>;
  level: Pair<number>;
  number: Pair<string>;
  title: Pair<string>;
  words: WordCounts;
  hunks: Hunk[];
}

export interface ChapterChange {
  /** The front matter id, the same in both versions. */
  id: string;
  status: ChangeStatus;
  /** Moved to another place in the order of chapters (or between chapters and appendix). */
  moved: boolean;
  kind: Pair<'chapter' | 'appendix'>;
  number: Pair<string>;
  title: Pair<string>;
  /** The chapter file; a rename alone is no change of the document. */
  file: Pair<string>;
  /** Front matter keys besides id and title (type, handlungsfeld, status …). */
  fields: FieldChange[];
  words: WordCounts;
  /** Sections that are not unchanged. */
  sections: SectionChange[];
}

export interface MeasureSummary {
  id: string;
  title: string;
  handlungsfeld: string;
  fonds: string;
  total: number;
}

export interface AmountChange {
  year: string;
  from: number | null;
  to: number | null;
}

export interface MeasureChange {
  id: string;
  title: string;
  fields: FieldChange[];
  amounts: AmountChange[];
}

export interface FondsTotal {
  fonds: string;
  year: string;
  from: number;
  to: number;
}

export interface YearTotal {
  year: string;
  from: number;
  to: number;
}

export interface MeasureChanges {
  added: MeasureSummary[];
  removed: MeasureSummary[];
  changed: MeasureChange[];
  /** Every Fonds and year with an amount in either version. */
  totals: FondsTotal[];
  yearTotals: YearTotal[];
}

export interface IndicatorChanges {
  added: Array<{ id: string; title: string }>;
  removed: Array<{ id: string; title: string }>;
  changed: Array<{ id: string; title: string; fields: FieldChange[]; values: AmountChange[] }>;
}

export interface GlossaryChanges {
  added: Array<{ abbr: string; expansion: string }>;
  removed: Array<{ abbr: string; expansion: string }>;
  changed: Array<{ abbr: string; from: string; to: string }>;
}

export interface DataChanges {
  measures: MeasureChanges;
  indicators: IndicatorChanges;
  glossary: GlossaryChanges;
}

export type VersionKind = 'revision' | 'worktree' | 'folder';

/** One side of the comparison. */
export interface VersionInfo {
  kind: VersionKind;
  /** The revision or folder as the user wrote it; null for the working tree. */
  label: string | null;
  /** The full commit id of a revision. */
  commit: string | null;
  /** The project folder: relative to the repository root for revisions, as given for folders. */
  path: string;
}

export interface StatusCounts {
  added: number;
  removed: number;
  moved: number;
  changed: number;
}

export interface DiffSummary {
  chapters: StatusCounts;
  sections: StatusCounts;
  words: WordCounts;
  manifest: number;
  measures: { added: number; removed: number; changed: number };
  indicators: { added: number; removed: number; changed: number };
  glossary: { added: number; removed: number; changed: number };
}

/** Everything `ihek diff` found, independent of how it is shown. */
export interface DiffResult {
  from: VersionInfo;
  to: VersionInfo;
  /** The language of labels: `--lang`, else the new version's `lang`. */
  lang: 'de' | 'en';
  /** Whether the document changed (a file rename alone does not count). */
  changed: boolean;
  summary: DiffSummary;
  manifest: FieldChange[];
  /** Chapters with a change or a renamed file, in the new order (removed ones where they stood). */
  chapters: ChapterChange[];
  data: DataChanges;
  /** Things that make the comparison incomplete (a chapter whose template failed). */
  warnings: Localized[];
}
