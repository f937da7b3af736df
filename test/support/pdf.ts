import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFString,
  decodePDFRawStream,
  type PDFObject,
} from '@cantoo/pdf-lib';

const exec = promisify(execFile);

/** Runs a poppler tool and returns its standard output. */
async function poppler(tool: string, args: string[]): Promise<string> {
  const { stdout } = await exec(tool, args, { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  return stdout;
}

/** `pdfinfo` as key → value (first occurrence of each key). */
export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const text = await poppler('pdfinfo', ['-isodates', file]);
  const info: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match && !(match[1]! in info)) info[match[1]!] = match[2]!;
  }
  return info;
}

/** Width and height in points of every page (`pdfinfo -f 1 -l N`). */
export async function pageSizes(file: string, pages: number): Promise<Array<{ width: number; height: number }>> {
  const text = await poppler('pdfinfo', ['-f', '1', '-l', String(pages), file]);
  return [...text.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/**
 * The text of every page as `pdftotext -layout` prints it (index 0 = page 1): what a reader
 * sees, line by line, with columns kept apart by runs of spaces.
 */
export async function pageTexts(file: string): Promise<string[]> {
  const text = await poppler('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  const pages = text.split('\f');
  if (pages.at(-1)!.trim() === '') pages.pop();
  return pages;
}

/** The non-empty lines of one page's text, trimmed at the end. */
export function linesOf(page: string): string[] {
  return page
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line.trim() !== '');
}

/** Runs of white space (including no-break and figure spaces) as one space; trimmed. */
export function normalise(text: string): string {
  return text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** The fonts `pdffonts` lists. */
export async function pdfFonts(file: string): Promise<PdfFont[]> {
  const text = await poppler('pdffonts', [file]);
  const lines = text.split('\n');
  const rule = lines.findIndex((line) => line.startsWith('----'));
  // Columns: name type encoding emb sub uni object ID; the type may contain spaces ("CID TrueType").
  return lines
    .slice(rule + 1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const match = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
      if (!match) throw new Error(`pdffonts line not understood: ${line}`);
      return { name: match[1]!, type: match[2]!, embedded: match[4] === 'yes' };
    });
}

export async function loadPdf(file: string): Promise<PDFDocument> {
  return PDFDocument.load(await readFile(file), { updateMetadata: false });
}

export function lookup<T extends PDFObject = PDFObject>(doc: PDFDocument, value: PDFObject | undefined): T | undefined {
  return value === undefined ? undefined : (doc.context.lookup(value) as T | undefined);
}

/** Text of a PDF string object (hex or literal), else undefined. */
export function textOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFHexString || value instanceof PDFString ? value.decodeText() : undefined;
}

/** 1-based page number of a page reference. */
export function pageNumbers(doc: PDFDocument): Map<string, number> {
  return new Map(doc.getPages().map((page, index) => [page.ref.toString(), index + 1]));
}

export interface Bookmark {
  title: string;
  /** 1-based page its destination points at. */
  page: number | undefined;
  /** 1 = top level. */
  level: number;
  /** /Count of the item as written (positive: open). */
  count: number | undefined;
}

/** The document outline (bookmarks), depth first, as a viewer lists it. */
export function readOutline(doc: PDFDocument): Bookmark[] {
  const pages = pageNumbers(doc);
  const root = lookup<PDFDict>(doc, doc.catalog.get(PDFName.of('Outlines')));
  const result: Bookmark[] = [];
  const seen = new Set<string>();
  const walk = (first: PDFObject | undefined, level: number) => {
    for (let ref = first; ref instanceof PDFRef; ) {
      if (seen.has(ref.toString())) throw new Error(`outline loops at ${ref.toString()}`);
      seen.add(ref.toString());
      const item = lookup<PDFDict>(doc, ref)!;
      let dest = lookup(doc, item.get(PDFName.of('Dest')));
      if (dest === undefined) {
        // A GoTo action instead of /Dest.
        const action = lookup<PDFDict>(doc, item.get(PDFName.of('A')));
        dest = lookup(doc, action?.get(PDFName.of('D')));
      }
      const target = dest instanceof PDFArray ? dest.get(0) : undefined;
      const count = lookup(doc, item.get(PDFName.of('Count')));
      result.push({
        title: textOf(lookup(doc, item.get(PDFName.of('Title')))) ?? '',
        page: target instanceof PDFRef ? pages.get(target.toString()) : undefined,
        level,
        count: count === undefined ? undefined : Number(count.toString()),
      });
      walk(item.get(PDFName.of('First')), level + 1);
      ref = item.get(PDFName.of('Next'));
    }
  };
  walk(root?.get(PDFName.of('First')), 1);
  return result;
}

export interface StructElement {
  type: string;
  alt: string | undefined;
  /** Types of the structure elements on the way from the root to this one. */
  path: string[];
  /** The page (1-based) the element, or else its first descendant, sits on. */
  page: number | undefined;
  /** Types of the child structure elements. */
  children: string[];
  /** Content directly in the element, not in a child element: `MCID` (marked content), `OBJR` (an annotation). */
  content: string[];
}

/** Every structure element of the tagged PDF, in document order. */
export function structElements(doc: PDFDocument): StructElement[] {
  const pages = pageNumbers(doc);
  const root = lookup<PDFDict>(doc, doc.catalog.get(PDFName.of('StructTreeRoot')));
  const result: StructElement[] = [];
  const seen = new Set<PDFObject>();
  const kids = (value: PDFObject | undefined): PDFObject[] => {
    const resolved = lookup(doc, value);
    if (resolved === undefined) return [];
    return resolved instanceof PDFArray ? resolved.asArray() : [value!];
  };
  /** Visits an element and its descendants; returns the first page found in that subtree. */
  const visit = (value: PDFObject, path: string[]): number | undefined => {
    const node = lookup(doc, value);
    if (!(node instanceof PDFDict) || seen.has(node)) return undefined;
    seen.add(node);
    const ownPage = node.get(PDFName.of('Pg'));
    const pageNumber = ownPage instanceof PDFRef ? pages.get(ownPage.toString()) : undefined;
    const type = node.get(PDFName.of('S'));
    if (!(type instanceof PDFName)) return pageNumber; // marked-content or object reference
    const name = type.decodeText();
    const children = kids(node.get(PDFName.of('K')));
    const childTypes = children
      .map((child) => lookup(doc, child))
      .map((child) => (child instanceof PDFDict ? child.get(PDFName.of('S')) : undefined))
      .filter((child): child is PDFName => child instanceof PDFName)
      .map((child) => child.decodeText());
    const content = children
      .map((child) => lookup(doc, child))
      .filter((child) => !(child instanceof PDFDict && child.get(PDFName.of('S')) instanceof PDFName))
      .map((child) => (child instanceof PDFDict && String(child.get(PDFName.of('Type'))) === '/OBJR' ? 'OBJR' : 'MCID'));
    const element: StructElement = {
      type: name,
      alt: textOf(lookup(doc, node.get(PDFName.of('Alt')))),
      path,
      page: pageNumber,
      children: childTypes,
      content,
    };
    result.push(element);
    for (const child of children) {
      const page = visit(child, [...path, name]);
      element.page ??= page;
    }
    return element.page;
  };
  for (const child of kids(root?.get(PDFName.of('K')))) visit(child, []);
  return result;
}

/**
 * Where the structure tree's bookkeeping disagrees with itself: an element whose /P is not the
 * element holding it, marked content or an annotation whose parent-tree entry (ISO 32000-1,
 * 14.7.4.4) names another element than the one holding it, a parent-tree entry for content no
 * element holds. Empty for a sound tree.
 */
export function structureTreeProblems(doc: PDFDocument): string[] {
  const problems: string[] = [];
  const root = lookup<PDFDict>(doc, doc.catalog.get(PDFName.of('StructTreeRoot')))!;
  const rootRef = doc.catalog.get(PDFName.of('StructTreeRoot'))!;
  const owners = new Map<string, string>();
  const seen = new Set<string>();
  const kidsOf = (node: PDFDict): PDFObject[] => {
    const k = node.get(PDFName.of('K'));
    const value = lookup(doc, k);
    return value === undefined ? [] : value instanceof PDFArray ? value.asArray() : [k!];
  };
  const visit = (ref: PDFObject, parent: string) => {
    const node = lookup<PDFDict>(doc, ref)!;
    const self = ref.toString();
    if (seen.has(self)) return problems.push(`${self} is in the tree twice`);
    seen.add(self);
    if (String(node.get(PDFName.of('P'))) !== parent) problems.push(`${self} (${String(node.get(PDFName.of('S')))}) has /P ${String(node.get(PDFName.of('P')))}, is held by ${parent}`);
    for (const kid of kidsOf(node)) {
      const value = lookup(doc, kid);
      if (value instanceof PDFDict && value.get(PDFName.of('S')) instanceof PDFName) {
        if (!(kid instanceof PDFRef)) problems.push(`a kid of ${self} is not an indirect object`);
        else visit(kid, self);
      } else if (value instanceof PDFDict && String(value.get(PDFName.of('Type'))) === '/OBJR') {
        owners.set(`annot ${String(value.get(PDFName.of('Obj')))}`, self);
      } else {
        const mcid = value instanceof PDFDict ? value.get(PDFName.of('MCID')) : value;
        const page = (value instanceof PDFDict ? value.get(PDFName.of('Pg')) : undefined) ?? node.get(PDFName.of('Pg'));
        owners.set(`page ${String(page)} mcid ${String(mcid)}`, self);
      }
    }
  };
  for (const kid of kidsOf(root)) visit(kid, rootRef.toString());
  const parentTree = lookup<PDFDict>(doc, root.get(PDFName.of('ParentTree')))!;
  const entries = new Map<number, PDFObject>();
  const collect = (node: PDFDict) => {
    const nums = lookup<PDFArray>(doc, node.get(PDFName.of('Nums')))?.asArray() ?? [];
    for (let i = 0; i + 1 < nums.length; i += 2) entries.set(Number(nums[i]!.toString()), nums[i + 1]!);
    for (const kid of lookup<PDFArray>(doc, node.get(PDFName.of('Kids')))?.asArray() ?? []) collect(lookup<PDFDict>(doc, kid)!);
  };
  collect(parentTree);
  const listed = new Set<string>();
  for (const page of doc.getPages()) {
    const key = page.node.get(PDFName.of('StructParents'));
    const elements = key === undefined ? undefined : lookup<PDFArray>(doc, entries.get(Number(key.toString())));
    elements?.asArray().forEach((element, mcid) => {
      const where = `page ${page.ref.toString()} mcid ${mcid}`;
      listed.add(where);
      if (owners.get(where) !== element.toString()) problems.push(`${where}: parent tree says ${element.toString()}, held by ${owners.get(where) ?? 'none'}`);
    });
    for (const ref of lookup<PDFArray>(doc, page.node.get(PDFName.of('Annots')))?.asArray() ?? []) {
      const annot = lookup<PDFDict>(doc, ref)!;
      const parent = annot.get(PDFName.of('StructParent'));
      if (parent === undefined) continue;
      const where = `annot ${ref.toString()}`;
      listed.add(where);
      const element = entries.get(Number(parent.toString()))?.toString();
      if (owners.get(where) !== element) problems.push(`${where}: parent tree says ${element}, held by ${owners.get(where) ?? 'none'}`);
    }
  }
  for (const where of owners.keys()) if (!listed.has(where)) problems.push(`${where} is held by ${owners.get(where)} but not in the parent tree`);
  return problems;
}

export interface LinkAnnotation {
  /** 1-based. */
  page: number;
  /** The alternate description (/Contents), undefined when there is none. */
  contents: string | undefined;
  /** The named destination, or the address of a link out of the document. */
  target: string | undefined;
}

/** Every link annotation, page by page. */
export function linkAnnotations(doc: PDFDocument): LinkAnnotation[] {
  return doc.getPages().flatMap((page, index) =>
    (lookup<PDFArray>(doc, page.node.get(PDFName.of('Annots')))?.asArray() ?? [])
      .map((ref) => lookup<PDFDict>(doc, ref)!)
      .filter((annot) => String(annot.get(PDFName.of('Subtype'))) === '/Link')
      .map((annot) => {
        const action = lookup<PDFDict>(doc, annot.get(PDFName.of('A')));
        const dest = lookup(doc, annot.get(PDFName.of('Dest')) ?? action?.get(PDFName.of('D')));
        const uri = textOf(lookup(doc, action?.get(PDFName.of('URI'))));
        return {
          page: index + 1,
          contents: textOf(lookup(doc, annot.get(PDFName.of('Contents')))),
          target: dest instanceof PDFName ? dest.decodeText() : uri,
        };
      }),
  );
}

/**
 * Elements outside the places ISO 32000-1 gives them (tables 336 and 337, as PDF/UA-1 checks
 * them): kids of a list, list item, table, row group or row that they may not hold, content
 * directly in one of them, a list item, label, body, row or cell anywhere else, a caption that is
 * not the first or last kid of its table or list.
 */
export function misplacedElements(elements: readonly StructElement[]): string[] {
  const kids: Record<string, string[]> = {
    L: ['LI', 'Caption'],
    LI: ['Lbl', 'LBody'],
    Table: ['TR', 'THead', 'TBody', 'TFoot', 'Caption'],
    THead: ['TR'],
    TBody: ['TR'],
    TFoot: ['TR'],
    TR: ['TH', 'TD'],
  };
  const parents: Record<string, string[]> = {
    LI: ['L'],
    Lbl: ['LI'],
    LBody: ['LI'],
    TR: ['Table', 'THead', 'TBody', 'TFoot'],
    THead: ['Table'],
    TBody: ['Table'],
    TFoot: ['Table'],
    TH: ['TR'],
    TD: ['TR'],
  };
  const problems: string[] = [];
  for (const element of elements) {
    const where = `${element.type} on page ${element.page ?? '?'} under ${element.path.join('/')}`;
    const allowed = kids[element.type];
    if (allowed) {
      const wrong = element.children.filter((child) => !allowed.includes(child));
      if (wrong.length) problems.push(`${where} holds ${wrong.join(', ')}`);
      if (element.content.length) problems.push(`${where} holds content directly (${element.content.join(', ')})`);
      const captions = element.children.flatMap((child, index) => (child === 'Caption' ? [index] : []));
      if (captions.some((index) => index !== 0 && index !== element.children.length - 1)) problems.push(`${where} has a caption between its kids`);
    }
    const parent = element.path.at(-1) ?? '';
    if (parents[element.type] && !parents[element.type]!.includes(parent)) problems.push(`${where} is not in ${parents[element.type]!.join(' or ')}`);
  }
  return problems;
}

/** The XMP metadata stream of the catalog, as text. */
export function xmpOf(doc: PDFDocument): string | undefined {
  const stream = lookup(doc, doc.catalog.get(PDFName.of('Metadata')));
  if (stream instanceof PDFRawStream) return Buffer.from(decodePDFRawStream(stream).decode()).toString('utf8');
  if (stream && 'getContents' in stream) return Buffer.from((stream as unknown as { getContents(): Uint8Array }).getContents()).toString('utf8');
  return undefined;
}

/** Structure types of PDF 1.7 (ISO 32000-1, 14.8.4). */
export const STANDARD_STRUCTURE_TYPES = new Set(
  (
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 ' +
    'L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot ' +
    'Ruby RB RT RP Warichu WT WP Figure Formula Form'
  ).split(' '),
);

/** Command lines of the running processes (`ps -eo args`). */
export async function processLines(): Promise<string[]> {
  const { stdout } = await exec('ps', ['-eo', 'pid=,args='], { maxBuffer: 16 * 1024 * 1024 });
  return stdout.split('\n').filter((line) => line.trim() !== '');
}

/** Processes whose command line contains `marker` (not counting `ps` itself). */
export async function processesWith(marker: string): Promise<string[]> {
  return (await processLines()).filter((line) => line.includes(marker) && !/\bps -eo\b/.test(line));
}

/** Waits until `check` returns true, polling; false when `ms` passed first. */
export async function waitFor(check: () => Promise<boolean> | boolean, ms: number, every = 100): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}

