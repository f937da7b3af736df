import type { Html, Parent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic } from '../diagnostics.js';
import { msg } from '../i18n/message.js';
import type { Project } from '../project/types.js';
import { finding } from '../rules.js';

/**
 * The mark the chapter skeletons of `ihek init` and `ihek new chapter` put at the end of each
 * paragraph (and example list item) of guidance. An HTML comment: the author reads it in the
 * Markdown, and it never reaches the document; the guidance text before it does, until it is
 * replaced.
 */
export const GUIDANCE_MARK = '<!-- Vorlage: durch eigenen Text ersetzen -->';

/** Any comment starting with "Vorlage" counts, so a mark retyped by hand is found as well. */
const GUIDANCE_COMMENT = /^<!--\s*Vorlage\b/i;

export const GUIDANCE_RULE = 'skeleton-text';

export function isGuidanceMark(node: Html): boolean {
  return GUIDANCE_COMMENT.test(node.value);
}

function excerpt(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 60 ? `${clean.slice(0, 60).replace(/\s+\S*$/, '')} …` : clean;
}

/**
 * A guidance mark left in a chapter, found at the start of the paragraph or list item that holds
 * it (a mark on a line of its own: at that line).
 */
export function guidanceFinding(mark: Html, parent: Parent | undefined, source: { file: string; bodyLine: number }): Diagnostic {
  const block = parent && parent.type !== 'root' ? parent : mark;
  const text = block === mark ? '' : excerpt(toString(block, { includeHtml: false }));
  return finding(
    GUIDANCE_RULE,
    { file: source.file, line: block.position?.start.line ?? source.bodyLine, column: block.position?.start.column ?? 1 },
    msg('check.guidance.leftIn', { text, mark: GUIDANCE_MARK }),
  );
}

/**
 * Guidance must never reach a final document: its findings are errors in a chapter with
 * `status: final`, and everywhere when `allFinal` (a release with `--require-final`). Applied after
 * the profile's severities and outside the check cache, since the status is front matter, which
 * the cached per-chapter findings do not depend on.
 */
export function gradeGuidance(diagnostics: Diagnostic[], project: Project, allFinal = false): Diagnostic[] {
  const final = new Set(project.chapters.filter((c) => c.frontMatter.status === 'final').map((c) => c.file));
  return diagnostics.map((d) => {
    if (d.rule !== GUIDANCE_RULE || d.severity === 'error') return d;
    if (final.has(d.file)) {
      return { ...d, severity: 'error', text: msg('check.guidance.finalChapter', { text: d.text }) };
    }
    if (allFinal) {
      return { ...d, severity: 'error', text: msg('check.guidance.requireFinal', { text: d.text }) };
    }
    return d;
  });
}
