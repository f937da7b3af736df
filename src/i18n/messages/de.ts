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
  // (end of project)

  // ── diff ──
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
