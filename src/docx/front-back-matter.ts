import { AlignmentType, HeadingLevel, ImageRun, PageBreak, Paragraph, Table, TableCell, TableOfContents, TableRow, TextRun, WidthType } from 'docx';
import { stampView, type DocumentStamp } from '../document/document-stamp.js';
import type { PreparedDocument } from '../document/prepared-document.js';
import { documentLabels, formatDate } from '../render/labels.js';
import { publicationView } from '../render/render-html.js';
import type { EmbeddedImage } from '../transform/embed-front-images.js';
import { withBookmark } from './convert-inline.js';
import { imageRun, wordImage } from './docx-images.js';
import type { Block } from './convert-blocks.js';
import { CONTENT_WIDTH_TWIPS } from './page-geometry.js';

type Labels = ReturnType<typeof documentLabels>;

function fact(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
}

/** An embedded image as a run within `box` (CSS pixels); none for a format Word cannot show. */
function frontImage(image: EmbeddedImage, name: string, box: { width?: number; height?: number }): TextRun | ImageRun | undefined {
  const word = wordImage(image.src);
  return word && imageRun(word, image.alt, name, box);
}

/**
 * The cover as the HTML's cover.hbs has it: district and area, title, subtitle, the picture, the
 * facts, the organisation, and the funding notice with the funders' logos in a row.
 */
export function cover(document: PreparedDocument, labels: Labels, stamp: DocumentStamp | undefined): Block[] {
  const { manifest } = document.project;
  const { cover: coverView, funding } = publicationView(document);
  const picture = coverView.image && frontImage(coverView.image, manifest.area, { height: 280 });
  const logos = (funding?.logos ?? []).flatMap((logo, index) => {
    const run = frontImage(logo, `${labels.funding} ${index + 1}`, { width: 200, height: 56 });
    return run ? (index > 0 ? [new TextRun('    '), run] : [run]) : [];
  });
  const dateText = formatDate(manifest.date, manifest.lang);
  const release = stamp && stampView(stamp, manifest.lang);
  return [
    ...(release?.draft ? [new Paragraph({ children: [new TextRun({ text: release.draftText, bold: true, color: 'A4001D', size: 32 })] })] : []),
    new Paragraph({ spacing: { before: picture ? 600 : 2400 }, children: [new TextRun({ text: `${manifest.district} · ${manifest.area}`, size: 24 })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(manifest.title)] }),
    ...(manifest.subtitle ? [new Paragraph({ style: 'Subtitle', children: [new TextRun(manifest.subtitle)] })] : []),
    ...(document.excerpt ? [new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: document.excerpt.text, bold: true, size: 28 })] })] : []),
    ...(picture ? [new Paragraph({ spacing: { before: 240, after: 240 }, children: [picture] })] : [new Paragraph('')]),
    fact(labels.area, manifest.area),
    fact(labels.district, manifest.district),
    fact(labels.period, `${manifest.period.from}–${manifest.period.to}`),
    ...(manifest.edition ? [fact(labels.edition, manifest.edition)] : []),
    ...(dateText ? [fact(labels.date, dateText)] : []),
    ...(manifest.version ? [fact(labels.version, manifest.version)] : []),
    ...(manifest.organization ? [new Paragraph({ spacing: { before: picture ? 360 : 1200 }, children: [new TextRun({ text: manifest.organization, bold: true })] })] : []),
    ...(funding?.text ? [new Paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: funding.text, size: 18 })] })] : []),
    ...(logos.length ? [new Paragraph({ spacing: { before: 160 }, children: logos })] : []),
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

/** The Impressum as imprint.hbs has it: title, publisher, address, contact, responsible, authors, area, period, edition, version, date, credits, design, release, funding notice. */
export function imprint(document: PreparedDocument, labels: Labels, stamp: DocumentStamp | undefined, generator: string): Block[] {
  const { manifest } = document.project;
  const dateText = formatDate(manifest.date, manifest.lang);
  const release = stamp && stampView(stamp, manifest.lang);
  const { imprint: fields, funding } = publicationView(document);
  // Line breaks of a field (an address) stay line breaks.
  const lines = (label: string, value: string) =>
    new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), ...value.split('\n').map((line, index) => new TextRun({ text: line, ...(index > 0 && { break: 1 }) }))] });
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: withBookmark('impressum', [new TextRun(labels.imprint)]) }),
    new Paragraph({
      children: [new TextRun({ text: manifest.title, bold: true }), ...(manifest.subtitle ? [new TextRun({ text: manifest.subtitle, break: 1 })] : [])],
    }),
    ...(fields.publisher ? [fact(labels.publisher, fields.publisher)] : []),
    ...(fields.address ? [lines(labels.address, fields.address)] : []),
    ...(fields.contact ? [lines(labels.contact, fields.contact)] : []),
    ...(fields.responsible ? [fact(labels.responsible, fields.responsible)] : []),
    ...(manifest.authors.length ? [fact(labels.authors, manifest.authors.join(', '))] : []),
    fact(labels.area, `${manifest.area}, ${manifest.district}`),
    fact(labels.period, `${manifest.period.from}–${manifest.period.to}`),
    ...(manifest.edition ? [fact(labels.edition, manifest.edition)] : []),
    ...(manifest.version ? [fact(labels.version, manifest.version)] : []),
    ...(dateText ? [fact(labels.date, dateText)] : []),
    ...(fields.photoCredits ? [lines(labels.photoCredits, fields.photoCredits)] : []),
    ...(fields.design ? [fact(labels.design, fields.design)] : []),
    ...(release ? [fact(release.sourceLabel, release.sourceText), fact(release.statusLabel, release.statusText)] : []),
    ...(funding?.text ? [new Paragraph({ spacing: { before: 240 }, children: [new TextRun(funding.text)] })] : []),
    new Paragraph({ alignment: AlignmentType.LEFT, spacing: { before: 240 }, children: [new TextRun({ text: `${labels.generator} ${generator}`, size: 18 })] }),
  ];
}
