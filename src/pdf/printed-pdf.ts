import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFObject, PDFRawStream, PDFRef, type PDFContext } from '@cantoo/pdf-lib';
import { contextOver, documentOver, objectReader } from './pdf-lib-internals.js';

/**
 * A PDF as Chromium printed it, opened for the few changes ihek makes (contents' page numbers,
 * bookmarks, metadata, a handful of structure elements) without reading the whole file.
 *
 * Chromium writes one revision with a classic cross-reference table and every object uncompressed
 * but the streams. Objects are parsed when first looked up (a 300-page print has some 15,000, nine
 * in ten of them structure elements nobody needs to read), and saving appends an incremental
 * update (ISO 32000-1, 7.5.6) with only the objects that changed, instead of parsing and writing
 * every object again. A PDF that looks any other way is loaded and saved whole, as before.
 */
export interface PrintedPdf {
  doc: PDFDocument;
  /** True when saving appends an update to the printed bytes; false when the whole document is written anew. */
  incremental: boolean;
  /** The types of all structure elements, and the /Figure elements among them. */
  structure(): StructureIndex;
  /** The finished file, with `id` as both halves of the document id and `date` as every date. */
  save(id: string, date: Date): Promise<Uint8Array>;
  /**
   * The printed text of an object nobody has read or changed yet (between `obj` and `endobj`),
   * when saving appends an update: a step that changes thousands of small objects can rewrite
   * them as text (`RawObject`) instead of parsing and writing each.
   */
  source?(ref: PDFRef): string | undefined;
}

/**
 * An object given as its PDF text, written as it is. Only for the update of a printed file (see
 * `PrintedPdf.source`): nothing reads it back before saving.
 */
export class RawObject extends PDFObject {
  constructor(readonly text: string) {
    super();
  }

  override clone(): RawObject {
    return new RawObject(this.text);
  }

  override toString(): string {
    return this.text;
  }

  override sizeInBytes(): number {
    return this.text.length;
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    for (let i = 0; i < this.text.length; i++) buffer[offset + i] = this.text.charCodeAt(i);
    return this.text.length;
  }
}

export interface StructureIndex {
  types: Set<string>;
  figures: PDFDict[];
  /** The lists (/L) and the table elements (/Table, /THead, /TBody, /TFoot, /TR), whose kids ISO 32000-1 restricts. */
  groups: PDFRef[];
  /** The type of each structure element that is an object of its own, by object number, as printed. */
  typeOf: Map<number, string>;
}

/** The types `groups` holds. */
const GROUP_TYPES = new Set(['L', 'Table', 'THead', 'TBody', 'TFoot', 'TR']);

/** pdf-lib yields to the event loop every so many objects when it loads or saves a whole document. */
const OBJECTS_PER_TICK = 1500;

export async function openPrinted(printed: Uint8Array): Promise<PrintedPdf> {
  // The file as text, one character per byte (what the PDF syntax is written in), read once.
  const original = Buffer.from(printed.buffer, printed.byteOffset, printed.byteLength).toString('latin1');
  const text = renumberNodeIds(original);
  const bytes = text === original ? printed : Buffer.from(text, 'latin1');
  return openLazily(bytes, text) ?? (await loadWhole(bytes));
}

/** How Chromium names a structure element after its DOM node: `(node00000125)`. */
const NODE_ID = /\(node(\d{8})\)/g;

/**
 * Chromium names table header cells in the structure tree after their DOM nodes (`/ID
 * (node00000125)`, with `/Headers` of the data cells and the ID tree pointing at them). Nodes are
 * numbered when first needed, so the numbers start higher when the browser numbered something
 * before (an empty page painted before the document arrived): the same document could get other
 * bytes. The numbers are replaced, in place and keeping their order and width, by their rank.
 */
export function renumberNodeIds(text: string): string {
  const ids = [...new Set(Array.from(text.matchAll(NODE_ID), (m) => Number(m[1])))].sort((a, b) => a - b);
  if (ids.length === 0) return text;
  const ranks = new Map(ids.map((id, rank) => [id, rank + 1]));
  return text.replace(NODE_ID, (_, id: string) => `(node${String(ranks.get(Number(id))).padStart(8, '0')})`);
}

