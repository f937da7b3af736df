/**
 * Every message ihek shows, in German: the command line's output and help, the check's findings, errors.
 * `en.ts` holds the same keys in the same order, so the two files read side by side; a test holds them
 * equal. Keys are `<folder>.<what>`, grouped in sections by the folder of src/ that uses them.
 *
 * A message is a string, or a function of named values (a file, a line, a number, a quoted word). A value
 * passed as `{ de, en }` reaches each language's function as that language's string (see `msg`).
 */
export const de = {
  // ── cli ──
  'cli.internalError': (v: { detail: string }) => `ihek: interner Fehler – bitte mit dieser Ausgabe melden:\n${v.detail}`,
  'cli.help.program': 'IHEK als Markdown und YAML schreiben, prüfen und als barrierefreies HTML ausgeben',
  'cli.help.version': 'Version anzeigen',
  'cli.help.help': 'Hilfe anzeigen',
  'cli.help.lang': 'Sprache der Meldungen (de, en)',
  'cli.help.projectDir': 'Projektordner (Standard: . dann ./content)',
  'cli.help.browser': 'dieser Chrome/Chromium druckt das PDF',
  'cli.help.timeout': 'Zeitlimit für das Drucken in Sekunden (Standard: wächst mit dem Dokument)',
  'cli.help.format': 'Ausgabeformat',
  'cli.help.district': 'Bezirk (Standard: Musterbezirk)',
  'cli.build.help.description': 'Dokument erzeugen (prüft zuerst)',
  'cli.build.help.html': 'HTML erzeugen',
  'cli.build.help.pdf': 'PDF erzeugen (das HTML wird immer mit geschrieben)',
  'cli.build.help.out': 'Ausgabeordner (Standard: output.dir aus ihek.yaml)',
  'cli.build.help.noCheck': 'ohne vorherige Prüfung',
  'cli.build.help.verbose': 'sagen, welcher Browser druckt, und Schritte mit Zeiten zeigen',
  'cli.doctor.help.description': 'zeigen, welcher Browser das PDF drucken würde',
  'cli.doctor.help.browser': 'diesen Browser prüfen',
  'cli.check.help.description': 'Aufbau, Daten und Inhalte prüfen',
  'cli.check.help.maxWarnings': 'höchstens so viele Warnungen erlauben',
  'cli.check.help.cache': 'Ergebnisse je Kapitel zwischenspeichern und nur geänderte Kapitel neu prüfen (Standard-Ort: .ihek-cache/ im Projektordner)',
  'cli.check.help.cacheLocation': 'Datei oder Ordner des Zwischenspeichers (relativ zum aktuellen Ordner)',
  'cli.check.help.spell': 'auch die Rechtschreibung prüfen (wie check: { spelling: true } in ihek.yaml)',
  'cli.check.help.addWords': 'die unbekannten Wörter dieser Prüfung in woerterbuch.txt aufnehmen (vorher die Meldungen lesen!)',
  'cli.init.help.description': 'neues IHEK-Projekt mit allen Pflichtkapiteln anlegen (überschreibt nichts)',
  'cli.init.help.dir': 'Ordner des neuen Projekts (Standard: .)',
  'cli.init.help.area': 'QM-Gebiet (Standard: Musterkiez)',
  'cli.init.help.from': 'erstes Jahr des Zeitraums (Standard: dieses Jahr)',
  'cli.init.help.to': 'letztes Jahr des Zeitraums (Standard: --from + 2)',
  'cli.init.help.benn': 'mit BENN-Standort: Block benn: und BENN-Kapitel',
  'cli.init.help.force': 'vorhandene Dateien überschreiben',
  'cli.import.help.description': 'neues Projekt aus einem IHEK in Word (.docx) anlegen, mit Bericht',
  'cli.import.help.file': 'die Word-Datei (.docx)',
  'cli.import.help.dir': 'Ordner des neuen Projekts (neu oder leer)',
  'cli.import.help.area': 'QM-Gebiet (Standard: aus dem Untertitel)',
  'cli.import.help.period': 'Zeitraum, z. B. 2026-2028 (Standard: aus den Maßnahmen oder dem Titel)',
  'cli.import.help.profile': 'Profil berlin-qm oder none (Standard: nach den Überschriften)',
  'cli.new.help.description': 'etwas Neues aus einer Vorlage anlegen (new chapter)',
  'cli.new.help.chapter': 'Kapitel aus seiner Vorlage anlegen und in ihek.yaml eintragen',
  'cli.new.help.type': 'Kapiteltyp des Profils (z. B. querschnitt, handlungsfeld, anhang)',
  'cli.new.help.id': 'Kapitel-id (Kleinbuchstaben, Ziffern, Bindestriche)',
  'cli.new.help.title': 'Kapitelüberschrift (Standard: aus dem Profil)',
  'cli.new.help.handlungsfeld': 'Handlungsfeld bei type handlungsfeld, z. B. HF2',
  'cli.watch.help.description': 'Vorschau auf 127.0.0.1, die sich beim Speichern neu aufbaut',
  'cli.watch.help.port': 'Port (Standard: 4173)',
  'cli.release.help.description': 'für CI: strenge Prüfung, HTML und PDF nach Gebiet und Version benannt, Prüfsummen, Build-Protokoll',
  'cli.release.help.dirs': 'Projektordner, auch mehrere (Standard: . dann ./content)',
  'cli.release.help.out': 'Release-Ordner (Standard: <output.dir>/release des Projekts; bei mehreren Projekten je ein Unterordner)',
  'cli.release.help.allowWarnings': 'Warnungen der Prüfung zulassen (Fehler stoppen immer)',
  'cli.release.help.requireFinal': 'abbrechen, wenn das Dokument ein Entwurf wäre (nicht eingecheckt oder Kapitel nicht final)',
  'cli.release.help.timeout': 'Zeitlimit für das Drucken je Dokument in Sekunden',
  'cli.diff.help.description': 'zeigt, was sich zwischen zwei Versionen geändert hat (git-Revisionen oder Ordner)',
  'cli.diff.help.from': 'alte Version: git-Revision (main, v1.0, HEAD~3) oder Ordner',
  'cli.diff.help.to': 'neue Version (Standard: das Arbeitsverzeichnis)',
  'cli.diff.help.dir': 'Projektordner im Repository (Standard: . dann ./content)',
  'cli.diff.help.stat': 'nur eine Zeile je Kapitel',
  'cli.diff.help.exitCode': 'Exit-Code 1, wenn sich etwas geändert hat (wie git diff)',
  'cli.diff.help.noColor': 'ohne Farben',
  'cli.diff.help.html': 'die neue Version als HTML mit markierten Änderungen schreiben',
  'cli.diff.help.pdf': 'die neue Version als PDF mit markierten Änderungen schreiben',
  'cli.fmt.help.description': 'Kapitel in den kanonischen Markdown-Stil bringen',
  'cli.fmt.help.files': 'nur diese Kapiteldateien (Standard: alle aus ihek.yaml)',
  'cli.fmt.help.check': 'nichts schreiben; Dateien auflisten, die sich ändern würden (Exit-Code 1)',
  'cli.fmt.help.diff': 'nichts schreiben; die Änderungen als Unified Diff ausgeben',
  'cli.profile.help.description': 'Profil des Projekts (Pflichtkapitel, Abschnitte, Regeln)',
  'cli.profile.help.show': 'wirksames Profil als YAML ausgeben',
  'cli.option.maxWarnings': (v: { value: string }) => `--max-warnings braucht eine ganze Zahl ≥ 0, nicht „${v.value}“`,
  'cli.option.wholeNumber': (v: { flag: string; min: number; max: number; value: string }) =>
    `${v.flag} braucht eine ganze Zahl von ${v.min} bis ${v.max}, nicht „${v.value}“`,
  'cli.option.positiveNumber': (v: { flag: string; value: string }) => `${v.flag} braucht eine Zahl > 0, nicht „${v.value}“`,
  'cli.usage.unknownCommand': (v: { command: string }) => `ihek: unbekannter Befehl „${v.command}“`,
  'cli.usage.didYouMeanCommand': (v: { command: string }) => ` – meinten Sie „${v.command}“?`,
  'cli.usage.commands': (v: { name: string; commands: string }) => `Befehle von ${v.name}: ${v.commands}; ${v.name} --help erklärt sie`,
  'cli.usage.unknownOption': (v: { option: string }) => `ihek: unbekannte Option ${v.option}`,
  'cli.usage.didYouMeanOption': (v: { option: string }) => ` (meinten Sie ${v.option}?)`,
  'cli.usage.options': (v: { name: string; options: string }) => `Gültige Optionen für ${v.name}: ${v.options}`,
  'cli.progress.load': 'Projekt laden',
  'cli.progress.check': 'prüfen',
  'cli.progress.html': 'HTML erzeugen',
  'cli.progress.pdf': 'PDF drucken',
  'cli.progress.done': (v: { time: string }) => `fertig in ${v.time}`,
  'cli.report.error': 'Fehler',
  'cli.report.warning': 'Warnung',
  'cli.report.summary': (v: { errors: number; warnings: number }) => `${v.errors} Fehler, ${v.warnings} ${v.warnings === 1 ? 'Warnung' : 'Warnungen'}`,
  'cli.report.noProblems': 'Keine Probleme gefunden.',
  'cli.report.see': 'siehe',
  'cli.files.written': (v: { file: string }) => `geschrieben: ${v.file}`,
  'cli.files.created': (v: { file: string }) => `angelegt: ${v.file}`,
  'cli.files.overwritten': (v: { file: string }) => `überschrieben: ${v.file}`,
  'cli.build.checkFailed': 'Die Prüfung hat Fehler gefunden; es wurde nichts geschrieben.',
  'cli.build.browser': (v: { path: string; source: string }) => `Browser: ${v.path} (${v.source})`,
  'cli.build.pdf': (v: { pages: number; printedTwice: boolean; seconds: string }) =>
    `PDF: ${v.pages} Seiten${v.printedTwice ? ', zweimal gedruckt' : ''}, ${v.seconds} s`,
  'cli.check.noNewWords': (v: { list: string }) => `Keine neuen Wörter für ${v.list}`,
  'cli.check.wordsAdded': (v: { count: number; list: string; words: string }) =>
    `${v.count} ${v.count === 1 ? 'Wort' : 'Wörter'} in ${v.list} aufgenommen: ${v.words}`,
  'cli.check.tooManyWarnings': (v: { warnings: number; allowed: number }) => `Zu viele Warnungen: ${v.warnings} (erlaubt: ${v.allowed})`,
  'cli.diff.printedAndHtmlWritten': 'Der Vergleich wurde trotzdem ausgegeben und das HTML geschrieben.',
  'cli.diff.printed': 'Der Vergleich wurde trotzdem ausgegeben.',
  'cli.doctor.source.pinned': (v: { version: string }) => `mitgelieferter Chromium (@sparticuz/chromium ${v.version})`,
  'cli.doctor.source.puppeteer': 'von puppeteer installiert',
  'cli.doctor.source.system': 'System',
  'cli.doctor.browser': (v: { path: string; source: string }) => `PDF-Browser: ${v.path}\nQuelle: ${v.source}`,
  'cli.fmt.onlyInvisible': (v: { file: string }) => `${v.file}: nur Zeilenenden, Byte-Order-Mark oder Unicode-Normalform ändern sich`,
  'cli.fmt.failed': (v: { count: number }) =>
    `${v.count} ${v.count === 1 ? 'Datei konnte' : 'Dateien konnten'} nicht formatiert werden und ${v.count === 1 ? 'bleibt' : 'bleiben'} unverändert.`,
  'cli.fmt.noFile': 'Keine Datei formatiert.',
  'cli.fmt.allCanonical': (v: { total: number }) => `${v.total === 1 ? 'Die Datei ist' : `Alle ${v.total} Dateien sind`} bereits im kanonischen Stil.`,
  'cli.fmt.reformatted': (v: { changed: number; total: number }) => `${v.changed} von ${v.total === 1 ? '1 Datei' : `${v.total} Dateien`} neu formatiert.`,
  'cli.fmt.notCanonical': (v: { changed: number; total: number }) =>
    `${v.changed} von ${v.total === 1 ? '1 Datei' : `${v.total} Dateien`} ${v.changed === 1 ? 'ist' : 'sind'} nicht im kanonischen Stil; „ihek fmt“ formatiert sie.`,
  'cli.import.done': (v: { where: string; count: number; report: string }) =>
    `Das Projekt ist in ${v.where} angelegt (${v.count} Dateien); der Bericht steht auch in ${v.report}.\nWeiter mit: npx ihek check ${v.where}`,
  'cli.init.next': (v: { cd: string }) =>
    `Das IHEK-Projekt ist angelegt. Weiter mit:\n  ${v.cd}npm install && npx ihek check\n  npx ihek watch    (Vorschau im Browser, aktualisiert sich beim Speichern)\n` +
    `Die Kapitel enthalten Hinweistexte (mit <!-- Vorlage: … --> am Ende); ihek check meldet sie als Warnungen, bis Sie sie durch eigenen Text ersetzen.`,
  'cli.new.listed': (v: { file: string; list: string; position: number }) => `eingetragen: ${v.file} (${v.list}, Position ${v.position})`,
  'cli.release.nothingWritten': 'Es wurde nichts geschrieben.',
  'cli.release.pages': (v: { pages: number }) => `${v.pages} Seiten`,
  'cli.release.summary': (v: { documents: number; pages: number; seconds: string; perMinute: string; browsers: number }) =>
    `${v.documents} ${v.documents === 1 ? 'Dokument' : 'Dokumente'}, ${v.pages} Seiten in ${v.seconds} s – ${v.perMinute} Dokumente/min, ${v.browsers} Browser gestartet`,
  'cli.release.notGit': (v: { reason: string }) => `kein git-Repository${v.reason ? ` (git: ${v.reason})` : ''}`,
  'cli.release.noCommit': 'git-Repository ohne Commit',
  'cli.release.commit': (v: { commit: string; tag: string; state: string }) => `Commit ${v.commit}${v.tag ? ` (Tag ${v.tag})` : ''}, ${v.state}`,
  'cli.release.dirty': 'mit nicht eingecheckten Änderungen',
  'cli.release.clean': 'Arbeitsstand sauber',
  'cli.release.draft.notInGit': 'nicht aus einem git-Repository',
  'cli.release.draft.uncommitted': (v: { changes: string }) => `nicht eingecheckte Änderungen${v.changes ? ` (${v.changes})` : ''}`,
  'cli.release.draft.noStatus': 'ohne status',
  'cli.release.draft.more': (v: { count: number }) => `${v.count} weitere`,
  'cli.release.draft.notFinal': (v: { chapters: string }) => `Kapitel nicht final (${v.chapters})`,
  'cli.release.blocked.errors': 'Die Prüfung hat Fehler gefunden.',
  'cli.release.blocked.warnings': (v: { warnings: number }) =>
    `Die Prüfung hat ${v.warnings} ${v.warnings === 1 ? 'Warnung' : 'Warnungen'} gefunden; ein Release verlangt eine Prüfung ohne Befund (--allow-warnings lässt Warnungen zu).`,
  'cli.release.blocked.draft': (v: { reasons: string }) => `--require-final: das Dokument wäre ein Entwurf – ${v.reasons}.`,
  'cli.watch.keepsLastState': 'Die Vorschau zeigt weiter den letzten Stand; nach dem Speichern wird neu erzeugt.',
  'cli.watch.firstBuild': 'erster Aufbau',
  'cli.watch.update.patch': (v: { count: number }) => `${v.count} Kapitel im Browser ersetzt`,
  'cli.watch.update.reload': 'Seite neu geladen',
  'cli.watch.update.none': 'keine Änderung am Dokument',
  'cli.watch.built': (v: { what: string; ms: number; parsed: number; chapters: number; rendered: number; update: string; errors: number; warnings: number }) =>
    `${v.what}: erzeugt in ${v.ms} ms (${v.parsed} von ${v.chapters} Kapiteln neu gelesen, ${v.rendered} neu dargestellt); ${v.update}; ${v.errors} Fehler, ${v.warnings} ${v.warnings === 1 ? 'Warnung' : 'Warnungen'}`,
  'cli.watch.preview': (v: { url: string }) => `Vorschau: ${v.url}  (beenden mit Strg+C)`,
  'cli.watch.stopped': 'Vorschau beendet.',
  // (end of cli)

  // ── watch ──
  'watch.banner.hide': 'Ausblenden',
  'watch.banner.failed': 'Das Projekt lässt sich nicht erzeugen – die Vorschau zeigt den letzten Stand',
  'watch.banner.error': 'Fehler',
  'watch.banner.warning': 'Warnung',
  'watch.banner.title': (v: { errors: number; warnings: number }) => `ihek check: ${v.errors} Fehler, ${v.warnings} ${v.warnings === 1 ? 'Warnung' : 'Warnungen'}`,
  'watch.banner.more': (v: { count: number }) => `… und ${v.count} weitere (ihek check zeigt alle)`,
  'watch.placeholder.building': 'Das Dokument wird erzeugt …',
  'watch.internalError': (v: { detail: string }) => `interner Fehler – bitte melden: ${v.detail}`,
  'watch.server.scriptMissing': (v: { script: string }) => `Das Skript der Vorschau fehlt (${v.script}); ihek neu bauen: npm run build`,
  'watch.server.portInUse': (v: { port: number; next: number }) =>
    `Port ${v.port} ist schon belegt (läuft ihek watch schon?); einen anderen wählen: ihek watch --port ${v.next}`,
  'watch.server.portForbidden': (v: { port: number; suggested: number }) =>
    `Port ${v.port} darf nicht benutzt werden; einen Port über 1024 wählen, z. B. --port ${v.suggested}`,
  // (end of watch)

  // ── fmt ──
  'fmt.project.listedAt': (v: { file: string; line: number; problem: string }) => `${v.file}:${v.line}: ${v.problem}`,
  'fmt.targets.notMarkdown': (v: { file: string }) => `${v.file} ist keine Markdown-Datei (.md)`,
  'fmt.format.unstable': (v: { file: string; line: number }) =>
    `${v.file}:${v.line}: hat keine stabile Form (jedes Formatieren ändert sie erneut); die Datei bleibt unverändert – bitte melden`,
  'fmt.format.silentChange': (v: { file: string; line: number }) =>
    `${v.file}:${v.line}: ein Kommentar {{!-- … --}} oder Block {{#…}} ändert hier, was das Markdown um ihn bedeutet; die Datei bleibt unverändert`,
  'fmt.format.contentChanged': (v: { file: string; line: number }) =>
    `${v.file}:${v.line}: kann nicht formatiert werden, ohne den Inhalt zu ändern; die Datei bleibt unverändert – bitte melden`,
  'fmt.format.badExpression': (v: { file: string; line: number }) =>
    `${v.file}:${v.line}: Ausdruck in {{ }} ist unvollständig oder fehlerhaft; die Datei bleibt unverändert`,
  // (end of fmt)

  // ── output ──
  'output.write.noSpace': (v: { code: string }) => `kein Platz mehr auf dem Datenträger, ${v.code}`,
  'output.write.quotaExceeded': (v: { code: string }) => `Speicherkontingent erschöpft, ${v.code}`,
  'output.write.readOnly': (v: { code: string }) => `der Ordner ist schreibgeschützt, ${v.code}`,
  'output.write.noPermission': (v: { code: string }) => `keine Schreibrechte im Ordner, ${v.code}`,
  'output.write.failed': (v: { file: string; reason: string }) => `${v.file} kann nicht geschrieben werden (${v.reason}); die bisherige Datei bleibt unverändert`,
  // (end of output)

  // ── release ──
  'release.prepare.noVersion': (v: { file: string }) => `${v.file}: „version“ fehlt; ein Release braucht eine Version (z. B. version: 1.0.0)`,
  'release.prepare.containsProject': (v: { folder: string }) => `Der Release-Ordner ${v.folder} enthält das Projekt; ein Release ersetzt seinen Ordner ganz`,
  'release.folder.notAFolder': (v: { folder: string }) => `${v.folder} ist kein Ordner; ein Release braucht einen eigenen Ausgabeordner`,
  'release.folder.notARelease': (v: { folder: string; record: string }) =>
    `${v.folder} ist nicht leer und enthält kein früheres Release (${v.record}); ein Release ersetzt seinen Ordner ganz, darum wird dieser nicht angetastet. Einen eigenen Ordner mit --out angeben.`,
  'release.folder.cannotWrite': (v: { folder: string; code: string }) => `${v.folder} kann nicht geschrieben werden (${v.code}); das bisherige Release bleibt unverändert`,
  'release.projects.sameFolder': (v: { first: string; second: string; folder: string }) =>
    `${v.first} und ${v.second} würden in denselben Release-Ordner ${v.folder} geschrieben`,
  'release.stage.noDraftMark': (v: { mark: string }) =>
    `Das Deckblatt zeigt die Markierung „${v.mark}“ nicht: die eigene Vorlage templates/partials/cover.hbs braucht {{#if release.draft}}<p class="cover-draft">{{release.draftText}}</p>{{/if}}`,
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
  'errors.more': (v: { count: number }) => `… und ${v.count} weitere Probleme`,
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
  'markdown.deadline.parse': 'Zerlegen des Markdown',
  'markdown.deadline.render': 'Umwandeln in HTML',
  'markdown.deadline.exceeded': (v: { file: string; line: number; step: string; seconds: number }) =>
    `${v.file}:${v.line}: ${v.step} dauerte länger als ${v.seconds} s – der Text ist für den Rechner zu verschachtelt oder zu groß; bitte das Kapitel vereinfachen oder aufteilen`,
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

/** The shape both catalogues have: every key of the German one, with the same named values. */
export type Messages = typeof de;
