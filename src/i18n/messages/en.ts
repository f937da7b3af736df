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
  'pdf.browser.exitCode': (v) => `exit code ${v.code}`,
  'pdf.browser.stopped': 'stopped',
  'pdf.browser.saidWithStatus': (v) => `${v.said} (${v.status})`,
  'pdf.browser.notStarted': (v) => `The browser ${v.path} could not be started: ${v.reason}`,
  'pdf.browser.htmlWritten': 'The HTML was written anyway.',
  'pdf.browser.namedMissing': (v) => `The browser named by ${v.where} (${v.path}) does not exist or is not executable`,
  'pdf.browser.noneFound': (v) =>
    `No browser found for PDF output. To fix: run "npm ci" in the ihek folder (it brings Chromium), or "apt-get install chromium", or set --browser PATH or IHEK_BROWSER. ${v.alreadyWritten}`,
  'pdf.print.interrupted': 'Interrupted (Ctrl-C); the previous PDF is unchanged',
  'pdf.print.timeout': (v) => `Printing the PDF took longer than ${v.seconds} s and was stopped; allow more time with --timeout`,
  'pdf.print.crashed': (v) => `The browser crashed while printing (${v.reason}); the previous PDF is unchanged`,
  'pdf.print.failed': (v) => `The PDF could not be printed: ${v.reason}`,
  // (end of pdf)

  // ── pipeline ──
  // The edition names the plan's round in German („Fortschreibung 2025“): the English subject reads it and leaves it out.
  'pipeline.pdf.subject': (v) =>
    `Integrated action and development plan ${v.area}, ${v.district}, ${v.from}–${v.to}${v.edition ? '' : ''}${v.version ? `, version ${v.version}` : ''}${v.source}`,
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
  // (end of docx)
};
