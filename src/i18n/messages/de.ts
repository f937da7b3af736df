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
  'rules.benn-budget':
    'Die BENN-Maßnahmen eines Jahres kosten zusammen höchstens benn.annualBudget.',
  // (end of rules)

  // ── import ──
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
  'transform.asset.remote': (v: { src: string }) =>
    `Bild „${v.src}“ liegt nicht im Projekt; Bilder aus dem Internet werden nicht geladen – Datei ins Projekt legen`,
  'transform.asset.outside': (v: { src: string }) =>
    `Bild „${v.src}“ liegt außerhalb des Projektordners`,
  'transform.asset.format': (v: { src: string; list: string }) =>
    `Bild „${v.src}“ hat ein Format, das nicht eingebettet wird; möglich: ${v.list}`,
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
  'render.labels.authors': 'Verfasst von',
  'render.labels.generator': 'Erstellt mit',
  'render.labels.abbreviation': 'Abkürzung',
  'render.labels.meaning': 'Bedeutung',
  'render.labels.footnote': 'Fußnote',
  'render.labels.page': 'Seite',
  'render.labels.link': 'Verweis',
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
};

/** The shape both catalogues have: every key of the German one, with the same named values. */
export type Messages = typeof de;
