import type { Lang } from '../i18n/lang.js';
import type { Profile } from './profile-types.js';
import type { PositionedYaml } from './parse-yaml.js';

export type OutputFormat = 'html' | 'pdf' | 'docx';

/** `ihek.yaml`, validated and with defaults filled in. */
export interface Manifest {
  title: string;
  subtitle?: string;
  area: string;
  district: string;
  period: { from: number; to: number };
  edition?: string;
  version?: string;
  date?: string;
  lang: Lang;
  organization?: string;
  authors: string[];
  keywords: string[];
  profile: string;
  benn?: { site: string; accommodation?: string; annualBudget?: number };
  chapters: string[];
  appendix: string[];
  data: { massnahmen?: string; indikatoren?: string };
  glossary?: string;
  output: { dir: string; formats: OutputFormat[] };
  /** How `ihek fmt` writes Markdown. */
  fmt: { sentencePerLine: boolean };
  /** What `ihek check` checks beyond the rules that are always on. */
  check: { spelling: boolean; genderForm?: GenderForm };
  cover?: { image?: ManifestImage };
  /** The funding notice and the funders' logos at the foot of the cover. */
  funding?: { text?: string; logos?: ManifestImage[] };
  imprint?: Imprint;
}

/** An image the manifest names (cover picture, funders' logos): a file inside the project and its alt text. */
export interface ManifestImage {
  file: string;
  alt: string;
}

/** What the Impressum says beyond title, area and period. */
export interface Imprint {
  publisher?: string;
  address?: string;
  contact?: string;
  responsible?: string;
  photoCredits?: string;
  design?: string;
}

/** The forms of gender-inclusive language a document can settle on (`check: { genderForm: … }` in ihek.yaml). */
export type GenderForm = 'stern' | 'doppelpunkt' | 'unterstrich' | 'binnen-i' | 'schraegstrich' | 'paarform';

export type ChapterStatus = 'entwurf' | 'abstimmung' | 'final';

/** A chapter's YAML front matter. */
export interface FrontMatter {
  id: string;
  title: string;
  type: string;
  handlungsfeld?: string;
  status?: ChapterStatus;
  authors?: string[];
}

/** One chapter or appendix file as read from disk, before any Markdown is parsed. */
export interface ChapterSource {
  /** Path relative to the project folder, with forward slashes. */
  file: string;
  absPath: string;
  kind: 'chapter' | 'appendix';
  frontMatter: FrontMatter;
  frontMatterYaml: PositionedYaml;
  /** The Markdown after the front matter. */
  body: string;
  /** Line of the file on which `body` starts (1-based). */
  bodyLine: number;
  /** Line of ihek.yaml that lists this file. */
  manifestLine: number;
}

export interface Measure {
  id: string;
  title: string;
  handlungsfeld: string;
  fonds: 'Aktionsfonds' | 'Projektfonds' | 'Baufonds' | 'Netzwerkfonds' | 'BENN' | 'Sonstige';
  traeger?: string;
  goal?: string;
  status?: 'geplant' | 'laufend' | 'abgeschlossen';
  from: number;
  to: number;
  amounts: Record<string, number>;
}

export interface Indicator {
  id: string;
  title: string;
  unit?: string;
  source?: string;
  values: Record<string, number>;
}

/** A data file as loaded: its value and where each entry stands. */
export interface DataFile<T> {
  file: string;
  value: T;
  yaml: PositionedYaml;
}

/** Everything `ihek` knows about a project once it is loaded and validated. */
export interface Project {
  /** Absolute path of the project folder (the one with ihek.yaml). */
  root: string;
  manifestFile: string;
  manifest: Manifest;
  manifestYaml: PositionedYaml;
  /** The effective profile the check applies. */
  profile: Profile;
  /** Chapters in manifest order, then the appendix. */
  chapters: ChapterSource[];
  measures?: DataFile<Measure[]>;
  indicators?: DataFile<Indicator[]>;
  glossary?: DataFile<Record<string, string>>;
  /** The project's own words for the spelling rule (woerterbuch.txt beside ihek.yaml), when there is one. */
  wordList?: { file: string; words: string[] };
}
