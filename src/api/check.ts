import { countBySeverity, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { prepareDocument, type PreparedDocument } from '../document/prepare-document.js';
import { loadProject, type LoadOptions } from '../project/load-project.js';
import type { Project } from '../project/types.js';
import { checkImages } from '../check/check-images.js';

export interface CheckResult {
  project: Project;
  document: PreparedDocument;
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
}

/** Runs every check over a loaded project. */
export async function checkProject(project: Project): Promise<CheckResult> {
  const document = prepareDocument(project);
  const diagnostics = [...document.diagnostics, ...(await checkImages(document))];
  sortDiagnostics(diagnostics);
  return { project, document, diagnostics, ...countBySeverity(diagnostics) };
}

/** Loads the project in `options.dir` and checks it. */
export async function check(options: LoadOptions = {}): Promise<CheckResult> {
  return checkProject(await loadProject(options));
}
