import { writeFile } from 'node:fs/promises';
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
  type IPropertiesOptions,
} from 'docx';

/**
 * Word files for the import tests, written by the `docx` library the way Word stores them
 * (styles Title, Heading1 …, real footnotes, tables, images with descriptions).
 */
export type Block = Paragraph | Table;

export const title = (text: string) => new Paragraph({ text, heading: HeadingLevel.TITLE });
export const h1 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
export const h2 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
export const h3 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_3 });
export const p = (...runs: Array<string | TextRun>) =>
  new Paragraph({ children: runs.map((run) => (typeof run === 'string' ? new TextRun(run) : run)) });

/** A table whose first row is its header; a cell `{ text, span }` spans columns. */
export function table(rows: Array<Array<string | { text: string; span: number }>>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells, index) =>
        new TableRow({
          tableHeader: index === 0,
          children: cells.map((cell) =>
            typeof cell === 'string'
              ? new TableCell({ children: [new Paragraph(cell)] })
              : new TableCell({ children: [new Paragraph(cell.text)], columnSpan: cell.span }),
          ),
        }),
    ),
  });
}

/** The .docx bytes of a document with one section. */
export async function wordFile(children: Block[], options: Omit<IPropertiesOptions, 'sections'> = {}, section: Partial<ISectionOptions> = {}): Promise<Buffer> {
  const document = new Document({ ...options, sections: [{ ...section, children }] });
  return Packer.toBuffer(document);
}

export async function writeWordFile(file: string, children: Block[], options: Omit<IPropertiesOptions, 'sections'> = {}): Promise<string> {
  await writeFile(file, await wordFile(children, options));
  return file;
}

/** The chapters of the Senate's outline (berlin-qm), with hand-typed numbers as Word authors type them. */
export function outlineChapters(body: (title: string) => Block[] = () => [p('Text des Kapitels.')]): Block[] {
  const hf = ['Integration und Nachbarschaft', 'Bildung', 'Öffentlicher Raum', 'Gesundheit und Bewegung', 'Beteiligung, Vernetzung und Kooperation'];
  const blocks: Block[] = [];
  const chapter = (heading: string, sections: string[] = []) => {
    blocks.push(h1(heading), ...body(heading));
    sections.forEach((section, index) => blocks.push(h2(`${index + 1}. ${section}`), p(`Text zu ${section.replace(/^\d+\.\s*/, '')}.`)));
  };
  chapter('1. Einleitung');
  chapter('2. Gebietsbeschreibung', ['Bevölkerungsstruktur und soziale Indikatoren', 'Akteurs- und Kooperationsstrukturen']);
  chapter('3. Leitbild');
  chapter('4. Stand der Gebietsentwicklung');
  hf.forEach((name, index) => chapter(`${index + 5}. Handlungsfeld ${index + 1}: ${name}`, ['Handlungsbedarfe', 'Ziele', 'Maßnahmen']));
  return blocks;
}
