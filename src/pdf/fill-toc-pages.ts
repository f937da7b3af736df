import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  type PDFObject,
} from '@cantoo/pdf-lib';
import { deflateSync, inflateSync } from 'node:zlib';
import { parseToUnicode, parseWidths, replacementFor, shownGlyphs, type ShownGlyphs } from './content-stream.js';


export class TocFillError extends Error {}

function lookup<T extends PDFObject>(doc: PDFDocument, value: PDFObject | undefined): T | undefined {
  return value === undefined ? undefined : (doc.context.lookup(value) as T);
}

/**
 * A stream's decoded bytes as text. Chromium compresses with Flate alone, which Node's zlib decodes
 * faster than pdf-lib's JavaScript inflate; other filters go through pdf-lib.
 */
function streamText(stream: PDFObject | undefined): string {
  if (!(stream instanceof PDFRawStream)) return '';
  const filter = stream.dict.get(PDFName.of('Filter'));
  if (filter === PDFName.of('FlateDecode') && !stream.dict.has(PDFName.of('DecodeParms'))) {
    try {
      return inflateSync(stream.contents).toString('latin1');
    } catch {
      // not what the dictionary says: let pdf-lib try
    }
  }
  return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
}

/** A Flate-compressed content stream, compressed by Node's zlib (native; the bytes are the same on every run). */
function flateStream(doc: PDFDocument, text: string): PDFRawStream {
  return doc.context.stream(deflateSync(Buffer.from(text, 'latin1'), { level: 6 }), { Filter: 'FlateDecode' });
}

/** Page number (1-based) of every named destination. */
export function destinationPages(doc: PDFDocument): Map<string, number> {
  const pages = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const result = new Map<string, number>();
  const dests = lookup<PDFDict>(doc, doc.catalog.get(PDFName.of('Dests')));
  if (!dests) return result;
  for (const [name, value] of dests.entries()) {
    const target = lookup<PDFArray>(doc, value);
    const page = target?.get(0);
    if (page instanceof PDFRef) {
      const number = pages.get(page.toString());
      if (number !== undefined) result.set(name.decodeText(), number);
    }
  }
  return result;
}

interface DigitFont {
  ref: string;
  glyphOf: Map<string, number>;
  /** The digit each glyph shows. */
  digitOf: Map<number, string>;
  width: (glyph: number) => number;
}

/**
 * The fonts of a page that show nothing but digits (their ToUnicode holds only digits): the one of
 * the contents' page numbers among them. Pages share their fonts, so each font is read once (`seen`).
 */
function findDigitFonts(doc: PDFDocument, fontDict: PDFDict, seen: Map<string, DigitFont | null>): Array<[string, DigitFont]> {
  const result: Array<[string, DigitFont]> = [];
  for (const [name, value] of fontDict.entries()) {
    const key = value.toString();
    if (!seen.has(key)) seen.set(key, digitFont(doc, value));
    const font = seen.get(key);
    if (font) result.push([name.decodeText(), font]);
  }
  return result;
}

function digitFont(doc: PDFDocument, value: PDFObject): DigitFont | null {
  const font = lookup<PDFDict>(doc, value);
  if (!font) return null;
  const unicode = parseToUnicode(streamText(lookup(doc, font.get(PDFName.of('ToUnicode')))));
  const texts = [...unicode.values()];
  if (texts.length === 0 || !texts.every((t) => /^[0-9]$/.test(t))) return null;
  const descendant = lookup<PDFDict>(doc, lookup<PDFArray>(doc, font.get(PDFName.of('DescendantFonts')))?.get(0));
  const widths = descendant?.get(PDFName.of('W'));
  const dw = Number(descendant?.get(PDFName.of('DW'))?.toString() ?? 1000);
  const glyphOf = new Map([...unicode].map(([glyph, text]) => [text, glyph]));
  return { ref: value.toString(), glyphOf, digitOf: unicode, width: parseWidths(widths ? lookup(doc, widths)!.toString() : '', dw) };
}

interface Occurrence {
  shown: ShownGlyphs;
  font: DigitFont;
  stream: { ref: PDFRef; text: string };
}

/**
 * Writes the real page numbers into the printed table of contents. Chromium cannot number the
 * contents itself (no target-counter()), and a second print would double the cost; so the contents
 * are printed with stand-in digits in a font of their own, and here the glyphs of those digits are
 * swapped for the numbers of the pages the named destinations of the headings landed on. The
 * structure tree and the links are not touched. `ids` are the targets, in the order of the
 * stand-ins; `expected` the stand-in digits. Throws TocFillError when the PDF does not look as
 * expected, so the caller can fall back to printing twice.
 */
