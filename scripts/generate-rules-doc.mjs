// Writes docs/rules.md from the rule definitions (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { rulesReference } from '../dist/check/rules-doc.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesReference());
