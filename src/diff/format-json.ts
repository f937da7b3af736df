import type { DiffResult } from './diff-model.js';

/** Version of the JSON shape; raised when a key changes meaning or disappears. */
export const DIFF_JSON_VERSION = 1;

/**
 * `--format json`: one object, shaped as docs/reviewing-changes.md documents it. Keys are always present;
 * a value missing on one side is null.
 */
export function formatDiffJson(result: DiffResult): string {
  const { lang } = result;
  const out = {
    format: 'ihek-diff',
    version: DIFF_JSON_VERSION,
    from: result.from,
    to: result.to,
    lang,
    changed: result.changed,
    summary: result.summary,
    manifest: result.manifest,
    chapters: result.chapters,
    data: result.data,
    warnings: result.warnings.map((warning) => warning[lang]),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
