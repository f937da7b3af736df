import type { Root } from 'mdast';
import type { ChartRequest } from '../charts/chart-request.js';
import type { Diagnostic } from '../diagnostics.js';
import { createChapterDeadline } from '../markdown/chapter-deadline.js';
import type { ExpandedText } from '../markdown/expanded-text.js';
import { parseChapterBody } from '../markdown/parse-chapter.js';
import { createMarkdownParser, type MarkdownParser } from '../markdown/parse-markdown.js';
import { checkChapterContent, uncoveredFinder, type ChapterPlace, type GlossaryInfo, type UncoveredFinder, type Wording } from './check-content.js';
import { skeletonTree } from './skeleton-tree.js';

/** What the check keeps of one chapter: enough to check the document without parsing it again. */
export interface ChapterFacts {
  /** Findings of the rules that see only this chapter, and of its `{{…}}` expansion. */
  findings: Diagnostic[];
  /** What the document-wide steps read (see skeleton-tree.ts); none when the expansion failed. */
  skeleton?: Root;
  /** The charts its `{{diagramm}}` calls asked for (charts are numbered through the document). */
  charts: ChartRequest[];
}

/** One expanded chapter body to parse and check. */
export interface ParseJob extends ChapterPlace {
  expanded: ExpandedText;
}

export type ParsedFacts = Pick<ChapterFacts, 'findings' | 'skeleton'>;

/** Parses chapters and runs the rules that see one chapter only; the same in a worker thread and in the main one. */
export function createFactsParser(glossary: GlossaryInfo | undefined, wording?: Wording): (job: ParseJob) => ParsedFacts {
  const parse: MarkdownParser = createMarkdownParser();
  const uncovered: UncoveredFinder = uncoveredFinder();
  const deadline = createChapterDeadline();
  return (job) => {
    const tree = deadline(job, job.expanded.text.length, 'parse', () => parseChapterBody(parse, job.expanded, job.title));
    return { findings: checkChapterContent(tree, job, glossary, uncovered, wording), skeleton: skeletonTree(tree) };
  };
}
