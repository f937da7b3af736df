import type { Element } from 'hast';
import { AlignmentType, Document, Footer, Header, LevelFormat, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { DocumentStamp } from '../document/document-stamp.js';
import type { PreparedDocument } from '../document/prepared-document.js';
import { runningTitle } from '../document/select-excerpt.js';
import { documentLabels } from '../render/labels.js';
import { blocks, LIST_REFERENCES, takeFootnotes, type Block } from './convert-blocks.js';
import { newConvertContext } from './convert-inline.js';
import { contents, cover, glossary, imprint } from './front-back-matter.js';
import { PAGE_MM, twips } from './page-geometry.js';
import { stableZip } from './stable-zip.js';

export interface DocxMetadata {
  title: string;
  subject: string;
  author: string;
  keywords: string[];
}

export interface DocxInput {
  document: PreparedDocument;
  /** Each chapter's `<section>` as the HTML has it: numbered headings, captions, footnotes, images embedded. */
  sections: readonly Element[];
  metadata: DocxMetadata;
  /** The document's date (SOURCE_DATE_EPOCH or the manifest's): the file's dates, never "now". */
  date: Date;
  generator: string;
  stamp?: DocumentStamp;
}

export interface DocxOutput {
  bytes: Uint8Array;
  /** Alt texts of images Word cannot show (their alt text stands in the text instead). */
  skippedImages: string[];
}

const BULLETS = ['•', '◦', '▪'];
const FONT = 'Arial';

function listLevels(ordered: boolean) {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : BULLETS[level % BULLETS.length]!,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

function pageFooter(lang: 'de' | 'en'): Footer {
  const [page, of] = lang === 'de' ? ['Seite ', ' von '] : ['Page ', ' of '];
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ size: 16, children: [page, PageNumber.CURRENT, of, PageNumber.TOTAL_PAGES] })] })],
  });
}

/**
 * The Word version of the document: cover, contents field, the chapters as the HTML has them
 * (headings as Heading 1–6 with their numbers, captions with SEQ fields, real footnotes, tables
 * with repeated header rows, images with their descriptions), the glossary and the Impressum.
 */
export async function renderDocx(input: DocxInput): Promise<DocxOutput> {
  const { document, metadata } = input;
  const { manifest } = document.project;
  const lang = manifest.lang;
  const labels = documentLabels(lang);
  const context = newConvertContext();
  const body: Block[] = [];
  for (const original of input.sections) {
    // The footnotes are taken out of the section: a copy keeps the caller's tree as it was.
    const section: Element = { ...original, children: [...original.children] };
    takeFootnotes(section, context);
    body.push(...blocks(section.children, context));
  }
  const size = 20;
  const file = new Document({
    title: metadata.title,
    subject: metadata.subject,
    creator: metadata.author,
    lastModifiedBy: metadata.author,
    keywords: metadata.keywords.join(', '),
    description: metadata.subject,
    revision: 1,
    footnotes: context.footnotes,
    numbering: {
      config: [
        { reference: LIST_REFERENCES.bullet, levels: listLevels(false) },
        { reference: LIST_REFERENCES.ordered, levels: listLevels(true) },
      ],
    },
    styles: {
      default: {
        document: { run: { font: FONT, size, language: { value: lang === 'de' ? 'de-DE' : 'en-GB' } }, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
        heading1: { run: { font: FONT, size: 36, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 240 } } },
        heading2: { run: { font: FONT, size: 28, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading3: { run: { font: FONT, size: 24, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 200, after: 80 } } },
        heading4: { run: { font: FONT, size: 22, bold: true, italics: true, color: '1F3864' } },
        title: { run: { font: FONT, size: 52, bold: true, color: '1F3864' } },
      },
      paragraphStyles: [
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 32, color: '404040' } },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twips(PAGE_MM.width), height: twips(PAGE_MM.height) },
            margin: { top: twips(PAGE_MM.top), right: twips(PAGE_MM.right), bottom: twips(PAGE_MM.bottom), left: twips(PAGE_MM.left), header: twips(10), footer: twips(10) },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph('')] }),
          default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: runningTitle(document), size: 16, color: '4A4A4A' })] })] }),
        },
        footers: { first: new Footer({ children: [new Paragraph('')] }), default: pageFooter(lang) },
        children: [
          ...cover(document, labels, input.stamp),
          ...contents(labels),
          ...body,
          ...glossary(document, labels),
          ...imprint(document, labels, input.stamp, input.generator),
        ],
      },
    ],
  });
  const packed = await Packer.toBuffer(file);
  return { bytes: await stableZip(packed, input.date), skippedImages: context.skippedImages };
}
