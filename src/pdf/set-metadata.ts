import { PDFDict, PDFDocument, PDFHeader, PDFHexString, PDFName, PDFString } from '@cantoo/pdf-lib';
import { createHash } from 'node:crypto';
import { xmlEscape } from '../output/xml-text.js';
import { structElements, type StructureIndex } from './printed-pdf.js';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  lang: string;
  creator: string;
  producer: string;
  /** The fixed date of the document: SOURCE_DATE_EPOCH, else the manifest's date. */
  date: Date;
  /** Where a release came from; written as custom info keys (`IhekVersion` …) and into the XMP. */
  release?: PdfRelease;
}

/** Source of a released PDF, as `ihek release` records it. */
export interface PdfRelease {
  version?: string;
  commit?: string;
  tag?: string;
  /** Absent when the project is not in git. */
  dirty?: boolean;
  draft: boolean;
}

/** XMP namespace of ihek's own release properties (a reserved `.invalid` host: a name, not a place). */
export const IHEK_XMP_NAMESPACE = 'http://ns.ihek.invalid/release/1.0/';

/** Custom document information entries of a release, in a fixed order. */
function releaseInfo(release: PdfRelease): Array<[string, string]> {
  const entries: Array<[string, string | undefined]> = [
    ['IhekVersion', release.version],
    ['IhekCommit', release.commit],
    ['IhekTag', release.tag],
    ['IhekDirty', release.dirty === undefined ? 'unknown' : String(release.dirty)],
    ['IhekStatus', release.draft ? 'draft' : 'final'],
  ];
  return entries.filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '');
}

/** Structure types of PDF 1.7 (ISO 32000-1, 14.8.4); anything else needs a role map for PDF/UA-1. */
const STANDARD = new Set(
  'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(' '),
);
/** PDF 2.0 types Chromium writes, mapped onto their PDF 1.7 counterparts. */
const ROLE_MAP: Record<string, string> = {
  Em: 'Span',
  Strong: 'Span',
  Sub: 'Span',
  Title: 'H1',
  FENote: 'Note',
  Aside: 'Div',
  DocumentFragment: 'Div',
  Artifact: 'NonStruct',
};


function releaseXmp(release: PdfRelease): string {
  const lines = [
    ...(release.version ? [`<xmpMM:VersionID>${xmlEscape(release.version)}</xmpMM:VersionID>`] : []),
    ...releaseInfo(release).map(([key, value]) => {
      const name = key.replace(/^Ihek/, '').toLowerCase();
      return `<ihek:${name}>${xmlEscape(value)}</ihek:${name}>`;
    }),
  ];
  return lines.map((line) => `\n   ${line}`).join('');
}

/**
 * Document information and XMP metadata from the manifest, the title shown in the window title
 * bar, the language, a role map for structure types PDF/UA-1 does not know, and fixed dates and
 * document id, so the same input gives the same bytes.
 */
export function setMetadata(doc: PDFDocument, meta: PdfMetadata, structure: StructureIndex): void {
  doc.context.header = PDFHeader.forVersion(1, 7);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(meta.lang));
  if (meta.release) {
    const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
    for (const [key, value] of releaseInfo(meta.release)) info.set(PDFName.of(key), PDFHexString.fromText(value));
  }

  const structRoot = doc.context.lookup(doc.catalog.get(PDFName.of('StructTreeRoot'))) as PDFDict | undefined;
  if (structRoot) {
    const roles = [...structure.types].filter((type) => !STANDARD.has(type));
    if (roles.length) {
      const map = doc.context.obj({});
      for (const role of roles.sort()) map.set(PDFName.of(role), PDFName.of(ROLE_MAP[role] ?? 'Span'));
      structRoot.set(PDFName.of('RoleMap'), map);
    }
  }

  const iso = meta.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const xmp = `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"${meta.release ? `\n    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"\n    xmlns:ihek="${IHEK_XMP_NAMESPACE}"` : ''}>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlEscape(meta.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${xmlEscape(meta.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xmlEscape(meta.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>${xmlEscape(meta.lang)}</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>${xmlEscape(meta.keywords.join(', '))}</pdf:Keywords>
   <pdf:Producer>${xmlEscape(meta.producer)}</pdf:Producer>
   <xmp:CreatorTool>${xmlEscape(meta.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>${iso}</xmp:CreateDate>
   <xmp:ModifyDate>${iso}</xmp:ModifyDate>
   <xmp:MetadataDate>${iso}</xmp:MetadataDate>
   <pdfuaid:part>1</pdfuaid:part>${meta.release ? releaseXmp(meta.release) : ''}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  const stream = doc.context.stream(Buffer.from(xmp, 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}

/**
 * Chromium tags an HTML <figure> as a /Figure without alt text around the image's own /Figure
 * (which has it) and the caption. PDF/UA wants every Figure to have alt text; the wrapper is a
 * grouping, so it becomes a /Div.
 */
export function regroupFigures(doc: PDFDocument, structure: StructureIndex): number {
  let changed = 0;
  for (const element of structure.figures) {
    if (element.get(PDFName.of('Alt'))) continue;
    const inner = structElements(doc, element.get(PDFName.of('K')));
    if (inner.some((child) => child !== element && child.get(PDFName.of('Alt')))) {
      element.set(PDFName.of('S'), PDFName.of('Div'));
      changed += 1;
    }
  }
  return changed;
}

/** A document id made from the content, so two builds of the same input carry the same id. */
export function contentId(bytes: Uint8Array): string {
  return createHash('md5').update(bytes).digest('hex').toUpperCase();
}
