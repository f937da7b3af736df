import { helperData, templateContext } from '../document/template-context.js';
import type { expandTemplate } from '../markdown/expand-template.js';
import { unexpanded } from '../markdown/expanded-text.js';
import type { HelperData } from '../markdown/template-helpers.js';
import type { ChapterSource, Project } from '../project/types.js';
import { packageVersion } from '../version.js';
import { hash, type CheckCache } from './check-cache.js';
import type { ChapterFacts, ParseJob } from './chapter-facts.js';
import { chapterPlace, glossaryInfo } from './check-content.js';
import { parseChapters } from './parse-chapters.js';
import type { WordingInfo } from './spelling/check-wording.js';

/**
 * The facts of every chapter, in order: from the cache when a chapter's key is there, otherwise
 * expanded, parsed and checked (on two threads when there is enough text). The key is a hash over
 * everything the facts depend on: the version of ihek, the chapter's file, first line, title and body,
 * the glossary (the abbreviation rule compares with it), the wording setup (spelling on or off, the
 * project's known words, the gender form) and – only for a body with `{{…}}` – the
 * manifest, data and Handlungsfelder its expressions see and how many charts come before it.
 */
export async function collectChapterFacts(
  project: Project,
  handlungsfelder: Record<string, string>,
  cache: CheckCache | undefined,
  wording: WordingInfo,
): Promise<ChapterFacts[]> {
  const glossary = glossaryInfo(project);
  const data = helperData(project, handlungsfelder);
  const common = [packageVersion(), glossary ?? null, wording];
  let contextKey: string | undefined;
  let expand: Expander | undefined;

  const facts: Array<ChapterFacts | undefined> = [];
  const keys: string[] = [];
  const jobs: Array<{ index: number; job: ParseJob }> = [];
  const missed: number[] = [];
  for (const [index, source] of project.chapters.entries()) {
    const templated = source.body.includes('{{');
    if (templated) contextKey ??= hash(JSON.stringify([templateContext(project), handlungsfelder]));
    const place = chapterPlace(source);
    const key = hash(JSON.stringify([...common, place, source.body, templated ? [contextKey, data.charts.length] : null]));
    keys.push(key);
    const known = cache?.get(key);
    if (known) {
      data.charts.push(...known.charts);
      facts.push(known);
      continue;
    }
    missed.push(index);
    if (!templated) {
      facts.push(undefined);
      jobs.push({ index, job: { ...place, expanded: unexpanded(source.body, source.bodyLine) } });
      continue;
    }
    // Handlebars is loaded only when a chapter that needs it is not in the cache.
    expand ??= await templateExpander(project, data);
    const before = data.charts.length;
    const result = expand(source);
    const charts = data.charts.slice(before);
    if ('diagnostics' in result) {
      facts.push({ findings: result.diagnostics, charts });
    } else {
      facts.push({ findings: [], charts });
      jobs.push({ index, job: { ...place, expanded: result.expanded } });
    }
  }

  const parsed = await parseChapters(
    jobs.map((entry) => entry.job),
    glossary,
    wording,
  );
  jobs.forEach(({ index }, n) => {
    const { findings, skeleton } = parsed[n]!;
    const charts = facts[index]?.charts ?? [];
    facts[index] = { findings, ...(skeleton && { skeleton }), charts };
  });
  const complete = facts as ChapterFacts[];
  missed.forEach((index) => cache?.set(keys[index]!, complete[index]!));
  return complete;
}

type Expander = (source: ChapterSource) => ReturnType<typeof expandTemplate>;

async function templateExpander(project: Project, data: HelperData): Promise<Expander> {
  const { createTemplateRuntime, expandTemplate } = await import('../markdown/expand-template.js');
  const runtime = createTemplateRuntime(data);
  const context = templateContext(project);
  return (source) => expandTemplate(runtime, source.body, source.bodyLine, context, source.file);
}
