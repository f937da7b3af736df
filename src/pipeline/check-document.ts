import { checkTitleCharacters } from '../check/check-content.js';
import { gradeGuidance } from '../check/check-guidance.js';
import { checkImages, checkManifestImages } from '../check/check-images.js';
import { checkFunds } from '../check/check-funds.js';
import { checkMeasures } from '../check/check-measures.js';
import { checkStructure } from '../check/check-structure.js';
import { checkTemplates } from '../check/check-templates.js';
import { countBySeverity, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { NodesOnly, PreparedDocument } from '../document/prepared-document.js';
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
 * The image rule looks at nothing but images, so `walk` (see `NodesOnly`) spares it the whole trees.
 */
export async function checkDocument(document: PreparedDocument, walk?: NodesOnly): Promise<CheckSummary> {
  const { project } = document;
  const found = [
    ...document.diagnostics,
    ...checkTitleCharacters(project),
    ...checkStructure(document),
    ...checkMeasures(project),
    ...checkFunds(project),
    ...(await checkImages(document, walk?.('images') ?? document.chapters)),
    ...(await checkManifestImages(project)),
    ...(await checkTemplates(document)),
  ];
  const diagnostics = sortDiagnostics(gradeGuidance(applySeverities(keepInsideLines(found, project), project.profile), project));
  return { project, diagnostics, ...countBySeverity(diagnostics) };
}

/**
 * A finding after a {{…}} expression on the same line was placed by the expanded text, which is
 * longer or shorter than the source line: a finding about a word is moved to where that word
 * stands in the source line (the occurrence nearest to the expanded place); any other column is
 * kept inside the line the author sees.
 */
function keepInsideLines(diagnostics: Diagnostic[], project: Project): Diagnostic[] {
  const bodies = new Map(project.chapters.map((chapter) => [chapter.file, chapter]));
  return diagnostics.map((d) => {
    const chapter = bodies.get(d.file);
    if (!chapter || d.line < chapter.bodyLine || !chapter.body.includes('{{')) return d;
    const line = chapter.body.split('\n', d.line - chapter.bodyLine + 1)[d.line - chapter.bodyLine];
    if (line === undefined || !line.includes('{{')) return d;
    const column = d.word === undefined ? undefined : nearestColumn(line, d.word, d.column);
    if (column !== undefined) return { ...d, column };
    return d.column > line.length + 1 ? { ...d, column: line.length + 1 } : d;
  });
}

/** The column of the occurrence of `word` in `line` (standing as a word of its own) nearest to `column`. */
function nearestColumn(line: string, word: string, column: number): number | undefined {
  let best: number | undefined;
  for (let at = line.indexOf(word); at !== -1; at = line.indexOf(word, at + 1)) {
    const alone = !/[\p{L}\p{N}]/u.test(line[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(line[at + word.length] ?? '');
    if (alone && (best === undefined || Math.abs(at + 1 - column) < Math.abs(best - column))) best = at + 1;
  }
  return best;
}
