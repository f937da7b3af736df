import { PDFContext, PDFDocument, PDFObjectParser, type PDFObject, type PDFRef } from '@cantoo/pdf-lib';

/*
 * The places where ihek reaches past @cantoo/pdf-lib's public API, so that a printed PDF can be
 * opened without parsing every object (printed-pdf.ts). They depend on members the library keeps
 * private or protected, which may change in any release: package.json pins the exact version, and
 * test/pdf-lib-contract.test.ts checks each of them against the installed library. Run that test
 * before moving the pin.
 */

/**
 * A context whose indirect objects are `objects`: pdf-lib looks every object up in, and assigns
 * every object to, the private map this replaces.
 */
export function contextOver(objects: Map<PDFRef, PDFObject>): PDFContext {
  const context = PDFContext.create();
  (context as unknown as { indirectObjects: Map<PDFRef, PDFObject> }).indirectObjects = objects;
  return context;
}

/**
 * A document over a context that is already filled, by the private constructor `PDFDocument.load`
 * uses once it has parsed the whole file; the document information is left as it is.
 */
export function documentOver(context: PDFContext): PDFDocument {
  type Constructor = new (context: PDFContext, ignoreEncryption: boolean, updateMetadata: boolean) => PDFDocument;
  return new (PDFDocument as unknown as Constructor)(context, false, false);
}

/** pdf-lib's object parser with the protected members that reading one object at an offset needs. */
interface OffsetParser {
  bytes: { moveTo(offset: number): void };
  skipWhitespaceAndComments(): void;
  parseRawInt(): number;
  matchKeyword(keyword: number[]): boolean;
  parseObject(ref?: PDFRef): PDFObject;
}

const OBJ = [...'obj'].map((c) => c.charCodeAt(0));

/**
 * Reads single objects of `bytes`: `read(offset, ref)` parses the object `N 0 obj …` that starts at
 * `offset` (the caller has checked that it does), resolving its references in `context`.
 */
export function objectReader(bytes: Uint8Array, context: PDFContext): (offset: number, ref: PDFRef) => PDFObject {
  const parser = PDFObjectParser.forBytes(bytes, context) as unknown as OffsetParser;
  return (offset, ref) => {
    parser.bytes.moveTo(offset);
    parser.parseRawInt();
    parser.skipWhitespaceAndComments();
    parser.parseRawInt();
    parser.skipWhitespaceAndComments();
    parser.matchKeyword(OBJ);
    return parser.parseObject(ref);
  };
}
