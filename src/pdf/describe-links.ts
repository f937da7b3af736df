import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFDocument } from '@cantoo/pdf-lib';
import type { Lang } from '../i18n/lang.js';
import { documentLabels } from '../render/labels.js';
import { parentTreeSlots } from './parent-tree.js';
import { RawObject, type PrintedPdf } from './printed-pdf.js';
import { destinationName } from './shorten-destinations.js';

/** What a link of the page says, for the links to one target, in the order of the page. */
type LinkTexts = Map<string, string[]>;

/**
 * Gives every link annotation an alternate description in /Contents (PDF/UA-1, 7.18.5): the
 * link's text as the page shows it ("Kapitel 11.2 Ziele"), a contents entry's heading with the
 * page it is on, a footnote mark as "Fußnote 1". Chromium writes none. A link is told from the
 * others by its target (named as in the finished PDF, see shorten-destinations.ts) and its place
 * among the links to that target; one whose text is not found is described by the page it leads
 * to, or by its address.
 */
export function describeLinks(doc: PDFDocument, html: string, lang: Lang, source?: PrintedPdf['source']): number {
  const labels = documentLabels(lang);
  const texts = linkTexts(html, labels.footnote);
  const pageOf = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const dests = doc.context.lookup(doc.catalog.get(PDFName.of('Dests')));
  /** The page a link leads to; a named destination is looked up only for the links that need it. */
  const pageOfTarget = (target: LinkTarget): number | undefined => {
    const name = target.dest instanceof PDFName || target.dest === undefined ? target.dest : PDFName.of(target.dest.decodeText());
    const dest = name && dests instanceof PDFDict ? doc.context.lookup(dests.get(name)) : undefined;
    const page = dest instanceof PDFArray ? dest.get(0) : target.page;
    return page === undefined ? undefined : pageOf.get(page.toString());
  };
  const slots = parentTreeSlots(doc);
  /** A link that wraps has an annotation per line, all below one /Link element: they share its description. */
  const byElement = new Map<string, string>();
  let described = 0;
  for (const page of doc.getPages()) {
    const annots = doc.context.lookup(page.node.get(PDFName.of('Annots')));
    if (!(annots instanceof PDFArray)) continue;
    for (const ref of annots.asArray()) {
      // A link as Chromium prints it is read and rewritten as text: a long document has a thousand.
      const printed = ref instanceof PDFRef ? source?.(ref) : undefined;
      const link = printed === undefined ? undefined : PRINTED_LINK.exec(printed);
      const annot = link ? undefined : doc.context.lookup(ref);
      if (!link && (!(annot instanceof PDFDict) || annot.get(NAME.Subtype) !== NAME.Link || annot.has(NAME.Contents))) continue;
      const key = link ? Number(link[2]) : (annot as PDFDict).get(NAME.StructParent);
      const slot = typeof key === 'number' ? slots.get(key) : key instanceof PDFNumber ? slots.get(key.asNumber()) : undefined;
      const element = slot?.array.get(slot.index)?.toString();
      let text = element === undefined ? undefined : byElement.get(element);
      if (text === undefined) {
        const dest = link && PDFName.of(link[1]!);
        const target = dest ? { key: `#${dest.decodeText()}`, dest } : targetOf(doc, annot as PDFDict);
        const found = texts.get(target.key)?.shift();
        if (found !== undefined && !found.endsWith(PAGE_MARK)) text = found;
        else {
          const page = target.uri === undefined ? pageOfTarget(target) : undefined;
          text =
            found === undefined
              ? target.uri ?? (page === undefined ? labels.link : `${labels.page} ${page}`)
              : `${found.slice(0, -PAGE_MARK.length)}${page === undefined ? '' : `, ${labels.page} ${page}`}`;
        }
        if (element !== undefined) byElement.set(element, text);
      }
      const contents = PDFHexString.fromText(text);
      if (link) doc.context.assign(ref as PDFRef, new RawObject(printed!.replace(/>>\s*$/, `\n/Contents ${contents.toString()}>>\n`)));
      else {
        (annot as PDFDict).set(NAME.Contents, contents);
        // Assigned anew: saving then knows it changed without comparing it with the print.
        if (ref instanceof PDFRef) doc.context.assign(ref, annot as PDFDict);
      }
      described += 1;
    }
  }
  return described;
}

