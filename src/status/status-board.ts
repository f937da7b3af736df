import { GUIDANCE_RULE } from '../check/check-guidance.js';
import type { Diagnostic } from '../diagnostics.js';
import { checkProject } from '../pipeline/check-project.js';
import { loadProject, type LoadOptions } from '../project/load-project.js';
import type { ChapterStatus, Project } from '../project/types.js';
import { countWords } from './count-words.js';
import { lastChanges, type FileHistory, type GitState } from './last-changes.js';

/** One line of the board: a chapter, an appendix, or another project file the check found something in. */
export interface BoardRow {
  kind: 'chapter' | 'appendix' | 'file';
  /** Relative to the project folder, forward slashes. */
  file: string;
  /** Chapter id, number as the document shows it ("0", "5", "A", "Anlage 1"), title, type; none for other files. */
  id?: string;
  number?: string;
  title?: string;
  type?: string;
  /** The front matter's `status`; undefined when the chapter has none. */
  status?: ChapterStatus;
  /** Words the reader sees (see count-words.ts); none for other files and a chapter that could not be expanded. */
  words?: number;
  errors: number;
  warnings: number;
  /** Paragraphs of skeleton guidance the check still finds (rule `skeleton-text`). */
  guidance: number;
  /** What git knows of the file; none outside a repository. */
  history?: FileHistory;
}

export interface StatusTotal {
  words: number;
  errors: number;
  warnings: number;
  guidance: number;
  /** Chapters and appendices per status; `missing` counts those without one. */
  byStatus: Record<ChapterStatus | 'missing', number>;
}

export interface StatusBoard {
  project: Project;
  git: GitState;
  rows: BoardRow[];
  total: StatusTotal;
}

/**
 * The status board of a project: loads it, runs the check once (the same steps as `ihek check`,
 * keeping the parsed chapters to count their words), and asks git once for the last change of every
 * file. A project that cannot be read fails as the check does; findings do not, they are counted.
 */
export async function statusBoard(options: LoadOptions = {}): Promise<StatusBoard> {
  const project = await loadProject(options);
  const { diagnostics, document } = await checkProject(project);
  const byFile = groupByFile(diagnostics);
  const rows: BoardRow[] = document.chapters.map(({ source, number, tree }) => ({
    kind: source.kind,
    file: source.file,
    id: source.frontMatter.id,
    number,
    title: source.frontMatter.title,
    type: source.frontMatter.type,
    ...(source.frontMatter.status && { status: source.frontMatter.status }),
    // A chapter whose `{{…}}` expressions failed has no text to count; an error says why.
    ...(tree && { words: countWords(tree) }),
    ...counts(byFile.get(source.file)),
  }));
  const chapterFiles = new Set(rows.map((row) => row.file));
  // Findings in the manifest or a data file (daten/massnahmen.yaml …) get a line of their own.
  for (const [file, found] of byFile) {
    if (!chapterFiles.has(file)) rows.push({ kind: 'file', file, ...counts(found) });
  }
  const changes = await lastChanges(project.root, rows.map((row) => row.file));
  for (const row of rows) {
    const history = changes.files.get(row.file);
    if (history) row.history = history;
  }
  return { project, git: changes.git, rows, total: totalOf(rows) };
}

function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  return byFile;
}

function counts(found: readonly Diagnostic[] = []): Pick<BoardRow, 'errors' | 'warnings' | 'guidance'> {
  let errors = 0;
  let warnings = 0;
  let guidance = 0;
  for (const d of found) {
    if (d.severity === 'error') errors += 1;
    else warnings += 1;
    if (d.rule === GUIDANCE_RULE) guidance += 1;
  }
  return { errors, warnings, guidance };
}

function totalOf(rows: readonly BoardRow[]): StatusTotal {
  const total: StatusTotal = { words: 0, errors: 0, warnings: 0, guidance: 0, byStatus: { entwurf: 0, abstimmung: 0, final: 0, missing: 0 } };
  for (const row of rows) {
    total.words += row.words ?? 0;
    total.errors += row.errors;
    total.warnings += row.warnings;
    total.guidance += row.guidance;
    if (row.kind !== 'file') total.byStatus[row.status ?? 'missing'] += 1;
  }
  return total;
}
