import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { countBySeverity } from '../diagnostics.js';
import type { Lang } from '../i18n/lang.js';
import { msgIn } from '../i18n/message.js';

export type ReportFormat = 'text' | 'json' | 'github';

/** How a project folder is shown in messages: relative to where the user stands. */
export function displayPrefix(cwd: string, root: string): string {
  const relative = path.relative(cwd, root);
  return relative.split(path.sep).join('/');
}

/** Diagnostics grouped per file with a summary line, as a person reads them in a terminal. */
export function formatText(diagnostics: readonly Diagnostic[], lang: Lang, projectPrefix: string): string {
  const { errors, warnings } = countBySeverity(diagnostics);
  if (diagnostics.length === 0) {
    return `${msgIn(lang, 'cli.report.noProblems')}\n`;
  }
  const lines: string[] = [];
  let file: string | undefined;
  for (const d of diagnostics) {
    if (d.file !== file) {
      if (file !== undefined) lines.push('');
      file = d.file;
      lines.push(path.posix.join(projectPrefix, d.file));
    }
    lines.push(`  ${d.line}:${d.column}  ${msgIn(lang, `cli.report.${d.severity}`)}  ${d.text[lang]}  ${d.rule}`);
    for (const related of d.related ?? []) {
      const where = `${path.posix.join(projectPrefix, related.file)}:${related.line}`;
      lines.push(`      ${related.text?.[lang] ?? msgIn(lang, 'cli.report.see')} ${where}`);
    }
  }
  lines.push('', msgIn(lang, 'cli.report.summary', { errors, warnings }));
  return `${lines.join('\n')}\n`;
}

/** The JSON shape of docs/checking.md: one object, `file` relative to the project folder. */
export function formatJson(diagnostics: readonly Diagnostic[], lang: Lang): string {
  const { errors, warnings } = countBySeverity(diagnostics);
  return `${JSON.stringify({
    diagnostics: diagnostics.map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      severity: d.severity,
      rule: d.rule,
      message: d.text[lang],
      ...(d.related && {
        related: d.related.map((r) => ({ file: r.file, line: r.line, ...(r.column && { column: r.column }) })),
      }),
    })),
    errors,
    warnings,
  })}\n`;
}

function escapeGithub(value: string, property = false): string {
  let out = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  if (property) out = out.replace(/:/g, '%3A').replace(/,/g, '%2C');
  return out;
}

/** GitHub Actions workflow commands, so each diagnostic appears as an annotation on the pull request. */
export function formatGithub(diagnostics: readonly Diagnostic[], lang: Lang, projectPrefix: string): string {
  return diagnostics
    .map((d) => {
      const file = escapeGithub(path.posix.join(projectPrefix, d.file), true);
      const kind = d.severity === 'error' ? 'error' : 'warning';
      return `::${kind} file=${file},line=${d.line},col=${d.column},title=${escapeGithub(d.rule, true)}::${escapeGithub(d.text[lang])}\n`;
    })
    .join('');
}
