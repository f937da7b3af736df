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
  'project.find.noManifestIn': (v: { dir: string; manifest: string }) => `In ${v.dir} gibt es keine ${v.manifest}`,
  'project.find.noFolder': (v: { dir: string }) => `Den Ordner ${v.dir} gibt es nicht`,
  'project.find.notFound': (v: { manifest: string }) => `Keine ${v.manifest} gefunden (gesucht in . und ./content); Projektordner angeben: ihek build <ordner>`,
  'project.numbers.readAs': (v: { raw: string; value: number; plain: string; meant: string }) =>
    `${v.raw} wird als ${String(v.value).replace('.', ',')} gelesen – ${v.plain} schreiben${v.meant ? ` (ist wirklich ${String(v.value).replace('.', ',')} gemeint: ${v.meant}0 schreiben)` : ''}`,
  'project.numbers.textNotNumber': (v: { value: string; plain: string }) =>
    `„${v.value}“ ist Text, keine Zahl – ${v.plain} schreiben (ohne Tausenderpunkt und Einheit, Dezimalpunkt statt Komma)`,
  'project.profile.unreadable': (v: { file: string; line: number; reason: string; builtIn: string }) =>
    `${v.file}:${v.line}: „profile“: ${v.reason}; eingebaut sind ${v.builtIn}`,
  'project.profile.unknownRule': (v: { file: string; line: number; rule: string }) => `${v.file}:${v.line}: unbekannte Regel „${v.rule}“; die Regeln stehen in docs/rules.md`,
  'project.load.periodReversed': (v: { file: string; line: number; from: number; to: number }) =>
    `${v.file}:${v.line}: „period“: das Ende (${v.to}) liegt vor dem Beginn (${v.from})`,
  'project.load.listedTwice': (v: { file: string; line: number; entry: string; first: number }) =>
    `${v.file}:${v.line}: ${v.entry} ist doppelt aufgeführt (zuerst in Zeile ${v.first})`,
  'project.load.unreadable': (v: { file: string; line: number; reason: string }) => `${v.file}:${v.line}: ${v.reason}`,
  'project.load.idTaken': (v: { file: string; line: number; subject: string; id: string; first: number }) =>
    `${v.file}:${v.line}: ${v.subject}die Nummer „${v.id}“ ist schon in Zeile ${v.first} vergeben`,
  'project.load.chapterIdTaken': (v: { file: string; line: number; id: string; firstFile: string; firstLine: number }) =>
    `${v.file}:${v.line}: die Kapitel-id „${v.id}“ ist schon in ${v.firstFile}:${v.firstLine} vergeben`,
  'project.yaml.tooManyAliases': (v: { file: string; line: number }) => `${v.file}:${v.line}: zu viele YAML-Aliase (*…); solche Verweise werden nur sparsam zugelassen`,
  'project.limits.tooManyChapters': (v: { file: string; line: number; limit: number }) =>
    `${v.file}:${v.line}: mehr als ${v.limit.toLocaleString('de-DE')} Kapitel und Anhänge; diese Grenze schützt den Rechner – bitte Kapitel zusammenfassen`,
  'project.limits.glossaryTooLarge': (v: { file: string; line: number; limit: number }) =>
    `${v.file}:${v.line}: mehr als ${v.limit.toLocaleString('de-DE')} Abkürzungen im Abkürzungsverzeichnis; diese Grenze schützt den Rechner`,
  'project.text.utf16': (v: { file: string }) => `${v.file}:1: ist in UTF-16 gespeichert; bitte als UTF-8 speichern`,
  'project.text.invalidUtf8': (v: { file: string; line: number; byte: string }) => `${v.file}:${v.line}: kein gültiges UTF-8 (Byte 0x${v.byte}); bitte als UTF-8 speichern`,
  'project.text.nul': (v: { file: string; line: number }) => `${v.file}:${v.line}: enthält ein NUL-Zeichen; ist das eine Binärdatei?`,
  'project.path.outside': (v: { where: string; written: string }) =>
    `${v.where}${v.where ? 'der' : 'Der'} Pfad „${v.written}“ führt aus dem Projektordner hinaus; Pfade müssen im Projekt bleiben`,
  'project.frontMatter.missing': (v: { file: string }) =>
    `${v.file}:1: Kapitelkopf fehlt; die Datei muss mit einer Zeile „---“ und den Angaben id, title und type beginnen`,
  'project.frontMatter.unclosed': (v: { file: string }) => `${v.file}:1: Kapitelkopf wird nicht mit einer Zeile „---“ geschlossen`,
  'project.yaml.tooDeep': (v: { file: string; line: number; depth: number }) =>
    `${v.file}:${v.line}: YAML ist mehr als ${v.depth} Ebenen tief verschachtelt; diese Grenze schützt den Rechner – bitte flacher gliedern`,
  'project.yaml.at': (v: { file: string; line: number; message: string }) => `${v.file}:${v.line}: ${v.message}`,
  'project.yaml.syntax': (v: { message: string }) => `YAML-Syntaxfehler: ${v.message}`,
  'project.yaml.unsupportedTag': (v: { detail: string }) => `YAML-Tag wird nicht unterstützt (${v.detail}); bitte nur einfache Werte verwenden`,
  'project.yaml.tabIndent': 'Tabulator am Zeilenanfang – in YAML mit Leerzeichen einrücken, nicht mit Tabs',
  'project.yaml.missingSpace': (v: { fixed: string }) => `nach dem Doppelpunkt fehlt ein Leerzeichen – ${v.fixed} schreiben`,
  'project.yaml.colonInValue': (v: { key: string; quoted: string }) =>
    `Doppelpunkt im Wert von „${v.key}“ – den Wert in Anführungszeichen setzen: ${v.key}: ${v.quoted}`,
  'project.yaml.duplicateKey': (v: { detail: string }) => `Schlüssel doppelt vergeben (${v.detail})`,
  'project.yaml.keyTwice': (v: { key: string; first: number }) => `der Schlüssel „${v.key}“ steht doppelt (zuerst in Zeile ${v.first}) – einen der beiden entfernen`,
  'project.markdownLimits.nesting': (v: { limit: number }) => `mehr als ${v.limit} Ebenen verschachtelter Listen oder Zitate`,
  'project.markdownLimits.htmlNesting': (v: { limit: number }) => `mehr als ${v.limit} ineinander verschachtelte HTML-Elemente`,
  'project.markdownLimits.emphasisMarkers': (v: { limit: number }) => `mehr als ${v.limit.toLocaleString('de-DE')} Hervorhebungszeichen (*, _, ~) in einem Absatz`,
  'project.markdownLimits.brackets': (v: { limit: number }) => `mehr als ${v.limit.toLocaleString('de-DE')} eckige Klammern in einem Absatz`,
  'project.markdownLimits.closingBrackets': (v: { limit: number }) => `mehr als ${v.limit.toLocaleString('de-DE')} schließende eckige Klammern in einem Absatz`,
  'project.markdownLimits.backtickRuns': (v: { limit: number }) => `mehr als ${v.limit.toLocaleString('de-DE')} Backtick-Folgen (\`) in einem Absatz`,
  'project.markdownLimits.htmlSpecials': (v: { limit: number }) => `mehr als ${v.limit.toLocaleString('de-DE')} HTML-Kommentare oder <!…>/<?…> in einem Absatz`,
  'project.markdownLimits.unclosed':
    'nicht geschlossene HTML-Kommentare (<!-- ohne -->, <? ohne ?>) oder Backtick-Folgen (` ohne passendes Gegenstück) vor zu viel Text im selben Absatz; das erste steht hier',
  'project.markdownLimits.setextHeadings': (v: { limit: number }) =>
    `mehr als ${v.limit} mit = oder - unterstrichene Überschriften in einem Kapitel (bitte ## verwenden)`,
  'project.markdownLimits.tableRows': (v: { limit: number }) => `mehr als ${v.limit.toLocaleString('de-DE')} Zeilen in einer Tabelle`,
  'project.markdownLimits.tableCells': (v: { limit: number }) => `mehr als ${v.limit.toLocaleString('de-DE')} Zellen in einer Tabelle`,
  'project.markdownLimits.exceeded': (v: { what: string }) => `${v.what}; diese Grenze schützt den Rechner – bitte den Text vereinfachen`,
  'project.markdownLimits.at': (v: { file: string; line: number; what: string }) => `${v.file}:${v.line}: ${v.what}`,
  'project.file.textHint': 'teilen Sie den Text auf mehrere Dateien auf',
  'project.file.imageHint': 'verkleinern Sie das Bild (z. B. als JPEG mit 2000 Pixel Breite)',
  'project.file.fifo': 'eine Pipe (FIFO)',
  'project.file.socket': 'ein Socket',
  'project.file.device': 'ein Gerät',
  'project.file.otherKind': 'keine gewöhnliche Datei',
  'project.file.isFolder': (v: { file: string }) => `${v.file} ist ein Ordner, keine Datei`,
  'project.file.notRegular': (v: { file: string; kind: string }) => `${v.file} ist ${v.kind}, keine gewöhnliche Datei; ihek liest nur gewöhnliche Dateien`,
  'project.file.tooLarge': (v: { file: string; mb: string; hint: string }) => `${v.file} ist größer als ${v.mb} MB; ${v.hint}`,
  'project.file.outsideByLink': (v: { file: string }) =>
    `${v.file} führt über einen symbolischen Verweis aus dem Projektordner hinaus; Dateien müssen im Projekt liegen`,
  'project.file.missing': (v: { file: string }) => `${v.file} gibt es nicht`,
  'project.file.linkLoop': (v: { file: string }) => `${v.file} ist ein symbolischer Verweis im Kreis`,
  'project.file.unreadable': (v: { file: string; reason: string }) => `${v.file} kann nicht gelesen werden (${v.reason})`,
  'project.schema.at': (v: { file: string; line: number; subject: string; text: string }) => `${v.file}:${v.line}: ${v.subject}${v.text}`,
  'project.schema.measure': 'Maßnahme',
  'project.schema.indicator': 'Indikator',
  'project.schema.keySubject': (v: { key: string }) => `„${v.key}“: `,
  'project.schema.entryNumber': (v: { number: number }) => `Nr. ${v.number} (ohne id)`,
  'project.schema.entrySubject': (v: { entry: string; id: string; title: string; field: string }) =>
    `${[v.entry, v.id, v.title && `„${v.title}“`].filter(Boolean).join(' ')}${v.field ? `, ${v.field}` : ''}: `,
  'project.schema.typeString': 'ein Text',
  'project.schema.typeInteger': 'eine ganze Zahl',
  'project.schema.typeNumber': 'eine Zahl',
  'project.schema.typeArray': 'eine Liste',
  'project.schema.typeObject': 'eine Zuordnung (Schlüssel: Wert)',
  'project.schema.typeBoolean': 'ja oder nein (true/false)',
  'project.schema.patternMarkdown': 'muss eine Markdown-Datei (.md) sein',
  'project.schema.patternDate': 'muss ein Datum der Form JJJJ-MM-TT sein',
  'project.schema.patternId': 'darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten',
  'project.schema.patternYear': 'muss eine Jahreszahl (vier Ziffern) sein',
  'project.schema.required': (v: { key: string }) => `Pflichtangabe „${v.key}“ fehlt`,
  'project.schema.unknownKeyAllowed': (v: { key: string; allowed: string }) => `unbekannter Schlüssel „${v.key}“; erlaubt sind: ${v.allowed}`,
  'project.schema.unknownKey': (v: { key: string }) => `unbekannter Schlüssel „${v.key}“`,
  'project.schema.either': (v: { first: string; second: string }) => `${v.first} oder ${v.second}`,
  'project.schema.mustBe': (v: { type: string }) => `muss ${v.type} sein`,
  'project.schema.withHint': (v: { text: string; hint: string }) => `${v.text}; ${v.hint}`,
  'project.schema.oneOf': (v: { values: string }) => `muss einer dieser Werte sein: ${v.values}`,
  'project.schema.pattern': (v: { pattern: string }) => `hat nicht die Form ${v.pattern}`,
  'project.schema.keyPattern': (v: { key: string; hint: string }) => `Schlüssel „${v.key}“ ${v.hint}`,
  'project.schema.empty': 'darf nicht leer sein',
  'project.schema.minItems': (v: { limit: string }) => `braucht mindestens ${v.limit} Eintrag`,
  'project.schema.uniqueItems': 'enthält einen Eintrag doppelt',
  'project.schema.bound': (v: { op: string; limit: string }) => `muss ${v.op} ${v.limit} sein`,
  'project.schema.invalid': 'ungültig',
  // (end of project)

  // ── diff ──
  'diff.label.heading': 'Änderungen',
  'diff.label.overview': 'Änderungsübersicht',
  'diff.label.toContents': 'Weiter zum Inhaltsverzeichnis des Dokuments',
  'diff.label.worktree': 'Arbeitsverzeichnis',
  'diff.label.noChanges': 'Keine Änderungen.',
  'diff.label.statusAdded': 'neu',
  'diff.label.statusRemoved': 'entfernt',
  'diff.label.statusMoved': 'verschoben',
  'diff.label.statusChanged': 'geändert',
  'diff.label.statusUnchanged': 'unverändert',
  'diff.label.was': 'vorher',
  'diff.label.chapter': 'Kapitel',
  'diff.label.appendix': 'Anhang',
  'diff.label.section': 'Abschnitt',
  'diff.label.intro': 'Text vor dem ersten Abschnitt',
  'diff.label.title': 'Titel',
  'diff.label.file': 'Datei',
  'diff.label.renamed': 'Datei umbenannt',
  'diff.label.manifest': 'Angaben in ihek.yaml',
  'diff.label.key': 'Angabe',
  'diff.label.before': 'vorher',
  'diff.label.after': 'nachher',
  'diff.label.measures': 'Maßnahmen',
  'diff.label.measure': 'Maßnahme',
  'diff.label.change': 'Änderung',
  'diff.label.wordsHeading': 'Wörter',
  'diff.label.indicator': 'Indikator',
  'diff.label.abbreviation': 'Abkürzung',
  'diff.label.indicators': 'Indikatoren',
  'diff.label.glossary': 'Abkürzungen',
  'diff.label.totals': 'Summen nach Fonds und Jahr',
  'diff.label.fonds': 'Fonds',
  'diff.label.year': 'Jahr',
  'diff.label.total': 'Gesamt',
  'diff.label.none': '–',
  'diff.label.inserted': 'eingefügt',
  'diff.label.deleted': 'gelöscht',
  'diff.label.insertedMarker': 'Einfügung:',
  'diff.label.deletedMarker': 'Streichung:',
  'diff.label.markerEnd': 'Ende der Änderung',
  'diff.label.legend': 'Eingefügter Text ist unterstrichen, gestrichener Text durchgestrichen.',
  'diff.label.comparison': 'Vergleich',
  'diff.label.removedChapter': 'Entferntes Kapitel',
  'diff.label.removedSection': 'Entfernter Abschnitt',
  'diff.label.movedNote': 'Verschoben',
  'diff.label.addedNote': 'Neu',
  'diff.label.data': 'Daten',
  'diff.label.chapters': 'Kapitel',
  'diff.label.sections': 'Abschnitte',
  'diff.label.warning': 'Hinweis',
  'diff.label.truncated': 'Ausgabe gekürzt; die vollständige Übersicht zeigt ihek diff --html.',
  'diff.label.words': (v: { inserted: number; deleted: number }) => `+${v.inserted} −${v.deleted} Wörter`,
  'diff.revision.symlink': 'ist in der Revision ein symbolischer Link; Links aus Revisionen liest ihek nicht – die Datei selbst einchecken',
  'diff.revision.submodule': 'ist in der Revision ein Submodul',
  'diff.revision.notAFile': (v: { mode: string }) => `ist in der Revision keine Datei (Modus ${v.mode})`,
  'diff.revision.objectMissing': 'fehlt im Repository (git hat den Inhalt nicht; ein unvollständiger Klon?)',
  'diff.revision.kindNotRead': 'wird aus Revisionen nicht gelesen (nur Markdown, YAML, Vorlagen, Stile, Bilder und in ihek.yaml genannte Dateien)',
  'diff.revision.tooLarge': (v: { limit: string }) => `ist in der Revision größer als ${v.limit}`,
  'diff.revision.catFileFailed': (v: { reason: string }) => `git cat-file ist fehlgeschlagen: ${v.reason}`,
  'diff.revision.wrongObject': (v: { file: string; header: string; oid: string; size: number }) =>
    `${v.file}: git lieferte „${v.header}“ statt des Inhalts (${v.oid} blob ${v.size}); ist das Repository beschädigt? (git fsck)`,
  'diff.revision.manifestMissing': 'fehlt',
  'diff.revision.manifestNotRead': (v: { revision: string; file: string; reason: string }) => `Revision „${v.revision}“: ${v.file} ${v.reason}`,
  'diff.revision.tooManyBytes': (v: { revision: string; total: string; limit: string }) =>
    `Revision „${v.revision}“: die Dateien des Projektordners sind zusammen ${v.total} groß; ihek liest höchstens ${v.limit} aus einer Revision`,
  'diff.revision.notReadFile': (v: { where: string; file: string; reason: string }) => `${v.where}${v.file} ${v.reason}`,
  'diff.revision.notReadBeside': (v: { text: string; file: string; reason: string }) => `${v.text} (${v.file} ${v.reason})`,
  'diff.git.outputTooLarge': (v: { command: string; mb: number }) => `git ${v.command} gibt mehr als ${v.mb} MB aus; so viel liest ihek nicht aus einem Repository`,
  'diff.git.notFound': 'git wurde nicht gefunden; für den Vergleich von Revisionen muss git installiert sein',
  'diff.version.ambiguous': (v: { argument: string; revision: string }) =>
    `„${v.argument}“ ist sowohl ein Ordner als auch eine git-Revision; für den Ordner ./${v.argument} schreiben, für die Revision ${v.revision}`,
  'diff.version.worktree': 'Arbeitsverzeichnis',
  'diff.version.named': (v: { name: string }) => `„${v.name}“`,
  'diff.version.prefix': (v: { name: string }) => `Version ${v.name}: `,
  'diff.version.noRepository': (v: { revision: string; cwd: string; reason: string }) =>
    `„${v.revision}“ ist kein Ordner, und ${v.cwd} liegt in keinem git-Repository, in dem es eine Revision sein könnte${v.reason}`,
  'diff.version.shallowHint': ' (das Repository ist ein flacher Klon: mehr Verlauf holen, z. B. mit git fetch --unshallow oder fetch-depth: 0)',
  'diff.version.noRevision': (v: { revision: string; hint: string }) =>
    `Die Revision „${v.revision}“ gibt es nicht: kein Commit, Branch oder Tag dieses Namens und kein Ordner${v.hint}`,
  'diff.version.noManifest': (v: { revision: string; where: string }) =>
    `In der Revision „${v.revision}“ gibt es keine ihek.yaml (gesucht in ${v.where}); Projektordner mit --dir angeben`,
  'diff.version.notExpanded': (v: { name: string; file: string }) =>
    `Version ${v.name}: ${v.file} ließ sich nicht auswerten (Fehler in einem {{…}}-Ausdruck; ihek check zeigt ihn); der Vergleich dieses Kapitels ist unvollständig`,
  'diff.repository.outside': (v: { dir: string }) => `${v.dir} liegt nicht im git-Repository; aus Revisionen lassen sich nur Ordner darin lesen`,
  'diff.tree.refused': (v: { revision: string; entry: string; reason: string }) =>
    `Die Revision „${v.revision}“ enthält den Eintrag „${v.entry}“, ${v.reason}; ihek liest diese Revision nicht (git fsck zeigt solche Einträge)`,
  'diff.tree.lsTreeFailed': (v: { commit: string; reason: string }) => `git ls-tree ${v.commit} ist fehlgeschlagen: ${v.reason}`,
  'diff.tree.tooManyFiles': (v: { revision: string; limit: number }) =>
    `Die Revision „${v.revision}“ enthält mehr als ${v.limit.toLocaleString('de-DE')} Dateien im Projektordner; so viele liest ihek nicht`,
  'diff.tree.badName': 'dessen Name nicht erlaubt ist (leer, „.“, „..“, „.git“ oder mit „\\“)',
  'diff.tree.twice': 'der zweimal im selben Ordner steht',
  'diff.tree.fileAndFolder': 'der zugleich Datei und Ordner ist',
  // (end of diff)

  // ── pdf ──
  'pdf.browser.exitCode': (v: { code: number }) => `Exit-Code ${v.code}`,
  'pdf.browser.stopped': 'abgebrochen',
  'pdf.browser.saidWithStatus': (v: { said: string; status: string }) => `${v.said} (${v.status})`,
  'pdf.browser.notStarted': (v: { path: string; reason: string }) => `Der Browser ${v.path} ließ sich nicht starten: ${v.reason}`,
  'pdf.browser.htmlWritten': 'Das HTML wurde trotzdem geschrieben.',
  'pdf.browser.namedMissing': (v: { where: string; path: string }) => `Der Browser aus ${v.where} (${v.path}) ist nicht vorhanden oder nicht ausführbar`,
  'pdf.browser.noneFound': (v: { alreadyWritten: string }) =>
    `Kein Browser für die PDF-Ausgabe gefunden. Abhilfe: „npm ci“ im ihek-Ordner (bringt Chromium mit), oder „apt-get install chromium“, oder --browser PFAD bzw. IHEK_BROWSER setzen. ${v.alreadyWritten}`,
  'pdf.print.interrupted': 'Abgebrochen (Strg+C); das bisherige PDF bleibt unverändert',
  'pdf.print.timeout': (v: { seconds: string }) => `Das Drucken des PDF dauerte länger als ${v.seconds} s und wurde abgebrochen; mit --timeout mehr Zeit geben`,
  'pdf.print.crashed': (v: { reason: string }) => `Der Browser ist beim Drucken abgestürzt (${v.reason}); das bisherige PDF bleibt unverändert`,
  'pdf.print.failed': (v: { reason: string }) => `Das PDF konnte nicht gedruckt werden: ${v.reason}`,
  // (end of pdf)

  // ── pipeline ──
  'pipeline.pdf.subject': (v: { area: string; district: string; from: number; to: number; edition: string; version: string; source: string }) =>
    `Integriertes Handlungs- und Entwicklungskonzept ${v.area}, ${v.district}, ${v.from}–${v.to}${v.edition ? `, ${v.edition}` : ''}${v.version ? `, Version ${v.version}` : ''}${v.source}`,
  // (end of pipeline)

  // ── errors ──
  'errors.more': (v: { count: number }) => `… und ${v.count} weitere Probleme`,
  // (end of errors)

  // ── init ──
  'init.addChapter.needsHandlungsfeld': (v: { type: string; list: string }) => `ein Kapitel vom Typ „${v.type}“ braucht --handlungsfeld (${v.list})`,
  'init.addChapter.unknownHandlungsfeld': (v: { handlungsfeld: string; list: string }) => `unbekanntes Handlungsfeld „${v.handlungsfeld}“; das Profil kennt: ${v.list}`,
  'init.addChapter.handlungsfeldTaken': (v: { handlungsfeld: string; file: string }) => `Handlungsfeld ${v.handlungsfeld} hat schon ein Kapitel (${v.file})`,
  'init.addChapter.handlungsfeldNotApplicable': (v: { type: string }) => `--handlungsfeld gilt nur für Kapitel vom Typ handlungsfeld, nicht für „${v.type}“`,
  'init.addChapter.needsBenn': (v: { type: string }) => `ein Kapitel vom Typ „${v.type}“ braucht in ihek.yaml zuerst einen Block benn: (site, annualBudget)`,
  'init.addChapter.tooMany': (v: { max: number; type: string; present: string }) => `das Profil erlaubt höchstens ${v.max} Kapitel vom Typ „${v.type}“; vorhanden: ${v.present}`,
  'init.addChapter.badId': (v: { id: string }) =>
    `„${v.id}“ taugt nicht als Kapitel-id: nur Kleinbuchstaben, Ziffern und Bindestriche, am Anfang ein Buchstabe oder eine Ziffer`,
  'init.addChapter.idTaken': (v: { id: string; file: string }) => `die Kapitel-id „${v.id}“ gibt es schon (${v.file})`,
  'init.addChapter.fileExists': (v: { file: string }) => `${v.file} gibt es schon; nichts wurde geändert`,
  'init.fileNumber.start': '(Anfang)',
  'init.fileNumber.end': '(Ende)',
  'init.fileNumber.noneFree': (v: { before: string; after: string }) =>
    `zwischen ${v.before} und ${v.after} ist keine Dateinummer mehr frei; benennen Sie die Dateien um (und ihre Einträge in ihek.yaml)`,
  'init.project.needsText': (v: { name: string; value: string }) => `--${v.name} braucht einen Text in einer Zeile, nicht „${v.value}“`,
  'init.project.needsYear': (v: { name: string; value: number }) => `--${v.name} braucht eine Jahreszahl zwischen 1990 und 2100, nicht „${v.value}“`,
  'init.project.periodReversed': (v: { from: number; to: number }) => `Der Zeitraum endet (--to ${v.to}) vor seinem Beginn (--from ${v.from})`,
  'init.project.notAFolder': (v: { dir: string }) => `${v.dir} ist eine Datei, kein Ordner`,
  'init.project.fileExists': (v: { files: string }) => `${v.files} gibt es schon; ihek init überschreibt nichts und hat nichts geändert (--force überschreibt)`,
  'init.project.filesExist': (v: { files: string }) => `${v.files} gibt es schon; ihek init überschreibt nichts und hat nichts geändert (--force überschreibt)`,
  'init.listItem.cannotInsert': (v: { file: string; why: string }) => `${v.file}: der neue Eintrag lässt sich nicht sicher einfügen (${v.why}); bitte von Hand eintragen`,
  'init.listItem.notYamlMapping': 'die Datei ist kein gültiges YAML-Objekt',
  'init.listItem.noPosition': (v: { key: string }) => `„${v.key}“ ohne Position`,
  'init.listItem.notFileNames': (v: { key: string }) => `„${v.key}“ enthält etwas anderes als Dateinamen`,
  'init.listItem.unusualList': (v: { key: string }) => `die Liste „${v.key}“ ist ungewöhnlich geschrieben`,
  'init.listItem.notAList': (v: { key: string }) => `„${v.key}“ ist keine Liste`,
  'init.listItem.probeFailed': 'die Probe nach dem Einfügen ist fehlgeschlagen',
  'init.write.exists': (v: { target: string }) => `${v.target} gibt es schon; nichts wurde überschrieben`,
  'init.write.cannotCreate': (v: { target: string; code: string }) => `${v.target} kann nicht angelegt werden (${v.code})`,
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
