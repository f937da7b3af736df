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
  'cli.status.help.description': 'Stand je Kapitel: Nummer, Status, Wörter, Fehler und Warnungen der Prüfung, restlicher Vorlagentext, letzte Änderung in git (Exit-Code 0 auch bei Fehlern im Text)',
  'cli.status.help.format': 'Ausgabeformat: text (Spalten), json oder markdown (Tabelle für Pull-Request oder Protokoll)',
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
  'cli.build.help.docx': 'Word-Fassung (.docx) erzeugen (das HTML wird immer mit geschrieben)',
  'cli.build.help.pdf': 'PDF erzeugen (das HTML wird immer mit geschrieben)',
  'cli.build.help.out': 'Ausgabeordner (Standard: output.dir aus ihek.yaml)',
  'cli.build.help.noCheck': 'ohne vorherige Prüfung',
  'cli.build.help.only': 'nur diese Kapitel (ids, mit Komma getrennt) als Auszug erzeugen; die Nummern bleiben die des Gesamtdokuments',
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
  'cli.init.help.profile': 'eingebautes Profil: berlin-qm-2022 (Vorgabe, Gliederung seit 2022), berlin-qm (2019–2022), benn (BENN-Handlungskonzept) oder none',
  'cli.init.help.force': 'vorhandene Dateien überschreiben',
  'cli.import.help.description': 'neues Projekt aus einem IHEK in Word (.docx) anlegen, mit Bericht',
  'cli.import.help.file': 'die Word-Datei (.docx)',
  'cli.import.help.dir': 'Ordner des neuen Projekts (neu oder leer)',
  'cli.import.help.area': 'QM-Gebiet (Standard: aus dem Untertitel)',
  'cli.import.help.period': 'Zeitraum, z. B. 2026-2028 (Standard: aus den Maßnahmen oder dem Titel)',
  'cli.import.help.profile': 'Profil berlin-qm-2022, berlin-qm, benn oder none (Standard: nach den Überschriften)',
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
  'cli.profile.help.profile': 'ein eingebautes Profil ausgeben statt des Projektprofils: berlin-qm-2022, berlin-qm, berlin-qm-2019, benn, none',
  'cli.profile.unknown': (v: { given: string; known: string }) => `--profile: kein eingebautes Profil „${v.given}“; eingebaut sind ${v.known}`,
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
  'cli.progress.docx': 'Word-Fassung schreiben',
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
  'cli.watch.sameFindings': 'dieselben Befunde wie oben aufgelistet',
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
  'init.project.unknownProfile': (v: { given: string; known: string }) => `--profile: kein eingebautes Profil „${v.given}“; eingebaut sind ${v.known}`,
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
  'check.cache.outsideProject': (v: { file: string }) =>
    `${v.file} führt über einen symbolischen Verweis aus dem Projektordner hinaus; check --cache schreibt dort nicht. Entfernen Sie den Verweis oder nennen Sie mit --cache-location einen eigenen Ort`,
  'check.content.unsupportedCharacter': (v: { char: string; code: string }) =>
    `Zeichen „${v.char}“ (${v.code}) ist in den Schriften des Dokuments nicht enthalten und kann nicht gedruckt werden`,
  'check.content.abbreviationMissing': (v: { abbreviation: string; glossary: string }) =>
    `Abkürzung „${v.abbreviation}“ fehlt im Abkürzungsverzeichnis (${v.glossary})`,
  'check.content.placeholder': (v: { what: string }) =>
    `Platzhalter „${v.what}“ steht noch im Text`,
  'check.content.titleHeadingDiffers': (v: { heading: string; title: string }) =>
    `Überschrift „# ${v.heading}“ weicht vom Kapiteltitel „${v.title}“ ab; die Kapitelüberschrift ist title aus dem Kapitelkopf – „## ${v.heading}“ schreiben oder „# ${v.title}“ (gleich title, dann wird sie weggelassen)`,
  'check.content.levelOneHeading': (v: { heading: string; title: string }) =>
    `Überschrift „# ${v.heading}“ hat Ebene 1; die Kapitelüberschrift ist title aus dem Kapitelkopf („${v.title}“) – Abschnitte beginnen mit ##: „## ${v.heading}“`,
  'check.content.headingJump': (v: { heading: string; previous: number; depth: number }) =>
    `Überschrift „${v.heading}“ springt von Ebene ${v.previous} auf ${v.depth}; erwartet ist höchstens Ebene ${v.previous + 1} (${'#'.repeat(v.previous + 1)})`,
  'check.content.tableHeader': 'Tabelle ohne Kopfzeile: die erste Zeile muss die Spalten benennen',
  'check.guidance.leftIn': (v: { text: string; mark: string }) =>
    `Hinweistext aus der Vorlage steht noch im Kapitel${v.text ? ` „${v.text}“` : ''}; ersetzen Sie ihn durch eigenen Text und löschen Sie die Markierung ${v.mark}`,
  'check.guidance.finalChapter': (v: { text: string }) =>
    `${v.text} (das Kapitel hat status: final)`,
  'check.guidance.requireFinal': (v: { text: string }) =>
    `${v.text} (bei --require-final ein Fehler)`,
  'check.images.altMissing': (v: { url: string }) =>
    `Bild „${v.url}“ hat keinen Alternativtext; beschreiben Sie in ![…], was das Bild zeigt`,
  'check.templates.styleEnd': '„</style“ in der Stildatei würde das <style>-Element beenden und HTML in die Seite bringen; es wird als CSS-Text (\\3C) ausgegeben – entfernen Sie es',
  'check.measures.unknownHandlungsfeld': (v: { id: string; handlungsfeld: string; list: string }) =>
    `Maßnahme ${v.id}: unbekanntes Handlungsfeld „${v.handlungsfeld}“; das Profil kennt: ${v.list}`,
  'check.measures.endBeforeStart': (v: { id: string; from: number; to: number }) =>
    `Maßnahme ${v.id}: Ende ${v.to} liegt vor Beginn ${v.from}`,
  'check.measures.outsidePeriod': (v: { id: string; key: string; year: number; from: number; to: number }) =>
    `Maßnahme ${v.id}: ${v.key} ${v.year} liegt außerhalb der Laufzeit ${v.from}–${v.to}`,
  'check.measures.amountOutside': (v: { id: string; year: string; from: number; to: number }) =>
    `Maßnahme ${v.id}: Betrag für ${v.year}, die Maßnahme läuft aber ${v.from}–${v.to}`,
  'check.measures.fundLimit': (v: { id: string; fonds: string; total: string; limit: string }) =>
    `Maßnahme ${v.id} (${v.fonds}) kostet ${v.total}; erlaubt sind höchstens ${v.limit} je Maßnahme`,
  'check.measures.bennAmount': (v: { amount: string }) =>
    `BENN-Betrag ${v.amount}`,
  'check.measures.budgetSetIn': 'Budget festgelegt in',
  'check.measures.bennBudget': (v: { year: string; sum: string; cap: string; over: string }) =>
    `BENN-Maßnahmen ${v.year}: zusammen ${v.sum}, das Jahresbudget (benn.annualBudget) ist ${v.cap} – ${v.over} zu viel`,
  'check.funds.minimum': (v: { id: string; fonds: string; total: string; limit: string }) =>
    `Maßnahme ${v.id} (${v.fonds}) kostet ${v.total}; der ${v.fonds} fördert erst ab ${v.limit} je Maßnahme – Betrag erhöhen oder einen anderen Fonds wählen`,
  'check.funds.duration': (v: { id: string; fonds: string; from: number; to: number; years: number; limit: number }) =>
    `Maßnahme ${v.id} (${v.fonds}) läuft ${v.from}–${v.to}, ${v.years} Jahre; erlaubt sind höchstens ${v.limit} Jahre je Maßnahme`,
  'check.funds.yearLimit': (v: { id: string; fonds: string; year: string; total: string; limit: string; count: number }) =>
    `${v.fonds} ${v.year}: ${v.count} Maßnahmen zusammen ${v.total}, mit Maßnahme ${v.id} über dem Höchstbetrag von ${v.limit} je Jahr im Gebiet`,
  'check.funds.yearAmount': (v: { id: string; amount: string }) => `Maßnahme ${v.id}: ${v.amount}`,
  'check.safety.linkScheme': (v: { target: string; scheme: string; allowed: string }) =>
    `Link „${v.target}“ verwendet die Adresse „${v.scheme}:“, die im Dokument entfernt wird; erlaubt sind #Anker, ${v.allowed}`,
  'check.safety.linkOutside': (v: { target: string }) =>
    `Link „${v.target}“ führt aus dem Projektordner hinaus; verlinken Sie eine Webadresse (https:) oder einen Anker (#…)`,
  'check.safety.linkFile': (v: { target: string }) =>
    `Link „${v.target}“ zeigt auf eine Datei; das Dokument ist eine einzelne HTML- bzw. PDF-Datei, in der dieser Link ins Leere führt – verlinken Sie eine Webadresse (https:) oder einen Anker (#…)`,
  'check.safety.elementRemoved': (v: { name: string }) =>
    `HTML-Element <${v.name}> wird aus Sicherheitsgründen aus dem Dokument entfernt`,
  'check.safety.attributeRemoved': (v: { what: string; name: string }) =>
    `Attribut ${v.what} an <${v.name}> wird aus Sicherheitsgründen aus dem Dokument entfernt`,
  'check.structure.typeName': (v: { type: string; title: string }) =>
    (v.title ? `„${v.type}“ (${v.title})` : `„${v.type}“`),
  'check.structure.unknownTypeGuess': (v: { type: string; guess: string; profile: string; list: string }) =>
    `unbekannter Kapiteltyp „${v.type}“ – meinten Sie „${v.guess}“? Das Profil ${v.profile} kennt: ${v.list}`,
  'check.structure.unknownType': (v: { type: string; profile: string; list: string }) =>
    `unbekannter Kapiteltyp „${v.type}“; das Profil ${v.profile} kennt: ${v.list}`,
  'check.structure.appendixAsChapter': (v: { file: string; type: string }) =>
    `${v.file} ist ein Anhang (Typ „${v.type}“) und gehört in ihek.yaml unter appendix:`,
  'check.structure.chapterAsAppendix': (v: { file: string; type: string }) =>
    `${v.file} steht unter appendix:, ist aber kein Anhang (Typ „${v.type}“)`,
  'check.structure.handlungsfeldMissing': (v: { id: string; title: string; type: string }) =>
    `Kapitel für Handlungsfeld ${v.id} „${v.title}“ fehlt (type: ${v.type}, handlungsfeld: ${v.id})`,
  'check.structure.handlungsfeldTwice': (v: { id: string; file: string }) =>
    `Handlungsfeld ${v.id} hat schon ein Kapitel (${v.file}); je Handlungsfeld ist eines vorgesehen`,
  'check.structure.typeMissing': (v: { type: string; benn: boolean }) =>
    `Kapitel vom Typ ${v.type} fehlt${v.benn ? ' (ihek.yaml hat einen Block benn:)' : ''}`,
  'check.structure.needsBenn': (v: { type: string }) =>
    `ein Kapitel vom Typ ${v.type} braucht in ihek.yaml einen Block benn: (site, annualBudget)`,
  'check.structure.tooMany': (v: { max: number; type: string; file: string }) =>
    `höchstens ${v.max} Kapitel vom Typ ${v.type}; schon vorhanden in ${v.file}`,
  'check.structure.order': (v: { file: string; type: string; previousFile: string; previousType: string }) =>
    `${v.file} (Typ „${v.type}“) steht nach ${v.previousFile} (Typ „${v.previousType}“); laut Profil kommt „${v.type}“ zuerst`,
  'check.structure.needsHandlungsfeld': (v: { type: string; list: string }) =>
    `ein Kapitel vom Typ „${v.type}“ braucht die Angabe handlungsfeld (${v.list})`,
  'check.structure.unknownHandlungsfeld': (v: { handlungsfeld: string; list: string }) =>
    `unbekanntes Handlungsfeld „${v.handlungsfeld}“; das Profil kennt: ${v.list}`,
  'check.structure.sectionMissing': (v: { section: string; aliases: string; chapter: string; type: string; beforeHeading: boolean }) =>
    `Abschnitt „## ${v.section}“${v.aliases} fehlt im Kapitel „${v.chapter}“ (Typ ${v.type})${v.beforeHeading ? ', erwartet vor dieser Überschrift' : ''}`,
  'check.structure.handlungsfeldSectionTwice': (v: { section: string; id: string; chapter: string; line: number }) =>
    `Abschnitt „## ${v.section}“ (${v.id}) steht zweimal im Kapitel „${v.chapter}“, zuerst in Zeile ${v.line}; jedes Handlungsfeld genau einmal – die Abschnitte zusammenführen`,
  'check.structure.needsBennBlock': (v: { profile: string }) =>
    `das Profil ${v.profile} verlangt den Block „benn:“ in ihek.yaml – ergänzen Sie benn: { site: …, accommodation: …, annualBudget: … }`,
  'check.wordHabits.headingNumber': (v: { text: string }) =>
    `ihek nummeriert selbst – „${v.text} “ entfernen (ihek fmt tut das); die Nummer wird nicht angezeigt`,
  'check.wordHabits.pastedBullet': (v: { text: string }) =>
    `„${v.text}“ als Aufzählungszeichen (aus Word eingefügt) ergibt keine Liste – „- “ schreiben (ihek fmt tut das)`,
  'check.wordHabits.pastedTabIndent': 'Absatz mit Tabulator am Zeilenanfang (aus Word eingefügt) wird als Code-Block gesetzt – Tabulator entfernen (ihek fmt tut das)',
  'check.wordHabits.pastedTabTable': 'Zeilen mit Tabulatoren zwischen den Spalten (Tabelle aus Word eingefügt) ergeben keine Tabelle – als Markdown-Tabelle schreiben: | Spalte | Spalte |, darunter | --- | --- |',
  'check.wordHabits.softHyphen': (v: { text: string }) =>
    `unsichtbares weiches Trennzeichen (U+00AD, aus Word eingefügt) in „${v.text}“ – entfernen (ihek fmt tut das); die Silbentrennung macht das Dokument selbst`,
  'check.spelling.unknownWord': (v: { word: string; wordList: string }) =>
    `„${v.word}“ steht nicht im Wörterbuch – Schreibweise prüfen; ist das Wort richtig, in ${v.wordList} aufnehmen`,
  'check.spelling.quotedWord': (v: { word: string }) =>
    `„${v.word}“`,
  'check.spelling.orList': (v: { most: string; last: string }) =>
    `${v.most} oder ${v.last}`,
  'check.spelling.didYouMean': (v: { word: string; list: string; wordList: string }) =>
    `„${v.word}“ – meinten Sie ${v.list}? (Ist das Wort richtig, in ${v.wordList} aufnehmen)`,
  'check.spelling.repeatedWord': (v: { first: string; repeated: string }) =>
    `„${v.first} ${v.repeated}“: Wort doppelt – eines streichen`,
  'check.spelling.brokenStar': (v: { written: string; better: string }) =>
    `„${v.written}“: mit einem zweiten * im Absatz wird der Text dazwischen kursiv gesetzt und die Sterne verschwinden – „${v.better}“ schreiben`,
  'check.spelling.genderForm': (v: { text: string; form: string; preferredName: string; preferred: string; better: string }) =>
    `„${v.text}“ (${v.form}): das Dokument gendert mit ${v.preferredName} (genderForm: ${v.preferred} in ihek.yaml) – „${v.better}“ schreiben`,
  'check.spelling.form.stern': 'Genderstern',
  'check.spelling.form.doppelpunkt': 'Doppelpunkt',
  'check.spelling.form.unterstrich': 'Unterstrich',
  'check.spelling.form.binnenI': 'Binnen-I',
  'check.spelling.form.schraegstrich': 'Schrägstrich',
  'check.spelling.form.paarform': 'Paarform',
  // (end of check)

  // ── rules ──
  'rules.required-chapter':
    'Jeder Kapiteltyp, den das Profil verlangt, ist vorhanden: ein Kapitel je Handlungsfeld, das BENN-Kapitel, wenn ihek.yaml einen Block benn: hat.',
  'rules.chapter-count':
    'Kein Kapiteltyp kommt öfter vor als erlaubt (z. B. nur eine Einleitung, ein Kapitel je Handlungsfeld, kein BENN-Kapitel ohne benn:).',
  'rules.chapter-order':
    'Die Kapitel stehen in der Reihenfolge des Profils; Anhänge stehen unter appendix:.',
  'rules.chapter-type':
    'Der Kapiteltyp (type) ist im Profil bekannt. Sieht er nach einem Tippfehler aus, nennt die Meldung den nächstliegenden Typ („meinten Sie …?“), und das Kapitel wird nicht zusätzlich als fehlendes Pflichtkapitel gemeldet.',
  'rules.front-matter':
    'Ein Handlungsfeld-Kapitel nennt ein Handlungsfeld des Profils (handlungsfeld: HF1).',
  'rules.required-section':
    'Jedes Kapitel hat die Abschnitte (Überschriften ##), die sein Typ verlangt; Groß-/Kleinschreibung, Leerzeichen und die Aliase des Profils werden berücksichtigt.',
  'rules.heading-level':
    'Überschriften beginnen im Text mit ## (die Kapitelüberschrift kommt aus title) und überspringen keine Ebene. Ein „# …“ am Kapitelanfang, das title wiederholt, ist erlaubt und wird weggelassen.',
  'rules.heading-number':
    'Überschriften tragen keine von Hand geschriebene Nummer (5.1, 3., a), II.): ihek nummeriert selbst; die Nummer wird nicht angezeigt und beim Abgleich der Abschnitte übergangen.',
  'rules.duplicate-anchor':
    'Jeder Anker kommt nur einmal vor: zwei Überschriften eines Kapitels haben verschiedene Titel.',
  'rules.broken-link':
    'Jeder interne Verweis (#anker) führt zu einem Kapitel oder einer Überschrift.',
  'rules.link-target':
    'Links führen zu einem Anker (#…) oder einer Webadresse (https:, http:, mailto:, tel:); Links auf Dateien führen im veröffentlichten Dokument ins Leere, Links aus dem Projektordner hinaus und Adressen wie javascript: oder data: sind nicht erlaubt.',
  'rules.raw-html':
    'HTML im Text enthält nichts, was aus Sicherheitsgründen entfernt würde (Skripte, Rahmen, Formulare, Stile, <base>, <meta>, Ereignis-Attribute wie onclick, Adressen wie javascript:).',
  'rules.image-missing':
    'Jedes Bild gibt es als Datei.',
  'rules.image-outside':
    'Bilder liegen im Projektordner (auch nicht über eine Verknüpfung außerhalb).',
  'rules.image-remote':
    'Bilder werden nicht aus dem Internet geladen.',
  'rules.image-format':
    'Bilder sind PNG, JPEG, GIF, WebP oder SVG.',
  'rules.image-size':
    'Ein Bild ist höchstens 20 MB groß, alle Bilder eines Dokuments zusammen höchstens 100 MB (jede Verwendung zählt, denn jede ist eine eigene Kopie im HTML).',
  'rules.image-alt':
    'Jedes Bild hat einen Alternativtext.',
  'rules.table-header':
    'Jede Tabelle hat eine Kopfzeile.',
  'rules.abbreviation-missing':
    'Abkürzungen im Text (zwei und mehr Großbuchstaben) stehen im Abkürzungsverzeichnis.',
  'rules.pasted-bullet':
    'Listen beginnen mit „- “, nicht mit aus Word eingefügten Zeichen wie •, ▪, ◦ oder –.',
  'rules.pasted-tab-indent':
    'Kein Absatz beginnt mit einem Tabulator (aus Word eingefügt): er würde als Code-Block gesetzt.',
  'rules.pasted-tab-table':
    'Tabellen sind Markdown-Tabellen, keine Zeilen mit Tabulatoren zwischen den Spalten.',
  'rules.soft-hyphen':
    'Kein unsichtbares weiches Trennzeichen (U+00AD, aus Word eingefügt) steht im Text.',
  'rules.placeholder':
    'Kein Platzhalter ist stehen geblieben (TODO, FIXME, XXX, TBD, Lorem ipsum, […]), auch nicht im Alternativtext eines Bildes.',
  'rules.skeleton-text':
    'Kein Hinweistext aus der Vorlage von ihek init und ihek new chapter ist stehen geblieben (ein Absatz mit der Markierung <!-- Vorlage: durch eigenen Text ersetzen -->). In einem Kapitel mit status: final und bei ihek release --require-final ist das ein Fehler.',
  'rules.spelling':
    'Jedes Wort steht im Wörterbuch der Dokumentsprache (lang: de oder en) oder ist dem Projekt bekannt: Gebiet, Bezirk, Träger, Verfasser, Schlagwörter und BENN-Standort aus ihek.yaml, Abkürzungen und Langformen des Abkürzungsverzeichnisses, Titel und Träger der Maßnahmen, die Wörter in woerterbuch.txt. Die Meldung nennt bis zu drei Vorschläge. Nicht geprüft: Code, Adressen, Zahlen und Beträge, Text in <span lang="en"> und anderen Sprachen. Eingeschaltet mit ihek check --spell oder check: { spelling: true } in ihek.yaml, bei ihek release immer.',
  'rules.repeated-word':
    'Kein Wort steht zweimal hintereinander („das das“); nach einem Komma sind „die die“, „das das“ usw. richtig und werden nicht gemeldet.',
  'rules.gender-form':
    'Das Dokument gendert einheitlich in der Form, die check: { genderForm: … } in ihek.yaml nennt (stern: Bewohner*innen, doppelpunkt: Bewohner:innen, unterstrich: Bewohner_innen, binnen-i: BewohnerInnen, schraegstrich: Bewohner/-innen, paarform: Bewohnerinnen und Bewohner); andere Formen werden mit der gewählten als Vorschlag gemeldet. Auch ohne genderForm gemeldet: zwei Gendersterne in einem Absatz, die Markdown als Hervorhebung liest (Bewohner*innen und Nachbar*innen wird zu Bewohner<em>innen und Nachbar</em>innen) – Bewohner\\*innen schreiben.',
  'rules.unsupported-character':
    'Jedes Zeichen ist in den Schriften des Dokuments enthalten (lateinische Schrift mit Umlauten, Akzenten und üblichen Satzzeichen); andere Zeichen, z. B. Emojis, ließen sich im PDF nicht drucken.',
  'rules.template-expression':
    'Jeder Ausdruck in {{ }} lässt sich auswerten (bekannte Angaben und Funktionen).',
  'rules.template-script':
    'Die eigenen Vorlagen des Projekts (templates/) ergeben – so, wie sie ausgefüllt werden – keine Skripte, Ereignis-Attribute (on…), javascript:-Adressen, <meta http-equiv> (außer Content-Security-Policy), <base>, Rahmen oder eingebetteten Objekte, und die Stildatei beendet ihr <style>-Element nicht (</style>). Der Build entfernt all das in jedem Fall.',
  'rules.template-external':
    'Die eigenen Vorlagen des Projekts (templates/) laden nichts nach: kein @import, kein url() oder image-set() auf Dateien oder Adressen, kein <link>, keine Bilder, Stile oder Schriften aus Dateien oder dem Netz; nur data:-Adressen. Der Build entfernt all das in jedem Fall.',
  'rules.measure-handlungsfeld':
    'Jede Maßnahme nennt ein Handlungsfeld des Profils.',
  'rules.measure-period':
    'Maßnahmen liegen in der Laufzeit des IHEK, from ≤ to, Beträge nur für Jahre von from bis to.',
  'rules.fund-limit':
    'Maßnahmen halten die Höchstbeträge ihres Fonds ein (Aktionsfonds: höchstens 1.500 € je Maßnahme).',
  'rules.fund-minimum':
    'Maßnahmen erreichen den Mindestbetrag ihres Fonds (Projektfonds ab 5.000 €, Baufonds und Netzwerkfonds ab 50.000 € je Maßnahme).',
  'rules.fund-year-limit':
    'Die Maßnahmen eines Fonds kosten je Jahr im Gebiet zusammen höchstens seinen Jahreshöchstbetrag (Aktionsfonds: 10.000 €).',
  'rules.fund-duration':
    'Maßnahmen laufen nicht länger, als ihr Fonds erlaubt (Projektfonds: höchstens vier Jahre).',
  'rules.benn-budget':
    'Die BENN-Maßnahmen eines Jahres kosten zusammen höchstens benn.annualBudget.',
  // (end of rules)

  // ── import ──
  'import.project.period': (v: { text: string }) => `--period braucht zwei Jahreszahlen von–bis, z. B. 2026-2028, nicht „${v.text}“`,
  'import.project.targetIsFile': (v: { dir: string }) => `${v.dir} ist eine Datei, kein Ordner; es wurde nichts angelegt`,
  'import.project.targetNotEmpty': (v: { dir: string }) =>
    `${v.dir} ist nicht leer; ihek import legt ein neues Projekt nur in einem leeren oder neuen Ordner an und hat nichts geändert`,
  'import.project.profileUnknown': (v: { known: string; given: string }) => `--profile kennt ${v.known}, nicht „${v.given}“`,
  'import.project.noHeading': (v: { file: string }) =>
    `${v.file}: hat keine Überschrift 1; ihek import legt je Überschrift 1 (Formatvorlage „Überschrift 1“) ein Kapitel an; es wurde nichts angelegt`,
  'import.read.wordHint': 'verkleinern Sie die Bilder in Word (Bilder komprimieren)',
  'import.read.refused': (v: { file: string; why: string }) => `${v.file}: ${v.why}; es wurde nichts angelegt`,
  'import.read.unreadable': 'lässt sich nicht lesen (gibt es die Datei?)',
  'import.read.encrypted': 'ist verschlüsselt oder ein altes Word-Format (.doc); speichern Sie sie in Word ohne Kennwort als .docx',
  'import.read.notWord': 'ist keine Word-Datei (.docx)',
  'import.read.damaged': 'ist beschädigt oder keine Word-Datei (.docx) und lässt sich nicht lesen',
  'import.read.unpacksTooLarge': (v: { megabytes: string; entry: string }) =>
    `entpackt ${v.megabytes} MB${v.entry ? ` (${v.entry})` : ''} – mehr, als ein Word-IHEK hat, oder gepackt wie eine ZIP-Bombe; ihek import liest sie nicht (speichern Sie das Dokument in Word neu und verkleinern Sie die Bilder)`,
  'import.read.understated': (v: { entry: string }) =>
    `entpackt ${v.entry} zu mehr, als ihr ZIP-Verzeichnis angibt – beschädigt oder gepackt wie eine ZIP-Bombe; ihek import liest sie nicht (speichern Sie das Dokument in Word neu)`,
  'import.read.imageTooLarge': (v: { megabytes: string }) => `TODO: Bild fehlt (größer als ${v.megabytes} MB)`,
  'import.report.kind.mergedCells': 'Verbundene Zellen aufgelöst (Tabelle prüfen)',
  'import.report.kind.comment': 'Kommentar nicht übernommen',
  'import.report.kind.insertion': 'Nachverfolgte Einfügung übernommen (angenommen)',
  'import.report.kind.deletion': 'Nachverfolgte Löschung nicht übernommen (angenommen)',
  'import.report.kind.textBox': 'Textfeld: Inhalt in den Fließtext gesetzt oder verloren (prüfen)',
  'import.report.kind.field': 'Feld: nur das angezeigte Ergebnis übernommen',
  'import.report.kind.tocField': 'Inhaltsverzeichnis (Feld) weggelassen; ihek erzeugt es neu',
  'import.report.kind.unsupportedImage': 'Bild in einem Format, das ihek nicht einbettet (als PNG oder SVG neu einfügen)',
  'import.report.kind.imageTooLarge': (v: { megabytes: string }) => `Bild größer als ${v.megabytes} MB nicht übernommen (verkleinert neu einfügen)`,
  'import.report.kind.missingAlt': 'Bild ohne Beschreibung (Alternativtext ergänzen)',
  'import.report.kind.internalLink': 'Querverweis als Text übernommen (als [](#anker) neu setzen)',
  'import.report.kind.caption': 'Beschriftung als ihek-Beschriftung übernommen',
  'import.report.kind.measures': 'Maßnahmentabelle als Daten übernommen',
  'import.report.kind.measuresKeptAsTable': 'Tabelle mit Maßnahmen blieb eine Tabelle',
  'import.report.kind.preamble': 'Text vor der ersten Überschrift nicht übernommen',
  'import.report.kind.bennBlock': 'BENN-Kapitel erkannt: In ihek.yaml steht ein Block benn: mit Beispielwerten (Unterkunft, Jahresbudget) – bitte eintragen',
  'import.report.kind.headingNumber': 'Von Hand getippte Nummer entfernt',
  'import.report.title': '# Bericht zum Import aus Word',
  'import.report.intro': (v: { source: string }) =>
    `Übernommen aus \`${v.source}\`. Diese Datei gehört nicht zum IHEK (sie steht in keiner Liste von ihek.yaml); löschen Sie sie, wenn alles geprüft ist.`,
  'import.report.recognised': '## Erkannt',
  'import.report.profile': 'Profil',
  'import.report.documentTitle': 'Titel',
  'import.report.subtitle': 'Untertitel',
  'import.report.counts': (v: { measures: number; images: number; footnotes: number }) => `Maßnahmen als Daten: ${v.measures}; Bilder: ${v.images}; Fußnoten: ${v.footnotes}`,
  'import.report.tableHead': '| Überschrift in Word | Datei | Typ |',
  'import.report.notRecognised': ' – nicht erkannt, bitte prüfen',
  'import.report.notExact': '## Nicht genau übernommen',
  'import.report.nothing': 'Nichts – alles wurde übernommen.',
  // (end of import)

  // ── markdown ──
  'markdown.helpers.germanNumber': (v: { helper: string; value: string; plain: string }) =>
    `{{${v.helper}}}: „${v.value}“ ist keine Zahl in der Schreibweise von {{ }} – ${v.plain} schreiben`,
  'markdown.helpers.notANumber': (v: { helper: string; value: string }) =>
    `{{${v.helper}}} braucht eine Zahl, bekam ${v.value}`,
  'markdown.helpers.nothing': 'nichts',
  'markdown.helpers.unknownOption': (v: { helper: string; key: string }) =>
    `{{${v.helper}}}: unbekannte Angabe „${v.key}“; möglich sind handlungsfeld, fonds, jahr`,
  'markdown.helpers.measuresOfHandlungsfeld': (v: { id: string; name: string }) =>
    `im Handlungsfeld ${v.id}${v.name ? ` „${v.name}“` : ''}`,
  'markdown.helpers.measuresOfFund': (v: { fonds: string }) =>
    `aus dem Fonds ${v.fonds}`,
  'markdown.helpers.measuresOfYear': (v: { year: number }) =>
    `im Jahr ${v.year}`,
  'markdown.helpers.measuresCaption': 'Tabelle: Maßnahmen',
  'markdown.helpers.noMeasures': '*Keine Maßnahmen erfasst.*',
  'markdown.helpers.columnNumber': 'Nr.',
  'markdown.helpers.columnMeasure': 'Maßnahme',
  'markdown.helpers.columnFund': 'Fonds',
  'markdown.helpers.columnTraeger': 'Träger',
  'markdown.helpers.columnPeriod': 'Zeitraum',
  'markdown.helpers.total': 'Summe',
  'markdown.helpers.noIndicators': '*Keine Indikatoren erfasst.*',
  'markdown.helpers.indicatorsCaption': 'Tabelle: Soziale Indikatoren',
  'markdown.helpers.columnIndicator': 'Indikator',
  'markdown.helpers.unknownIndicator': (v: { id: string; known: string }) =>
    `{{diagramm}}: Indikator „${v.id}“ gibt es nicht; vorhanden: ${v.known}`,
  'markdown.helpers.chartKind': '{{diagramm}} braucht eine Art: "budget", "indikatoren" oder "indikator" id="…"',
  'markdown.limits.nesting': (v: { limit: number }) =>
    `mehr als ${v.limit} Blöcke oder Klammern in {{ }} ineinander; bitte einfacher schreiben`,
  'markdown.limits.arguments': (v: { limit: number }) =>
    `mehr als ${v.limit} Angaben in einem {{ }}-Aufruf`,
  'markdown.limits.iterations': (v: { limit: string }) =>
    `{{#each}} wiederholt insgesamt mehr als ${v.limit}-mal (verschachtelte Blöcke vervielfachen sich); diese Grenze schützt den Rechner`,
  'markdown.limits.output': (v: { mb: number }) =>
    `{{#each}} erzeugt mehr als ${v.mb} MB Text; diese Grenze schützt den Rechner`,
  'markdown.template.partial': (v: { called: string }) =>
    `Teilvorlage „${v.called}“ in {{> }}: in Kapiteln gibt es keine Teilvorlagen`,
  'markdown.template.decorator': '{{#* }} (z. B. {{#*inline}}) ist in Kapiteln nicht möglich: in Kapiteln gibt es keine Teilvorlagen',
  'markdown.template.unknownValue': (v: { name: string }) =>
    `unbekannter Wert „${v.name}“ in {{ }}; verfügbar sind die Angaben aus ihek.yaml (z. B. area, period.from) und data`,
  'markdown.template.unknownHelper': (v: { name: string }) =>
    `unbekannte Funktion „${v.name}“ in {{ }}; möglich sind euro, zahl, prozent, summe, massnahmenTabelle, indikatorenTabelle, diagramm`,
  'markdown.template.eachNeedsList': '{{#each}} braucht eine Liste, über die es laufen kann (z. B. {{#each data.massnahmen}})',
  'markdown.template.cannotEvaluate': (v: { message: string }) =>
    `Ausdruck in {{ }} kann nicht ausgewertet werden: ${v.message}`,
  'markdown.template.brokenExpression': (v: { text: string }) =>
    `Ausdruck ${v.text} ist unvollständig oder fehlerhaft`,
  'markdown.template.syntax': (v: { expected: boolean }) =>
    `Ausdruck in {{ }} ist unvollständig oder fehlerhaft${v.expected ? ' (erwartet wird z. B. „}}“)' : ''}`,
  'markdown.template.germanNumber': (v: { expression: string; written: string; plain: string }) =>
    `${v.expression}: ${v.written} ist in {{ }} keine Zahl – ${v.plain} schreiben`,
  'markdown.template.readAsInteger': (v: { expression: string; written: string; read: number; plain: string }) =>
    `${v.expression}: ${v.written} wird als ${v.read} gelesen – ${v.plain} schreiben`,
  'markdown.template.readAsFraction': (v: { expression: string; written: string; read: number; plain: string }) =>
    `${v.expression}: ${v.written} wird als ${String(v.read).replace('.', ',')} gelesen – ${v.plain} schreiben (ist wirklich ${String(v.read).replace('.', ',')} gemeint: ${v.read} schreiben)`,
  'markdown.deadline.parse': 'Zerlegen des Markdown',
  'markdown.deadline.render': 'Umwandeln in HTML',
  'markdown.deadline.exceeded': (v: { file: string; line: number; step: string; seconds: number }) =>
    `${v.file}:${v.line}: ${v.step} dauerte länger als ${v.seconds} s – der Text ist für den Rechner zu verschachtelt oder zu groß; bitte das Kapitel vereinfachen oder aufteilen`,
  // (end of markdown)

  // ── transform ──
  'transform.outline.duplicateAnchor': (v: { id: string; file: string; line: number }) =>
    `Anker #${v.id} gibt es schon (${v.file}:${v.line}); Überschriften eines Kapitels brauchen verschiedene Titel`,
  'transform.captions.duplicateAnchor': (v: { id: string; file: string; line: number }) =>
    `Anker #${v.id} gibt es schon (${v.file}:${v.line}); wählen Sie eine andere {#…}-Kennung`,
  'transform.asset.overTotal': (v: { src: string; mb: string }) =>
    `Bild „${v.src}“ wird nicht eingebettet: alle Bilder des Dokuments zusammen (jede Verwendung zählt) wären größer als ${v.mb} MB; verkleinern Sie die Bilder oder verwenden Sie sie seltener`,
  'transform.asset.inProjectFolder': (v: { src: string; folder: string; relative: string; absolute: string }) =>
    `Bilddatei „${v.src}“ gibt es im Ordner ${v.folder}/ des Kapitels nicht, aber im Projektordner; schreiben Sie „${v.relative}“ (vom Kapitel aus) oder „${v.absolute}“ (vom Projektordner aus)`,
  'transform.asset.missingFromProject': (v: { src: string }) =>
    `Bilddatei „${v.src}“ gibt es nicht (ein Pfad mit / am Anfang gilt vom Projektordner aus)`,
  'transform.asset.missingFromChapter': (v: { src: string; folder: string }) =>
    `Bilddatei „${v.src}“ gibt es nicht (vom Ordner ${v.folder}/ des Kapitels aus gelesen)`,
  'transform.asset.missingFromManifest': (v: { src: string }) =>
    `Bilddatei „${v.src}“ gibt es nicht (Pfade in ihek.yaml gelten vom Projektordner aus)`,
  'transform.asset.remote': (v: { src: string }) =>
    `Bild „${v.src}“ liegt nicht im Projekt; Bilder aus dem Internet werden nicht geladen – Datei ins Projekt legen`,
  'transform.asset.outside': (v: { src: string }) =>
    `Bild „${v.src}“ liegt außerhalb des Projektordners`,
  'transform.asset.format': (v: { src: string; list: string }) =>
    `Bild „${v.src}“ hat ein Format, das nicht eingebettet wird; möglich: ${v.list}`,
  'transform.numbering.annex': 'Anlage',
  'transform.references.appendix': 'Anhang',
  'transform.references.chapter': 'Kapitel',
  'transform.captions.figure': 'Abbildung',
  'transform.captions.table': 'Tabelle',
  'transform.references.broken': (v: { fragment: string }) =>
    `Verweis auf #${v.fragment} führt ins Leere: kein Kapitel und keine Überschrift hat diesen Anker`,
  'transform.taskList.done': 'erledigt',
  'transform.taskList.open': 'offen',
  // (end of transform)

  // ── render ──
  'render.labels.skip': 'Zum Inhalt springen',
  'render.labels.toc': 'Inhaltsverzeichnis',
  'render.labels.figures': 'Abbildungsverzeichnis',
  'render.labels.tables': 'Tabellenverzeichnis',
  'render.labels.glossary': 'Abkürzungsverzeichnis',
  'render.labels.imprint': 'Impressum',
  'render.labels.figure': 'Abbildung',
  'render.labels.table': 'Tabelle',
  'render.labels.appendix': 'Anhang',
  'render.labels.area': 'Gebiet',
  'render.labels.district': 'Bezirk',
  'render.labels.period': 'Laufzeit',
  'render.labels.date': 'Stand',
  'render.labels.version': 'Version',
  'render.labels.edition': 'Ausgabe',
  'render.labels.publisher': 'Herausgeber',
  'render.labels.address': 'Anschrift',
  'render.labels.contact': 'Kontakt',
  'render.labels.responsible': 'Verantwortlich für den Inhalt',
  'render.labels.photoCredits': 'Bildnachweis',
  'render.labels.design': 'Gestaltung',
  'render.labels.funding': 'Förderung',
  'render.labels.tableRegion': 'Tabelle, seitlich verschiebbar',
  'render.labels.authors': 'Verfasst von',
  'render.labels.generator': 'Erstellt mit',
  'render.labels.abbreviation': 'Abkürzung',
  'render.labels.meaning': 'Bedeutung',
  'render.labels.footnote': 'Fußnote',
  'render.labels.page': 'Seite',
  'render.labels.link': 'Verweis',
  'render.labels.fullDate': (v: { day: number; month: number; year: number }) =>
    `${v.day}. ${['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'][v.month]} ${v.year}`,
  'render.footnotes.label': 'Anmerkungen',
  'render.footnotes.back': 'Zurück zum Text',
  'render.page.footerPage': 'Seite',
  'render.page.footerOf': 'von',
  'render.css.import': (v: { rule: string }) =>
    `„${v.rule}“ wird nicht geladen: das Dokument lädt keine weiteren Stildateien; schreiben Sie die Regeln in diese Datei`,
  'render.css.external': (v: { found: string }) =>
    `„${v.found}“ wird nicht geladen: das Dokument lädt keine Dateien und nichts aus dem Netz; nur data:-Adressen sind möglich`,
  'render.layout.endless': 'templates/layout.hbs: Seitenvorlage ruft sich endlos selbst auf (eine Teilvorlage in templates/partials/ bindet sich selbst ein)',
  'render.layout.broken': (v: { message: string }) =>
    `templates/layout.hbs: Seitenvorlage fehlerhaft: ${v.message}`,
  'render.page.attributeOn': (v: { attribute: string; element: string }) =>
    `${v.attribute} an <${v.element}>`,
  'render.page.script': (v: { what: string }) =>
    `${v.what}: Skripte, Ereignis-Attribute (on…), javascript:-Adressen, <meta http-equiv>, <base>, Rahmen und eingebettete Objekte sind in Vorlagen nicht erlaubt und werden entfernt`,
  'render.page.external': (v: { what: string }) =>
    `${v.what} wird nicht geladen und entfernt: das Dokument lädt keine Dateien und nichts aus dem Netz – Bilder gehören in die Kapitel, Stile in templates/style.css, nur data:-Adressen sind möglich`,
  'render.page.misplacedSlot': 'Kapitel-HTML ({{{html}}}) oder Stile ({{{css}}}, {{{fontCss}}}, {{{pageCss}}}) stehen an einer Stelle, an der sie kein HTML bzw. CSS sind (in einem Attribut, in <title>, <textarea> oder einem Kommentar) und werden dort weggelassen',
  // (end of render)

  // ── charts ──
  'charts.budget.title': (v: { fonds: string }) =>
    `Budget der Maßnahmen${v.fonds ? ` (${v.fonds})` : ''} je Handlungsfeld und Jahr`,
  'charts.budget.intro': (v: { title: string }) =>
    `Gestapeltes Balkendiagramm: ${v.title}.`,
  'charts.budget.xTitle': 'Handlungsfeld',
  'charts.budget.yTitle': 'Euro',
  'charts.budget.bennTitle': 'BENN-Mittel je Jahr und Handlungsfeld, mit dem Jahresbudget',
  'charts.budget.xTitleYear': 'Jahr',
  'charts.budget.reference': (v: { amount: string }) => `Jahresbudget BENN ${v.amount}`,
  'charts.budget.referenceAlt': (v: { amount: string }) => `Eine Linie markiert das BENN-Jahresbudget von ${v.amount}.`,
  'charts.budget.noMeasures': 'Keine Maßnahmen.',
  'charts.indicators.oneTitle': (v: { indicator: string }) =>
    `${v.indicator} im Zeitverlauf`,
  'charts.indicators.title': 'Soziale Indikatoren im Zeitverlauf',
  'charts.indicators.intro': (v: { title: string }) =>
    `Liniendiagramm: ${v.title}.`,
  'charts.indicators.xTitle': 'Jahr (Stichtag 31.12.)',
  'charts.indicators.yTitleShare': 'Anteil in %',
  'charts.indicators.yTitleValue': 'Wert',
  // (end of charts)

  // ── document ──
  'document.excerpt.cover': (v: { parts: string }) => `Auszug: ${v.parts}`,
  'document.excerpt.section': 'Abschnitt',
  'document.excerpt.header': (v: { title: string }) => `${v.title} · Auszug`,
  'document.excerpt.elsewhere': (v: { place: string }) => `${v.place} im Gesamtdokument`,
  'document.excerpt.unknownId': (v: { id: string; known: string }) =>
    `--only: kein Kapitel und kein Anhang hat die id „${v.id}“. Bekannte ids: ${v.known}. Die id steht im Kopf (front matter) des Kapitels, z. B. „id: benn“.`,
  'document.excerpt.noId': (v: { known: string }) =>
    `--only braucht mindestens eine Kapitel-id (mehrere mit Komma getrennt). Bekannte ids: ${v.known}.`,
  'document.stamp.draft': 'Entwurf – nicht freigegeben',
  'document.stamp.notInGit': 'nicht aus einem git-Repository',
  'document.stamp.noCommit': 'git-Repository ohne Commit',
  'document.stamp.uncommitted': ', mit nicht eingecheckten Änderungen',
  'document.stamp.sourceLabel': 'Quelle',
  'document.stamp.statusLabel': 'Freigabe',
  'document.stamp.approved': 'freigegeben (alle Kapitel final, eingecheckter Stand)',
  // (end of document)

  // ── docx ──
  // (end of docx)

  // ── status ──
  'status.column.number': 'Nr.',
  'status.column.chapter': 'Kapitel',
  'status.column.status': 'Status',
  'status.column.words': 'Wörter',
  'status.column.errors': 'Fehler',
  'status.column.warnings': 'Warnungen',
  'status.column.guidance': 'Vorlagentext',
  'status.column.lastChange': 'Letzte Änderung',
  'status.value.missing': 'fehlt',
  'status.total': 'Gesamt',
  'status.git.commit': (v: { author: string; date: string }) => `${v.author}, ${v.date}`,
  'status.git.changed': '(lokal geändert)',
  'status.git.untracked': 'noch nicht eingecheckt',
  'status.git.none': 'nicht in git',
  'status.git.missing': 'git nicht installiert',
  'status.git.refused': 'git verweigert das Repository eines anderen Benutzers (safe.directory)',
  'status.summary': (v: { chapters: number; entwurf: number; abstimmung: number; final: number; missing: number }) =>
    `${v.chapters} Kapitel und Anhänge: ${v.entwurf} entwurf, ${v.abstimmung} abstimmung, ${v.final} final, ${v.missing} ohne Status`,
  'status.details': 'Fehler und Warnungen mit Datei und Zeile zeigt „ihek check“; Vorlagentext durch eigenen Text ersetzen.',
  // (end of status)
};

/** The shape both catalogues have: every key of the German one, with the same named values. */
export type Messages = typeof de;
