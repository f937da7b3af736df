import { createHash } from 'node:crypto';
import type { ChartRequest } from '../charts/chart-request.js';
import { chapterPlace, type Wording } from '../check/check-content.js';
import type { Diagnostic } from '../diagnostics.js';
import { templateContext } from '../document/template-context.js';
import type { ChapterSource, Project } from '../project/types.js';
import { chapterNumbers } from '../transform/numbering.js';
import type { ParsedChapter } from '../transform/parsed-chapter.js';
import { packageVersion } from '../version.js';
import { createChapterSteps, runChapterSteps, type ChapterOutcome, type ChapterSteps } from './steps.js';

/**
 * Wraps the steps of one chapter: a cache answers with what it kept under the chapter's key instead
 * of running them, and may keep less than the whole tree (the check keeps only what the document
 * rules read). `key` is computed only when asked for.
 */
export type ChapterWrapper = (key: () => string, run: () => ChapterOutcome) => ChapterOutcome;

export interface RunChaptersOptions {
  /** Run the chapter rules (`check-chapter`); off for `build --no-check` and `diff`. */
  check: boolean;
  /** The wording rules' setup for `check-chapter` (check/spelling/wording-info.ts: `loadWording`). */
  wording?: Wording;
  wrap?: ChapterWrapper;
}

/** The chapters after their own steps, before the document-wide ones. */
export interface ChapterRuns {
  chapters: ParsedChapter[];
  /** Every chart asked for, in document order. */
  charts: ChartRequest[];
  /** Expansion errors and chapter findings, in document order. */
  findings: Diagnostic[];
}

export function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A line that may be or underline a level-1 heading of the chapter body itself (not inside a quote or list). */
const LEVEL_ONE = /^ {0,3}(?:#(?!#)|=+[ \t]*$)/m;

/**
 * The key of one chapter's outcome: a hash over everything the steps read – the version of ihek,
 * the chapter's file, first line and body, the glossary (the abbreviation rule compares with it),
 * the wording setup (spelling on or off, the words the project knows, the gender form) and, only
 * for a body with `{{…}}`, the manifest, data and Handlungsfelder its expressions see and how many
 * charts come before it. The title and its line count only where the body has a line
 * that may be a level-1 heading: only then does the parse (a heading repeating the title is left
 * out, word-habits.ts) or a finding (heading-level) read them, so a new title alone runs nothing
 * again. (The expressions do not see the title, and their output is not looked at for this.)
 */
function chapterKeys(project: Project, handlungsfelder: Record<string, string>, steps: ChapterSteps): (source: ChapterSource, chartsBefore: number) => string {
  const common = [packageVersion(), steps.glossary ?? null, steps.wording?.info ?? null];
  let contextKey: string | undefined;
  return (source, chartsBefore) => {
    const templated = source.body.includes('{{');
    if (templated) contextKey ??= hash(JSON.stringify([templateContext(project), handlungsfelder]));
    const { file, bodyLine, title, titleLine } = chapterPlace(source);
    const titled = LEVEL_ONE.test(source.body) ? [title, titleLine] : null;
    // The body is hashed as it is, after the rest as JSON (which ends where its brackets close):
    // written into the JSON, it would be copied and escaped for every chapter of every preview rebuild.
    const rest = JSON.stringify([...common, file, bodyLine, titled, templated ? [contextKey, chartsBefore] : null]);
    return createHash('sha256').update(rest).update(source.body).digest('hex');
  };
}

/** The per-chapter steps over every chapter in order, yielding after each one (see the drivers below). */
function* chapterRuns(project: Project, handlungsfelder: Record<string, string>, options: RunChaptersOptions): Generator<void, ChapterRuns> {
  const steps = createChapterSteps(project, handlungsfelder, options.wording);
  const keyOf = chapterKeys(project, handlungsfelder, steps);
  const numbers = chapterNumbers(project.chapters, project.profile.numbering, project.manifest.lang);
  const chapters: ParsedChapter[] = [];
  const findings: Diagnostic[] = [];
  for (const [index, source] of project.chapters.entries()) {
    const charts = steps.data.charts;
    const before = charts.length;
    const run = (): ChapterOutcome => ({ ...runChapterSteps(steps, source, options.check), charts: charts.slice(before) });
    const outcome = options.wrap ? options.wrap(() => keyOf(source, before), run) : run();
    // Whether run or answered from a cache, the chapter adds its charts once.
    charts.length = before;
    charts.push(...outcome.charts);
    findings.push(...outcome.findings);
    chapters.push({ source, number: numbers[index] ?? String(index + 1), ...(outcome.tree && { tree: outcome.tree }) });
    yield;
  }
  return { chapters, charts: steps.data.charts, findings };
}

export function runChapters(project: Project, handlungsfelder: Record<string, string>, options: RunChaptersOptions): ChapterRuns {
  const runs = chapterRuns(project, handlungsfelder, options);
  for (;;) {
    const next = runs.next();
    if (next.done) return next.value;
  }
}

/**
 * The same, awaiting `pause` after each chapter: a PDF build lets the event loop turn there, to
 * talk to the browser meanwhile (it starts and opens the page the print is written into while the
 * text is parsed).
 */
export async function runChaptersPausing(
  project: Project,
  handlungsfelder: Record<string, string>,
  options: RunChaptersOptions,
  pause: () => Promise<void>,
): Promise<ChapterRuns> {
  const runs = chapterRuns(project, handlungsfelder, options);
  for (;;) {
    const next = runs.next();
    if (next.done) return next.value;
    await pause();
  }
}
