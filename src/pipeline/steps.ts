import type { Root } from 'mdast';
import type { ChartRequest } from '../charts/chart-request.js';
import { chapterPlace, checkChapterContent, glossaryInfo, uncoveredFinder, type ChapterPlace, type GlossaryInfo, type Wording } from '../check/check-content.js';
import type { Diagnostic } from '../diagnostics.js';
import { helperData, templateContext } from '../document/template-context.js';
import { createChapterDeadline } from '../markdown/chapter-deadline.js';
import { createTemplateRuntime, expandTemplate } from '../markdown/expand-template.js';
import type { ExpandedText } from '../markdown/expanded-text.js';
import { parseChapterBody } from '../markdown/parse-chapter.js';
import { createMarkdownParser } from '../markdown/parse-markdown.js';
import type { HelperData } from '../markdown/template-helpers.js';
import type { ChapterSource, Project } from '../project/types.js';

/**
 * The one sequence every command runs, in this order. `check` stops after `check-document`, `diff`
 * runs `load` to `number` without the checks, `build`, `watch` and `release` run all of it.
 *
 * - `load`: manifest, profile, data and chapter files (project/load-project.ts)
 * - `expand`: the `{{…}}` expressions of one chapter (markdown/expand-template.ts)
 * - `parse`: one chapter's Markdown into a tree (markdown/parse-chapter.ts)
 * - `check-chapter`: the rules that see one chapter (check/check-content.ts), with spelling, repeated
 *   words and gender forms (check/spelling/)
 * - `number`: outline, figure and table numbers, cross-references (document/number-document.ts)
 * - `check-document`: the rules that see the whole document, graded by the profile (pipeline/check-document.ts)
 * - `render`: each chapter to HTML (render/render-chapters.ts), then the page (render/render-html.ts)
 *   – for an excerpt (`build --only`), of the checked and numbered document without the chapters
 *   not asked for (document/select-excerpt.ts)
 * - `outputs`: the HTML file, the PDF (pdf/print-to-file.ts), the preview (watch/)
 *
 * The first four run per chapter (run-chapters.ts); caches, the preview's incremental rebuild and
 * the PDF build's pauses for the browser wrap them there, they never repeat the list.
 */
export const STEPS = ['load', 'expand', 'parse', 'check-chapter', 'number', 'check-document', 'render', 'outputs'] as const;
export type StepName = (typeof STEPS)[number];

/** What the per-chapter steps make of one chapter. */
export interface ChapterOutcome {
  /** The parsed chapter; none when its expansion failed. */
  tree?: Root;
  /** Expansion errors and the findings of the chapter rules (none when they were not run). */
  findings: Diagnostic[];
  /** The charts its `{{diagramm}}` calls asked for (charts are numbered through the document). */
  charts: ChartRequest[];
}

/** The per-chapter steps of one run, sharing a parser, a template runtime and the chart list. */
export interface ChapterSteps {
  /** The data `{{…}}` helpers write into; its chart list grows in document order. */
  data: HelperData;
  glossary: GlossaryInfo | undefined;
  /** What the wording rules compare with and, when words are spelt, the dictionary; none without checks. */
  wording: Wording | undefined;
  expand(source: ChapterSource): { expanded: ExpandedText } | { diagnostics: Diagnostic[] };
  parse(place: ChapterPlace, expanded: ExpandedText): Root;
  checkChapter(tree: Root, place: ChapterPlace): Diagnostic[];
}

export function createChapterSteps(project: Project, handlungsfelder: Record<string, string>, wording?: Wording): ChapterSteps {
  const data = helperData(project, handlungsfelder);
  const context = templateContext(project);
  const parser = createMarkdownParser();
  const deadline = createChapterDeadline();
  const glossary = glossaryInfo(project);
  let runtime: ReturnType<typeof createTemplateRuntime> | undefined;
  let uncovered: ReturnType<typeof uncoveredFinder> | undefined;
  return {
    data,
    glossary,
    wording,
    expand(source) {
      // A body without `{{` is Markdown as it stands (expandTemplate passes it through).
      if (source.body.includes('{{')) runtime ??= createTemplateRuntime(data);
      return expandTemplate(runtime!, source.body, source.bodyLine, context, source.file);
    },
    parse: (place, expanded) => deadline(place, expanded.text.length, 'parse', () => parseChapterBody(parser, expanded, place.title)),
    checkChapter: (tree, place) => checkChapterContent(tree, place, glossary, (uncovered ??= uncoveredFinder()), wording),
  };
}

/** Runs expand → parse → (check-chapter) for one chapter; the charts are those it adds to `steps.data`. */
export function runChapterSteps(steps: ChapterSteps, source: ChapterSource, check: boolean): Omit<ChapterOutcome, 'charts'> {
  const place = chapterPlace(source);
  const result = steps.expand(source);
  if ('diagnostics' in result) return { findings: result.diagnostics };
  const tree = steps.parse(place, result.expanded);
  return { tree, findings: check ? steps.checkChapter(tree, place) : [] };
}
