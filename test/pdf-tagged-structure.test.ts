import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../src/api/build.js';
import { describeLinks } from '../src/pdf/describe-links.js';
import { nestStructure } from '../src/pdf/nest-structure.js';
import { structureOf } from '../src/pdf/printed-pdf.js';
import { makeProject, tempDir } from './support/fixture.js';
import {
  linesOf,
  linkAnnotations,
  loadPdf,
  misplacedElements,
  pageTexts,
  parseContents,
  structElements,
  structureTreeProblems,
  type ContentsEntry,
  type StructElement,
} from './support/pdf.js';

/**
 * A small project with what Chromium tags loosely (nested and numbered lists, task lists,
 * footnotes, tables with captions, links in running text, in a list and in a table cell, the
 * contents), printed to PDF and read back as a PDF/UA-1 checker does: the nesting of lists and
 * tables (ISO 32000-1, tables 336 and 337) and the description of every link.
 */

const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };

interface Printed {
  result: BuildResult;
  file: string;
  doc: PDFDocument;
  elements: StructElement[];
  entries: ContentsEntry[];
  contentsPages: number[];
}

async function print(transform?: Parameters<typeof makeProject>[0]['transform']): Promise<Printed> {
  const project = await makeProject({ overlay: 'pdf-lists-and-tables', ...(transform && { transform }) });
  const out = await tempDir('ihek-pdf-tagged-');
  const result = await build({ dir: project.dir, out, formats: ['pdf'], env });
  const file = path.join(out, 'ihek.pdf');
  const [pages, doc] = await Promise.all([pageTexts(file), loadPdf(file)]);
  const contentsPages: number[] = [];
  for (let page = 2; page <= pages.length && /(Inhaltsverzeichnis|Abbildungsverzeichnis|Tabellenverzeichnis|Contents|List of figures|List of tables)$/.test(linesOf(pages[page - 1]!)[0] ?? ''); page++) contentsPages.push(page);
  const entries = parseContents(contentsPages.map((page) => pages[page - 1]!));
  return { result, file, doc, elements: structElements(doc), entries, contentsPages };
}

/** How many lists are around an element. */
const depth = (element: StructElement) => element.path.filter((type) => type === 'L').length;

describe('a German project with nested lists, task lists, footnotes, tables with captions and the contents', () => {
  let printed: Printed;
  beforeAll(async () => {
    printed = await print();
  }, 120_000);

  it('builds, printed once', () => {
    expect(printed.result.ok).toBe(true);
    expect(printed.result.pdf?.printedTwice).toBe(false);
  });

  it('has no list or table element outside its allowed parent, and nothing else in a list, item or row', () => {
    expect(misplacedElements(printed.elements)).toEqual([]);
  });

  it('every list item is LI › LBody, also three lists deep, in a task list and among the footnotes', () => {
    const items = printed.elements.filter((e) => e.type === 'LI');
    expect(items.length).toBeGreaterThan(20);
    for (const item of items) expect(item.children, item.path.join('/')).toEqual(['LBody']);
    // The numbered list holds a bulleted one that holds a numbered one: L › LI › LBody › L › LI › LBody › L.
    const deepest = Math.max(...printed.elements.filter((e) => e.type === 'L').map(depth));
    expect(deepest).toBe(2);
    const nested = printed.elements.filter((e) => e.type === 'L' && depth(e) === 2);
    for (const list of nested) expect(list.path.slice(-6)).toEqual(['L', 'LI', 'LBody', 'L', 'LI', 'LBody']);
    // A task's box (an image with its state as text) is in the item's body, before the task.
    const boxes = printed.elements.filter((e) => e.type === 'Figure' && (e.alt === 'erledigt' || e.alt === 'offen'));
    expect(boxes.map((box) => box.alt)).toEqual(['erledigt', 'offen', 'erledigt', 'offen']);
    for (const box of boxes) expect(box.path.slice(-3)).toEqual(['L', 'LI', 'LBody']);
  });

  it('tables are Table › TR › TH and TD, the rules drawn next to the rows not inside the table', () => {
    // The two tables of the overlay and the measures' table of the BENN chapter.
    const tables = printed.elements.filter((e) => e.type === 'Table');
    expect(tables).toHaveLength(3);
    for (const table of tables) {
      expect(new Set(table.children)).toEqual(new Set(['TR']));
      expect(table.content).toEqual([]);
    }
    // Each table's rows in order: the header row of TH cells, then the rows of TD cells.
    const rows = printed.elements.filter((e) => e.type === 'TR').map((row) => [...new Set(row.children)].join());
    expect(rows.slice(0, 6)).toEqual(['TH', 'TD', 'TD', 'TH', 'TD', 'TD']);
    expect(rows.slice(6, 7)).toEqual(['TH']);
    expect(rows.slice(7).every((row) => row === 'TD')).toBe(true);
  });

  it('the structure tree agrees with itself: every /P, and the parent tree for every marked content and link', () => {
    expect(structureTreeProblems(printed.doc)).toEqual([]);
  });

  it('every link has a description in /Contents: its text, a footnote mark "Fußnote N", a contents entry its heading and page', () => {
    const links = linkAnnotations(printed.doc);
    expect(links.filter((link) => !link.contents?.trim())).toEqual([]);
    const body = links.filter((link) => !printed.contentsPages.includes(link.page));
    const described = body.map((link) => [link.target, link.contents]);
    expect(described).toEqual(
      expect.arrayContaining([
        ['einleitung-fn-1', 'Fußnote 1'],
        ['benn-ziele', 'Kapitel 2.1 Ziele'],
        ['https://www.statistik-berlin-brandenburg.de/', 'Amt für Statistik Berlin-Brandenburg'],
        ['einleitung-fn-2', 'Fußnote 2'],
        ['quellen', 'Quelle'],
        ['einleitung-fnref-1', 'Zurück zum Text'],
        ['einleitung', 'Einleitung'],
      ]),
    );
    const contents = links.filter((link) => printed.contentsPages.includes(link.page)).map((link) => link.contents);
    expect(contents).toEqual(printed.entries.map((e) => `${e.number ? `${e.number} ` : ''}${e.title}, Seite ${e.page}`));
    expect(contents[0]).toMatch(/^1 Einleitung, Seite \d+$/);
  });
});

