import type { Element, ElementContent } from 'hast';
import {
  AlignmentType,
  HeadingLevel,
  type IParagraphOptions,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { classNames, isBlankText, isElement } from '../transform/hast-utils.js';
import { CONTENT_WIDTH_TWIPS } from './page-geometry.js';
import { CODE_FONT, type ConvertContext, inlineImage, inlineRuns, withBookmark } from './convert-inline.js';

export type Block = Paragraph | Table;


export const LIST_REFERENCES = { bullet: 'ihek-bullet', ordered: 'ihek-ordered' } as const;

const BLOCK_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'div', 'figure', 'blockquote', 'section',
  'pre', 'hr', 'dl', 'header', 'footer', 'nav', 'aside', 'details', 'summary', 'li', 'dt', 'dd',
]);

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Where blocks stand: in a list item (its number on the first paragraph), a quote. */
interface Frame {
  /** Options of the next paragraph only (a list item's number). */
  first?: Partial<IParagraphOptions>;
  /** Options of every paragraph (indentation in lists and quotes). */
  every?: Partial<IParagraphOptions>;
  listLevel: number;
}

const TOP: Frame = { listLevel: -1 };

function isBlock(node: ElementContent): boolean {
  return isElement(node) && BLOCK_TAGS.has(node.tagName);
}

/**
 * Reads the footnotes of a chapter (`<section data-footnotes>`) into Word footnotes and removes
 * the section: Word shows them at the foot of the page that refers to them.
 */
export function takeFootnotes(section: Element, context: ConvertContext): void {
  const index = section.children.findIndex((child) => isElement(child) && child.properties.dataFootnotes !== undefined);
  if (index < 0) return;
  const notes = section.children[index] as Element;
  section.children.splice(index, 1);
  const items: Element[] = [];
  const collect = (node: Element) => {
    for (const child of node.children) {
      if (isElement(child, 'li') && typeof child.properties.id === 'string') items.push(child);
      else if (isElement(child)) collect(child);
    }
  };
  collect(notes);
  for (const item of items) {
    const number = Object.keys(context.footnotes).length + 1;
    context.footnoteNumbers.set(item.properties.id as string, number);
    context.footnotes[number] = { children: [] };
  }
  for (const item of items) {
    const number = context.footnoteNumbers.get(item.properties.id as string)!;
    const paragraphs = blocks(item.children, context).filter((block): block is Paragraph => block instanceof Paragraph);
    context.footnotes[number] = { children: paragraphs.length ? paragraphs : [new Paragraph('')] };
  }
}

/** Block content (a chapter's section, a list item, a table cell) as Word paragraphs and tables. */
export function blocks(nodes: readonly ElementContent[], context: ConvertContext, frame: Frame = TOP): Block[] {
  const out: Block[] = [];
  let pending: ElementContent[] = [];
  let first = frame.first;
  const paragraph = (children: ParagraphChild[], options: Partial<IParagraphOptions> = {}) => {
    out.push(new Paragraph({ ...frame.every, ...first, ...options, children }));
    first = undefined;
  };
  const flush = () => {
    if (pending.some((node) => !isBlankText(node))) paragraph(inlineRuns(trimmed(pending), context));
    pending = [];
  };
  for (const node of nodes) {
    if (!isBlock(node)) {
      pending.push(node);
      continue;
    }
    flush();
    const element = node as Element;
    const tag = element.tagName;
    const level = /^h([1-6])$/.exec(tag);
    if (level) {
      const runs = inlineRuns(element.children, context);
      const depth = Number(level[1]);
      // Chapters start on a new page, as in the PDF.
      paragraph(withBookmark(element.properties.id, runs), { heading: HEADINGS[depth - 1]!, keepNext: true, ...(depth === 1 && { pageBreakBefore: true }) });
    } else if (tag === 'p') {
      const caption = classNames(element).includes('table-caption');
      const runs = inlineRuns(element.children, context);
      if (caption) paragraph(withBookmark(element.properties.id, runs), { style: 'Caption', keepNext: true });
      else if (runs.length) paragraph(runs);
    } else if (tag === 'ul' || tag === 'ol') {
      const instance = ++context.lists;
      for (const item of element.children) {
        if (!isElement(item, 'li')) continue;
        const listLevel = Math.min(frame.listLevel + 1, 8);
        const reference = tag === 'ol' ? LIST_REFERENCES.ordered : LIST_REFERENCES.bullet;
        out.push(
          ...blocks(item.children, context, {
            listLevel,
            first: { numbering: { reference, level: listLevel, instance } },
            every: { indent: { left: 720 * (listLevel + 1), hanging: 360 } },
          }),
        );
      }
      first = undefined;
    } else if (tag === 'table') {
      out.push(table(element, context));
    } else if (tag === 'figure') {
      out.push(...figure(element, context));
    } else if (tag === 'blockquote') {
      out.push(...blocks(element.children, context, { ...frame, every: { indent: { left: 720 + 720 * (frame.listLevel + 1) } } }));
    } else if (tag === 'pre') {
      const lines = textLines(element);
      paragraph(lines.map((line, index) => new TextRun({ text: line, font: CODE_FONT, ...(index > 0 && { break: 1 }) })));
    } else if (tag === 'hr') {
      paragraph([], { thematicBreak: true });
    } else if (tag === 'dl') {
      for (const entry of element.children) {
        if (!isElement(entry)) continue;
        const items = entry.tagName === 'div' ? entry.children.filter((child): child is Element => isElement(child)) : [entry];
        for (const item of items) {
          if (item.tagName === 'dt') paragraph(inlineRuns(item.children, context, { bold: true }), { keepNext: true });
          else if (item.tagName === 'dd') out.push(...blocks(item.children, context, { ...frame, every: { indent: { left: 720 } } }));
        }
      }
    } else if (tag === 'div' && classNames(element).includes('table-block')) {
      const [caption, ...rest] = element.children.filter((child) => !isBlankText(child));
      if (isElement(caption, 'p')) {
        paragraph(withBookmark(element.properties.id, inlineRuns(caption.children, context)), { style: 'Caption', keepNext: true });
        out.push(...blocks(rest, context, frame));
      } else {
        out.push(...blocks(element.children, context, frame));
      }
    } else {
      out.push(...blocks(element.children, context, { ...frame, ...(first && { first }) }));
      first = undefined;
    }
  }
  flush();
  // An empty list item still shows its number.
  if (first) paragraph([]);
  return out;
}

