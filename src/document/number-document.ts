import type { ChartRequest } from '../charts/chart-request.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Project } from '../project/types.js';
import { buildOutline } from '../transform/build-outline.js';
import { collectCaptions } from '../transform/collect-captions.js';
import type { ParsedChapter } from '../transform/parsed-chapter.js';
import { resolveCrossReferences } from '../transform/resolve-cross-references.js';
import type { PreparedDocument } from './prepare-document.js';

/**
 * The document-wide steps over parsed chapters: numbers headings, figures and tables and resolves
 * cross-references (writing anchors and labels into the trees), adding what clashes or points
 * nowhere to `diagnostics`.
 */
export function numberDocument(
  project: Project,
  chapters: ParsedChapter[],
  charts: ChartRequest[],
  diagnostics: Diagnostic[],
): PreparedDocument {
  const outline = buildOutline(chapters, diagnostics);
  const captions = collectCaptions(chapters, outline, diagnostics);
  const captionById = new Map(captions.map((entry) => [entry.id, entry]));
  resolveCrossReferences(chapters, outline, captionById, project.manifest.lang, diagnostics);
  return { project, chapters, outline, captions, captionById, charts, diagnostics };
}
