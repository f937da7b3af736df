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
