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
  'rules.benn-budget':
    'Die BENN-Maßnahmen eines Jahres kosten zusammen höchstens benn.annualBudget.',
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
