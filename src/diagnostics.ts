import type { Localized } from './i18n/lang.js';

export type Severity = 'error' | 'warning';

/** A related place, e.g. "first defined here". */
export interface RelatedPlace {
  file: string;
  line: number;
  column?: number;
  text?: Localized;
}

/** One positioned finding: a rule id, a place in a source file and a fixed wording in both languages. */
export interface Diagnostic {
  /** Relative to the project folder, forward slashes. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: string;
  text: Localized;
  related?: RelatedPlace[];
  /**
   * The word(s) a wording finding is about: after a `{{…}}` expression its column is looked up in
   * the source line, and `check --add-words` adds the word of a spelling finding to the word list.
   */
  word?: string;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors += 1;
    else warnings += 1;
  }
  return { errors, warnings };
}

/** Code-unit order: the same on every machine, whatever its locale. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders diagnostics by file, then line and column, so output is stable. File names and rule ids
 * compare by code unit, not by the machine's locale: the order must not depend on where the check
 * runs, and no collation tables need loading for it.
 */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) => compareCodeUnits(a.file, b.file) || a.line - b.line || a.column - b.column || compareCodeUnits(a.rule, b.rule),
  );
}
