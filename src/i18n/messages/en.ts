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
  'diff.label.heading': 'Changes',
  'diff.label.overview': 'Summary of changes',
  'diff.label.toContents': 'On to the contents of the document',
  'diff.label.worktree': 'working tree',
  'diff.label.noChanges': 'No changes.',
  'diff.label.statusAdded': 'added',
  'diff.label.statusRemoved': 'removed',
  'diff.label.statusMoved': 'moved',
  'diff.label.statusChanged': 'changed',
  'diff.label.statusUnchanged': 'unchanged',
  'diff.label.was': 'was',
  'diff.label.chapter': 'Chapter',
  'diff.label.appendix': 'Appendix',
  'diff.label.section': 'Section',
  'diff.label.intro': 'text before the first section',
  'diff.label.title': 'title',
  'diff.label.file': 'file',
  'diff.label.renamed': 'file renamed',
  'diff.label.manifest': 'ihek.yaml',
  'diff.label.key': 'Key',
  'diff.label.before': 'before',
  'diff.label.after': 'after',
  'diff.label.measures': 'Measures',
  'diff.label.measure': 'Measure',
  'diff.label.change': 'Change',
  'diff.label.wordsHeading': 'Words',
  'diff.label.indicator': 'Indicator',
  'diff.label.abbreviation': 'Abbreviation',
  'diff.label.indicators': 'Indicators',
  'diff.label.glossary': 'Abbreviations',
  'diff.label.totals': 'Totals by fund and year',
  'diff.label.fonds': 'Fund',
  'diff.label.year': 'Year',
  'diff.label.total': 'Total',
  'diff.label.none': '–',
  'diff.label.inserted': 'inserted',
  'diff.label.deleted': 'deleted',
  'diff.label.insertedMarker': 'insertion:',
  'diff.label.deletedMarker': 'deletion:',
  'diff.label.markerEnd': 'end of change',
  'diff.label.legend': 'Inserted text is underlined, deleted text is struck through.',
  'diff.label.comparison': 'Comparison',
  'diff.label.removedChapter': 'Removed chapter',
  'diff.label.removedSection': 'Removed section',
  'diff.label.movedNote': 'Moved',
  'diff.label.addedNote': 'New',
  'diff.label.data': 'Data',
  'diff.label.chapters': 'Chapters',
  'diff.label.sections': 'Sections',
  'diff.label.warning': 'Note',
  'diff.label.truncated': 'Output shortened; ihek diff --html shows every change.',
  'diff.label.words': (v) => `+${v.inserted} −${v.deleted} words`,
  'diff.revision.symlink': 'is a symbolic link in the revision; ihek does not read links from revisions – commit the file itself',
  'diff.revision.submodule': 'is a submodule in the revision',
  'diff.revision.notAFile': (v) => `is not a file in the revision (mode ${v.mode})`,
  'diff.revision.objectMissing': 'is missing from the repository (git does not have its content; a partial clone?)',
  'diff.revision.kindNotRead': 'is not read from revisions (only Markdown, YAML, templates, styles, images and files named in ihek.yaml)',
  'diff.revision.tooLarge': (v) => `is larger than ${v.limit} in the revision`,
  'diff.revision.catFileFailed': (v) => `git cat-file failed: ${v.reason}`,
  'diff.revision.wrongObject': (v) =>
    `${v.file}: git answered "${v.header}" instead of the content (${v.oid} blob ${v.size}); is the repository damaged? (git fsck)`,
  'diff.revision.manifestMissing': 'is missing',
  'diff.revision.manifestNotRead': (v) => `revision "${v.revision}": ${v.file} ${v.reason}`,
  'diff.revision.tooManyBytes': (v) =>
    `revision "${v.revision}": the files of the project folder add up to ${v.total}; ihek reads at most ${v.limit} from a revision`,
  'diff.revision.notReadFile': (v) => `${v.where}${v.file} ${v.reason}`,
  'diff.revision.notReadBeside': (v) => `${v.text} (${v.file} ${v.reason})`,
  'diff.git.outputTooLarge': (v) => `git ${v.command} answers with more than ${v.mb} MB; ihek does not read that much from a repository`,
  'diff.git.notFound': 'git was not found; comparing revisions needs git to be installed',
  'diff.version.ambiguous': (v) => `"${v.argument}" is both a folder and a git revision; write ./${v.argument} for the folder, ${v.revision} for the revision`,
  'diff.version.worktree': 'working tree',
  'diff.version.named': (v) => `"${v.name}"`,
  'diff.version.prefix': (v) => `version ${v.name}: `,
  'diff.version.noRepository': (v) => `"${v.revision}" is not a folder, and ${v.cwd} is not inside a git repository where it could be a revision${v.reason}`,
  'diff.version.shallowHint': ' (the repository is a shallow clone: fetch more history, e.g. git fetch --unshallow or fetch-depth: 0)',
  'diff.version.noRevision': (v) => `The revision "${v.revision}" does not exist: no commit, branch or tag of that name and no folder${v.hint}`,
  'diff.version.noManifest': (v) => `The revision "${v.revision}" has no ihek.yaml (looked in ${v.where}); name the project folder with --dir`,
  'diff.version.notExpanded': (v) =>
    `version ${v.name}: ${v.file} could not be expanded (an error in a {{…}} expression; ihek check shows it); the comparison of this chapter is incomplete`,
  'diff.repository.outside': (v) => `${v.dir} is not inside the git repository; only folders inside it can be read from revisions`,
  'diff.tree.refused': (v) => `The revision "${v.revision}" holds the entry "${v.entry}", ${v.reason}; ihek does not read this revision (git fsck shows such entries)`,
  'diff.tree.lsTreeFailed': (v) => `git ls-tree ${v.commit} failed: ${v.reason}`,
  'diff.tree.tooManyFiles': (v) => `The revision "${v.revision}" holds more than ${v.limit.toLocaleString('en-US')} files in the project folder; ihek does not read that many`,
  'diff.tree.badName': 'whose name is not allowed (empty, ".", "..", ".git" or with "\\")',
  'diff.tree.twice': 'which appears twice in the same folder',
  'diff.tree.fileAndFolder': 'which is a file and a folder at once',
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
