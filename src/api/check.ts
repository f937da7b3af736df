import { CheckCache, cacheFile } from '../check/check-cache.js';
import { checkContent, checkTitleCharacters } from '../check/check-content.js';
import { gradeGuidance } from '../check/check-guidance.js';
import { checkImages } from '../check/check-images.js';
import { checkMeasures } from '../check/check-measures.js';
import { checkTemplates } from '../check/check-templates.js';
import { checkStructure } from '../check/check-structure.js';
import { collectChapterFacts } from '../check/collect-chapter-facts.js';
import { withSpeller, wordingInfo } from '../check/spelling/wording-info.js';
import { countBySeverity, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { IhekError } from '../errors.js';
import { numberDocument } from '../document/number-document.js';
import type { PreparedDocument } from '../document/prepare-document.js';
import { loadProject, type LoadOptions } from '../project/load-project.js';
import type { Project } from '../project/types.js';
import type { Profile } from '../profile/types.js';
import { chapterNumbers } from '../transform/parsed-chapter.js';

/** The findings of `ihek check` for a project. */
export interface CheckSummary {
  project: Project;
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
}

/** The findings with the prepared document they were found in (what `build` renders). */
export interface CheckResult extends CheckSummary {
  document: PreparedDocument;
}

export interface CheckOptions extends LoadOptions {
  /**
   * Keep what was found per chapter in a cache file and reuse it for chapters whose content did not
   * change: `true` for `.ihek-cache/check.json` in the project folder, or a file or folder (relative
   * to `cwd`). The findings are the same with and without it.
   */
  cache?: boolean | string;
  /** Check the spelling too (the `spelling` rule), as `check: { spelling: true }` in ihek.yaml does. */
  spell?: boolean;
}

/** Applies the profile's severities: `off` drops a rule's findings, `warning`/`error` re-grade them. */
export function applySeverities(diagnostics: Diagnostic[], profile: Profile): Diagnostic[] {
  return diagnostics.flatMap((d) => {
    const setting = profile.rules[d.rule];
    if (setting === 'off') return [];
    return setting ? [{ ...d, severity: setting }] : [d];
  });
}

export function handlungsfeldNames(profile: Profile): Record<string, string> {
  return Object.fromEntries(profile.handlungsfelder.map((hf) => [hf.id, hf.title]));
}

/**
 * Runs every check over a loaded project, keeping the parsed document for rendering. With
 * `pause`, it is awaited after each chapter is parsed (a PDF build talks to the browser there).
 */
export async function checkProject(project: Project, pause?: () => Promise<void>, options: { spell?: boolean } = {}): Promise<CheckResult> {
  const { prepareDocument, prepareDocumentPausing } = await import('../document/prepare-document.js');
  const handlungsfelder = handlungsfeldNames(project.profile);
  const document = pause ? await prepareDocumentPausing(project, handlungsfelder, pause) : prepareDocument(project, handlungsfelder);
  const wording = await withSpeller(wordingInfo(project, options.spell ?? false));
  return { ...(await documentFindings(document, checkContent(document, wording))), document };
}

/** The document-wide rules, with the findings of the content rules; sorted and graded by the profile. */
async function documentFindings(document: PreparedDocument, content: Diagnostic[]): Promise<CheckSummary> {
  const { project } = document;
  const found = [
    ...document.diagnostics,
    ...checkStructure(document),
    ...content,
    ...checkMeasures(project),
    ...(await checkImages(document)),
    ...(await checkTemplates(document)),
  ];
  const diagnostics = sortDiagnostics(gradeGuidance(applySeverities(keepInsideLines(found, project), project.profile), project));
  return { project, diagnostics, ...countBySeverity(diagnostics) };
}

/**
 * A finding after a {{…}} expression on the same line was placed by the expanded text, which is
 * longer or shorter than the source line: a finding about a word is moved to where that word
 * stands in the source line (the occurrence nearest to the expanded place); any other column is
 * kept inside the line the author sees.
 */
function keepInsideLines(diagnostics: Diagnostic[], project: Project): Diagnostic[] {
  const bodies = new Map(project.chapters.map((chapter) => [chapter.file, chapter]));
  return diagnostics.map((d) => {
    const chapter = bodies.get(d.file);
    if (!chapter || d.line < chapter.bodyLine || !chapter.body.includes('{{')) return d;
    const line = chapter.body.split('\n', d.line - chapter.bodyLine + 1)[d.line - chapter.bodyLine];
    if (line === undefined || !line.includes('{{')) return d;
    const column = d.word === undefined ? undefined : nearestColumn(line, d.word, d.column);
    if (column !== undefined) return { ...d, column };
    return d.column > line.length + 1 ? { ...d, column: line.length + 1 } : d;
  });
}

/** The column of the occurrence of `word` in `line` (standing as a word of its own) nearest to `column`. */
function nearestColumn(line: string, word: string, column: number): number | undefined {
  let best: number | undefined;
  for (let at = line.indexOf(word); at !== -1; at = line.indexOf(word, at + 1)) {
    const alone = !/[\p{L}\p{N}]/u.test(line[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(line[at + word.length] ?? '');
    if (alone && (best === undefined || Math.abs(at + 1 - column) < Math.abs(best - column))) best = at + 1;
  }
  return best;
}

/**
 * Loads the project in `options.dir` and checks it. Each chapter is parsed and checked on its
 * own (or taken from the cache); the document-wide rules then run over what the chapters keep for
 * them (see check/skeleton-tree.ts), so no whole document is held in memory.
 */
export async function check(options: CheckOptions = {}): Promise<CheckSummary> {
  const project = await loadProject(options);
  const spell = options.spell ?? false;
  if (!options.cache) return checkLoaded(project, undefined, spell);
  const file = await cacheFile(options.cache === true ? undefined : options.cache, project.root, options.cwd ?? process.cwd());
  try {
    return await checkLoaded(project, await CheckCache.open(file), spell);
  } catch (error) {
    // An entry that passed the shape test but still broke a rule (a file edited by hand, a bug of an
    // older build): the check runs again from the files, and the cache is rewritten.
    if (error instanceof IhekError) throw error;
    return checkLoaded(await loadProject(options), CheckCache.fresh(file), spell);
  }
}

async function checkLoaded(project: Project, cache: CheckCache | undefined, spell: boolean): Promise<CheckSummary> {
  const handlungsfelder = handlungsfeldNames(project.profile);
  const facts = await collectChapterFacts(project, handlungsfelder, cache, wordingInfo(project, spell));
  // Written before the numbering steps below change the trees.
  const saved = cache?.save();
  const numbers = chapterNumbers(project.chapters);
  const chapters = project.chapters.map((source, index) => ({
    source,
    number: numbers[index]!,
    ...(facts[index]!.skeleton && { tree: facts[index]!.skeleton }),
  }));
  // The chapters' own findings (content rules, expansion errors) go in with those of numbering.
  const preparing: Diagnostic[] = facts.flatMap((entry) => entry.findings);
  const document = numberDocument(project, chapters, facts.flatMap((entry) => entry.charts), preparing);
  const result = await documentFindings(document, checkTitleCharacters(project));
  await saved;
  return result;
}
