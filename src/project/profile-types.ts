export type RuleSetting = 'error' | 'warning' | 'off';

export interface SectionSpec {
  title: string;
  aliases: string[];
}

export type CountSpec = { min: number; max?: number } | 'per-handlungsfeld' | 'benn';

export interface ChapterTypeSpec {
  type: string;
  title?: string;
  count: CountSpec;
  sections: SectionSpec[];
  appendix: boolean;
}

export interface Handlungsfeld {
  id: string;
  title: string;
}

/** The effective profile: built-in data merged with a project's extension. */
export interface Profile {
  name: string;
  description?: string;
  anyChapterType: boolean;
  handlungsfelder: Handlungsfeld[];
  querschnittsthemen: string[];
  /** In the order chapters must follow. */
  chapterTypes: ChapterTypeSpec[];
  funds: Record<string, { maxPerMeasure?: number }>;
  rules: Record<string, RuleSetting>;
  /** The funding notice of the cover when the manifest gives none. */
  funding?: { text?: string };
}

/** A profile file as written (built-in or a project's). */
export interface ProfileFile {
  name?: string;
  description?: string;
  extends?: 'berlin-qm' | 'none';
  anyChapterType?: boolean;
  replaceHandlungsfelder?: boolean;
  handlungsfelder?: Array<{ id: string; title?: string; remove?: boolean }>;
  querschnittsthemen?: string[];
  chapterTypes?: Array<{
    type: string;
    title?: string;
    count?: CountSpec | { min?: number; max?: number };
    sections?: Array<{ title: string; aliases?: string[] }>;
    appendix?: boolean;
    after?: string;
  }>;
  funds?: Record<string, { maxPerMeasure?: number }>;
  rules?: Record<string, RuleSetting>;
  funding?: { text?: string };
}
