import type { PreparedDocument } from '../document/prepared-document.js';
import { numberDocument } from '../document/number-document.js';
import type { Project } from '../project/types.js';
import { runChapters } from './run-chapters.js';

/**
 * `load` to `number` without the checks, for what needs the numbered document but no findings
 * (`diff`, `build --no-check`): expands templates, parses Markdown, numbers headings and resolves
 * cross-references. Expansion errors and what numbering found are in `diagnostics`.
 */
export function prepareDocument(project: Project, handlungsfelder: Record<string, string> = {}): PreparedDocument {
  const { chapters, charts, findings } = runChapters(project, handlungsfelder, { check: false });
  return numberDocument(project, chapters, charts, findings);
}
