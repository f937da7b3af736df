import JSZip from 'jszip';

/** What Word keeps that a Markdown chapter cannot: each is reported with the heading it stands under. */
export type MarkupKind = 'insertion' | 'deletion' | 'comment' | 'text-box' | 'field' | 'toc-field';

export interface WordMarkup {
  kind: MarkupKind;
  /** The text concerned (deleted or inserted words, the field's code), shortened. */
  detail: string;
  /** Index of the paragraph it stands in, in `WordScan.paragraphs`. */
  paragraph: number;
}

export interface WordScan {
  /** The text of every paragraph, in document order, to find the heading of each find. */
  paragraphs: string[];
  markup: WordMarkup[];
}

/** Fields whose result text is all a reader needs (links, page numbers, caption numbers): named by their type only. */
const HARMLESS_FIELD = /^\s*(HYPERLINK|PAGE|NUMPAGES|REF|SEQ|NOTEREF)\b/;

const textOf = (xml: string, tag: 'w:t' | 'w:delText' | 'w:instrText') =>
  [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => decode(m[1]!)).join('');

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name]!);
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 60).trimEnd()} …` : text);

/**
 * Finds tracked changes, comments, text boxes and fields in document.xml. The conversion itself is
 * mammoth's, which accepts insertions, drops deletions and comments and keeps fields' results
 * without a word; this scan only notices them, paragraph by paragraph, so that the report can
 * name each one.
 */
export async function scanWordMarkup(bytes: Buffer): Promise<WordScan> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  const scan: WordScan = { paragraphs: [], markup: [] };
  const found = scan.markup;
  for (const match of xml?.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    const p = match[0];
    const paragraph = scan.paragraphs.push(textOf(p, 'w:t')) - 1;
    const add = (kind: MarkupKind, detail: string) => found.push({ kind, detail: short(detail.trim()), paragraph });
    for (const ins of p.matchAll(/<w:ins\s[^>]*>([\s\S]*?)<\/w:ins>/g)) add('insertion', textOf(ins[1]!, 'w:t'));
    for (const del of p.matchAll(/<w:del\s[^>]*>([\s\S]*?)<\/w:del>/g)) add('deletion', textOf(del[1]!, 'w:delText'));
    if (/<w:commentReference\b/.test(p)) add('comment', '');
    if (/<w:txbxContent\b/.test(p)) add('text-box', scan.paragraphs[paragraph]!);
    const codes = [...p.matchAll(/<w:fldSimple\s[^>]*w:instr="([^"]*)"/g)].map((m) => decode(m[1]!));
    const instr = textOf(p, 'w:instrText');
    if (instr) codes.push(instr);
    for (const code of codes) {
      // The table of contents is one field; its page numbers (PAGEREF) belong to it. ihek makes its own.
      if (/^\s*TOC\b/.test(code)) {
        if (!found.some((item) => item.kind === 'toc-field')) add('toc-field', '');
      } else if (!/^\s*PAGEREF\b/.test(code)) add('field', HARMLESS_FIELD.exec(code)?.[1] ?? code);
    }
  }
  return scan;
}
