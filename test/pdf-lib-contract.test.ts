import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFObject } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { contextOver, documentOver, objectReader } from '../src/pdf/pdf-lib-internals.js';
import { RawObject } from '../src/pdf/printed-pdf.js';
import { packageRoot } from './support/fixture.js';

/**
 * src/pdf/pdf-lib-internals.ts uses members of @cantoo/pdf-lib that are private or protected. A
 * release may change them without notice, so the version is pinned and every assumption is
 * checked here against the installed library, each with the message that says what broke.
 */

const PACKAGE = '@cantoo/pdf-lib';
const readJson = (...parts: string[]) => JSON.parse(readFileSync(path.join(packageRoot, ...parts), 'utf8')) as Record<string, unknown>;
// The package's exports do not include its package.json: read from where npm installed it.
const installed = readJson('node_modules', PACKAGE, 'package.json').version as string;

/** The message a failed assumption carries: what the finishing of printed PDFs relies on. */
const broken = (what: string) =>
  `${PACKAGE} ${installed} no longer ${what}; src/pdf/pdf-lib-internals.ts relies on it to open printed PDFs ` +
  'without parsing them whole. Adapt that file to the new version, or keep the version pinned in package.json.';

/** Runs `use` and turns a throw (a member that is gone) into the same message. */
function contract<T>(what: string, use: () => T): T {
  try {
    return use();
  } catch (error) {
    throw new Error(`${broken(what)} (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** A small PDF as pdf-lib writes it with a classic cross-reference table: two pages, one content stream. */
async function samplePdf(): Promise<{ bytes: Uint8Array; text: string; offsetOf: (n: number) => number }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.addPage([200, 200]).drawText('Kosmosviertel', { x: 20, y: 100, size: 12 });
  doc.addPage([300, 200]);
  const bytes = await doc.save({ useObjectStreams: false });
  const text = Buffer.from(bytes).toString('latin1');
  return { bytes, text, offsetOf: (n) => text.search(new RegExp(`(?<=\\n)${n} 0 obj`)) };
}

/** The trailer's /Root, read from the text as printed-pdf.ts reads it. */
const rootOf = (text: string) => PDFRef.of(Number(/\/Root (\d+) 0 R/.exec(text)![1]));

describe(`the parts of ${PACKAGE} used beyond its public API`, () => {
  it('are pinned to one exact version, the one installed', () => {
    const pinned = (readJson('package.json').dependencies as Record<string, string>)[PACKAGE];
    expect(pinned, `package.json must pin ${PACKAGE} to an exact version (no ^ or ~): its private members may change in any release`).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed, `the installed ${PACKAGE} is not the version package.json pins: run npm ci`).toBe(pinned);
  });

  it('PDFObjectParser reads one object at a byte offset, with the protected members objectReader uses', async () => {
    const { bytes, text, offsetOf } = await samplePdf();
    const objects = new Map<PDFRef, PDFObject>();
    const read = contract('has PDFObjectParser.forBytes with bytes.moveTo, parseRawInt, skipWhitespaceAndComments, matchKeyword and parseObject', () =>
      objectReader(bytes, contextOver(objects)),
    );
    const root = rootOf(text);
    const catalog = contract('parses an object at an offset', () => read(offsetOf(root.objectNumber), root));
    expect(catalog, broken('parses the catalog at its offset into a PDFDict')).toBeInstanceOf(PDFDict);
    expect((catalog as PDFDict).get(PDFName.of('Type')), broken('parses the dictionary entries')).toBe(PDFName.of('Catalog'));
    // A stream: its dictionary and its contents, without the `endstream` keyword.
    const streamNumber = Number(/\n(\d+) 0 obj\s*<<[^>]*\/Length \d+[^>]*>>\s*stream/.exec(text)![1]);
    const stream = read(offsetOf(streamNumber), PDFRef.of(streamNumber));
    expect(stream, broken('parses a stream object into a PDFRawStream')).toBeInstanceOf(PDFRawStream);
    const length = (stream as PDFRawStream).dict.get(PDFName.of('Length'));
    expect((stream as PDFRawStream).contents.length, broken('gives a stream its contents of /Length bytes')).toBe((length as PDFNumber).asNumber());
  });

  it('PDFContext looks every object up in, and assigns every object to, the map contextOver puts in', async () => {
    const { bytes, text, offsetOf } = await samplePdf();
    const looked: PDFRef[] = [];
    const assigned: PDFRef[] = [];
    let read: (offset: number, ref: PDFRef) => PDFObject = () => {
      throw new Error('no reader yet');
    };
    class Recording extends Map<PDFRef, PDFObject> {
      override get(ref: PDFRef) {
        looked.push(ref);
        if (!super.has(ref) && offsetOf(ref.objectNumber) >= 0) super.set(ref, read(offsetOf(ref.objectNumber), ref));
        return super.get(ref);
      }
      override set(ref: PDFRef, object: PDFObject) {
        assigned.push(ref);
        return super.set(ref, object);
      }
    }
    const context = contextOver(new Recording());
    read = objectReader(bytes, context);
    const root = rootOf(text);
    expect(contract('has context.lookup', () => context.lookup(root)), broken('looks objects up in its indirectObjects map')).toBeInstanceOf(PDFDict);
    expect(looked, broken('looks objects up in its indirectObjects map')).toContain(root);
    const fresh = PDFRef.of(999);
    context.assign(fresh, PDFNumber.of(7));
    expect(assigned, broken('assigns objects into its indirectObjects map')).toContain(fresh);
    context.largestObjectNumber = 1000;
    expect(context.nextRef().objectNumber, broken('numbers new objects after largestObjectNumber')).toBe(1001);
  });

  it("PDFDocument's private constructor makes a document over a filled context and leaves the information alone", async () => {
    const { bytes, text } = await samplePdf();
    const whole = await PDFDocument.load(bytes, { updateMetadata: false });
    const objects = new Map<PDFRef, PDFObject>(whole.context.enumerateIndirectObjects());
    const context = contextOver(objects);
    context.largestObjectNumber = whole.context.largestObjectNumber;
    context.trailerInfo = { Root: rootOf(text) };
    const doc = contract('has the constructor (context, ignoreEncryption, updateMetadata)', () => documentOver(context));
    expect(doc.context, broken('keeps the context it was made with')).toBe(context);
    expect(contract('finds the catalog through trailerInfo.Root', () => doc.getPageCount()), broken('finds the pages through the catalog')).toBe(2);
    expect(doc.getPage(1).getWidth(), broken('reads the pages of the context')).toBe(300);
    expect(context.trailerInfo.Info, broken('leaves the document information alone when updateMetadata is false')).toBeUndefined();
    expect(objects.size, broken('adds no objects when it is made')).toBe(whole.context.enumerateIndirectObjects().length);
  });

  it('writes a subclass of PDFObject through its sizeInBytes and copyBytesInto, as RawObject needs', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage([200, 200]);
    const ref = doc.context.register(new RawObject('<</Type /Probe /Kosmos (viertel)>>'));
    const text = Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1');
    expect(text, broken('writes an object as the bytes its copyBytesInto gives')).toContain(`${ref.objectNumber} 0 obj\n<</Type /Probe /Kosmos (viertel)>>\nendobj`);
  });
});
