import type { Messages } from './de.js';

/** Every message ihek shows, in English; same keys and order as `de.ts`. */
export const en: Messages = {
  // ── cli ──
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
  'cli.build.help.pdf': 'render the PDF (the HTML is always written too)',
  'cli.build.help.out': 'output folder (default: output.dir of ihek.yaml)',
  'cli.build.help.noCheck': 'skip the check',
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
  'cli.init.help.force': 'overwrite files that exist',
  'cli.import.help.description': 'create a new project from an IHEK in Word (.docx), with a report',
  'cli.import.help.file': 'the Word file (.docx)',
  'cli.import.help.dir': 'folder of the new project (new or empty)',
  'cli.import.help.area': 'QM area (default: from the subtitle)',
  'cli.import.help.period': 'period, e.g. 2026-2028 (default: from the measures or the title)',
  'cli.import.help.profile': 'profile berlin-qm or none (default: by the headings)',
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
  // (end of docx)
};