/** Leftover temporary files ("….tmp", hidden or not) in a folder. */
export async function tmpFilesIn(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.tmp'));
}

/** Renders pages to PNG with pdftoppm; returns the file names written. */
export async function renderPng(file: string, page: number, prefix: string, resolution = 50): Promise<void> {
  await exec('pdftoppm', ['-r', String(resolution), '-f', String(page), '-l', String(page), '-png', '-singlefile', file, prefix]);
}

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/** Every word with its box (points, origin top left), per page (index 0 = page 1): `pdftotext -bbox`. */
export async function pageWords(file: string): Promise<Array<{ width: number; height: number; words: Word[] }>> {
  const text = await poppler('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']);
  return [...text.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page) => ({
    width: Number(page[1]),
    height: Number(page[2]),
    words: [...page[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
      text: unescapeXml(w[5]!),
    })),
  }));
}

/** The words inside a horizontal band of the page, in reading order, joined by spaces. */
export function textInBand(words: Word[], top: number, bottom: number): string {
  return words
    .filter((w) => w.yMin >= top && w.yMax <= bottom)
    .sort((a, b) => Math.round(a.yMin) - Math.round(b.yMin) || a.xMin - b.xMin)
    .map((w) => w.text)
    .join(' ');
}

/** Millimetres in points. */
export const mm = (value: number) => (value * 72) / 25.4;

