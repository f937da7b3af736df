import { RULES } from '../rules.js';

/** The rules reference (docs/rules.md), made from the rule list so the two cannot drift. */
export function rulesReference(): string {
  const lines = [
    '# Rules of `ihek check`',
    '',
    '<!-- Generated from src/rules.ts by `npm run docs:rules`; a test fails when this file is stale. -->',
    '',
    'Every diagnostic names one of these rule ids. A profile changes a severity with',
    '`rules: { <id>: error | warning | off }` (see [profiles-and-templates.md](profiles-and-templates.md)).',
    '',
    '| Rule | Default | What it asks for | Was die Regel verlangt |',
    '|---|---|---|---|',
    ...RULES.map((rule) => `| \`${rule.id}\` | ${rule.severity} | ${rule.description.en} | ${rule.description.de} |`),
    '',
  ];
  return lines.join('\n');
}
