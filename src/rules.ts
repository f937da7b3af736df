import type { Diagnostic, RelatedPlace, Severity } from './diagnostics.js';
import type { Localized } from './i18n/lang.js';
import { msg } from './i18n/message.js';

export interface RuleInfo {
  id: string;
  severity: Severity;
  /** What the rule asks for, shown in the rules reference. */
  description: Localized;
}

/**
 * Every rule `ihek check` applies, with its stable id and default severity. A profile changes a
 * severity with `rules: { <id>: error | warning | off }`. docs/rules.md is generated from this list.
 */
export const RULES: readonly RuleInfo[] = [
  { id: 'required-chapter', severity: 'error', description: msg('rules.required-chapter') },
  { id: 'chapter-count', severity: 'error', description: msg('rules.chapter-count') },
  { id: 'chapter-order', severity: 'error', description: msg('rules.chapter-order') },
  { id: 'chapter-type', severity: 'error', description: msg('rules.chapter-type') },
  { id: 'front-matter', severity: 'error', description: msg('rules.front-matter') },
  { id: 'required-section', severity: 'error', description: msg('rules.required-section') },
  { id: 'heading-level', severity: 'error', description: msg('rules.heading-level') },
  { id: 'heading-number', severity: 'warning', description: msg('rules.heading-number') },
  { id: 'duplicate-anchor', severity: 'error', description: msg('rules.duplicate-anchor') },
  { id: 'broken-link', severity: 'error', description: msg('rules.broken-link') },
  { id: 'link-target', severity: 'error', description: msg('rules.link-target') },
  { id: 'raw-html', severity: 'error', description: msg('rules.raw-html') },
  { id: 'image-missing', severity: 'error', description: msg('rules.image-missing') },
  { id: 'image-outside', severity: 'error', description: msg('rules.image-outside') },
  { id: 'image-remote', severity: 'error', description: msg('rules.image-remote') },
  { id: 'image-format', severity: 'error', description: msg('rules.image-format') },
  { id: 'image-size', severity: 'error', description: msg('rules.image-size') },
  { id: 'image-alt', severity: 'error', description: msg('rules.image-alt') },
  { id: 'table-header', severity: 'error', description: msg('rules.table-header') },
  { id: 'abbreviation-missing', severity: 'warning', description: msg('rules.abbreviation-missing') },
  { id: 'pasted-bullet', severity: 'warning', description: msg('rules.pasted-bullet') },
  { id: 'pasted-tab-indent', severity: 'warning', description: msg('rules.pasted-tab-indent') },
  { id: 'pasted-tab-table', severity: 'warning', description: msg('rules.pasted-tab-table') },
  { id: 'soft-hyphen', severity: 'warning', description: msg('rules.soft-hyphen') },
  { id: 'placeholder', severity: 'warning', description: msg('rules.placeholder') },
  { id: 'skeleton-text', severity: 'warning', description: msg('rules.skeleton-text') },
  { id: 'spelling', severity: 'warning', description: msg('rules.spelling') },
  { id: 'repeated-word', severity: 'warning', description: msg('rules.repeated-word') },
  { id: 'gender-form', severity: 'warning', description: msg('rules.gender-form') },
  { id: 'unsupported-character', severity: 'error', description: msg('rules.unsupported-character') },
  { id: 'template-expression', severity: 'error', description: msg('rules.template-expression') },
  { id: 'template-script', severity: 'error', description: msg('rules.template-script') },
  { id: 'template-external', severity: 'error', description: msg('rules.template-external') },
  { id: 'measure-handlungsfeld', severity: 'error', description: msg('rules.measure-handlungsfeld') },
  { id: 'measure-period', severity: 'error', description: msg('rules.measure-period') },
  { id: 'fund-limit', severity: 'error', description: msg('rules.fund-limit') },
  { id: 'fund-minimum', severity: 'error', description: msg('rules.fund-minimum') },
  { id: 'fund-year-limit', severity: 'error', description: msg('rules.fund-year-limit') },
  { id: 'fund-duration', severity: 'error', description: msg('rules.fund-duration') },
  { id: 'benn-budget', severity: 'error', description: msg('rules.benn-budget') },
];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleInfo(id: string): RuleInfo | undefined {
  return byId.get(id);
}

/** A diagnostic with the rule's default severity. */
export function finding(
  rule: string,
  place: { file: string; line: number; column?: number },
  text: Localized,
  related?: RelatedPlace[],
): Diagnostic {
  return {
    file: place.file,
    line: place.line,
    column: place.column ?? 1,
    severity: byId.get(rule)?.severity ?? 'error',
    rule,
    text,
    ...(related && related.length > 0 && { related }),
  };
}