/** The classic way: parse every object, write every object. */
async function loadWhole(bytes: Uint8Array): Promise<PrintedPdf> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: OBJECTS_PER_TICK });
  return {
    doc,
    incremental: false,
    structure: () => structureOf(doc),
    async save(id) {
      const hex = PDFHexString.of(id);
      doc.context.trailerInfo.ID = doc.context.obj([hex, hex]) as PDFArray;
      return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: OBJECTS_PER_TICK });
    },
  };
}

/** Every structure element below the tree's root, found by walking it (each once). */
export function structureOf(doc: PDFDocument): StructureIndex {
  const index: StructureIndex = { types: new Set(), figures: [], groups: [], typeOf: new Map() };
  const root = doc.context.lookup(doc.catalog.get(PDFName.of('StructTreeRoot'))) as PDFDict | undefined;
  const refs = new Map<PDFObject, PDFRef>();
  for (const element of structElements(doc, root?.get(PDFName.of('K')), [], new Set(), refs)) {
    const type = (element.get(PDFName.of('S')) as PDFName).decodeText();
    index.types.add(type);
    if (type === 'Figure') index.figures.push(element);
    const ref = refs.get(element);
    if (ref) index.typeOf.set(ref.objectNumber, type);
    if (GROUP_TYPES.has(type) && ref) index.groups.push(ref);
  }
  index.groups.sort((a, b) => a.objectNumber - b.objectNumber);
  return index;
}

/** Every structure element (a dictionary with a type /S) below `node`, each once; `refs` learns the indirect ones' references. */
export function structElements(
  doc: PDFDocument,
  node: PDFObject | undefined,
  into: PDFDict[] = [],
  seen = new Set<PDFObject>(),
  refs?: Map<PDFObject, PDFRef>,
): PDFDict[] {
  const value = node === undefined ? undefined : doc.context.lookup(node);
  if (!value || seen.has(value)) return into;
  seen.add(value);
  if (node instanceof PDFRef) refs?.set(value, node);
  if (value instanceof PDFDict) {
    if (value.get(PDFName.of('S')) instanceof PDFName) into.push(value);
    structElements(doc, value.get(PDFName.of('K')), into, seen, refs);
  } else if (value instanceof PDFArray) {
    for (const item of value.asArray()) structElements(doc, item, into, seen, refs);
  }
  return into;
}

/** Where each object starts, from the one cross-reference table of a single-revision file. */
interface CrossReference {
  offsets: Map<number, number>;
  size: number;
  root: PDFRef;
  info?: PDFRef;
  /** Offset of the `xref` keyword, for /Prev. */
  start: number;
}

function readCrossReference(text: string): CrossReference | undefined {
  const tail = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
  if (!tail) return undefined;
  const start = Number(tail[1]);
  // One revision only: a second `startxref` means the file was updated before.
  if (text.indexOf('startxref') !== text.lastIndexOf('startxref')) return undefined;
  const table = /xref\r?\n0 (\d+)\r?\n/y;
  table.lastIndex = start;
  const head = table.exec(text);
  if (!head) return undefined;
  const count = Number(head[1]);
  const offsets = new Map<number, number>();
  let at = table.lastIndex;
  for (let number = 0; number < count; number++, at += 20) {
    const entry = text.slice(at, at + 20);
    if (!/^\d{10} \d{5} [nf](?: \n|\r\n| \r)$/.test(entry)) return undefined;
    if (entry[17] !== 'n') continue;
    const offset = Number(entry.slice(0, 10));
    // Every entry must point at its own object: anything else is not the file we expect.
    if (entry.slice(11, 16) !== '00000' || !text.startsWith(`${number} 0 obj`, offset)) return undefined;
    offsets.set(number, offset);
  }
  const trailer = /\s*trailer\s*<<([\s\S]*?)>>\s*startxref/y;
  trailer.lastIndex = at;
  const dict = trailer.exec(text)?.[1];
  if (!dict || /\/(Prev|Encrypt|XRefStm)\b/.test(dict)) return undefined;
  const size = /\/Size (\d+)/.exec(dict);
  const root = /\/Root (\d+) 0 R/.exec(dict);
  const info = /\/Info (\d+) 0 R/.exec(dict);
  if (!size || !root || Number(size[1]) !== count) return undefined;
  return { offsets, size: count, root: PDFRef.of(Number(root[1])), ...(info && { info: PDFRef.of(Number(info[1])) }), start };
}