export interface ContentsEntry {
  /** "5.3", "A", or "" for entries without a number (Abkürzungsverzeichnis, captions). */
  number: string;
  /** Whitespace-normalised title, joined across wrapped lines. */
  title: string;
  /** The page number printed at the right. */
  page: number;
  list: 'contents' | 'figures' | 'tables';
}

const LIST_HEADINGS: Record<string, ContentsEntry['list']> = {
  Inhaltsverzeichnis: 'contents',
  Abbildungsverzeichnis: 'figures',
  Tabellenverzeichnis: 'tables',
  Contents: 'contents',
  'List of figures': 'figures',
  'List of tables': 'tables',
};

/**
 * Reads the printed contents from the `pdftotext -layout` text of the contents pages: every line
 * "5.3      Maßnahmen      17" is an entry; a line without a page number at its end continues the title
 * of the entry above (a title that wraps). The first line of each page (running header) and the
 * footer "Seite X von Y" are skipped.
 */
export function parseContents(pages: readonly string[]): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  let list: ContentsEntry['list'] | undefined;
  for (const page of pages) {
    const lines = linesOf(page).slice(1);
    for (const raw of lines) {
      const line = normalise(raw);
      if (/^(Seite|Page) \d+ (von|of) \d+$/.test(line)) continue;
      if (line in LIST_HEADINGS) {
        list = LIST_HEADINGS[line];
        continue;
      }
      if (!list) continue;
      // The page number stands apart at the right (after the leader); a wrapped title's second
      // line may end in a number too ("… 2025 bis 2026"), but only one space away.
      const entry = /^\s*(.*\S)\s{3,}(\d+)$/.exec(raw) ? /^(.*\S)\s+(\d+)$/.exec(line) : null;
      if (!entry) {
        const last = entries.at(-1);
        if (!last) throw new Error(`contents line before any entry: ${line}`);
        // "QM-" at a line's end and "Teams" below are one word; "Sprach-" and "und" are two.
        last.title = /\p{L}-$/u.test(last.title) && /^\p{Lu}/u.test(line) ? `${last.title}${line}` : `${last.title} ${line}`;
        continue;
      }
      const [, text, page] = entry as unknown as [string, string, string];
      const numbered = list === 'contents' ? /^(\d+(?:\.\d+)*|[A-Z](?:\.\d+)*) (.*)$/.exec(text) : null;
      entries.push({
        number: numbered ? numbered[1]! : '',
        title: numbered ? numbered[2]! : text,
        page: Number(page),
        list,
      });
    }
  }
  return entries;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The first page (1-based, from `fromPage` on) whose body (everything below the running header
 * line) contains `text` as whole words, white space normalised, and not as a cross-reference
 * ("Kapitel 5.3 Maßnahmen", "Anhang A Quellen").
 */
