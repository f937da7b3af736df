import type { Messages } from './de.js';

/** Every message ihek shows, in English; same keys and order as `de.ts`. */
export const en: Messages = {
  // ── cli ──
  // (end of cli)

  // ── watch ──
  // (end of watch)

  // ── fmt ──
  // (end of fmt)

  // ── output ──
  // (end of output)

  // ── release ──
  // (end of release)

  // ── project ──
  // (end of project)

  // ── diff ──
  // (end of diff)

  // ── pdf ──
  // (end of pdf)

  // ── pipeline ──
  // (end of pipeline)

  // ── errors ──
  'errors.more': (v) => `… and ${v.count} more problems`,
  // (end of errors)

  // ── init ──
  // (end of init)

  // ── check ──
  // (end of check)

  // ── rules ──
  // (end of rules)

  // ── import ──
  // (end of import)

  // ── markdown ──
  'markdown.deadline.parse': 'parsing the Markdown',
  'markdown.deadline.render': 'turning it into HTML',
  'markdown.deadline.exceeded': (v) =>
    `${v.file}:${v.line}: ${v.step} took longer than ${v.seconds} s – the text is too convoluted or too large for the machine; please simplify or split the chapter`,
  // (end of markdown)

  // ── transform ──
  // (end of transform)

  // ── render ──
  // (end of render)

  // ── charts ──
  // (end of charts)

  // ── document ──
  // (end of document)

  // ── docx ──
  'docx.step': 'writing the Word version',
  'docx.option': 'render the Word version (.docx; the HTML is always written too)',
  // (end of docx)
};
