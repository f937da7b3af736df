import type { Diagnostic, RelatedPlace, Severity } from './diagnostics.js';
import type { Localized } from './i18n/lang.js';

export interface RuleInfo {
  id: string;
  severity: Severity;
  /** What the rule asks for, shown in the rules reference. */
  description: Localized;
}

/**
 * Every rule `ihek check` applies, with its stable id and default severity. A profile changes a
 * severity with `rules: { <id>: error | warning | off }`. docs/rules.md is generated from this list.
 */
export const RULES: readonly RuleInfo[] = [
  { id: 'required-chapter', severity: 'error', description: { de: 'Jeder Kapiteltyp, den das Profil verlangt, ist vorhanden: ein Kapitel je Handlungsfeld, das BENN-Kapitel, wenn ihek.yaml einen Block benn: hat.', en: 'Every chapter type the profile requires is present: one chapter per Handlungsfeld, the BENN chapter when ihek.yaml has a benn: block.' } },
  { id: 'chapter-count', severity: 'error', description: { de: 'Kein Kapiteltyp kommt öfter vor als erlaubt (z. B. nur eine Einleitung, ein Kapitel je Handlungsfeld, kein BENN-Kapitel ohne benn:).', en: 'No chapter type occurs more often than allowed (one Einleitung, one chapter per Handlungsfeld, no BENN chapter without benn:).' } },
  { id: 'chapter-order', severity: 'error', description: { de: 'Die Kapitel stehen in der Reihenfolge des Profils; Anhänge stehen unter appendix:.', en: 'Chapters follow the order of the profile; appendices are listed under appendix:.' } },
  { id: 'chapter-type', severity: 'error', description: { de: 'Der Kapiteltyp (type) ist im Profil bekannt. Sieht er nach einem Tippfehler aus, nennt die Meldung den nächstliegenden Typ („meinten Sie …?“), und das Kapitel wird nicht zusätzlich als fehlendes Pflichtkapitel gemeldet.', en: 'The chapter type (type) is known to the profile. When it looks like a typo, the message names the closest type ("did you mean …?"), and the chapter is not also reported as a missing required chapter.' } },
  { id: 'front-matter', severity: 'error', description: { de: 'Ein Handlungsfeld-Kapitel nennt ein Handlungsfeld des Profils (handlungsfeld: HF1).', en: 'A handlungsfeld chapter names a Handlungsfeld of the profile (handlungsfeld: HF1).' } },
  { id: 'required-section', severity: 'error', description: { de: 'Jedes Kapitel hat die Abschnitte (Überschriften ##), die sein Typ verlangt; Groß-/Kleinschreibung, Leerzeichen und die Aliase des Profils werden berücksichtigt.', en: 'Every chapter has the sections (## headings) its type requires; case, spacing and the profile\'s aliases are taken into account.' } },
  { id: 'heading-level', severity: 'error', description: { de: 'Überschriften beginnen im Text mit ## (die Kapitelüberschrift kommt aus title) und überspringen keine Ebene. Ein „# …“ am Kapitelanfang, das title wiederholt, ist erlaubt und wird weggelassen.', en: 'Headings in the text start at ## (the chapter heading comes from title) and skip no level. A "# …" at the top of a chapter that repeats title is allowed and left out.' } },
  { id: 'heading-number', severity: 'warning', description: { de: 'Überschriften tragen keine von Hand geschriebene Nummer (5.1, 3., a), II.): ihek nummeriert selbst; die Nummer wird nicht angezeigt und beim Abgleich der Abschnitte übergangen.', en: 'Headings carry no hand-typed number (5.1, 3., a), II.): ihek numbers them itself; the number is not shown and is ignored when sections are matched.' } },
  { id: 'duplicate-anchor', severity: 'error', description: { de: 'Jeder Anker kommt nur einmal vor: zwei Überschriften eines Kapitels haben verschiedene Titel.', en: 'Every anchor is unique: two headings of one chapter have different titles.' } },
  { id: 'broken-link', severity: 'error', description: { de: 'Jeder interne Verweis (#anker) führt zu einem Kapitel oder einer Überschrift.', en: 'Every internal link (#anchor) leads to a chapter or heading.' } },
  { id: 'link-target', severity: 'error', description: { de: 'Links führen zu einem Anker (#…) oder einer Webadresse (https:, http:, mailto:, tel:); Links auf Dateien führen im veröffentlichten Dokument ins Leere, Links aus dem Projektordner hinaus und Adressen wie javascript: oder data: sind nicht erlaubt.', en: 'Links lead to an anchor (#…) or a web address (https:, http:, mailto:, tel:); links to files lead nowhere in the published document, links out of the project folder and addresses such as javascript: or data: are not allowed.' } },
  { id: 'raw-html', severity: 'error', description: { de: 'HTML im Text enthält nichts, was aus Sicherheitsgründen entfernt würde (Skripte, Rahmen, Formulare, Stile, <base>, <meta>, Ereignis-Attribute wie onclick, Adressen wie javascript:).', en: 'HTML in the text contains nothing that would be removed for safety (scripts, frames, forms, styles, <base>, <meta>, event attributes such as onclick, addresses such as javascript:).' } },
  { id: 'image-missing', severity: 'error', description: { de: 'Jedes Bild gibt es als Datei.', en: 'Every image exists as a file.' } },
  { id: 'image-outside', severity: 'error', description: { de: 'Bilder liegen im Projektordner (auch nicht über eine Verknüpfung außerhalb).', en: 'Images lie inside the project folder (not outside through a link either).' } },
  { id: 'image-remote', severity: 'error', description: { de: 'Bilder werden nicht aus dem Internet geladen.', en: 'Images are not loaded from the internet.' } },
  { id: 'image-format', severity: 'error', description: { de: 'Bilder sind PNG, JPEG, GIF, WebP oder SVG.', en: 'Images are PNG, JPEG, GIF, WebP or SVG.' } },
  { id: 'image-size', severity: 'error', description: { de: 'Ein Bild ist höchstens 20 MB groß, alle Bilder eines Dokuments zusammen höchstens 100 MB (jede Verwendung zählt, denn jede ist eine eigene Kopie im HTML).', en: 'An image is at most 20 MB, all images of a document together at most 100 MB (each use counts, as each is a copy of its own in the HTML).' } },
  { id: 'image-alt', severity: 'error', description: { de: 'Jedes Bild hat einen Alternativtext.', en: 'Every image has alt text.' } },
  { id: 'table-header', severity: 'error', description: { de: 'Jede Tabelle hat eine Kopfzeile.', en: 'Every table has a header row.' } },
  { id: 'abbreviation-missing', severity: 'warning', description: { de: 'Abkürzungen im Text (zwei und mehr Großbuchstaben) stehen im Abkürzungsverzeichnis.', en: 'Abbreviations in the text (two or more capitals) are in the glossary.' } },
  { id: 'pasted-bullet', severity: 'warning', description: { de: 'Listen beginnen mit „- “, nicht mit aus Word eingefügten Zeichen wie •, ▪, ◦ oder –.', en: 'Lists start with "- ", not with characters pasted from Word such as •, ▪, ◦ or –.' } },
  { id: 'pasted-tab-indent', severity: 'warning', description: { de: 'Kein Absatz beginnt mit einem Tabulator (aus Word eingefügt): er würde als Code-Block gesetzt.', en: 'No paragraph starts with a tab (pasted from Word): it would be set as a code block.' } },
  { id: 'pasted-tab-table', severity: 'warning', description: { de: 'Tabellen sind Markdown-Tabellen, keine Zeilen mit Tabulatoren zwischen den Spalten.', en: 'Tables are Markdown tables, not lines with tabs between the columns.' } },
  { id: 'soft-hyphen', severity: 'warning', description: { de: 'Kein unsichtbares weiches Trennzeichen (U+00AD, aus Word eingefügt) steht im Text.', en: 'No invisible soft hyphen (U+00AD, pasted from Word) is in the text.' } },
  { id: 'placeholder', severity: 'warning', description: { de: 'Kein Platzhalter ist stehen geblieben (TODO, FIXME, XXX, TBD, Lorem ipsum, […]), auch nicht im Alternativtext eines Bildes.', en: 'No placeholder is left in (TODO, FIXME, XXX, TBD, Lorem ipsum, […]), in the alt text of images neither.' } },
  { id: 'skeleton-text', severity: 'warning', description: { de: 'Kein Hinweistext aus der Vorlage von ihek init und ihek new chapter ist stehen geblieben (ein Absatz mit der Markierung <!-- Vorlage: durch eigenen Text ersetzen -->). In einem Kapitel mit status: final und bei ihek release --require-final ist das ein Fehler.', en: 'No guidance text from the skeletons of ihek init and ihek new chapter is left in (a paragraph with the mark <!-- Vorlage: durch eigenen Text ersetzen -->). In a chapter with status: final and with ihek release --require-final it is an error.' } },
  { id: 'spelling', severity: 'warning', description: { de: 'Jedes Wort steht im Wörterbuch der Dokumentsprache (lang: de oder en) oder ist dem Projekt bekannt: Gebiet, Bezirk, Träger, Verfasser, Schlagwörter und BENN-Standort aus ihek.yaml, Abkürzungen und Langformen des Abkürzungsverzeichnisses, Titel und Träger der Maßnahmen, die Wörter in woerterbuch.txt. Die Meldung nennt bis zu drei Vorschläge. Nicht geprüft: Code, Adressen, Zahlen und Beträge, Text in <span lang="en"> und anderen Sprachen. Eingeschaltet mit ihek check --spell oder check: { spelling: true } in ihek.yaml, bei ihek release immer.', en: 'Every word is in the dictionary of the document language (lang: de or en) or known to the project: area, district, organisation, authors, keywords and BENN site from ihek.yaml, the glossary\'s abbreviations and expansions, the measures\' titles and Träger, the words in woerterbuch.txt. The message names up to three suggestions. Not checked: code, addresses, numbers and amounts, text in <span lang="en"> and other languages. Switched on with ihek check --spell or check: { spelling: true } in ihek.yaml, always in ihek release.' } },
  { id: 'repeated-word', severity: 'warning', description: { de: 'Kein Wort steht zweimal hintereinander („das das“); nach einem Komma sind „die die“, „das das“ usw. richtig und werden nicht gemeldet.', en: 'No word stands twice in a row ("das das"); after a comma "die die", "das das" etc. are right and not reported.' } },
  { id: 'gender-form', severity: 'warning', description: { de: 'Das Dokument gendert einheitlich in der Form, die check: { genderForm: … } in ihek.yaml nennt (stern: Bewohner*innen, doppelpunkt: Bewohner:innen, unterstrich: Bewohner_innen, binnen-i: BewohnerInnen, schraegstrich: Bewohner/-innen, paarform: Bewohnerinnen und Bewohner); andere Formen werden mit der gewählten als Vorschlag gemeldet. Auch ohne genderForm gemeldet: zwei Gendersterne in einem Absatz, die Markdown als Hervorhebung liest (Bewohner*innen und Nachbar*innen wird zu Bewohner<em>innen und Nachbar</em>innen) – Bewohner\\*innen schreiben.', en: 'The document uses one form of gender-inclusive language, the one check: { genderForm: … } in ihek.yaml names (stern: Bewohner*innen, doppelpunkt: Bewohner:innen, unterstrich: Bewohner_innen, binnen-i: BewohnerInnen, schraegstrich: Bewohner/-innen, paarform: Bewohnerinnen und Bewohner); other forms are reported with the chosen one as suggestion. Also without genderForm: two gender stars in one paragraph, which Markdown reads as emphasis (Bewohner*innen und Nachbar*innen becomes Bewohner<em>innen und Nachbar</em>innen) – write Bewohner\\*innen.' } },
  { id: 'unsupported-character', severity: 'error', description: { de: 'Jedes Zeichen ist in den Schriften des Dokuments enthalten (lateinische Schrift mit Umlauten, Akzenten und üblichen Satzzeichen); andere Zeichen, z. B. Emojis, ließen sich im PDF nicht drucken.', en: 'Every character is in the document\'s fonts (Latin script with umlauts, accents and common punctuation); others, such as emoji, could not be printed in the PDF.' } },
  { id: 'template-expression', severity: 'error', description: { de: 'Jeder Ausdruck in {{ }} lässt sich auswerten (bekannte Angaben und Funktionen).', en: 'Every {{ }} expression can be evaluated (known values and helpers).' } },
  { id: 'template-script', severity: 'error', description: { de: 'Die eigenen Vorlagen des Projekts (templates/) ergeben – so, wie sie ausgefüllt werden – keine Skripte, Ereignis-Attribute (on…), javascript:-Adressen, <meta http-equiv> (außer Content-Security-Policy), <base>, Rahmen oder eingebetteten Objekte, und die Stildatei beendet ihr <style>-Element nicht (</style>). Der Build entfernt all das in jedem Fall.', en: 'The project\'s own templates (templates/), as they render, give no scripts, event attributes (on…), javascript: URLs, <meta http-equiv> (but Content-Security-Policy), <base>, frames or embedded objects, and the style sheet does not end its <style> element (</style>). The build removes all of these in any case.' } },
  { id: 'template-external', severity: 'error', description: { de: 'Die eigenen Vorlagen des Projekts (templates/) laden nichts nach: kein @import, kein url() oder image-set() auf Dateien oder Adressen, kein <link>, keine Bilder, Stile oder Schriften aus Dateien oder dem Netz; nur data:-Adressen. Der Build entfernt all das in jedem Fall.', en: 'The project\'s own templates (templates/) load nothing: no @import, no url() or image-set() to files or addresses, no <link>, no images, styles or fonts from files or the network; only data: URLs. The build removes all of these in any case.' } },
  { id: 'measure-handlungsfeld', severity: 'error', description: { de: 'Jede Maßnahme nennt ein Handlungsfeld des Profils.', en: 'Every measure names a Handlungsfeld of the profile.' } },
  { id: 'measure-period', severity: 'error', description: { de: 'Maßnahmen liegen in der Laufzeit des IHEK, from ≤ to, Beträge nur für Jahre von from bis to.', en: 'Measures lie within the IHEK period, from ≤ to, amounts only for years from from to to.' } },
  { id: 'fund-limit', severity: 'error', description: { de: 'Maßnahmen halten die Höchstbeträge ihres Fonds ein (Aktionsfonds: höchstens 1.500 € je Maßnahme).', en: 'Measures keep to their fund\'s maximum (Aktionsfonds: at most 1,500 € per measure).' } },
  { id: 'benn-budget', severity: 'error', description: { de: 'Die BENN-Maßnahmen eines Jahres kosten zusammen höchstens benn.annualBudget.', en: 'The BENN measures of a year add up to no more than benn.annualBudget.' } },
];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleInfo(id: string): RuleInfo | undefined {
  return byId.get(id);
}

/** A diagnostic with the rule's default severity. */
export function finding(
  rule: string,
  place: { file: string; line: number; column?: number },
  text: Localized,
  related?: RelatedPlace[],
): Diagnostic {
  return {
    file: place.file,
    line: place.line,
    column: place.column ?? 1,
    severity: byId.get(rule)?.severity ?? 'error',
    rule,
    text,
    ...(related && related.length > 0 && { related }),
  };
}
