import type { Lang } from '../i18n/lang.js';
import { chapterChange, countStatuses, matchChapters, type ChapterMatch } from './compare-chapters.js';
import { compareData, compareManifest } from './compare-data.js';
import type { DataChanges, DiffResult, DiffSummary } from './diff-model.js';
import { loadVersion, loadVersionTexts, sourceOf, type LoadContext, type VersionSource, type VersionTexts } from './load-version.js';
import type { ChapterText, ChapterTokens } from './section-texts.js';
import type { PrintablePage } from '../pdf/print-to-file.js';
import { renderDiffPages } from './render-diff-html.js';

export interface DiffOptions {
  /** Old version: a git revision or a folder. */
  from: string;
  /** New version: a git revision or a folder; default the working tree. */
  to?: string;
  /** The project folder (or its ihek.yaml) for revisions and the working tree; default `.` then `./content`. */
  dir?: string;
  cwd?: string;
  /** Language of the labels; default the new version's `lang`. */
  lang?: Lang;
  /** Also render the new version as HTML with the changes marked. */
  html?: boolean;
  /** Also lay the marked new version out for print (see `printToFile`). */
  pdf?: boolean;
  /** Environment for the PDF's date (SOURCE_DATE_EPOCH); default: the process's. */
  env?: NodeJS.ProcessEnv;
  /** Stops git and the reading of the versions. */
  signal?: AbortSignal;
}

export interface DiffOutcome {
  result: DiffResult;
  /** The marked document, when `html` was asked for. */
  html?: string;
  /** The marked document laid out for print, when `pdf` was asked for. */
  print?: PrintablePage;
}

function dataCounts(data: DataChanges): Pick<DiffSummary, 'measures' | 'indicators' | 'glossary'> {
  const count = (part: { added: unknown[]; removed: unknown[]; changed: unknown[] }) => ({
    added: part.added.length,
    removed: part.removed.length,
    changed: part.changed.length,
  });
  return { measures: count(data.measures), indicators: count(data.indicators), glossary: count(data.glossary) };
}

/**
 * Compares two versions of a project as a reader sees them: chapters by id, sections by anchor,
 * words of the rendered text, manifest keys and data. Writes nothing: revisions are read from git
 * into memory.
 */
export async function diffProject(options: DiffOptions): Promise<DiffOutcome> {
  const cwd = options.cwd ?? process.cwd();
  const context: LoadContext = {
    cwd,
    unmount: [],
    ...(options.dir !== undefined && { dir: options.dir }),
    ...(options.signal && { signal: options.signal }),
  };
  try {
    const fromSource = await sourceOf(options.from, context);
    const toSource = await sourceOf(options.to, context);
    const marked = Boolean(options.html || options.pdf);
    /** Reads both versions at the same time; the old version's error first, as when read one after the other. */
    const both = async <T>(load: (source: VersionSource) => Promise<T>): Promise<[T, T]> => {
      const [fromRead, toRead] = await Promise.allSettled([load(fromSource), load(toSource)]);
      if (fromRead.status === 'rejected') throw fromRead.reason;
      if (toRead.status === 'rejected') throw toRead.reason;
      options.signal?.throwIfAborted();
      return [fromRead.value, toRead.value];
    };
    if (!marked) {
      // Only the texts are compared: the versions are rendered only as far as their text.
      const [from, to] = await both((source) => loadVersionTexts(source, context));
      return { result: compareVersions(from, to, options.lang).result };
    }
    // The marked document needs both versions' rendered pages on this thread.
    const [from, to] = await both((source) => loadVersion(source, context));
    const { result, matches } = compareVersions(from, to, options.lang);
    // Both versions were read whole (loadVersion), so the matches hold their rendered chapters.
    const pages = await renderDiffPages(to, matches as Array<ChapterMatch<ChapterText>>, result, {
      html: Boolean(options.html),
      pdf: Boolean(options.pdf),
      env: options.env ?? process.env,
    });
    return { result, ...pages };
  } finally {
    for (const unmount of context.unmount) unmount();
  }
}

/** Chapters by id, sections by anchor, words, manifest keys and data of two versions read. */
function compareVersions(from: VersionTexts, to: VersionTexts, lang: Lang | undefined): { result: DiffResult; matches: Array<ChapterMatch<ChapterTokens>> } {
  const matches = matchChapters<ChapterTokens>(from.chapters, to.chapters);
  const changes = matches.map(chapterChange);
  const chapters = changes.filter((c) => c.status !== 'unchanged' || c.file.from !== c.file.to);
  const manifest = compareManifest(from.project.manifest, to.project.manifest);
  const data = compareData(from.project, to.project);
  const sections = matches.flatMap((m) => m.sections);
  const summary: DiffSummary = {
    chapters: countStatuses(matches),
    sections: countStatuses(sections),
    words: changes.reduce(
      (sum, c) => ({ inserted: sum.inserted + c.words.inserted, deleted: sum.deleted + c.words.deleted }),
      { inserted: 0, deleted: 0 },
    ),
    manifest: manifest.length,
    ...dataCounts(data),
  };
  const dataChanged = [summary.measures, summary.indicators, summary.glossary].some((c) => c.added + c.removed + c.changed > 0);
  const result: DiffResult = {
    from: from.info,
    to: to.info,
    lang: lang ?? to.project.manifest.lang,
    changed: changes.some((c) => c.status !== 'unchanged') || manifest.length > 0 || dataChanged,
    summary,
    manifest,
    chapters,
    data,
    warnings: [...from.warnings, ...to.warnings],
  };
  return { result, matches };
}