/**
 * The objects of the file, parsed on first lookup. What was looked up is remembered as it was
 * parsed, so saving can tell which objects the finishing steps changed.
 */
class LazyObjects extends Map<PDFRef, PDFObject> {
  /** Each parsed object's serialization right after parsing (for a stream: its dictionary and contents). */
  readonly parsed = new Map<PDFRef, { text: string; contents?: Uint8Array }>();
  readonly replaced = new Set<PDFRef>();
  private read: ((offset: number, ref: PDFRef) => PDFObject) | undefined;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly offsets: Map<number, number>,
    private readonly context: () => PDFContext,
  ) {
    super();
  }

  override get(ref: PDFRef): PDFObject | undefined {
    const known = super.get(ref);
    if (known !== undefined || this.parsed.has(ref) || ref.generationNumber !== 0) return known;
    const offset = this.offsets.get(ref.objectNumber);
    if (offset === undefined) return undefined;
    // The table was checked to point at `N 0 obj` for every entry when it was read.
    const object = (this.read ??= objectReader(this.bytes, this.context()))(offset, ref);
    this.parsed.set(ref, fingerprint(object));
    super.set(ref, object);
    return object;
  }

  override has(ref: PDFRef): boolean {
    return super.has(ref) || (ref.generationNumber === 0 && this.offsets.has(ref.objectNumber));
  }

  override set(ref: PDFRef, object: PDFObject): this {
    // During construction Map's own constructor does not call set (no initial entries).
    if (this.parsed.has(ref) || this.offsets?.has(ref.objectNumber)) this.replaced.add(ref);
    return super.set(ref, object);
  }

  /** The objects that differ from the file, and the new ones, by object number. */
  changed(size: number): Array<[PDFRef, PDFObject]> {
    const result: Array<[PDFRef, PDFObject]> = [];
    for (const [ref, object] of super.entries()) {
      const before = this.parsed.get(ref);
      if (ref.objectNumber >= size || this.replaced.has(ref) || !before || !sameAs(before, object)) result.push([ref, object]);
    }
    return result.sort(([a], [b]) => a.objectNumber - b.objectNumber);
  }
}

function fingerprint(object: PDFObject): { text: string; contents?: Uint8Array } {
  return object instanceof PDFRawStream ? { text: object.dict.toString(), contents: object.contents } : { text: object.toString() };
}

function sameAs(before: { text: string; contents?: Uint8Array }, object: PDFObject): boolean {
  const now = fingerprint(object);
  return now.text === before.text && now.contents === before.contents;
}

/** A date as Chromium writes it in the document information: D:YYYYMMDDHHmmSS+00'00' (23 characters). */
function chromiumDate(date: Date): string {
  return `D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}+00'00'`;
}

/**
 * Where the printed document information holds Chromium's clock time (creation and modification
 * date), to be overwritten in place with the document's date; undefined when a date is written in
 * another form than Chromium's (it could not be overwritten without moving every object after it).
 */
function clockTimes(text: string, xref: CrossReference): number[] | undefined {
  const infoAt = xref.info && xref.offsets.get(xref.info.objectNumber);
  if (infoAt === undefined) return [];
  const info = text.slice(infoAt, text.indexOf('endobj', infoAt));
  const at: number[] = [];
  for (const found of info.matchAll(/\/(?:CreationDate|ModDate)\s*\(([^)]*)\)/g)) {
    if (!/^D:\d{14}[+-]\d\d'\d\d'$/.test(found[1]!)) return undefined;
    at.push(infoAt + found.index! + found[0].indexOf('(') + 1);
  }
  return at;
}

