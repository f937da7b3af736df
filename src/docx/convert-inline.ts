import type { Element, ElementContent } from 'hast';
import { Bookmark, ExternalHyperlink, FootnoteReferenceRun, InternalHyperlink, type ParagraphChild, SimpleField, TextRun } from 'docx';
import { classNames, isElement, textOf } from '../transform/hast-utils.js';
import { bookmarkName } from './bookmark-name.js';
import { imageRun, wordImage } from './docx-images.js';

/** What the conversion of one document shares: its footnotes and the count of its lists. */
export interface ConvertContext {
  /** Word's footnotes by number, and the number of each footnote's anchor in the HTML. */
  footnotes: Record<number, { children: import('docx').Paragraph[] }>;
  footnoteNumbers: Map<string, number>;
  /** Each list restarts its numbering: the instance of the next one. */
  lists: number;
  /** Images Word cannot show, by their alt text (told to the caller). */
  skippedImages: string[];
}

export function newConvertContext(): ConvertContext {
  return { footnotes: {}, footnoteNumbers: new Map(), lists: 0, skippedImages: [] };
}

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
  superScript?: boolean;
  subScript?: boolean;
  link?: boolean;
}

export const CODE_FONT = 'Courier New';

export function textRun(value: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: value,
    ...(style.bold && { bold: true }),
    ...(style.italics && { italics: true }),
    ...(style.strike && { strike: true }),
    ...(style.superScript && { superScript: true }),
    ...(style.subScript && { subScript: true }),
    ...(style.code && { font: CODE_FONT }),
    ...(style.link && { style: 'Hyperlink' }),
  });
}

const STYLE_OF_TAG: Record<string, RunStyle> = {
  strong: { bold: true },
  b: { bold: true },
  em: { italics: true },
  i: { italics: true },
  del: { strike: true },
  s: { strike: true },
  code: { code: true },
  kbd: { code: true },
  sup: { superScript: true },
  sub: { subScript: true },
};

/** "Abbildung 3:" as Word writes a caption's label: the word, a SEQ field with the number, the colon. */
export function captionLabel(label: string): ParagraphChild[] {
  const match = /^(.*\S)\s+(\d+):$/.exec(label.trim());
  if (!match) return [textRun(label)];
  const [, word, number] = match;
  return [textRun(`${word} `), new SimpleField(`SEQ ${word} \\* ARABIC`, number), textRun(':')];
}

function hrefOf(node: Element): string | undefined {
  return typeof node.properties.href === 'string' ? node.properties.href : undefined;
}

function isFootnoteReference(node: Element): boolean {
  return node.properties.dataFootnoteRef !== undefined;
}

/** The runs of inline content: text with its emphasis, links, footnote references, images. */
export function inlineRuns(nodes: readonly ElementContent[], context: ConvertContext, style: RunStyle = {}): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      // Line ends inside a paragraph are spaces, as in the HTML.
      if (node.value) runs.push(textRun(node.value.replace(/\s*\n\s*/g, ' '), style));
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.tagName;
    if (tag === 'br') {
      runs.push(new TextRun({ break: 1 }));
    } else if (tag === 'img') {
      runs.push(...inlineImage(node, context, textOf(node) || String(node.properties.alt ?? '')));
    } else if (tag === 'a') {
      runs.push(...link(node, context, style));
    } else if (tag === 'sup' && node.children.some((child) => isElement(child, 'a') && isFootnoteReference(child))) {
      runs.push(...inlineRuns(node.children, context, style));
    } else if (tag === 'span' && classNames(node).includes('task-state')) {
      runs.push(textRun(classNames(node).includes('task-done') ? '☒ ' : '☐ ', style));
    } else if (tag === 'span' && classNames(node).includes('caption-label')) {
      runs.push(...captionLabel(textOf(node)));
    } else if (tag === 'input') {
      continue;
    } else {
      runs.push(...inlineRuns(node.children, context, { ...style, ...STYLE_OF_TAG[tag] }));
    }
  }
  return runs;
}

function link(node: Element, context: ConvertContext, style: RunStyle): ParagraphChild[] {
  const href = hrefOf(node);
  if (node.properties.dataFootnoteBackref !== undefined) return [];
  if (href?.startsWith('#') && isFootnoteReference(node)) {
    const number = context.footnoteNumbers.get(decodeURIComponent(href.slice(1)));
    return number === undefined ? [] : [new FootnoteReferenceRun(number)];
  }
  const children = inlineRuns(node.children, context, { ...style, link: true });
  if (href?.startsWith('#') && href.length > 1) return [new InternalHyperlink({ anchor: bookmarkName(decodeURIComponent(href.slice(1))), children })];
  if (href && /^(https?:|mailto:)/i.test(href)) return [new ExternalHyperlink({ link: href, children })];
  return inlineRuns(node.children, context, style);
}

export function inlineImage(node: Element, context: ConvertContext, name: string): ParagraphChild[] {
  const alt = String(node.properties.alt ?? '');
  const src = typeof node.properties.src === 'string' ? node.properties.src : '';
  const image = src ? wordImage(src) : undefined;
  if (!image) {
    context.skippedImages.push(alt || src);
    return alt ? [textRun(`[${alt}]`)] : [];
  }
  return [imageRun(image, alt, name || alt.slice(0, 60))];
}

/** Runs wrapped in a bookmark of the anchor, when there is one. */
export function withBookmark(id: unknown, children: ParagraphChild[]): ParagraphChild[] {
  return typeof id === 'string' && id ? [new Bookmark({ id: bookmarkName(id), children })] : children;
}