/** The keys read for every link, made once (PDFName.of decodes its argument on every call). */
const NAME = {
  A: PDFName.of('A'),
  Contents: PDFName.of('Contents'),
  Dest: PDFName.of('Dest'),
  Link: PDFName.of('Link'),
  StructParent: PDFName.of('StructParent'),
  Subtype: PDFName.of('Subtype'),
};

/** A link to a named destination as Chromium prints it (no /Contents, no action), with its name and /StructParent. */
const PRINTED_LINK =
  /^\s*<<\/Type \/Annot\s*\/Subtype \/Link\s*\/F 4\s*\/Border \[[\d. ]*\]\s*\/Rect \[[-\d. ]*\]\s*\/Dest \/([^\s/<>[\]()%{}]+)\s*\/StructParent (\d+)\s*>>\s*$/;

/** Marks a contents entry's text: its page number is added from the PDF. */
const PAGE_MARK = '\u0000page';

interface LinkTarget {
  /** `#name` for a destination in the document, else the address. */
  key: string;
  dest?: PDFName | PDFString | PDFHexString;
  uri?: string;
  page?: PDFRef;
}

function targetOf(doc: PDFDocument, annot: PDFDict): LinkTarget {
  const action = doc.context.lookup(annot.get(NAME.A));
  const dest = doc.context.lookup(annot.get(NAME.Dest) ?? (action instanceof PDFDict ? action.get(PDFName.of('D')) : undefined));
  if (dest instanceof PDFName || dest instanceof PDFString || dest instanceof PDFHexString) return { key: `#${dest.decodeText()}`, dest };
  if (dest instanceof PDFArray) {
    const page = dest.get(0);
    return { key: '', ...(page instanceof PDFRef && { page }) };
  }
  const uri = action instanceof PDFDict ? doc.context.lookup(action.get(PDFName.of('URI'))) : undefined;
  if (uri instanceof PDFString || uri instanceof PDFHexString) return { key: address(uri.decodeText()), uri: uri.decodeText() };
  return { key: '' };
}

/** An address as the browser writes it into the PDF (`https://example.org` → `https://example.org/`). */
function address(href: string): string {
  try {
    return new URL(href).href;
  } catch {
    return href;
  }
}

const ANCHOR = /<a(\s[^>]*)?>([^]*?)<\/a>/g;

/**
 * The text of every link of the page, by target. The page is ihek's own (attributes quoted, no
 * link inside a link), so its links are found without parsing it whole.
 */
export function linkTexts(html: string, footnote: string): LinkTexts {
  const texts: LinkTexts = new Map();
  for (const [, attributes, inner] of html.matchAll(ANCHOR)) {
    if (attributes === undefined) continue;
    const href = attribute(attributes, 'href');
    if (href === undefined) continue;
    const key = href.startsWith('#') ? `#${destinationName(safeDecode(href.slice(1)))}` : address(href);
    const label = attribute(attributes, 'aria-label');
    // The contents' page numbers are stand-ins here; the PDF knows the real ones.
    const entry = /<span class="toc-page">[^<]*<\/span>/.test(inner!);
    let text = label ?? plainText(inner!.replace(/<span class="toc-page">[^<]*<\/span>/g, ''));
    if (label === undefined && /\sdata-footnote-ref\b/.test(attributes)) text = `${footnote} ${text}`;
    if (text === '') continue;
    const list = texts.get(key) ?? [];
    list.push(entry ? `${text}${PAGE_MARK}` : text);
    texts.set(key, list);
  }
  return texts;
}

/** The attributes read, each pattern made once. */
const ATTRIBUTES: Record<string, RegExp> = { href: /\shref="([^"]*)"/, 'aria-label': /\saria-label="([^"]*)"/, alt: /\salt="([^"]*)"/ };

function attribute(attributes: string, name: 'href' | 'aria-label' | 'alt'): string | undefined {
  const found = ATTRIBUTES[name]!.exec(attributes);
  return found ? decodeEntities(found[1]!) : undefined;
}

/** Text of an HTML fragment: tags dropped (an image counts by its alt text), white space as one space. */
function plainText(fragment: string): string {
  const text = fragment.replace(/<img\b[^>]*>/gi, (img) => ` ${attribute(img, 'alt') ?? ''} `).replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .replace(/\u00ad/g, '')
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim();
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
