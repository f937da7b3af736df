import type { ChartRequest } from '../charts/chart-request.js';
import type { Diagnostic } from '../diagnostics.js';
import { createChapterDeadline } from '../markdown/chapter-deadline.js';
import { createTemplateRuntime, expandTemplate } from '../markdown/expand-template.js';
import { parseChapterBody } from '../markdown/parse-chapter.js';
import { createMarkdownParser } from '../markdown/parse-markdown.js';
import type { Project } from '../project/types.js';
import type { Outline } from '../transform/build-outline.js';
import type { CaptionEntry } from '../transform/collect-captions.js';
import { chapterNumbers, type ParsedChapter } from '../transform/parsed-chapter.js';
import { numberDocument } from './number-document.js';
import { helperData, templateContext } from './template-context.js';

/** A project read, expanded, parsed and numbered: what the check and the renderers work on. */
export interface PreparedDocument {
  project: Project;
  chapters: ParsedChapter[];
  outline: Outline;
  /** Numbered figures and tables, in document order. */
  captions: CaptionEntry[];
  captionById: Map<string, CaptionEntry>;
  /** Charts the chapters ask for, in document order. */
  charts: ChartRequest[];
  /** Problems found while preparing (template errors, clashing anchors, broken links). */
  diagnostics: Diagnostic[];
}

/** Expands templates, parses Markdown, numbers headings and resolves cross-references. */
export function prepareDocument(project: Project, handlungsfelder: Record<string, string> = {}): PreparedDocument {
  const steps = preparing(project, handlungsfelder);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, awaiting `pause` after each chapter: a PDF build lets the event loop turn there, to
 * talk to the browser meanwhile (it starts and opens the page the print is written into while the
 * text is parsed).
 */
export async function prepareDocumentPausing(project: Project, handlungsfelder: Record<string, string>, pause: () => Promise<void>): Promise<PreparedDocument> {
  const steps = preparing(project, handlungsfelder);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** The work of preparing, one chapter per step. */
function* preparing(project: Project, handlungsfelder: Record<string, string>): Generator<void, PreparedDocument> {
  const diagnostics: Diagnostic[] = [];
  const data = helperData(project, handlungsfelder);
  const runtime = createTemplateRuntime(data);
  const parse = createMarkdownParser();
  const deadline = createChapterDeadline();
  const context = templateContext(project);
  const numbers = chapterNumbers(project.chapters);
  const chapters: ParsedChapter[] = [];
  for (const [index, source] of project.chapters.entries()) {
    const number = numbers[index] ?? String(index + 1);
    const result = expandTemplate(runtime, source.body, source.bodyLine, context, source.file);
    if ('diagnostics' in result) {
      diagnostics.push(...result.diagnostics);
      chapters.push({ source, number });
    } else {
      const { expanded } = result;
      chapters.push({ source, number, tree: deadline(source, expanded.text.length, 'parse', () => parseChapterBody(parse, expanded, source.frontMatter.title)) });
    }
    yield;
  }
  return numberDocument(project, chapters, data.charts, diagnostics);
}