/** The text of a code block, line by line. */
function textLines(node: Element): string[] {
  const collect = (element: Element): string =>
    element.children.map((child) => (child.type === 'text' ? child.value : isElement(child) ? collect(child) : '')).join('');
  return collect(node).replace(/\n$/, '').split('\n');
}

/** Inline content without the line ends around it. */
function trimmed(nodes: ElementContent[]): ElementContent[] {
  const copy = [...nodes];
  while (copy.length && isBlankText(copy[0])) copy.shift();
  while (copy.length && isBlankText(copy.at(-1))) copy.pop();
  return copy;
}

function figure(node: Element, context: ConvertContext): Block[] {
  const image = node.children.find((child): child is Element => isElement(child, 'img'));
  const caption = node.children.find((child): child is Element => isElement(child, 'figcaption'));
  const label = caption ? caption.children.find((child): child is Element => isElement(child) && classNames(child).includes('caption-label')) : undefined;
  const name = label ? labelText(label).replace(/:$/, '') : '';
  const out: Block[] = [];
  if (image) out.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: inlineImage(image, context, name) }));
  if (caption) out.push(new Paragraph({ style: 'Caption', children: withBookmark(node.properties.id, inlineRuns(caption.children, context)) }));
  return out;
}

function labelText(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('').trim();
}

function alignmentOf(cell: Element) {
  const names = classNames(cell);
  if (names.includes('align-right')) return AlignmentType.RIGHT;
  if (names.includes('align-center')) return AlignmentType.CENTER;
  return undefined;
}

/** A table with its header rows repeated on every page; cell text aligned as in the HTML. */
function table(node: Element, context: ConvertContext): Table {
  const rows: Array<{ row: Element; header: boolean }> = [];
  const collect = (element: Element, header: boolean) => {
    for (const child of element.children) {
      if (isElement(child, 'tr')) rows.push({ row: child, header });
      else if (isElement(child, 'thead')) collect(child, true);
      else if (isElement(child, 'tbody') || isElement(child, 'tfoot')) collect(child, false);
    }
  };
  collect(node, false);
  // Word's accessibility rules ask for a header row: a table without one repeats its first row.
  if (rows.length && !rows.some((row) => row.header)) rows[0]!.header = true;
  const columns = Math.max(1, ...rows.map(({ row }) => row.children.filter((cell) => isElement(cell, 'td') || isElement(cell, 'th')).length));
  const columnWidth = Math.floor(CONTENT_WIDTH_TWIPS / columns);
  return new Table({
    width: { size: CONTENT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => columnWidth),
    rows: rows.map(
      ({ row, header }) =>
        new TableRow({
          ...(header && { tableHeader: true }),
          cantSplit: true,
          children: row.children
            .filter((cell): cell is Element => isElement(cell, 'td') || isElement(cell, 'th'))
            .map((cell) => {
              const alignment = alignmentOf(cell);
              const runs = inlineRuns(trimmed(cell.children), context, cell.tagName === 'th' ? { bold: true } : {});
              const span = Number(cell.properties.colSpan ?? 1);
              return new TableCell({
                width: { size: columnWidth * span, type: WidthType.DXA },
                ...(span > 1 && { columnSpan: span }),
                children: cell.children.some(isBlock)
                  ? blocksOrEmpty(blocks(cell.children, context))
                  : [new Paragraph({ ...(alignment && { alignment }), children: runs })],
              });
            }),
        }),
    ),
  });
}

function blocksOrEmpty(content: Block[]): Block[] {
  return content.length ? content : [new Paragraph('')];
}
