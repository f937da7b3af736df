import type { Messages } from './de.js';

/** Every message ihek shows, in English; same keys and order as `de.ts`. */
export const en: Messages = {
  // ── cli ──
  'cli.status.help.description': 'state of each chapter: number, status, words, errors and warnings of the check, skeleton text left, last change in git (exit code 0 even when the text has errors)',
  'cli.status.help.format': 'output format: text (columns), json or markdown (a table for a pull request or the minutes)',
  'cli.internalError': (v) => `ihek: internal error – please report it with this output:\n${v.detail}`,
  'cli.help.program': 'Write an IHEK as Markdown and YAML, check it and render accessible HTML',
  'cli.help.version': 'show the version',
  'cli.help.help': 'show help',
  'cli.help.lang': 'language of messages (de, en)',
  'cli.help.projectDir': 'project folder (default: . then ./content)',
  'cli.help.browser': 'this Chrome/Chromium prints the PDF',
  'cli.help.timeout': 'time limit for printing in seconds (default: grows with the document)',
  'cli.help.format': 'output format',
  'cli.help.district': 'district (default: Musterbezirk)',
  'cli.build.help.description': 'render the document (checks first)',
  'cli.build.help.html': 'render HTML',
  'cli.build.help.docx': 'render the Word version (.docx; the HTML is always written too)',
  'cli.build.help.pdf': 'render the PDF (the HTML is always written too)',
  'cli.build.help.out': 'output folder (default: output.dir of ihek.yaml)',
  'cli.build.help.noCheck': 'skip the check',
  'cli.build.help.only': 'make an excerpt of these chapters only (ids, separated by commas); the numbers stay those of the full document',
  'cli.build.help.verbose': 'say which browser prints and show steps with timings',
  'cli.doctor.help.description': 'show which browser would print the PDF',
  'cli.doctor.help.browser': 'check this browser',
  'cli.check.help.description': 'check structure, data and content',
  'cli.check.help.maxWarnings': 'allow at most this many warnings',
  'cli.check.help.cache': 'keep results per chapter and check only changed chapters again (default place: .ihek-cache/ in the project folder)',
  'cli.check.help.cacheLocation': 'file or folder of the cache (relative to the current folder)',
  'cli.check.help.spell': 'check the spelling too (as check: { spelling: true } in ihek.yaml does)',
  'cli.check.help.addWords': 'add the unknown words of this check to woerterbuch.txt (read the findings first!)',
  'cli.init.help.description': 'create a new IHEK project with every required chapter (overwrites nothing)',
  'cli.init.help.dir': 'folder of the new project (default: .)',
  'cli.init.help.area': 'QM area (default: Musterkiez)',
  'cli.init.help.from': 'first year of the period (default: this year)',
  'cli.init.help.to': 'last year of the period (default: --from + 2)',
  'cli.init.help.benn': 'with a BENN site: benn: block and BENN chapter',
  'cli.init.help.profile': 'built-in profile: berlin-qm-2022 (default, the outline since 2022), berlin-qm (2019–2022), benn (BENN Handlungskonzept) or none',
  'cli.init.help.force': 'overwrite files that exist',
  'cli.import.help.description': 'create a new project from an IHEK in Word (.docx), with a report',
  'cli.import.help.file': 'the Word file (.docx)',
  'cli.import.help.dir': 'folder of the new project (new or empty)',
  'cli.import.help.area': 'QM area (default: from the subtitle)',
  'cli.import.help.period': 'period, e.g. 2026-2028 (default: from the measures or the title)',
  'cli.import.help.profile': 'profile berlin-qm-2022, berlin-qm, benn or none (default: by the headings)',
  'cli.new.help.description': 'create something from a skeleton (new chapter)',
  'cli.new.help.chapter': 'add a chapter from its skeleton and list it in ihek.yaml',
  'cli.new.help.type': 'chapter type of the profile (e.g. querschnitt, handlungsfeld, anhang)',
  'cli.new.help.id': 'chapter id (lower case, digits, hyphens)',
  'cli.new.help.title': 'chapter title (default: from the profile)',
  'cli.new.help.handlungsfeld': 'Handlungsfeld for type handlungsfeld, e.g. HF2',
  'cli.watch.help.description': 'preview on 127.0.0.1 that rebuilds when files are saved',
  'cli.watch.help.port': 'port (default: 4173)',
  'cli.release.help.description': 'for CI: strict check, HTML and PDF named by area and version, checksums, build record',
  'cli.release.help.dirs': 'project folders, several allowed (default: . then ./content)',
  'cli.release.help.out': "release folder (default: the project's <output.dir>/release; with several projects one subfolder each)",
  'cli.release.help.allowWarnings': 'let warnings of the check pass (errors always stop)',
  'cli.release.help.requireFinal': 'stop when the document would be a draft (uncommitted changes or chapters not final)',
  'cli.release.help.timeout': 'time limit for printing each document in seconds',
  'cli.diff.help.description': 'show what changed between two versions (git revisions or folders)',
  'cli.diff.help.from': 'old version: git revision (main, v1.0, HEAD~3) or folder',
  'cli.diff.help.to': 'new version (default: the working tree)',
  'cli.diff.help.dir': 'project folder in the repository (default: . then ./content)',
  'cli.diff.help.stat': 'one line per chapter only',
  'cli.diff.help.exitCode': 'exit code 1 when something changed (like git diff)',
  'cli.diff.help.noColor': 'without colours',
  'cli.diff.help.html': 'write the new version as HTML with the changes marked',
  'cli.diff.help.pdf': 'write the new version as PDF with the changes marked',
  'cli.fmt.help.description': 'rewrite chapters in the canonical Markdown style',
  'cli.fmt.help.files': 'only these chapter files (default: all of ihek.yaml)',
  'cli.fmt.help.check': 'write nothing; list the files that would change (exit code 1)',
  'cli.fmt.help.diff': 'write nothing; print the changes as a unified diff',
  'cli.profile.help.description': "the project's profile (required chapters, sections, rules)",
  'cli.profile.help.show': 'print the effective profile as YAML',
  'cli.profile.help.profile': "print a built-in profile instead of the project's: berlin-qm-2022, berlin-qm, berlin-qm-2019, benn, none",
  'cli.profile.unknown': (v) => `--profile: no built-in profile "${v.given}"; built in are ${v.known}`,
  'cli.option.maxWarnings': (v) => `--max-warnings needs a whole number ≥ 0, not "${v.value}"`,
  'cli.option.wholeNumber': (v) => `${v.flag} needs a whole number from ${v.min} to ${v.max}, not "${v.value}"`,
  'cli.option.positiveNumber': (v) => `${v.flag} needs a number > 0, not "${v.value}"`,
  'cli.usage.unknownCommand': (v) => `ihek: unknown command "${v.command}"`,
  'cli.usage.didYouMeanCommand': (v) => ` – did you mean "${v.command}"?`,
  'cli.usage.commands': (v) => `Commands of ${v.name}: ${v.commands}; ${v.name} --help explains them`,
  'cli.usage.unknownOption': (v) => `ihek: unknown option ${v.option}`,
  'cli.usage.didYouMeanOption': (v) => ` (did you mean ${v.option}?)`,
  'cli.usage.options': (v) => `Valid options for ${v.name}: ${v.options}`,
  'cli.progress.load': 'loading the project',
  'cli.progress.check': 'checking',
  'cli.progress.html': 'rendering HTML',
  'cli.progress.docx': 'writing the Word version',
  'cli.progress.pdf': 'printing the PDF',
  'cli.progress.done': (v) => `done in ${v.time}`,
  'cli.report.error': 'error',
  'cli.report.warning': 'warning',
  'cli.report.summary': (v) => `${v.errors} ${v.errors === 1 ? 'error' : 'errors'}, ${v.warnings} ${v.warnings === 1 ? 'warning' : 'warnings'}`,
  'cli.report.noProblems': 'No problems found.',
  'cli.report.see': 'see',
  'cli.files.written': (v) => `written: ${v.file}`,
  'cli.files.created': (v) => `created: ${v.file}`,
  'cli.files.overwritten': (v) => `overwritten: ${v.file}`,
  'cli.build.checkFailed': 'The check found errors; nothing was written.',
  'cli.build.browser': (v) => `browser: ${v.path} (${v.source})`,
  'cli.build.pdf': (v) => `PDF: ${v.pages} pages${v.printedTwice ? ', printed twice' : ''}, ${v.seconds} s`,
  'cli.check.noNewWords': (v) => `No new words for ${v.list}`,
  'cli.check.wordsAdded': (v) => `Added ${v.count} ${v.count === 1 ? 'word' : 'words'} to ${v.list}: ${v.words}`,
  'cli.check.tooManyWarnings': (v) => `Too many warnings: ${v.warnings} (allowed: ${v.allowed})`,
  'cli.diff.printedAndHtmlWritten': 'The comparison was printed and the HTML written anyway.',
  'cli.diff.printed': 'The comparison was printed anyway.',
  'cli.doctor.source.pinned': (v) => `bundled Chromium (@sparticuz/chromium ${v.version})`,
  'cli.doctor.source.puppeteer': 'installed by puppeteer',
  'cli.doctor.source.system': 'system',
  'cli.doctor.browser': (v) => `PDF browser: ${v.path}\nsource: ${v.source}`,
  'cli.fmt.onlyInvisible': (v) => `${v.file}: only line endings, byte order mark or Unicode normalisation change`,
  'cli.fmt.failed': (v) => `${v.count} ${v.count === 1 ? 'file' : 'files'} could not be formatted and ${v.count === 1 ? 'was' : 'were'} left unchanged.`,
  'cli.fmt.noFile': 'No file formatted.',
  'cli.fmt.allCanonical': (v) => `${v.total === 1 ? 'The file is' : `All ${v.total} files are`} already in canonical style.`,
  'cli.fmt.reformatted': (v) => `Reformatted ${v.changed} of ${v.total === 1 ? '1 file' : `${v.total} files`}.`,
  'cli.fmt.notCanonical': (v) =>
    `${v.changed} of ${v.total === 1 ? '1 file' : `${v.total} files`} ${v.changed === 1 ? 'is' : 'are'} not in canonical style; "ihek fmt" formats ${v.changed === 1 ? 'it' : 'them'}.`,
  'cli.import.done': (v) =>
    `The project is in ${v.where} (${v.count} files); the report is also in ${v.report}.\nNext: npx ihek check ${v.where}`,
  'cli.init.next': (v) =>
    `The IHEK project is ready. Next:\n  ${v.cd}npm install && npx ihek check\n  npx ihek watch    (preview in the browser, refreshes on save)\n` +
    `The chapters hold guidance text (ending in <!-- Vorlage: … -->); ihek check warns about it until you replace it with your own text.`,
  'cli.new.listed': (v) => `listed: ${v.file} (${v.list}, position ${v.position})`,
  'cli.release.nothingWritten': 'Nothing was written.',
  'cli.release.pages': (v) => `${v.pages} pages`,
  'cli.release.summary': (v) =>
    `${v.documents} ${v.documents === 1 ? 'document' : 'documents'}, ${v.pages} pages in ${v.seconds} s – ${v.perMinute} documents/min, ${v.browsers} ${v.browsers === 1 ? 'browser' : 'browsers'} started`,
  'cli.release.notGit': (v) => `not a git repository${v.reason ? ` (git: ${v.reason})` : ''}`,
  'cli.release.noCommit': 'git repository without a commit',
  'cli.release.commit': (v) => `Commit ${v.commit}${v.tag ? ` (Tag ${v.tag})` : ''}, ${v.state}`,
  'cli.release.dirty': 'with uncommitted changes',
  'cli.release.clean': 'work tree clean',
  'cli.release.draft.notInGit': 'not from a git repository',
  'cli.release.draft.uncommitted': (v) => `uncommitted changes${v.changes ? ` (${v.changes})` : ''}`,
  'cli.release.draft.noStatus': 'no status',
  'cli.release.draft.more': (v) => `${v.count} more`,
  'cli.release.draft.notFinal': (v) => `chapters not final (${v.chapters})`,
  'cli.release.blocked.errors': 'The check found errors.',
  'cli.release.blocked.warnings': (v) =>
    `The check found ${v.warnings} ${v.warnings === 1 ? 'warning' : 'warnings'}; a release needs a clean check (--allow-warnings lets warnings pass).`,
  'cli.release.blocked.draft': (v) => `--require-final: the document would be a draft – ${v.reasons}.`,
  'cli.watch.keepsLastState': 'The preview keeps showing the last good state; saving rebuilds it.',
  'cli.watch.firstBuild': 'first build',
  'cli.watch.update.patch': (v) => `${v.count} chapter(s) replaced in the browser`,
  'cli.watch.update.reload': 'page reloaded',
  'cli.watch.update.none': 'document unchanged',
  'cli.watch.built': (v) =>
    `${v.what}: built in ${v.ms} ms (${v.parsed} of ${v.chapters} chapters parsed, ${v.rendered} rendered); ${v.update}; ${v.errors} ${v.errors === 1 ? 'error' : 'errors'}, ${v.warnings} ${v.warnings === 1 ? 'warning' : 'warnings'}`,
  'cli.watch.sameFindings': 'the same findings as listed above',
  'cli.watch.preview': (v) => `Preview: ${v.url}  (stop with Ctrl+C)`,
  'cli.watch.stopped': 'Preview stopped.',
  // (end of cli)

  // ── watch ──
  'watch.banner.hide': 'Hide',
  'watch.banner.failed': 'The project cannot be built – the preview shows the last good state',
  'watch.banner.error': 'error',
  'watch.banner.warning': 'warning',
  'watch.banner.title': (v) => `ihek check: ${v.errors} ${v.errors === 1 ? 'error' : 'errors'}, ${v.warnings} ${v.warnings === 1 ? 'warning' : 'warnings'}`,
  'watch.banner.more': (v) => `… and ${v.count} more (ihek check shows all)`,
  'watch.placeholder.building': 'The document is being built …',
  'watch.internalError': (v) => `internal error – please report: ${v.detail}`,
  'watch.server.scriptMissing': (v) => `The preview's script is missing (${v.script}); build ihek again: npm run build`,
  'watch.server.portInUse': (v) => `port ${v.port} is already in use (is ihek watch running already?); choose another: ihek watch --port ${v.next}`,
  'watch.server.portForbidden': (v) => `port ${v.port} may not be used; choose a port above 1024, e.g. --port ${v.suggested}`,
  // (end of watch)

  // ── fmt ──
  'fmt.project.listedAt': (v) => `${v.file}:${v.line}: ${v.problem}`,
  'fmt.targets.notMarkdown': (v) => `${v.file} is not a Markdown file (.md)`,
  'fmt.format.unstable': (v) => `${v.file}:${v.line}: has no stable form (each run changes it again); the file is left unchanged – please report this`,
  'fmt.format.silentChange': (v) =>
    `${v.file}:${v.line}: a {{!-- … --}} comment or {{#…}} block changes here what the Markdown around it means; the file is left unchanged`,
  'fmt.format.contentChanged': (v) => `${v.file}:${v.line}: cannot be formatted without changing its content; the file is left unchanged – please report this`,
  'fmt.format.badExpression': (v) => `${v.file}:${v.line}: expression in {{ }} is incomplete or malformed; the file is left unchanged`,
  // (end of fmt)

  // ── output ──
  'output.write.noSpace': (v) => `no space left on the device, ${v.code}`,
  'output.write.quotaExceeded': (v) => `disk quota exceeded, ${v.code}`,
  'output.write.readOnly': (v) => `the folder is read-only, ${v.code}`,
  'output.write.noPermission': (v) => `no permission to write in the folder, ${v.code}`,
  'output.write.failed': (v) => `${v.file} cannot be written (${v.reason}); the previous file is unchanged`,
  // (end of output)

  // ── release ──
  'release.prepare.noVersion': (v) => `${v.file}: "version" is missing; a release needs a version (e.g. version: 1.0.0)`,
  'release.prepare.containsProject': (v) => `The release folder ${v.folder} contains the project; a release replaces its folder as a whole`,
  'release.folder.notAFolder': (v) => `${v.folder} is not a folder; a release needs a folder of its own`,
  'release.folder.notARelease': (v) =>
    `${v.folder} is not empty and holds no earlier release (${v.record}); a release replaces its folder as a whole, so this one is left alone. Name a folder of its own with --out.`,
  'release.folder.cannotWrite': (v) => `${v.folder} cannot be written (${v.code}); the previous release is unchanged`,
  'release.projects.sameFolder': (v) => `${v.first} and ${v.second} would be written to the same release folder ${v.folder}`,
  'release.stage.noDraftMark': (v) =>
    `The cover does not show the mark "${v.mark}": the project's own templates/partials/cover.hbs needs {{#if release.draft}}<p class="cover-draft">{{release.draftText}}</p>{{/if}}`,
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
  'pipeline.pdf.subject': (v) =>
    `Integrated action and development plan ${v.area}, ${v.district}, ${v.from}–${v.to}${v.edition ? `, ${v.edition}` : ''}${v.version ? `, version ${v.version}` : ''}${v.source}`,
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
  'init.project.unknownProfile': (v) => `--profile: no built-in profile "${v.given}"; built in are ${v.known}`,
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
  'check.cache.outsideProject': (v) =>
    `${v.file} leads out of the project folder through a symbolic link; check --cache does not write there. Remove the link or name a place of your own with --cache-location`,
  'check.content.unsupportedCharacter': (v) =>
    `character "${v.char}" (${v.code}) is not in the document's fonts and cannot be printed`,
  'check.content.abbreviationMissing': (v) =>
    `abbreviation "${v.abbreviation}" is missing from the glossary (${v.glossary})`,
  'check.content.placeholder': (v) =>
    `placeholder "${v.what}" is still in the text`,
  'check.content.titleHeadingDiffers': (v) =>
    `heading "# ${v.heading}" differs from the chapter title "${v.title}"; the chapter heading is title from the front matter – write "## ${v.heading}" or "# ${v.title}" (the same as title, then it is left out)`,
  'check.content.levelOneHeading': (v) =>
    `heading "# ${v.heading}" has level 1; the chapter heading is title from the front matter ("${v.title}") – sections start at ##: "## ${v.heading}"`,
  'check.content.headingJump': (v) =>
    `heading "${v.heading}" jumps from level ${v.previous} to ${v.depth}; expected at most level ${v.previous + 1} (${'#'.repeat(v.previous + 1)})`,
  'check.content.tableHeader': 'table without a header row: the first row must name the columns',
  'check.guidance.leftIn': (v) =>
    `guidance text from the skeleton is still in the chapter${v.text ? ` "${v.text}"` : ''}; replace it with your own text and delete the mark ${v.mark}`,
  'check.guidance.finalChapter': (v) =>
    `${v.text} (the chapter has status: final)`,
  'check.guidance.requireFinal': (v) =>
    `${v.text} (an error with --require-final)`,
  'check.images.altMissing': (v) =>
    `image "${v.url}" has no alt text; describe in ![…] what it shows`,
  'check.templates.styleEnd': '"</style" in the style sheet would end the <style> element and put HTML into the page; it is written as CSS text (\\3C) – remove it',
  'check.measures.unknownHandlungsfeld': (v) =>
    `measure ${v.id}: unknown Handlungsfeld "${v.handlungsfeld}"; the profile knows: ${v.list}`,
  'check.measures.endBeforeStart': (v) =>
    `measure ${v.id}: end ${v.to} is before start ${v.from}`,
  'check.measures.outsidePeriod': (v) =>
    `measure ${v.id}: ${v.key} ${v.year} lies outside the period ${v.from}–${v.to}`,
  'check.measures.amountOutside': (v) =>
    `measure ${v.id}: amount for ${v.year}, but the measure runs ${v.from}–${v.to}`,
  'check.measures.fundLimit': (v) =>
    `measure ${v.id} (${v.fonds}) costs ${v.total}; at most ${v.limit} per measure are allowed`,
  'check.measures.bennAmount': (v) =>
    `BENN amount ${v.amount}`,
  'check.measures.budgetSetIn': 'budget set in',
  'check.measures.bennBudget': (v) =>
    `BENN measures ${v.year}: together ${v.sum}, the annual budget (benn.annualBudget) is ${v.cap} – ${v.over} too much`,
  'check.funds.minimum': (v) =>
    `measure ${v.id} (${v.fonds}) costs ${v.total}; ${v.fonds} funds measures from ${v.limit} – raise the amount or choose another fund`,
  'check.funds.duration': (v) =>
    `measure ${v.id} (${v.fonds}) runs ${v.from}–${v.to}, ${v.years} years; at most ${v.limit} years per measure are allowed`,
  'check.funds.yearLimit': (v) =>
    `${v.fonds} ${v.year}: ${v.count} measures add up to ${v.total}; with measure ${v.id} over the limit of ${v.limit} per year in the area`,
  'check.funds.yearAmount': (v) => `measure ${v.id}: ${v.amount}`,
  'check.safety.linkScheme': (v) =>
    `link "${v.target}" uses the scheme "${v.scheme}:", which is removed from the document; allowed are #anchors, ${v.allowed}`,
  'check.safety.linkOutside': (v) =>
    `link "${v.target}" leads out of the project folder; link a web address (https:) or an anchor (#…)`,
  'check.safety.linkFile': (v) =>
    `link "${v.target}" points at a file; the document is a single HTML or PDF file in which this link leads nowhere – link a web address (https:) or an anchor (#…)`,
  'check.safety.elementRemoved': (v) =>
    `HTML element <${v.name}> is removed from the document for safety`,
  'check.safety.attributeRemoved': (v) =>
    `attribute ${v.what} on <${v.name}> is removed from the document for safety`,
  'check.structure.typeName': (v) =>
    (v.title ? `"${v.type}" (${v.title})` : `"${v.type}"`),
  'check.structure.unknownTypeGuess': (v) =>
    `unknown chapter type "${v.type}" – did you mean "${v.guess}"? Profile ${v.profile} knows: ${v.list}`,
  'check.structure.unknownType': (v) =>
    `unknown chapter type "${v.type}"; profile ${v.profile} knows: ${v.list}`,
  'check.structure.appendixAsChapter': (v) =>
    `${v.file} is an appendix (type "${v.type}") and belongs under appendix: in ihek.yaml`,
  'check.structure.chapterAsAppendix': (v) =>
    `${v.file} is listed under appendix: but is not an appendix (type "${v.type}")`,
  'check.structure.handlungsfeldMissing': (v) =>
    `chapter for Handlungsfeld ${v.id} "${v.title}" is missing (type: ${v.type}, handlungsfeld: ${v.id})`,
  'check.structure.handlungsfeldTwice': (v) =>
    `Handlungsfeld ${v.id} already has a chapter (${v.file}); one per Handlungsfeld is expected`,
  'check.structure.typeMissing': (v) =>
    `chapter of type ${v.type} is missing${v.benn ? ' (ihek.yaml has a benn: block)' : ''}`,
  'check.structure.needsBenn': (v) =>
    `a chapter of type ${v.type} needs a benn: block in ihek.yaml (site, annualBudget)`,
  'check.structure.tooMany': (v) =>
    `at most ${v.max} chapter(s) of type ${v.type}; already present in ${v.file}`,
  'check.structure.order': (v) =>
    `${v.file} (type "${v.type}") comes after ${v.previousFile} (type "${v.previousType}"); the profile puts "${v.type}" first`,
  'check.structure.needsHandlungsfeld': (v) =>
    `a chapter of type "${v.type}" needs the key handlungsfeld (${v.list})`,
  'check.structure.unknownHandlungsfeld': (v) =>
    `unknown Handlungsfeld "${v.handlungsfeld}"; the profile knows: ${v.list}`,
  'check.structure.sectionMissing': (v) =>
    `section "## ${v.section}"${v.aliases} is missing in chapter "${v.chapter}" (type ${v.type})${v.beforeHeading ? ', expected before this heading' : ''}`,
  'check.structure.handlungsfeldSectionTwice': (v) =>
    `section "## ${v.section}" (${v.id}) appears twice in chapter "${v.chapter}", first at line ${v.line}; each Handlungsfeld exactly once – merge the sections`,
  'check.structure.needsBennBlock': (v) =>
    `profile ${v.profile} requires the "benn:" block in ihek.yaml – add benn: { site: …, accommodation: …, annualBudget: … }`,
  'check.wordHabits.headingNumber': (v) =>
    `ihek numbers headings itself – remove "${v.text} " (ihek fmt does so); the number is not shown`,
  'check.wordHabits.pastedBullet': (v) =>
    `"${v.text}" used as a bullet (pasted from Word) makes no list – write "- " (ihek fmt does so)`,
  'check.wordHabits.pastedTabIndent': 'paragraph with a tab at the start of its lines (pasted from Word) is set as a code block – remove the tab (ihek fmt does so)',
  'check.wordHabits.pastedTabTable': 'lines with tabs between columns (a table pasted from Word) make no table – write a Markdown table: | Column | Column |, then | --- | --- |',
  'check.wordHabits.softHyphen': (v) =>
    `invisible soft hyphen (U+00AD, pasted from Word) in "${v.text}" – remove it (ihek fmt does so); the document hyphenates by itself`,
  'check.spelling.unknownWord': (v) =>
    `"${v.word}" is not in the dictionary – check the spelling; if the word is right, add it to ${v.wordList}`,
  'check.spelling.quotedWord': (v) =>
    `"${v.word}"`,
  'check.spelling.orList': (v) =>
    `${v.most} or ${v.last}`,
  'check.spelling.didYouMean': (v) =>
    `"${v.word}" – did you mean ${v.list}? (If the word is right, add it to ${v.wordList})`,
  'check.spelling.repeatedWord': (v) =>
    `"${v.first} ${v.repeated}": word repeated – delete one`,
  'check.spelling.brokenStar': (v) =>
    `"${v.written}": with a second * in the paragraph the text between them is set in italics and the stars disappear – write "${v.better}"`,
  'check.spelling.genderForm': (v) =>
    `"${v.text}" (${v.form}): the document uses ${v.preferredName} (genderForm: ${v.preferred} in ihek.yaml) – write "${v.better}"`,
  'check.spelling.form.stern': 'Genderstern',
  'check.spelling.form.doppelpunkt': 'Doppelpunkt',
  'check.spelling.form.unterstrich': 'Unterstrich',
  'check.spelling.form.binnenI': 'Binnen-I',
  'check.spelling.form.schraegstrich': 'Schrägstrich',
  'check.spelling.form.paarform': 'Paarform',
  // (end of check)

  // ── rules ──
  'rules.required-chapter':
    'Every chapter type the profile requires is present: one chapter per Handlungsfeld, the BENN chapter when ihek.yaml has a benn: block.',
  'rules.chapter-count':
    'No chapter type occurs more often than allowed (one Einleitung, one chapter per Handlungsfeld, no BENN chapter without benn:).',
  'rules.chapter-order':
    'Chapters follow the order of the profile; appendices are listed under appendix:.',
  'rules.chapter-type':
    'The chapter type (type) is known to the profile. When it looks like a typo, the message names the closest type ("did you mean …?"), and the chapter is not also reported as a missing required chapter.',
  'rules.front-matter':
    'A handlungsfeld chapter names a Handlungsfeld of the profile (handlungsfeld: HF1).',
  'rules.required-section':
    'Every chapter has the sections (## headings) its type requires; case, spacing and the profile\'s aliases are taken into account.',
  'rules.heading-level':
    'Headings in the text start at ## (the chapter heading comes from title) and skip no level. A "# …" at the top of a chapter that repeats title is allowed and left out.',
  'rules.heading-number':
    'Headings carry no hand-typed number (5.1, 3., a), II.): ihek numbers them itself; the number is not shown and is ignored when sections are matched.',
  'rules.duplicate-anchor':
    'Every anchor is unique: two headings of one chapter have different titles.',
  'rules.broken-link':
    'Every internal link (#anchor) leads to a chapter or heading.',
  'rules.link-target':
    'Links lead to an anchor (#…) or a web address (https:, http:, mailto:, tel:); links to files lead nowhere in the published document, links out of the project folder and addresses such as javascript: or data: are not allowed.',
  'rules.raw-html':
    'HTML in the text contains nothing that would be removed for safety (scripts, frames, forms, styles, <base>, <meta>, event attributes such as onclick, addresses such as javascript:).',
  'rules.image-missing':
    'Every image exists as a file.',
  'rules.image-outside':
    'Images lie inside the project folder (not outside through a link either).',
  'rules.image-remote':
    'Images are not loaded from the internet.',
  'rules.image-format':
    'Images are PNG, JPEG, GIF, WebP or SVG.',
  'rules.image-size':
    'An image is at most 20 MB, all images of a document together at most 100 MB (each use counts, as each is a copy of its own in the HTML).',
  'rules.image-alt':
    'Every image has alt text.',
  'rules.table-header':
    'Every table has a header row.',
  'rules.abbreviation-missing':
    'Abbreviations in the text (two or more capitals) are in the glossary.',
  'rules.pasted-bullet':
    'Lists start with "- ", not with characters pasted from Word such as •, ▪, ◦ or –.',
  'rules.pasted-tab-indent':
    'No paragraph starts with a tab (pasted from Word): it would be set as a code block.',
  'rules.pasted-tab-table':
    'Tables are Markdown tables, not lines with tabs between the columns.',
  'rules.soft-hyphen':
    'No invisible soft hyphen (U+00AD, pasted from Word) is in the text.',
  'rules.placeholder':
    'No placeholder is left in (TODO, FIXME, XXX, TBD, Lorem ipsum, […]), in the alt text of images neither.',
  'rules.skeleton-text':
    'No guidance text from the skeletons of ihek init and ihek new chapter is left in (a paragraph with the mark <!-- Vorlage: durch eigenen Text ersetzen -->). In a chapter with status: final and with ihek release --require-final it is an error.',
  'rules.spelling':
    'Every word is in the dictionary of the document language (lang: de or en) or known to the project: area, district, organisation, authors, keywords and BENN site from ihek.yaml, the glossary\'s abbreviations and expansions, the measures\' titles and Träger, the words in woerterbuch.txt. The message names up to three suggestions. Not checked: code, addresses, numbers and amounts, text in <span lang="en"> and other languages. Switched on with ihek check --spell or check: { spelling: true } in ihek.yaml, always in ihek release.',
  'rules.repeated-word':
    'No word stands twice in a row ("das das"); after a comma "die die", "das das" etc. are right and not reported.',
  'rules.gender-form':
    'The document uses one form of gender-inclusive language, the one check: { genderForm: … } in ihek.yaml names (stern: Bewohner*innen, doppelpunkt: Bewohner:innen, unterstrich: Bewohner_innen, binnen-i: BewohnerInnen, schraegstrich: Bewohner/-innen, paarform: Bewohnerinnen und Bewohner); other forms are reported with the chosen one as suggestion. Also without genderForm: two gender stars in one paragraph, which Markdown reads as emphasis (Bewohner*innen und Nachbar*innen becomes Bewohner<em>innen und Nachbar</em>innen) – write Bewohner\\*innen.',
  'rules.unsupported-character':
    'Every character is in the document\'s fonts (Latin script with umlauts, accents and common punctuation); others, such as emoji, could not be printed in the PDF.',
  'rules.template-expression':
    'Every {{ }} expression can be evaluated (known values and helpers).',
  'rules.template-script':
    'The project\'s own templates (templates/), as they render, give no scripts, event attributes (on…), javascript: URLs, <meta http-equiv> (but Content-Security-Policy), <base>, frames or embedded objects, and the style sheet does not end its <style> element (</style>). The build removes all of these in any case.',
  'rules.template-external':
    'The project\'s own templates (templates/) load nothing: no @import, no url() or image-set() to files or addresses, no <link>, no images, styles or fonts from files or the network; only data: URLs. The build removes all of these in any case.',
  'rules.measure-handlungsfeld':
    'Every measure names a Handlungsfeld of the profile.',
  'rules.measure-period':
    'Measures lie within the IHEK period, from ≤ to, amounts only for years from from to to.',
  'rules.fund-limit':
    'Measures keep to their fund\'s maximum (Aktionsfonds: at most 1,500 € per measure).',
  'rules.fund-minimum':
    'Measures reach their fund\'s minimum (Projektfonds from 5,000 €, Baufonds and Netzwerkfonds from 50,000 € per measure).',
  'rules.fund-year-limit':
    'The measures of a fund add up to no more than its yearly maximum per year in the area (Aktionsfonds: 10,000 €).',
  'rules.fund-duration':
    'Measures run no longer than their fund allows (Projektfonds: at most four years).',
  'rules.benn-budget':
    'The BENN measures of a year add up to no more than benn.annualBudget.',
  // (end of rules)

  // ── import ──
  'import.project.period': (v) => `--period needs two years from-to, e.g. 2026-2028, not "${v.text}"`,
  'import.project.targetIsFile': (v) => `${v.dir} is a file, not a folder; nothing was created`,
  'import.project.targetNotEmpty': (v) => `${v.dir} is not empty; ihek import creates a new project only in an empty or new folder and changed nothing`,
  'import.project.profileUnknown': (v) => `--profile knows ${v.known}, not "${v.given}"`,
  'import.project.noHeading': (v) => `${v.file}: has no Heading 1; ihek import makes one chapter per Heading 1; nothing was created`,
  'import.read.wordHint': 'compress the pictures in Word',
  'import.read.refused': (v) => `${v.file}: ${v.why}; nothing was created`,
  'import.read.unreadable': 'cannot be read (does the file exist?)',
  'import.read.encrypted': 'is encrypted or an old Word format (.doc); save it in Word without a password as .docx',
  'import.read.notWord': 'is not a Word file (.docx)',
  'import.read.damaged': 'is damaged or not a Word file (.docx) and cannot be read',
  'import.read.unpacksTooLarge': (v) =>
    `unpacks to ${v.megabytes} MB${v.entry ? ` (${v.entry})` : ''} – more than a Word IHEK holds, or packed like a zip bomb; ihek import does not read it (save the document again in Word and compress the pictures)`,
  'import.read.understated': (v) =>
    `unpacks ${v.entry} to more than its ZIP directory declares – damaged or packed like a zip bomb; ihek import does not read it (save the document again in Word)`,
  'import.read.imageTooLarge': (v) => `TODO: image missing (larger than ${v.megabytes} MB)`,
  'import.report.kind.mergedCells': 'Merged cells flattened (check the table)',
  'import.report.kind.comment': 'Comment not carried over',
  'import.report.kind.insertion': 'Tracked insertion carried over (accepted)',
  'import.report.kind.deletion': 'Tracked deletion left out (accepted)',
  'import.report.kind.textBox': 'Text box: content put into the running text or lost (check)',
  'import.report.kind.field': 'Field: only its shown result carried over',
  'import.report.kind.tocField': 'Table of contents (field) left out; ihek makes it anew',
  'import.report.kind.unsupportedImage': 'Image in a format ihek does not embed (insert again as PNG or SVG)',
  'import.report.kind.imageTooLarge': (v) => `Image larger than ${v.megabytes} MB left out (insert it again, smaller)`,
  'import.report.kind.missingAlt': 'Image without a description (add alt text)',
  'import.report.kind.internalLink': 'Cross-reference kept as text (set again as [](#anchor))',
  'import.report.kind.caption': 'Caption taken as an ihek caption',
  'import.report.kind.measures': 'Measures table taken as data',
  'import.report.kind.measuresKeptAsTable': 'Table of measures stayed a table',
  'import.report.kind.preamble': 'Text before the first heading not carried over',
  'import.report.kind.bennBlock': 'BENN chapter recognised: ihek.yaml has a benn: block with example values (accommodation, annual budget) – please fill them in',
  'import.report.kind.headingNumber': 'Hand-typed number removed',
  'import.report.title': '# Report of the import from Word',
  'import.report.intro': (v) =>
    `Imported from \`${v.source}\`. This file is not part of the IHEK (no list in ihek.yaml names it); delete it once everything is checked.`,
  'import.report.recognised': '## Recognised',
  'import.report.profile': 'Profile',
  'import.report.documentTitle': 'Title',
  'import.report.subtitle': 'Subtitle',
  'import.report.counts': (v) => `Measures as data: ${v.measures}; images: ${v.images}; footnotes: ${v.footnotes}`,
  'import.report.tableHead': '| Heading in Word | File | Type |',
  'import.report.notRecognised': ' – not recognised, please check',
  'import.report.notExact': '## Not carried over exactly',
  'import.report.nothing': 'Nothing – everything was carried over.',
  // (end of import)

  // ── markdown ──
  'markdown.helpers.germanNumber': (v) =>
    `{{${v.helper}}}: "${v.value}" is not a number as {{ }} reads it – write ${v.plain}`,
  'markdown.helpers.notANumber': (v) =>
    `{{${v.helper}}} needs a number, got ${v.value}`,
  'markdown.helpers.nothing': 'nothing',
  'markdown.helpers.unknownOption': (v) =>
    `{{${v.helper}}}: unknown option "${v.key}"; possible are handlungsfeld, fonds, jahr`,
  'markdown.helpers.measuresOfHandlungsfeld': (v) =>
    `in action field ${v.id}${v.name ? ` "${v.name}"` : ''}`,
  'markdown.helpers.measuresOfFund': (v) =>
    `from the fund ${v.fonds}`,
  'markdown.helpers.measuresOfYear': (v) =>
    `in ${v.year}`,
  'markdown.helpers.measuresCaption': 'Table: Measures',
  'markdown.helpers.noMeasures': '*No measures recorded.*',
  'markdown.helpers.columnNumber': 'No.',
  'markdown.helpers.columnMeasure': 'Measure',
  'markdown.helpers.columnFund': 'Fund',
  'markdown.helpers.columnTraeger': 'Provider',
  'markdown.helpers.columnPeriod': 'Period',
  'markdown.helpers.total': 'Total',
  'markdown.helpers.noIndicators': '*No indicators recorded.*',
  'markdown.helpers.indicatorsCaption': 'Table: Social indicators',
  'markdown.helpers.columnIndicator': 'Indicator',
  'markdown.helpers.unknownIndicator': (v) =>
    `{{diagramm}}: there is no indicator "${v.id}"; present: ${v.known}`,
  'markdown.helpers.chartKind': '{{diagramm}} needs a kind: "budget", "indikatoren" or "indikator" id="…"',
  'markdown.limits.nesting': (v) =>
    `more than ${v.limit} blocks or parentheses in {{ }} inside each other; please write it more simply`,
  'markdown.limits.arguments': (v) =>
    `more than ${v.limit} arguments in one {{ }} call`,
  'markdown.limits.iterations': (v) =>
    `{{#each}} repeats more than ${v.limit} times in all (nested blocks multiply); this limit protects the machine`,
  'markdown.limits.output': (v) =>
    `{{#each}} produces more than ${v.mb} MB of text; this limit protects the machine`,
  'markdown.template.partial': (v) =>
    `partial "${v.called}" in {{> }}: chapters have no partials`,
  'markdown.template.decorator': '{{#* }} (e.g. {{#*inline}}) is not possible in chapters: chapters have no partials',
  'markdown.template.unknownValue': (v) =>
    `unknown value "${v.name}" in {{ }}; available are the keys of ihek.yaml (e.g. area, period.from) and data`,
  'markdown.template.unknownHelper': (v) =>
    `unknown helper "${v.name}" in {{ }}; possible are euro, zahl, prozent, summe, massnahmenTabelle, indikatorenTabelle, diagramm`,
  'markdown.template.eachNeedsList': '{{#each}} needs a list to run over (e.g. {{#each data.massnahmen}})',
  'markdown.template.cannotEvaluate': (v) =>
    `expression in {{ }} cannot be evaluated: ${v.message}`,
  'markdown.template.brokenExpression': (v) =>
    `expression ${v.text} is incomplete or malformed`,
  'markdown.template.syntax': (v) =>
    `expression in {{ }} is incomplete or malformed${v.expected ? ' (e.g. "}}" expected)' : ''}`,
  'markdown.template.germanNumber': (v) =>
    `${v.expression}: ${v.written} is not a number in {{ }} – write ${v.plain}`,
  'markdown.template.readAsInteger': (v) =>
    `${v.expression}: ${v.written} is read as ${v.read} – write ${v.plain}`,
  'markdown.template.readAsFraction': (v) =>
    `${v.expression}: ${v.written} is read as ${v.read} – write ${v.plain} (if ${v.read} is really meant: write ${v.read})`,
  'markdown.deadline.parse': 'parsing the Markdown',
  'markdown.deadline.render': 'turning it into HTML',
  'markdown.deadline.exceeded': (v) =>
    `${v.file}:${v.line}: ${v.step} took longer than ${v.seconds} s – the text is too convoluted or too large for the machine; please simplify or split the chapter`,
  // (end of markdown)

  // ── transform ──
  'transform.outline.duplicateAnchor': (v) =>
    `anchor #${v.id} already exists (${v.file}:${v.line}); headings of a chapter need different titles`,
  'transform.captions.duplicateAnchor': (v) =>
    `anchor #${v.id} already exists (${v.file}:${v.line}); choose another {#…} id`,
  'transform.asset.overTotal': (v) =>
    `image "${v.src}" is not embedded: all images of the document together (each use counts) would be larger than ${v.mb} MB; make the images smaller or use them less often`,
  'transform.asset.inProjectFolder': (v) =>
    `image file "${v.src}" does not exist in the chapter's folder ${v.folder}/, but in the project folder; write "${v.relative}" (from the chapter) or "${v.absolute}" (from the project folder)`,
  'transform.asset.missingFromProject': (v) =>
    `image file "${v.src}" does not exist (a path starting with / is read from the project folder)`,
  'transform.asset.missingFromChapter': (v) =>
    `image file "${v.src}" does not exist (read from the chapter's folder ${v.folder}/)`,
  'transform.asset.missingFromManifest': (v) =>
    `image file "${v.src}" does not exist (paths in ihek.yaml are read from the project folder)`,
  'transform.asset.remote': (v) =>
    `image "${v.src}" is not in the project; images from the internet are not loaded – put the file into the project`,
  'transform.asset.outside': (v) =>
    `image "${v.src}" lies outside the project folder`,
  'transform.asset.format': (v) =>
    `image "${v.src}" has a format that is not embedded; possible: ${v.list}`,
  'transform.numbering.annex': 'Annex',
  'transform.references.appendix': 'Appendix',
  'transform.references.chapter': 'Chapter',
  'transform.captions.figure': 'Figure',
  'transform.captions.table': 'Table',
  'transform.references.broken': (v) =>
    `link to #${v.fragment} points nowhere: no chapter or heading has this anchor`,
  'transform.taskList.done': 'done',
  'transform.taskList.open': 'open',
  // (end of transform)

  // ── render ──
  'render.labels.skip': 'Skip to content',
  'render.labels.toc': 'Contents',
  'render.labels.figures': 'List of figures',
  'render.labels.tables': 'List of tables',
  'render.labels.glossary': 'Abbreviations',
  'render.labels.imprint': 'Imprint',
  'render.labels.figure': 'Figure',
  'render.labels.table': 'Table',
  'render.labels.appendix': 'Appendix',
  'render.labels.area': 'Area',
  'render.labels.district': 'District',
  'render.labels.period': 'Period',
  'render.labels.date': 'As of',
  'render.labels.version': 'Version',
  'render.labels.edition': 'Edition',
  'render.labels.publisher': 'Published by',
  'render.labels.address': 'Address',
  'render.labels.contact': 'Contact',
  'render.labels.responsible': 'Responsible for the content',
  'render.labels.photoCredits': 'Photo credits',
  'render.labels.design': 'Design',
  'render.labels.funding': 'Funding',
  'render.labels.tableRegion': 'Table, scrolls sideways',
  'render.labels.authors': 'Written by',
  'render.labels.generator': 'Made with',
  'render.labels.abbreviation': 'Abbreviation',
  'render.labels.meaning': 'Meaning',
  'render.labels.footnote': 'Footnote',
  'render.labels.page': 'page',
  'render.labels.link': 'Link',
  'render.labels.fullDate': (v: { day: number; month: number; year: number }) =>
    `${v.day} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][v.month]} ${v.year}`,
  'render.footnotes.label': 'Notes',
  'render.footnotes.back': 'Back to text',
  'render.page.footerPage': 'Page',
  'render.page.footerOf': 'of',
  'render.css.import': (v) =>
    `"${v.rule}" is not loaded: the document loads no further style sheets; write the rules into this file`,
  'render.css.external': (v) =>
    `"${v.found}" is not loaded: the document loads no files and nothing from the network; only data: URLs work`,
  'render.layout.endless': 'templates/layout.hbs: page template calls itself without end (a partial in templates/partials/ includes itself)',
  'render.layout.broken': (v) =>
    `templates/layout.hbs: page template is broken: ${v.message}`,
  'render.page.attributeOn': (v) =>
    `${v.attribute} on <${v.element}>`,
  'render.page.script': (v) =>
    `${v.what}: scripts, event attributes (on…), javascript: URLs, <meta http-equiv>, <base>, frames and embedded objects are not allowed in templates and are removed`,
  'render.page.external': (v) =>
    `${v.what} is not loaded and is removed: the document loads no files and nothing from the network – images belong in the chapters, styles in templates/style.css, only data: URLs work`,
  'render.page.misplacedSlot': 'chapter HTML ({{{html}}}) or styles ({{{css}}}, {{{fontCss}}}, {{{pageCss}}}) stand where they are not HTML or CSS (in an attribute, in <title>, <textarea> or a comment) and are left out there',
  // (end of render)

  // ── charts ──
  'charts.budget.title': (v) =>
    `Budget of the measures${v.fonds ? ` (${v.fonds})` : ''} per action field and year`,
  'charts.budget.intro': (v) =>
    `Stacked bar chart: ${v.title}.`,
  'charts.budget.xTitle': 'Action field',
  'charts.budget.yTitle': 'Euro',
  'charts.budget.bennTitle': 'BENN funds per year and action field, with the annual budget',
  'charts.budget.xTitleYear': 'Year',
  'charts.budget.reference': (v) => `BENN annual budget ${v.amount}`,
  'charts.budget.referenceAlt': (v) => `A line marks the BENN annual budget of ${v.amount}.`,
  'charts.budget.noMeasures': 'No measures.',
  'charts.indicators.oneTitle': (v) =>
    `${v.indicator} over time`,
  'charts.indicators.title': 'Social indicators over time',
  'charts.indicators.intro': (v) =>
    `Line chart: ${v.title}.`,
  'charts.indicators.xTitle': 'Year (as of 31 Dec)',
  'charts.indicators.yTitleShare': 'Share in %',
  'charts.indicators.yTitleValue': 'Value',
  // (end of charts)

  // ── document ──
  'document.excerpt.cover': (v) => `Excerpt: ${v.parts}`,
  'document.excerpt.section': 'Section',
  'document.excerpt.header': (v) => `${v.title} · excerpt`,
  'document.excerpt.elsewhere': (v) => `${v.place} in the full document`,
  'document.excerpt.unknownId': (v) =>
    `--only: no chapter or appendix has the id "${v.id}". Known ids: ${v.known}. The id is in the chapter's front matter, e.g. "id: benn".`,
  'document.excerpt.noId': (v) => `--only needs at least one chapter id (several separated by commas). Known ids: ${v.known}.`,
  'document.stamp.draft': 'Draft – not approved',
  'document.stamp.notInGit': 'not from a git repository',
  'document.stamp.noCommit': 'git repository without a commit',
  'document.stamp.uncommitted': ', with uncommitted changes',
  'document.stamp.sourceLabel': 'Source',
  'document.stamp.statusLabel': 'Approval',
  'document.stamp.approved': 'approved (all chapters final, committed state)',
  // (end of document)

  // ── docx ──
  // (end of docx)

  // ── status ──
  'status.column.number': 'No.',
  'status.column.chapter': 'Chapter',
  'status.column.status': 'Status',
  'status.column.words': 'Words',
  'status.column.errors': 'Errors',
  'status.column.warnings': 'Warnings',
  'status.column.guidance': 'Skeleton text',
  'status.column.lastChange': 'Last change',
  'status.value.missing': 'missing',
  'status.total': 'Total',
  'status.git.commit': (v: { author: string; date: string }) => `${v.author}, ${v.date}`,
  'status.git.changed': '(changed locally)',
  'status.git.untracked': 'not committed yet',
  'status.git.none': 'not in git',
  'status.git.missing': 'git not installed',
  'status.git.refused': 'git refuses a repository of another user (safe.directory)',
  'status.summary': (v: { chapters: number; entwurf: number; abstimmung: number; final: number; missing: number }) =>
    `${v.chapters} chapters and appendices: ${v.entwurf} entwurf, ${v.abstimmung} abstimmung, ${v.final} final, ${v.missing} without status`,
  'status.details': '"ihek check" shows the errors and warnings with file and line; replace skeleton text with your own.',
  // (end of status)
};
