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
  'init.addChapter.needsHandlungsfeld': (v) => `a chapter of type "${v.type}" needs --handlungsfeld (${v.list})`,
  'init.addChapter.unknownHandlungsfeld': (v) => `unknown Handlungsfeld "${v.handlungsfeld}"; the profile knows: ${v.list}`,
  'init.addChapter.handlungsfeldTaken': (v) => `Handlungsfeld ${v.handlungsfeld} already has a chapter (${v.file})`,
  'init.addChapter.handlungsfeldNotApplicable': (v) => `--handlungsfeld applies only to chapters of type handlungsfeld, not to "${v.type}"`,
  'init.addChapter.needsBenn': (v) => `a chapter of type "${v.type}" first needs a benn: block in ihek.yaml (site, annualBudget)`,
  'init.addChapter.tooMany': (v) => `the profile allows at most ${v.max} chapter(s) of type "${v.type}"; present: ${v.present}`,
  'init.addChapter.badId': (v) => `"${v.id}" is not a valid chapter id: lower-case letters, digits and hyphens only, starting with a letter or digit`,
  'init.addChapter.idTaken': (v) => `the chapter id "${v.id}" already exists (${v.file})`,
  'init.addChapter.fileExists': (v) => `${v.file} already exists; nothing was changed`,
  'init.fileNumber.start': '(start)',
  'init.fileNumber.end': '(end)',
  'init.fileNumber.noneFree': (v) => `there is no free file number left between ${v.before} and ${v.after}; rename the files (and their entries in ihek.yaml)`,
  'init.project.needsText': (v) => `--${v.name} needs a one-line text, not "${v.value}"`,
  'init.project.needsYear': (v) => `--${v.name} needs a year between 1990 and 2100, not "${v.value}"`,
  'init.project.periodReversed': (v) => `The period ends (--to ${v.to}) before it starts (--from ${v.from})`,
  'init.project.notAFolder': (v) => `${v.dir} is a file, not a folder`,
  'init.project.fileExists': (v) => `${v.files} already exists; ihek init overwrites nothing and changed nothing (--force overwrites)`,
  'init.project.filesExist': (v) => `${v.files} already exist; ihek init overwrites nothing and changed nothing (--force overwrites)`,
  'init.listItem.cannotInsert': (v) => `${v.file}: the new entry cannot be inserted safely (${v.why}); please add it by hand`,
  'init.listItem.notYamlMapping': 'the file is not a valid YAML mapping',
  'init.listItem.noPosition': (v) => `"${v.key}" has no position`,
  'init.listItem.notFileNames': (v) => `"${v.key}" holds something other than file names`,
  'init.listItem.unusualList': (v) => `the list "${v.key}" is written in an unusual way`,
  'init.listItem.notAList': (v) => `"${v.key}" is not a list`,
  'init.listItem.probeFailed': 'the check after inserting failed',
  'init.write.exists': (v) => `${v.target} already exists; nothing was overwritten`,
  'init.write.cannotCreate': (v) => `${v.target} cannot be created (${v.code})`,
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