export function firstPageWith(pages: readonly string[], text: string, fromPage: number): number | undefined {
  const pattern = new RegExp(`(?<!(?:Kapitel|Anhang|Abschnitt|Chapter|Appendix|Section) )(?<![\\p{L}\\p{N}.])${escapeRegExp(normalise(text))}(?![\\p{L}\\p{N}])`, 'u');
  const bodies = bodiesOf(pages);
  for (let index = fromPage - 1; index < pages.length; index++) {
    if (pattern.test(bodies[index]!)) return index + 1;
  }
  return undefined;
}

const bodyCache = new WeakMap<readonly string[], string[]>();

/** Each page's text below the running header line, white space normalised (computed once per document). */
function bodiesOf(pages: readonly string[]): string[] {
  let bodies = bodyCache.get(pages);
  if (!bodies) {
    bodies = pages.map((page) => normalise(linesOf(page).slice(1).join('\n')));
    bodyCache.set(pages, bodies);
  }
  return bodies;
}

/** What poppler complains about while reading every page (`pdftotext` on stderr): nothing, for a sound PDF. */
export async function popplerWarnings(file: string): Promise<string[]> {
  const { stderr } = await exec('pdftotext', [file, '-'], { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  return stderr.split('\n').filter((line) => line.trim() !== '');
}

export interface LinkTarget {
  /** [x1, y1, x2, y2] in points, origin top left (as pdftotext -bbox). */
  rect: [number, number, number, number];
  /** The destination's page (1-based), when it is inside the document. */
  page: number | undefined;
  /** The destination's name, for a named destination. */
  name: string | undefined;
}

/** The link annotations of one page (1-based) with the page each one jumps to. */
export function linksOn(doc: PDFDocument, pageNumber: number): LinkTarget[] {
  const pages = pageNumbers(doc);
  const page = doc.getPages()[pageNumber - 1]!;
  const height = page.getHeight();
  const dests = lookup<PDFDict>(doc, doc.catalog.get(PDFName.of('Dests')));
  const annots = lookup<PDFArray>(doc, page.node.get(PDFName.of('Annots')));
  const result: LinkTarget[] = [];
  for (const ref of annots?.asArray() ?? []) {
    const annot = lookup<PDFDict>(doc, ref);
    if (String(annot?.get(PDFName.of('Subtype'))) !== '/Link') continue;
    const [x1, y1, x2, y2] = lookup<PDFArray>(doc, annot!.get(PDFName.of('Rect')))!
      .asArray()
      .map((n) => Number(n.toString())) as [number, number, number, number];
    let dest = lookup(doc, annot!.get(PDFName.of('Dest')));
    let name: string | undefined;
    if (dest instanceof PDFName) {
      name = dest.decodeText();
      dest = lookup(doc, dests?.get(dest));
    } else if (dest === undefined) {
      const action = lookup<PDFDict>(doc, annot!.get(PDFName.of('A')));
      const d = lookup(doc, action?.get(PDFName.of('D')));
      if (d instanceof PDFName) {
        name = d.decodeText();
        dest = lookup(doc, dests?.get(d));
      } else dest = d;
    }
    const target = dest instanceof PDFArray ? dest.get(0) : undefined;
    result.push({
      rect: [Math.min(x1, x2), height - Math.max(y1, y2), Math.max(x1, x2), height - Math.min(y1, y2)],
      page: target instanceof PDFRef ? pages.get(target.toString()) : undefined,
      name,
    });
  }
  return result;
}

/** The words whose middle lies inside a rectangle (origin top left), in reading order. */
export function wordsIn(words: Word[], [x1, y1, x2, y2]: [number, number, number, number]): Word[] {
  return words
    .filter((w) => {
      const x = (w.xMin + w.xMax) / 2;
      const y = (w.yMin + w.yMax) / 2;
      return x >= x1 - 1 && x <= x2 + 1 && y >= y1 - 1 && y <= y2 + 1;
    })
    .sort((a, b) => Math.round(a.yMin) - Math.round(b.yMin) || a.xMin - b.xMin);
}

export interface ParagraphSplit {
  /** The page (1-based) the paragraph starts on; it continues on the next. */
  page: number;
  /** Lines of the paragraph at the bottom of `page` (when it starts there). */
  before: number;
  /** Lines of the paragraph at the top of the next page (when it ends there). */
  after: number;
  /** The first words of the paragraph. */
  text: string;
}

/**
 * Paragraphs that a page break cuts in two, and how many lines stand on either side: found by
 * matching the last line of a page and the first line of the next against the paragraphs' text
 * (white space removed; a line may end in a hyphen the browser added). Paragraphs that fill a
 * whole page are left out. `paragraphs` are the texts of the HTML's paragraphs.
 */
export function paragraphSplits(pages: readonly string[], paragraphs: readonly string[], fromPage: number): ParagraphSplit[] {
  const squash = (text: string) => text.replace(/[\s\u00ad]+/g, '');
  const texts = paragraphs.map(squash).filter((text) => text.length > 0);
  const body = (page: string) => linesOf(page).slice(1).filter((line) => !/^\s*(Seite|Page) \d+ (von|of) \d+\s*$/.test(line)).map(squash);
  /** Joins two lines as they were in the paragraph: with or without the hyphen at the end of the first. */
  const join = (paragraph: string, a: string, b: string) =>
    paragraph.includes(a + b) ? a + b : a.endsWith('-') && paragraph.includes(a.slice(0, -1) + b) ? a.slice(0, -1) + b : undefined;
  const splits: ParagraphSplit[] = [];
  for (let index = fromPage - 1; index + 1 < pages.length; index++) {
    const here = body(pages[index]!);
    const next = body(pages[index + 1]!);
    const last = here.at(-1);
    const first = next[0];
    if (!last || !first) continue;
    const paragraph = texts.find((text) => join(text, last, first) !== undefined);
    if (!paragraph) continue;
    // Lines at the top of the next page, as long as they continue the paragraph; did it end there?
    let after = 1;
    let tail = first;
    for (; after < next.length; after++) {
      const joined = join(paragraph, tail, next[after]!);
      if (joined === undefined) break;
      tail = joined;
    }
    const ends = paragraph.endsWith(tail) || paragraph.endsWith(tail.replace(/-$/, ''));
    // Lines at the bottom of this page, as long as they belong to it; did it start there?
    let before = 1;
    let head = last;
    for (; before < here.length; before++) {
      const line = here[here.length - 1 - before]!;
      const joined = join(paragraph, line, head);
      if (joined === undefined) break;
      head = joined;
    }
    const starts = paragraph.startsWith(head);
    if (!ends && !starts) continue;
    splits.push({ page: index + 1, before: starts ? before : Infinity, after: ends ? after : Infinity, text: paragraph.slice(0, 40) });
  }
  return splits;
}
