import type { ChartRequest } from '../charts/chart-request.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Project } from '../project/types.js';
import { buildOutline } from '../transform/build-outline.js';
import { collectCaptions } from '../transform/collect-captions.js';
import type { ParsedChapter } from '../transform/parsed-chapter.js';
import { resolveCrossReferences } from '../transform/resolve-cross-references.js';
import type { NodesOnly, PreparedDocument } from './prepared-document.js';

/**
 * The `number` step over parsed chapters: numbers headings, figures and tables and resolves
 * cross-references (writing anchors and labels into the trees), adding what clashes or points
 * nowhere to `diagnostics`. These steps look only at headings, caption blocks and links, so `walk`
 * (see `NodesOnly`) gives the same numbers, anchors and labels without walking all text.
 */
export function numberDocument(
  project: Project,
  chapters: ParsedChapter[],
  charts: ChartRequest[],
  diagnostics: Diagnostic[],
  walk?: NodesOnly,
): PreparedDocument {
  const outline = buildOutline(walk?.('headings') ?? chapters, project.profile.numbering, diagnostics);
  const captions = collectCaptions(walk?.('captions') ?? chapters, outline, diagnostics);
  const captionById = new Map(captions.map((entry) => [entry.id, entry]));
  resolveCrossReferences(walk?.('links') ?? chapters, outline, captionById, project.manifest.lang, diagnostics);
  return { project, chapters, outline, captions, captionById, charts, diagnostics };
}
