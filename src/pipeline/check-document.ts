import { checkTitleCharacters } from '../check/check-content.js';
import { gradeGuidance } from '../check/check-guidance.js';
import { checkImages } from '../check/check-images.js';
import { checkMeasures } from '../check/check-measures.js';
import { checkStructure } from '../check/check-structure.js';
import { checkTemplates } from '../check/check-templates.js';
import { countBySeverity, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { PreparedDocument } from '../document/prepared-document.js';
import type { Profile } from '../project/profile-types.js';
import type { Project } from '../project/types.js';

/** The findings of `ihek check` for a project. */
export interface CheckSummary {
  project: Project;
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
}

/** The findings with the prepared document they were found in (what `build` renders). */
export interface CheckResult extends CheckSummary {
  document: PreparedDocument;
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

/**
 * The `check-document` step: the rules that see the whole numbered document, together with what the
 * chapters' own steps and the numbering found (`document.diagnostics`); sorted and graded by the
 * profile. Every command that reports findings (check, build, watch, release) ends its check here.
 */
export async function checkDocument(document: PreparedDocument): Promise<CheckSummary> {
  const { project } = document;
  const found = [
    ...document.diagnostics,
    ...checkTitleCharacters(project),
    ...checkStructure(document),
    ...checkMeasures(project),
    ...(await checkImages(document)),
    ...(await checkTemplates(document)),
  ];
  const diagnostics = sortDiagnostics(gradeGuidance(applySeverities(keepInsideLines(found, project), project.profile), project));
  return { project, diagnostics, ...countBySeverity(diagnostics) };
}

/**
 * A finding after a {{…}} expression on the same line was placed by the expanded text, which is
 * longer or shorter than the source line: its column is kept inside the line the author sees.
 */
function keepInsideLines(diagnostics: Diagnostic[], project: Project): Diagnostic[] {
  const bodies = new Map(project.chapters.map((chapter) => [chapter.file, chapter]));
  return diagnostics.map((d) => {
    const chapter = bodies.get(d.file);
    if (!chapter || d.line < chapter.bodyLine || !chapter.body.includes('{{')) return d;
    const length = chapter.body.split('\n', d.line - chapter.bodyLine + 1)[d.line - chapter.bodyLine]?.length;
    return length !== undefined && d.column > length + 1 ? { ...d, column: length + 1 } : d;
  });
}