describe('a printed PDF finished the slow way (loaded whole, as any PDF not shaped like Chromium\'s)', () => {
  it('gets the same nesting and the same link descriptions as the incremental update writes', async () => {
    const printed = await print();
    const bytes = await readFile(printed.file);
    // Chromium's print is the file up to the first %%EOF; the update after it is ihek's.
    const chromiumPrint = bytes.subarray(0, bytes.indexOf('%%EOF') + 6);
    const doc = await PDFDocument.load(chromiumPrint, { updateMetadata: false });
    const html = await readFile(path.join(path.dirname(printed.file), 'ihek.html'), 'utf8');
    expect(misplacedElements(structElements(doc)).length).toBeGreaterThan(0);
    describeLinks(doc, html, 'de');
    nestStructure(doc, structureOf(doc));
    const whole = await PDFDocument.load(await doc.save({ useObjectStreams: false }), { updateMetadata: false });
    expect(misplacedElements(structElements(whole))).toEqual([]);
    expect(structureTreeProblems(whole)).toEqual([]);
    // The page's own HTML has no contents page numbers: compare the links outside the contents.
    const outside = (links: ReturnType<typeof linkAnnotations>) => links.filter((link) => !printed.contentsPages.includes(link.page));
    expect(outside(linkAnnotations(whole))).toEqual(outside(linkAnnotations(printed.doc)));
  }, 120_000);
});

describe('an English project', () => {
  let printed: Printed;
  beforeAll(async () => {
    printed = await print({ 'ihek.yaml': (bytes) => bytes.toString('utf8').replace(/^lang: de$/m, 'lang: en') });
  }, 120_000);

  it('describes its links in English: "Footnote 1", a contents entry with ", page N"', () => {
    expect(printed.result.ok).toBe(true);
    const links = linkAnnotations(printed.doc);
    expect(links.filter((link) => !link.contents?.trim())).toEqual([]);
    expect(links.map((link) => link.contents)).toContain('Footnote 1');
    expect(links.map((link) => link.contents)).toContain('Back to text');
    const contents = links.filter((link) => printed.contentsPages.includes(link.page)).map((link) => link.contents);
    expect(contents.length).toBeGreaterThan(5);
    expect(contents).toEqual(printed.entries.map((e) => `${e.number ? `${e.number} ` : ''}${e.title}, page ${e.page}`));
    expect(misplacedElements(printed.elements)).toEqual([]);
  });
});