export function fillTocPages(doc: PDFDocument, ids: readonly string[], expected: readonly string[]): number {
  const pages = destinationPages(doc);
  // Every font that shows nothing but digits is a candidate (the chapter numbers of the contents
  // can land in such a font too); the stand-ins' font is the one whose glyphs spell them exactly.
  // Per candidate font: where it shows glyphs, and the digits they spell so far.
  const candidates = new Map<string, { occurrences: Occurrence[]; spelled: string }>();
  const seen = new Map<string, DigitFont | null>();
  const wanted = expected.join('');
  const stoodIn = () => [...candidates.values()].find((candidate) => candidate.spelled === wanted);
  // The stand-ins stand on the contents pages at the front: the walk stops once a font spells them all.
  for (const page of doc.getPages()) {
    if (wanted.length > 0 && stoodIn()) break;
    const resources = lookup<PDFDict>(doc, page.node.get(PDFName.of('Resources')));
    const fonts = lookup<PDFDict>(doc, resources?.get(PDFName.of('Font')));
    if (!fonts) continue;
    const digitFonts = new Map(findDigitFonts(doc, fonts, seen));
    if (digitFonts.size === 0) continue;
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const ref of refs) {
      if (!(ref instanceof PDFRef)) continue;
      const stream = { ref, text: streamText(doc.context.lookup(ref)) };
      for (const shown of shownGlyphs(stream.text)) {
        const font = digitFonts.get(shown.font);
        if (!font) continue;
        const candidate = candidates.get(font.ref) ?? { occurrences: [], spelled: '' };
        candidates.set(font.ref, candidate);
        candidate.occurrences.push({ shown, font, stream });
        candidate.spelled += shown.glyphs.map((glyph) => font.digitOf.get(glyph) ?? '?').join('');
      }
    }
  }
  const occurrences = stoodIn()?.occurrences;
  if (!occurrences) {
    const found = [...candidates.values()].map((candidate) => candidate.spelled.length).join(', ') || 'none';
    throw new TocFillError(`contents stand-ins not found as printed: expected ${wanted.length} digits, found fonts with ${found}`);
  }
  const slots = occurrences.flatMap((occurrence) => occurrence.shown.glyphs.map((glyph, index) => ({ occurrence, index, glyph })));

  const plan = new Map<Occurrence, Array<{ glyph: number } | { gap: number }>>();
  ids.forEach((id, entry) => {
    const page = pages.get(id);
    if (page === undefined) throw new TocFillError(`no destination for #${id}`);
    const digits = String(page);
    // Every stand-in has the same width (render-html.ts chooses it for the document's size).
    const width = expected[entry]!.length;
    if (digits.length > width) throw new TocFillError(`page number ${digits} too long`);
    const padded = digits.padStart(width, ' ');
    for (let k = 0; k < width; k++) {
      const slot = slots[entry * width + k]!;
      const { occurrence } = slot;
      if (!plan.has(occurrence)) plan.set(occurrence, []);
      const char = padded[k]!;
      const glyph = occurrence.font.glyphOf.get(char);
      if (char === ' ') plan.get(occurrence)!.push({ gap: occurrence.font.width(slot.glyph) });
      else if (glyph === undefined) throw new TocFillError(`digit ${char} missing from the font subset`);
      else plan.get(occurrence)!.push({ glyph });
    }
  });

  const byStream = new Map<string, { ref: PDFRef; text: string; edits: Array<{ start: number; end: number; text: string }> }>();
  for (const [occurrence, replacement] of plan) {
    const key = occurrence.stream.ref.toString();
    if (!byStream.has(key)) byStream.set(key, { ...occurrence.stream, edits: [] });
    byStream.get(key)!.edits.push({
      start: occurrence.shown.start,
      end: occurrence.shown.end,
      text: replacementFor(occurrence.shown, replacement),
    });
  }
  for (const { ref, text, edits } of byStream.values()) {
    // One pass over the stream: rebuilding it once per edit was quadratic.
    const parts: string[] = [];
    let done = 0;
    for (const edit of edits.sort((a, b) => a.start - b.start)) {
      parts.push(text.slice(done, edit.start), edit.text);
      done = edit.end;
    }
    parts.push(text.slice(done));
    doc.context.assign(ref, flateStream(doc, parts.join('')));
  }
  return ids.length;
}
