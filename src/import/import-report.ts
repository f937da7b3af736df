import type { Lang, Localized } from '../i18n/lang.js';
import type { ImportNote } from './import-notes.js';

export interface ReportChapter {
  heading: string;
  file: string;
  type: string;
  handlungsfeld?: string;
  recognised: boolean;
}

export interface ReportFacts {
  source: string;
  profile: string;
  title?: string;
  subtitle?: string;
  chapters: ReportChapter[];
  measures: number;
  images: number;
  footnotes: number;
  notes: ImportNote[];
}

/** What each kind of place means for the author, and what to do about it. */
const KINDS: Record<ImportNote['kind'], Localized> = {
  'merged-cells': { de: 'Verbundene Zellen aufgelöst (Tabelle prüfen)', en: 'Merged cells flattened (check the table)' },
  comment: { de: 'Kommentar nicht übernommen', en: 'Comment not carried over' },
  insertion: { de: 'Nachverfolgte Einfügung übernommen (angenommen)', en: 'Tracked insertion carried over (accepted)' },
  deletion: { de: 'Nachverfolgte Löschung nicht übernommen (angenommen)', en: 'Tracked deletion left out (accepted)' },
  'text-box': { de: 'Textfeld: Inhalt in den Fließtext gesetzt oder verloren (prüfen)', en: 'Text box: content put into the running text or lost (check)' },
  field: { de: 'Feld: nur das angezeigte Ergebnis übernommen', en: 'Field: only its shown result carried over' },
  'unsupported-image': { de: 'Bild in einem Format, das ihek nicht einbettet (als PNG oder SVG neu einfügen)', en: 'Image in a format ihek does not embed (insert again as PNG or SVG)' },
  'missing-alt': { de: 'Bild ohne Beschreibung (Alternativtext ergänzen)', en: 'Image without a description (add alt text)' },
  'internal-link': { de: 'Querverweis als Text übernommen (als [](#anker) neu setzen)', en: 'Cross-reference kept as text (set again as [](#anchor))' },
  caption: { de: 'Beschriftung als ihek-Beschriftung übernommen', en: 'Caption taken as an ihek caption' },
  measures: { de: 'Maßnahmentabelle als Daten übernommen', en: 'Measures table taken as data' },
  'measures-kept-as-table': { de: 'Tabelle mit Maßnahmen blieb eine Tabelle', en: 'Table of measures stayed a table' },
  preamble: { de: 'Text vor der ersten Überschrift nicht übernommen', en: 'Text before the first heading not carried over' },
  'benn-block': { de: 'BENN-Kapitel erkannt: In ihek.yaml steht ein Block benn: mit Beispielwerten (Unterkunft, Jahresbudget) – bitte eintragen', en: 'BENN chapter recognised: ihek.yaml has a benn: block with example values (accommodation, annual budget) – please fill them in' },
  'heading-number': { de: 'Von Hand getippte Nummer entfernt', en: 'Hand-typed number removed' },
};

/** Kinds that tell what was recognised; the others are places to look at. */
const RECOGNISED = new Set<ImportNote['kind']>(['caption', 'measures', 'heading-number']);

/** The import report as Markdown: recognised first, then every place that was not carried over exactly. */
export function importReport(facts: ReportFacts, lang: Lang): string {
  const say = (de: string, en: string) => (lang === 'de' ? de : en);
  const lines: string[] = [
    say('# Bericht zum Import aus Word', '# Report of the import from Word'),
    '',
    say(
      `Übernommen aus \`${facts.source}\`. Diese Datei gehört nicht zum IHEK (sie steht in keiner Liste von ihek.yaml); löschen Sie sie, wenn alles geprüft ist.`,
      `Imported from \`${facts.source}\`. This file is not part of the IHEK (no list in ihek.yaml names it); delete it once everything is checked.`,
    ),
    '',
    say('## Erkannt', '## Recognised'),
    '',
    `- ${say('Profil', 'Profile')}: ${facts.profile}`,
    ...(facts.title ? [`- ${say('Titel', 'Title')}: ${facts.title}`] : []),
    ...(facts.subtitle ? [`- ${say('Untertitel', 'Subtitle')}: ${facts.subtitle}`] : []),
    `- ${say('Maßnahmen als Daten', 'Measures as data')}: ${facts.measures}; ${say('Bilder', 'images')}: ${facts.images}; ${say('Fußnoten', 'footnotes')}: ${facts.footnotes}`,
    '',
    say('| Überschrift in Word | Datei | Typ |', '| Heading in Word | File | Type |'),
    '| --- | --- | --- |',
    ...facts.chapters.map(
      (c) =>
        `| ${cellText(c.heading)} | ${c.file} | ${c.type}${c.handlungsfeld ? ` (${c.handlungsfeld})` : ''}${c.recognised ? '' : say(' – nicht erkannt, bitte prüfen', ' – not recognised, please check')} |`,
    ),
  ];
  const recognised = facts.notes.filter((n) => RECOGNISED.has(n.kind));
  const places = facts.notes.filter((n) => !RECOGNISED.has(n.kind));
  if (recognised.length) lines.push('', ...recognised.map((n) => noteLine(n, lang)));
  lines.push('', say('## Nicht genau übernommen', '## Not carried over exactly'), '');
  lines.push(...(places.length ? places.map((n) => noteLine(n, lang)) : [say('Nichts – alles wurde übernommen.', 'Nothing – everything was carried over.')]));
  return `${lines.join('\n')}\n`;
}

function noteLine(note: ImportNote, lang: Lang): string {
  const where = [note.chapter, note.section].filter(Boolean).join(' › ');
  return `- ${KINDS[note.kind][lang]}${where ? ` – ${where}` : ''}${note.detail ? `: ${note.detail}` : ''}`;
}

const cellText = (text: string) => text.replace(/\|/g, '\\|');
