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
