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
  'project.find.noManifestIn': (v) => `There is no ${v.manifest} in ${v.dir}`,
  'project.find.noFolder': (v) => `The folder ${v.dir} does not exist`,
  'project.find.notFound': (v) => `No ${v.manifest} found (looked in . and ./content); name the project folder: ihek build <dir>`,
  'project.numbers.readAs': (v) => `${v.raw} is read as ${v.value} – write ${v.plain}${v.meant ? ` (if ${v.value} is really meant: write ${v.meant}0)` : ''}`,
  'project.numbers.textNotNumber': (v) =>
    `"${v.value}" is text, not a number – write ${v.plain} (no thousands separator or unit, a decimal point rather than a comma)`,
  'project.profile.unreadable': (v) => `${v.file}:${v.line}: "profile": ${v.reason}; built in are ${v.builtIn}`,
  'project.profile.unknownRule': (v) => `${v.file}:${v.line}: unknown rule "${v.rule}"; the rules are listed in docs/rules.md`,
  'project.load.periodReversed': (v) => `${v.file}:${v.line}: "period": the end (${v.to}) is before the start (${v.from})`,
  'project.load.listedTwice': (v) => `${v.file}:${v.line}: ${v.entry} is listed twice (first on line ${v.first})`,
  'project.load.unreadable': (v) => `${v.file}:${v.line}: ${v.reason}`,
  'project.load.idTaken': (v) => `${v.file}:${v.line}: ${v.subject}the id "${v.id}" is already used on line ${v.first}`,
  'project.load.chapterIdTaken': (v) => `${v.file}:${v.line}: the chapter id "${v.id}" is already used in ${v.firstFile}:${v.firstLine}`,
  'project.yaml.tooManyAliases': (v) => `${v.file}:${v.line}: too many YAML aliases (*…); only a few references are allowed`,
  'project.limits.tooManyChapters': (v) =>
    `${v.file}:${v.line}: more than ${v.limit.toLocaleString('en-GB')} chapters and appendices; this limit protects the machine – please merge chapters`,
  'project.limits.glossaryTooLarge': (v) =>
    `${v.file}:${v.line}: more than ${v.limit.toLocaleString('en-GB')} abbreviations in the glossary; this limit protects the machine`,
  'project.text.utf16': (v) => `${v.file}:1: is saved as UTF-16; save it as UTF-8`,
  'project.text.invalidUtf8': (v) => `${v.file}:${v.line}: not valid UTF-8 (byte 0x${v.byte}); save it as UTF-8`,
  'project.text.nul': (v) => `${v.file}:${v.line}: contains a NUL character; is this a binary file?`,
  'project.path.outside': (v) => `${v.where}${v.where ? 'the' : 'The'} path "${v.written}" leaves the project folder; paths must stay inside the project`,
  'project.frontMatter.missing': (v) => `${v.file}:1: front matter missing; the file must start with a "---" line and the keys id, title and type`,
  'project.frontMatter.unclosed': (v) => `${v.file}:1: front matter is not closed by a "---" line`,
  'project.yaml.tooDeep': (v) =>
    `${v.file}:${v.line}: YAML is nested more than ${v.depth} levels deep; this limit protects the machine – please use fewer levels`,
  'project.yaml.at': (v) => `${v.file}:${v.line}: ${v.message}`,
  'project.yaml.syntax': (v) => `YAML syntax error: ${v.message}`,
  'project.yaml.unsupportedTag': (v) => `unsupported YAML tag (${v.detail}); use plain values only`,
  'project.yaml.tabIndent': 'tab at the start of the line – indent YAML with spaces, not tabs',
  'project.yaml.missingSpace': (v) => `a space is missing after the colon – write ${v.fixed}`,
  'project.yaml.colonInValue': (v) => `colon inside the value of "${v.key}" – put the value in quotes: ${v.key}: ${v.quoted}`,
  'project.yaml.duplicateKey': (v) => `duplicate key (${v.detail})`,
  'project.yaml.keyTwice': (v) => `the key "${v.key}" appears twice (first on line ${v.first}) – remove one of the two`,
  'project.markdownLimits.nesting': (v) => `more than ${v.limit} levels of nested lists or quotes`,
  'project.markdownLimits.htmlNesting': (v) => `more than ${v.limit} HTML elements nested inside each other`,
  'project.markdownLimits.emphasisMarkers': (v) => `more than ${v.limit.toLocaleString('en-GB')} emphasis markers (*, _, ~) in one paragraph`,
  'project.markdownLimits.brackets': (v) => `more than ${v.limit.toLocaleString('en-GB')} square brackets in one paragraph`,
  'project.markdownLimits.closingBrackets': (v) => `more than ${v.limit.toLocaleString('en-GB')} closing square brackets in one paragraph`,
  'project.markdownLimits.backtickRuns': (v) => `more than ${v.limit.toLocaleString('en-GB')} runs of backticks (\`) in one paragraph`,
  'project.markdownLimits.htmlSpecials': (v) => `more than ${v.limit.toLocaleString('en-GB')} HTML comments or <!…>/<?…> in one paragraph`,
  'project.markdownLimits.unclosed':
    'unclosed HTML comments (<!-- without -->, <? without ?>) or backtick runs (` without a matching run) before too much text in the same paragraph; the first is here',
  'project.markdownLimits.setextHeadings': (v) => `more than ${v.limit} headings underlined with = or - in one chapter (please use ##)`,
  'project.markdownLimits.tableRows': (v) => `more than ${v.limit.toLocaleString('en-GB')} rows in one table`,
  'project.markdownLimits.tableCells': (v) => `more than ${v.limit.toLocaleString('en-GB')} cells in one table`,
  'project.markdownLimits.exceeded': (v) => `${v.what}; this limit protects the machine – please simplify the text`,
  'project.markdownLimits.at': (v) => `${v.file}:${v.line}: ${v.what}`,
  'project.file.textHint': 'split it into several files',
  'project.file.imageHint': 'make the image smaller (e.g. a JPEG 2000 pixels wide)',
  'project.file.fifo': 'a pipe (FIFO)',
  'project.file.socket': 'a socket',
  'project.file.device': 'a device',
  'project.file.otherKind': 'not a regular file',
  'project.file.isFolder': (v) => `${v.file} is a folder, not a file`,
  'project.file.notRegular': (v) => `${v.file} is ${v.kind}, not a regular file; ihek reads only regular files`,
  'project.file.tooLarge': (v) => `${v.file} is larger than ${v.mb} MB; ${v.hint}`,
  'project.file.outsideByLink': (v) => `${v.file} leads out of the project folder through a symbolic link; files must lie inside the project`,
  'project.file.missing': (v) => `${v.file} does not exist`,
  'project.file.linkLoop': (v) => `${v.file} is a symbolic link that loops`,
  'project.file.unreadable': (v) => `${v.file} cannot be read (${v.reason})`,
  'project.schema.at': (v) => `${v.file}:${v.line}: ${v.subject}${v.text}`,
  'project.schema.measure': 'measure',
  'project.schema.indicator': 'indicator',
  'project.schema.keySubject': (v) => `"${v.key}": `,
  'project.schema.entryNumber': (v) => `no. ${v.number} (without id)`,
  'project.schema.entrySubject': (v) => `${[v.entry, v.id, v.title && `"${v.title}"`].filter(Boolean).join(' ')}${v.field ? `, ${v.field}` : ''}: `,
  'project.schema.typeString': 'a string',
  'project.schema.typeInteger': 'a whole number',
  'project.schema.typeNumber': 'a number',
  'project.schema.typeArray': 'a list',
  'project.schema.typeObject': 'a mapping (key: value)',
  'project.schema.typeBoolean': 'true or false',
  'project.schema.patternMarkdown': 'must be a Markdown file (.md)',
  'project.schema.patternDate': 'must be a date like YYYY-MM-DD',
  'project.schema.patternId': 'may contain only lower-case letters, digits and hyphens',
  'project.schema.patternYear': 'must be a year (four digits)',
  'project.schema.required': (v) => `required key "${v.key}" is missing`,
  'project.schema.unknownKeyAllowed': (v) => `unknown key "${v.key}"; allowed: ${v.allowed}`,
  'project.schema.unknownKey': (v) => `unknown key "${v.key}"`,
  'project.schema.either': (v) => `${v.first} or ${v.second}`,
  'project.schema.mustBe': (v) => `must be ${v.type}`,
  'project.schema.withHint': (v) => `${v.text}; ${v.hint}`,
  'project.schema.oneOf': (v) => `must be one of: ${v.values}`,
  'project.schema.pattern': (v) => `does not match ${v.pattern}`,
  'project.schema.keyPattern': (v) => `key "${v.key}" ${v.hint}`,
  'project.schema.empty': 'must not be empty',
  'project.schema.minItems': (v) => `needs at least ${v.limit} entry`,
  'project.schema.uniqueItems': 'contains an entry twice',
  'project.schema.bound': (v) => `must be ${v.op} ${v.limit}`,
  'project.schema.invalid': 'invalid',
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
  // The edition is usually written in German („Fortschreibung 2025“), so the English subject leaves it out; it is
  // still read, so that both languages take the same values.
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