function openLazily(bytes: Uint8Array, text: string): PrintedPdf | undefined {
  if (!text.startsWith('%PDF-1.')) return undefined;
  const xref = readCrossReference(text);
  if (!xref) return undefined;
  const dates = clockTimes(text, xref);
  if (!dates) return undefined;

  let context: PDFContext | undefined;
  const objects = new LazyObjects(bytes, xref.offsets, () => context!);
  context = contextOver(objects);
  context.largestObjectNumber = xref.size - 1;
  context.trailerInfo = { Root: xref.root, ...(xref.info && { Info: xref.info }) };
  if (!(context.lookup(xref.root) instanceof PDFDict)) return undefined;
  const doc = documentOver(context);

  return {
    doc,
    incremental: true,
    structure: () => scanStructure(text, xref, doc),
    source(ref) {
      const offset = ref.generationNumber === 0 ? xref.offsets.get(ref.objectNumber) : undefined;
      if (offset === undefined || objects.parsed.has(ref) || objects.replaced.has(ref)) return undefined;
      const start = text.indexOf('obj', offset) + 3;
      const end = text.indexOf('endobj', start);
      return end < 0 ? undefined : text.slice(start, end);
    },
    async save(id, date) {
      // The printed revision stays as it is but for two things that differ between runs or that
      // the standard wants changed: the header says 1.7 (the structure types are mapped for
      // PDF/UA-1), and Chromium's clock time in the old document information becomes the document's date.
      const original = Buffer.from(bytes);
      original.write('%PDF-1.7', 0, 'latin1');
      for (const at of dates) original.write(chromiumDate(date), at, 'latin1');
      const { Root, Info } = context!.trailerInfo;
      const trailer = { size: context!.largestObjectNumber + 1, root: Root as PDFRef, info: Info as PDFRef | undefined, prev: xref.start, id };
      return appendUpdate(original, objects.changed(xref.size), trailer);
    },
  };
}

/**
 * The structure elements found by their objects' first bytes (`<</Type /StructElem /S /P …`),
 * without parsing them; an element written any other way is parsed to be sure.
 */
function scanStructure(text: string, xref: CrossReference, doc: PDFDocument): StructureIndex {
  const index: StructureIndex = { types: new Set(), figures: [], groups: [], typeOf: new Map() };
  const head = /\d+ 0 obj\s*<<\s*\/Type\s*\/StructElem\s*\/S\s*\/([A-Za-z0-9#_.-]+)/y;
  for (const [number, offset] of xref.offsets) {
    head.lastIndex = offset;
    const found = head.exec(text);
    let type = found?.[1];
    if (!found) {
      const start = text.slice(offset, offset + 200);
      if (!start.includes('/StructElem')) continue;
      const element = doc.context.lookup(PDFRef.of(number));
      const s = element instanceof PDFDict ? element.get(PDFName.of('S')) : undefined;
      if (!(s instanceof PDFName)) continue;
      type = s.decodeText();
    }
    if (type === undefined) continue;
    index.types.add(type);
    index.typeOf.set(number, type);
    if (type === 'Figure') index.figures.push(doc.context.lookup(PDFRef.of(number), PDFDict));
    if (GROUP_TYPES.has(type)) index.groups.push(PDFRef.of(number));
  }
  index.groups.sort((a, b) => a.objectNumber - b.objectNumber);
  return index;
}

/** The printed file with the changed and new objects, a cross-reference section for them and a trailer after it. */
function appendUpdate(
  original: Buffer,
  changed: Array<[PDFRef, PDFObject]>,
  trailer: { size: number; root: PDFRef; info: PDFRef | undefined; prev: number; id: string },
): Uint8Array {
  const parts: Buffer[] = [original];
  let offset = original.length;
  const push = (part: Buffer) => {
    parts.push(part);
    offset += part.length;
  };
  if (original[original.length - 1] !== 0x0a) push(Buffer.from('\n'));
  const at = new Map<number, number>();
  for (const [ref, object] of changed) {
    at.set(ref.objectNumber, offset);
    const body = Buffer.alloc(object.sizeInBytes());
    object.copyBytesInto(body, 0);
    push(Buffer.from(`${ref.objectNumber} 0 obj\n`, 'latin1'));
    push(body);
    push(Buffer.from('\nendobj\n', 'latin1'));
  }
  const start = offset;
  const lines = ['xref'];
  const numbers = [...at.keys()];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    lines.push(`${numbers[i]} ${j - i + 1}`);
    for (let k = i; k <= j; k++) lines.push(`${String(at.get(numbers[k]!)).padStart(10, '0')} 00000 n `);
    i = j + 1;
  }
  const { size, root, info, prev, id } = trailer;
  lines.push('trailer', `<</Size ${size}\n/Root ${root}${info ? `\n/Info ${info}` : ''}\n/ID [<${id}> <${id}>]\n/Prev ${prev}>>`, 'startxref', String(start), '%%EOF', '');
  push(Buffer.from(lines.join('\n'), 'latin1'));
  return Buffer.concat(parts);
}
