/** `check`: load → … → check-document (see pipeline/steps.ts). */
export { check, checkProject, type CheckOptions } from '../pipeline/check-project.js';
export type { CheckResult, CheckSummary } from '../pipeline/check-document.js';
