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
  /** Each Handlungsfeld of the profile is a required section (`##` with its title), exactly once. */
  handlungsfeldSections: boolean;
  appendix: boolean;
}

/** The limits of one fund, in euro and years; each is checked by its own rule. */
export interface FundRules {
  minPerMeasure?: number;
  maxPerMeasure?: number;
  /** The sum of the fund's amounts in one year over all measures of the area. */
  maxPerYear?: number;
  /** Years from `from` to `to`, both counted. */
  maxYears?: number;
}

/**
 * How chapters, sections and appendices are numbered: the first chapter's number, the chapter
 * types whose `##` sections are lettered "a)", "b)" …, and appendix labels "Anhang A" or "Anlage 1".
 */
export interface NumberingStyle {
  start: 0 | 1;
  letteredSections: string[];
  appendix: 'Anhang A' | 'Anlage 1';
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
  /** The manifest must have its `benn:` block (a stand-alone BENN Handlungskonzept). */
  requiresBenn: boolean;
  handlungsfelder: Handlungsfeld[];
  querschnittsthemen: string[];
  /** In the order chapters must follow. */
  chapterTypes: ChapterTypeSpec[];
  funds: Record<string, FundRules>;
  numbering: NumberingStyle;
  rules: Record<string, RuleSetting>;
  /** The funding notice of the cover when the manifest gives none. */
  funding?: { text?: string };
}

/** A profile file as written (built-in or a project's). */
export interface ProfileFile {
  name?: string;
  description?: string;
  extends?: 'berlin-qm' | 'berlin-qm-2019' | 'berlin-qm-2022' | 'benn' | 'none';
  anyChapterType?: boolean;
  requiresBenn?: boolean;
  replaceHandlungsfelder?: boolean;
  handlungsfelder?: Array<{ id: string; title?: string; remove?: boolean }>;
  querschnittsthemen?: string[];
  chapterTypes?: Array<{
    type: string;
    title?: string;
    count?: CountSpec | { min?: number; max?: number };
    sections?: Array<{ title: string; aliases?: string[] }>;
    handlungsfeldSections?: boolean;
    appendix?: boolean;
    after?: string;
  }>;
  funds?: Record<string, FundRules>;
  numbering?: Partial<NumberingStyle>;
  rules?: Record<string, RuleSetting>;
  funding?: { text?: string };
}
