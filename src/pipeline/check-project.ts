import { CheckCache, cacheFile, type ChapterFacts } from '../check/check-cache.js';
import { loadWording, spellerShelf, type Spellers } from '../check/spelling/wording-info.js';
import { skeletonTree } from '../check/skeleton-tree.js';
import { numberDocument } from '../document/number-document.js';
import { IhekError } from '../errors.js';
import { loadProject, type LoadOptions } from '../project/load-project.js';
import type { Project } from '../project/types.js';
import { checkDocument, handlungsfeldNames, type CheckResult, type CheckSummary } from './check-document.js';
import { runChapters, runChaptersPausing, type ChapterWrapper } from './run-chapters.js';
import type { ChapterOutcome } from './steps.js';

export interface CheckOptions extends LoadOptions {
  /**
   * Keep what was found per chapter in a cache file and reuse it for chapters whose content did not
   * change: `true` for `.ihek-cache/check.json` in the project folder, or a file or folder (relative
   * to `cwd`). The findings are the same with and without it.
   */
  cache?: boolean | string;
  /** Check the spelling too (the `spelling` rule), as `check: { spelling: true }` in ihek.yaml does. */
  spell?: boolean;
  /** Where the dictionary comes from; a caller that checks more than once passes the same shelf. */
  spellers?: Spellers;
}

/** How the wording rules run: spelling forced on (`--spell`, a release), and the dictionaries to use. */
export type WordingOptions = Pick<CheckOptions, 'spell' | 'spellers'>;

/**
 * The steps up to `check-document` over a loaded project, keeping the parsed document for rendering.
 * With `pause`, it is awaited after each chapter (a PDF build talks to the browser there).
 */
export async function checkProject(project: Project, pause?: () => Promise<void>, options: WordingOptions = {}): Promise<CheckResult> {
  const handlungsfelder = handlungsfeldNames(project.profile);
  const run = { check: true, wording: await loadWording(project, options.spell ?? false, options.spellers) };
  const { chapters, charts, findings } = pause
    ? await runChaptersPausing(project, handlungsfelder, run, pause)
    : runChapters(project, handlungsfelder, run);
  const document = numberDocument(project, chapters, charts, findings);
  return { ...(await checkDocument(document)), document };
}

/**
 * Loads the project in `options.dir` and checks it. Each chapter is parsed and checked on its own
 * (or taken from the cache) and only what the document-wide rules read is kept of it (see
 * check/skeleton-tree.ts), so no whole document is held in memory.
 */
export async function check(options: CheckOptions = {}): Promise<CheckSummary> {
  const project = await loadProject(options);
  const wording = { spell: options.spell ?? false, spellers: options.spellers ?? spellerShelf() };
  if (!options.cache) return checkKeepingSkeletons(project, undefined, wording);
  const file = await cacheFile(options.cache === true ? undefined : options.cache, project.root, options.cwd ?? process.cwd());
  try {
    return await checkKeepingSkeletons(project, await CheckCache.open(file), wording);
  } catch (error) {
    // An entry that passed the shape test but still broke a rule (a file edited by hand, a bug of an
    // older build): the check runs again from the files, and the cache is rewritten.
    if (error instanceof IhekError) throw error;
    return checkKeepingSkeletons(await loadProject(options), CheckCache.fresh(file), wording);
  }
}

async function checkKeepingSkeletons(project: Project, cache: CheckCache | undefined, options: Required<WordingOptions>): Promise<CheckSummary> {
  const wording = await loadWording(project, options.spell, options.spellers);
  const { chapters, charts, findings } = runChapters(project, handlungsfeldNames(project.profile), { check: true, wording, wrap: skeletons(cache) });
  // Written before the numbering step changes the trees.
  const saved = cache?.save();
  const result = await checkDocument(numberDocument(project, chapters, charts, findings));
  await saved;
  return result;
}

/** Keeps the skeleton of each chapter, in the cache when there is one; a chapter found there is not run. */
function skeletons(cache: CheckCache | undefined): ChapterWrapper {
  return (key, run) => {
    const known = cache?.get(key());
    if (known) return outcomeOf(known);
    const { tree, findings, charts } = run();
    const facts: ChapterFacts = { findings, charts, ...(tree && { skeleton: skeletonTree(tree) }) };
    cache?.set(key(), facts);
    return outcomeOf(facts);
  };
}

function outcomeOf(facts: ChapterFacts): ChapterOutcome {
  return { findings: facts.findings, charts: facts.charts, ...(facts.skeleton && { tree: facts.skeleton }) };
}
