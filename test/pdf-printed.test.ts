import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/api/build.js';
import { openPrinted, renumberNodeIds, structureOf } from '../src/pdf/printed-pdf.js';
import { exampleDir, tempDir } from './support/fixture.js';
import { loadPdf, pdfInfo, popplerWarnings } from './support/pdf.js';

/**
 * The PDF Chromium prints is finished by appending one incremental update (the contents' page
 * numbers, bookmarks, metadata) instead of re-writing every object. Read back here: the two
 * revisions, no clock time left in either, only changed objects in the update, and the structure
 * found without parsing the same as the structure found by walking the tree.
 */

const EPOCH = '1700000000'; // 2023-11-14T22:13:20Z
let bytes: Buffer;
let file: string;

/** The byte offsets just past each `%%EOF` line: where each revision ends. */
function revisionEnds(data: Buffer): number[] {
  const ends: number[] = [];
  for (let at = data.indexOf('%%EOF'); at >= 0; at = data.indexOf('%%EOF', at + 1)) ends.push(data.indexOf('\n', at) + 1);
  return ends;
}

beforeAll(async () => {
  const out = await tempDir('ihek-pdf-printed-');
  const result = await build({ dir: exampleDir, out, formats: ['pdf'], env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH } });
  expect(result.ok).toBe(true);
  file = path.join(out, 'ihek.pdf');
  bytes = await readFile(file);
}, 120_000);

describe('the printed PDF with one update appended', () => {
  it('has two revisions: the print and the update, which points back at the print', () => {
    const ends = revisionEnds(bytes);
    expect(ends).toHaveLength(2);
    expect(ends[1]).toBe(bytes.length);
    const text = bytes.toString('latin1');
    const firstXref = Number(/startxref\s+(\d+)/.exec(text.slice(0, ends[0]))![1]);
    expect(text.slice(firstXref, firstXref + 4)).toBe('xref');
    const lastTrailer = text.slice(text.lastIndexOf('trailer'));
    expect(lastTrailer).toContain(`/Prev ${firstXref}`);
    expect(lastTrailer).toMatch(/\/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]/);
    expect(text.startsWith('%PDF-1.7')).toBe(true);
  });

  it('keeps no clock time: every creation and modification date in both revisions is SOURCE_DATE_EPOCH', () => {
    const text = bytes.toString('latin1');
    const dates = [...text.matchAll(/\/(?:CreationDate|ModDate)\s*\(([^)]*)\)/g)].map((m) => m[1]);
    expect(dates.length).toBeGreaterThanOrEqual(4); // the print's information and the update's
    for (const date of dates) expect(date).toMatch(/^D:20231114221320/);
  });

  it('the update holds only what changed, a small part of the objects', () => {
    const text = bytes.toString('latin1');
    const [printEnd] = revisionEnds(bytes);
    const printed = text.slice(0, printEnd).match(/\n\d+ 0 obj\b/g)!.length;
    const updated = text.slice(printEnd).match(/\n\d+ 0 obj\b/g)!.length;
    expect(updated).toBeGreaterThan(0);
    // Every link annotation (its description) and every list item (a new /LI around the old one,
    // which becomes its /LBody) is in the update: about a fifth of the objects in the example.
    expect(updated).toBeLessThan(printed / 3);
  });

  it('readers see the update: poppler without complaint, the title and the language from the manifest', async () => {
    expect(await popplerWarnings(file)).toEqual([]);
    const info = await pdfInfo(file);
    expect(info.Producer).toMatch(/^ihek /);
    const doc = await loadPdf(file);
    expect((doc.catalog.get(PDFName.of('Lang')) as PDFString).decodeText()).toBe('de');
    expect(doc.catalog.get(PDFName.of('Outlines'))).toBeDefined();
  });

  it('numbers the DOM nodes table header cells are named after from 1, whatever the browser numbered before', () => {
    const ids = [...bytes.toString('latin1').matchAll(/\(node(\d{8})\)/g)].map((m) => Number(m[1]));
    expect(ids.length).toBeGreaterThan(0);
    expect(Math.min(...ids)).toBe(1);
    expect(new Set(ids).size).toBe(Math.max(...ids));
    const shifted = '/ID (node00000130) /Headers [(node00000128) (node00000130)] /Limits [(node00000128) (node00000130)]';
    expect(renumberNodeIds(shifted)).toBe('/ID (node00000002) /Headers [(node00000001) (node00000002)] /Limits [(node00000001) (node00000002)]');
  });

  it('finds by scanning the same structure types and figures as by walking the tree', async () => {
    const print = bytes.subarray(0, revisionEnds(bytes)[0]);
    const scanned = await openPrinted(print);
    expect(scanned.incremental).toBe(true);
    const walked = structureOf(await PDFDocument.load(print, { updateMetadata: false }));
    const index = scanned.structure();
    expect([...index.types].sort()).toEqual([...walked.types].sort());
    expect(index.figures.length).toBe(walked.figures.length);
    expect(index.figures.length).toBeGreaterThan(0);
    expect(index.types.has('P')).toBe(true);
  });
});

describe('a PDF that does not look as Chromium prints', () => {
  async function madeByPdfLib(objectStreams: boolean): Promise<Uint8Array> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage([200, 200]);
    doc.addPage([200, 200]);
    return doc.save({ useObjectStreams: objectStreams });
  }

  it('with a cross-reference stream it is loaded and saved whole, and the change is there', async () => {
    const printed = await openPrinted(await madeByPdfLib(true));
    expect(printed.incremental).toBe(false);
    printed.doc.setTitle('Kosmosviertel');
    const saved = Buffer.from(await printed.save('0123456789ABCDEF0123456789ABCDEF', new Date(0)));
    expect(revisionEnds(saved)).toHaveLength(1);
    expect((await PDFDocument.load(saved)).getTitle()).toBe('Kosmosviertel');
  });

  it('with a plain table the update carries the changed and new objects only, and reads back', async () => {
    const original = await madeByPdfLib(false);
    const printed = await openPrinted(original);
    expect(printed.incremental).toBe(true);
    expect(printed.doc.getPageCount()).toBe(2);
    printed.doc.setTitle('Kosmosviertel', { showInWindowTitleBar: true });
    const saved = Buffer.from(await printed.save('0123456789ABCDEF0123456789ABCDEF', new Date(0)));
    expect(saved.subarray(8, original.length).equals(Buffer.from(original).subarray(8))).toBe(true);
    const update = saved.subarray(original.length).toString('latin1');
    // The new information and viewer-preference dictionaries and the catalog that points at them; no page.
    expect(update.match(/\d+ 0 obj/g)).toHaveLength(3);
    expect(update).toContain('/Type /Catalog');
    expect(update).not.toMatch(/\/Type \/Pages?\b/);
    const reread = await PDFDocument.load(saved, { updateMetadata: false });
    expect(reread.getTitle()).toBe('Kosmosviertel');
    expect(reread.getPageCount()).toBe(2);
    const viewer = reread.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(viewer.get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
  });
});
