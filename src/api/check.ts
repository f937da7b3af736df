import { checkContent } from '../check/check-content.js';
import { checkImages } from '../check/check-images.js';
import { checkMeasures } from '../check/check-measures.js';
import { checkLinksAndHtml, checkTemplates } from '../check/check-safety.js';
import { checkStructure } from '../check/check-structure.js';
import { countBySeverity, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { prepareDocument, type PreparedDocument } from '../document/prepare-document.js';
import { loadProject, type LoadOptions } from '../project/load-project.js';
import type { Project } from '../project/types.js';
import type { Profile } from '../profile/types.js';

export interface CheckResult {
  project: Project;
  document: PreparedDocument;
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
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

/** Runs every check over a loaded project. */
export async function checkProject(project: Project): Promise<CheckResult> {
  const document = prepareDocument(project, handlungsfeldNames(project.profile));
  const found = [
    ...document.diagnostics,
    ...checkStructure(document),
    ...checkContent(document),
    ...checkMeasures(project),
    ...(await checkImages(document)),
    ...checkLinksAndHtml(document),
    ...(await checkTemplates(project.root)),
  ];
  const diagnostics = sortDiagnostics(applySeverities(found, project.profile));
  return { project, document, diagnostics, ...countBySeverity(diagnostics) };
}

/** Loads the project in `options.dir` and checks it. */
export async function check(options: LoadOptions = {}): Promise<CheckResult> {
  return checkProject(await loadProject(options));
}
