import { AlignmentType, HeadingLevel, PageBreak, Paragraph, Table, TableCell, TableOfContents, TableRow, TextRun, WidthType } from 'docx';
import { stampView, type DocumentStamp } from '../document/document-stamp.js';
import type { PreparedDocument } from '../document/prepared-document.js';
import { documentLabels, formatDate } from '../render/labels.js';
import { withBookmark } from './convert-inline.js';
import type { Block } from './convert-blocks.js';
import { CONTENT_WIDTH_TWIPS } from './page-geometry.js';

type Labels = ReturnType<typeof documentLabels>;

function fact(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
}

/** The cover as the HTML's cover.hbs has it: district and area, title, subtitle, the facts, the organisation. */
export function cover(document: PreparedDocument, labels: Labels, stamp: DocumentStamp | undefined): Block[] {
  const { manifest } = document.project;
  const dateText = formatDate(manifest.date, manifest.lang);
  const release = stamp && stampView(stamp, manifest.lang);
  return [
    ...(release?.draft ? [new Paragraph({ children: [new TextRun({ text: release.draftText, bold: true, color: 'A4001D', size: 32 })] })] : []),
    new Paragraph({ spacing: { before: 2400 }, children: [new TextRun({ text: `${manifest.district} · ${manifest.area}`, size: 24 })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(manifest.title)] }),
    ...(manifest.subtitle ? [new Paragraph({ style: 'Subtitle', children: [new TextRun(manifest.subtitle)] })] : []),
    new Paragraph(''),
    fact(labels.area, manifest.area),
    fact(labels.district, manifest.district),
    fact(labels.period, `${manifest.period.from}–${manifest.period.to}`),
    ...(manifest.edition ? [fact(labels.edition, manifest.edition)] : []),
    ...(dateText ? [fact(labels.date, dateText)] : []),
    ...(manifest.version ? [fact(labels.version, manifest.version)] : []),
    ...(manifest.organization ? [new Paragraph({ spacing: { before: 1200 }, children: [new TextRun({ text: manifest.organization, bold: true })] })] : []),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/**
 * The contents: a TOC field over Heading 1–3, filled with the headings so it reads right before
 * Word updates it (the page numbers come with the update).
 */
export function contents(labels: Labels): Array<Paragraph | TableOfContents> {
  return [
    new Paragraph({ keepNext: true, children: [new TextRun({ text: labels.toc, bold: true, size: 36 })] }),
    // The first chapter's heading starts the next page (Heading 1 breaks the page).
    new TableOfContents(labels.toc, { hyperlink: true, headingStyleRange: '1-3' }),
  ];
}

function headerCell(value: string, width: number): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text: value, bold: true })] })] });
}

function cell(value: string, width: number): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children: [new Paragraph(value)] });
}

/** The glossary as a table of abbreviation and meaning, sorted as the HTML sorts it. */
export function glossary(document: PreparedDocument, labels: Labels): Block[] {
  const lang = document.project.manifest.lang;
  const entries = Object.entries(document.project.glossary?.value ?? {}).sort(([a], [b]) => a.localeCompare(b, lang));
  if (!entries.length) return [];
  const widths = [Math.round(CONTENT_WIDTH_TWIPS * 0.25), CONTENT_WIDTH_TWIPS - Math.round(CONTENT_WIDTH_TWIPS * 0.25)] as const;
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: withBookmark('abkuerzungsverzeichnis', [new TextRun(labels.glossary)]) }),
    new Table({
      width: { size: CONTENT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: [...widths],
      rows: [
        new TableRow({ tableHeader: true, children: [headerCell(labels.abbreviation, widths[0]), headerCell(labels.meaning, widths[1])] }),
        ...entries.map(([abbr, expansion]) => new TableRow({ cantSplit: true, children: [cell(abbr, widths[0]), cell(expansion, widths[1])] })),
      ],
    }),
  ];
}

/** The Impressum as imprint.hbs has it: title, publisher, authors, area, period, edition, version, date, release. */
export function imprint(document: PreparedDocument, labels: Labels, stamp: DocumentStamp | undefined, generator: string): Block[] {
  const { manifest } = document.project;
  const dateText = formatDate(manifest.date, manifest.lang);
  const release = stamp && stampView(stamp, manifest.lang);
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: withBookmark('impressum', [new TextRun(labels.imprint)]) }),
    new Paragraph({
      children: [new TextRun({ text: manifest.title, bold: true }), ...(manifest.subtitle ? [new TextRun({ text: manifest.subtitle, break: 1 })] : [])],
    }),
    ...(manifest.organization ? [fact(labels.publisher, manifest.organization)] : []),
    ...(manifest.authors.length ? [fact(labels.authors, manifest.authors.join(', '))] : []),
    fact(labels.area, `${manifest.area}, ${manifest.district}`),
    fact(labels.period, `${manifest.period.from}–${manifest.period.to}`),
    ...(manifest.edition ? [fact(labels.edition, manifest.edition)] : []),
    ...(manifest.version ? [fact(labels.version, manifest.version)] : []),
    ...(dateText ? [fact(labels.date, dateText)] : []),
    ...(release ? [fact(release.sourceLabel, release.sourceText), fact(release.statusLabel, release.statusText)] : []),
    new Paragraph({ alignment: AlignmentType.LEFT, spacing: { before: 240 }, children: [new TextRun({ text: `${labels.generator} ${generator}`, size: 18 })] }),
  ];
}
