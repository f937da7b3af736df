/** The data a benchmark run produces; the report is rendered from this alone (and saved as JSON). */
import type { Sample } from './measure.js';
import type { Machine } from './environment.js';
import type { ProfileSummary } from './cpu-profile.js';

export type TaskId =
  | 'startup'
  | 'check'
  | 'check-cache'
  | 'check-spell'
  | 'html'
  | 'pdf'
  | 'diff'
  | 'diff-git'
  | 'watch'
  | 'release'
  | 'release-batch'
  | 'import'
  | 'docx'
  | 'pandoc'
  | 'pandoc-docx'
  | 'pandoc-to-docx'
  | 'puppeteer'
  | 'chromium'
  | 'md-to-pdf';

/** How many projects the batch release renders (copies of the generated project with their own area). */
export const BATCH_SIZE = 4;

export const TASK_LABELS: Record<TaskId, string> = {
  startup: '`ihek --version` (start-up only)',
  check: '`ihek check` (cold)',
  'check-cache': '`ihek check --cache` after a one-chapter edit',
  'check-spell': '`ihek check --spell` (cold, with the spelling rule)',
  html: '`ihek build --html`',
  pdf: '`ihek build --pdf`',
  diff: '`ihek diff v1 v2` (two folders, 5 % changed)',
  'diff-git': '`ihek diff HEAD~1 HEAD` (git, same change)',
  watch: '`ihek watch`: rebuild after a one-chapter edit',
  release: '`ihek release` of one project (check, HTML, PDF, checksums)',
  'release-batch': `\`ihek release\` of ${BATCH_SIZE} projects (a district's QM areas) with one browser`,
  import: '`ihek import` of the same text as a Word file (.docx) into a new project',
  docx: '`ihek build --docx` (HTML and the Word version)',
  pandoc: 'pandoc `-s --toc` → HTML',
  'pandoc-docx': 'pandoc `-f docx -t gfm` of the Word file',
  'pandoc-to-docx': 'pandoc `-o x.docx` of the same Markdown',
  puppeteer: 'bare puppeteer print of ihek\'s HTML (tagged)',
  chromium: 'Chromium `--headless --print-to-pdf` of ihek\'s HTML',
  'md-to-pdf': 'md-to-pdf on the concatenated Markdown',
};

export const IHEK_TASKS: TaskId[] = ['startup', 'check', 'check-cache', 'check-spell', 'html', 'pdf', 'diff', 'diff-git', 'watch', 'release', 'release-batch', 'import', 'docx'];
export const ANCHOR_TASKS: TaskId[] = ['pandoc', 'puppeteer', 'chromium', 'md-to-pdf', 'pandoc-docx', 'pandoc-to-docx'];

export interface TaskResult {
  id: TaskId;
  /** measured | failed | not implemented | skipped (anchor not installed / unusable). */
  status: 'measured' | 'failed' | 'not implemented' | 'skipped';
  note?: string;
  samples: Sample[];
  /** Pages of the PDF it wrote, when it wrote one and pdfinfo is there. */
  pages?: number;
  /** Medians over the samples (ms, KiB). */
  ms?: number;
  minMs?: number;
  maxMs?: number;
  cpuMs?: number;
  maxRssKb?: number;
  treePssKb?: number;
  /** Medians of ihek's own step timings (`--verbose`), in ms, in the order printed. */
  steps?: Array<[string, number]>;
  /** Runs in which ihek said it printed the PDF twice. */
  printedTwice?: number;
}

export interface SizeResult {
  chapters: number;
  words: number;
  paragraphs: number;
  changedParagraphs: number;
  markdownBytes: number;
  htmlBytes: number;
  /** 1-minute load average when this size started and when it ended (other work on the machine). */
  load: [number, number];
  /** Measured rounds at this size (after the warm-up); absent in runs where every size had `RunResult.runs`. */
  runs?: number;
  tasks: Partial<Record<TaskId, TaskResult>>;
  /** The same ihek tasks run by an earlier version in the same rounds (`--compare DIR`). */
  earlier?: Partial<Record<TaskId, TaskResult>>;
}

export interface ProfileResult {
  task: TaskId;
  chapters: number;
  command: string;
  wallMs: number;
  summary?: ProfileSummary;
  error?: string;
}

export interface RunResult {
  mode: 'full' | 'quick';
  startedAt: string;
  durationMs: number;
  runs: number;
  warmup: boolean;
  machine: Machine;
  versions: Record<string, string>;
  browser: { path: string; source: string };
  chromiumCli: { path: string | undefined; label: string; note: string };
  memoryMethod: string;
  features: { checkCache: boolean; watch: boolean; diff: boolean; release?: boolean; import?: boolean; docx?: boolean; spell?: boolean };
  sizes: SizeResult[];
  profiles: ProfileResult[];
}
