import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { handNumber } from '../markdown/hand-number.js';

/** One Heading 1 of the Word file and what follows it up to the next. */
export interface WordChapter {
  /** The heading as written in Word. */
  heading: string;
  /** The heading without a hand-typed number or "Anhang A:" prefix. */
  title: string;
  appendix: boolean;
  nodes: RootContent[];
}

export interface SplitDocument {
  title?: string;
  subtitle?: string;
  chapters: WordChapter[];
  /** Footnotes and endnotes by the id mammoth gave them (`footnote-1`, `endnote-2`). */
  notes: Map<string, ElementContent[]>;
  /** Comment texts by their id (`comment-0`). */
  comments: Map<string, string>;
  /** Text before the first Heading 1 that is neither title, subtitle nor table of contents. */
  droppedPreamble: string[];
}

const isElement = (node: RootContent | ElementContent | undefined, tag?: string): node is Element =>
  node?.type === 'element' && (tag === undefined || node.tagName === tag);
const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);
const text = (node: RootContent) => toString(node as Element).replace(/\s+/g, ' ').trim();

const APPENDIX = /^(?:Anhang|Anlage)(?:\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})\b\.?)?\s*[:.–—-]?\s*/i;
const TOC_TITLE = /^(?:Inhalt|Inhaltsverzeichnis|Gliederung)$/i;

/** A chapter title: without its hand-typed number, and without "Anhang A:" (ihek letters appendices). */
export function chapterTitle(heading: string): { title: string; appendix: boolean } {
  let title = heading.replace(/\s+/g, ' ').trim();
  const number = handNumber(title);
  if (number) title = title.slice(number.length);
  // "Anhänge" and "Anlagen" head the appendices as a whole (the Senate's outline since 2022).
  const appendix = /^(?:Anhang|Anhänge|Anlagen?)\b/i.test(title);
  if (appendix) {
    const rest = title.replace(APPENDIX, '');
    if (rest !== '') title = rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  return { title, appendix };
}

/**
 * Splits mammoth's HTML at each Heading 1 (an `h1` that is not Word's Title style). Footnotes,
 * endnotes and comments, which mammoth appends at the end, are taken out for the chapters to
 * refer to; the table of contents is dropped.
 */
export function splitDocument(html: string): SplitDocument {
  const tree: HastRoot = fromHtml(html, { fragment: true });
  const notes = new Map<string, ElementContent[]>();
  const comments = new Map<string, string>();
  const body: RootContent[] = [];
  for (const node of tree.children) {
    if (isElement(node, 'ol') && node.children.some((li) => isElement(li) && /^(?:foot|end)note-/.test(String(li.properties.id ?? '')))) {
      for (const li of node.children) {
        if (!isElement(li)) continue;
        notes.set(String(li.properties.id), withoutBackLinks(li.children));
      }
      continue;
    }
    if (isElement(node, 'dl') && node.children.some((dt) => isElement(dt, 'dt') && /^comment-/.test(String(dt.properties.id ?? '')))) {
      let id = '';
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'dt') id = String(child.properties.id ?? '');
        else if (child.tagName === 'dd') comments.set(id, text({ ...child, children: withoutBackLinks(child.children) }));
      }
      continue;
    }
    body.push(node);
  }

  const split: SplitDocument = { chapters: [], notes, comments, droppedPreamble: [] };
  let current: WordChapter | undefined;
  for (const node of body) {
    if (isElement(node, 'h1') && !classes(node).includes('title')) {
      const heading = text(node);
      current = { heading, ...chapterTitle(heading), nodes: [] };
      split.chapters.push(current);
      continue;
    }
    if (current) {
      current.nodes.push(node);
      continue;
    }
    preamble(node, split);
  }
  cutBareNumbers(split.chapters);
  return split;
}

const BARE_NUMBER = /^(\d{1,2})[ \t]+(?=\S)/;

/**
 * Chapters numbered by hand without a dot ("0 Einleitung", "1 Gebietsbeschreibung", …) lose the
 * number when the numbers count up from 0 or 1 through the chapters: a single "10 Jahre QM" is a
 * title, not a number, and keeps it.
 */
function cutBareNumbers(chapters: WordChapter[]): void {
  const numbered = chapters.filter((chapter) => !chapter.appendix && BARE_NUMBER.test(chapter.title));
  const numbers = numbered.map((chapter) => Number(BARE_NUMBER.exec(chapter.title)![1]));
  if (numbered.length < 2 || numbers[0]! > 1 || numbers.some((n, index) => n !== numbers[0]! + index)) return;
  for (const chapter of numbered) chapter.title = chapter.title.replace(BARE_NUMBER, '');
}

/** Before the first chapter: Word's Title and Subtitle (else the first two paragraphs); the table of contents goes. */
function preamble(node: RootContent, split: SplitDocument): void {
  if (!isElement(node)) return;
  const value = text(node);
  if (value === '') return;
  const kind = classes(node);
  const toc = kind.includes('toc') || TOC_TITLE.test(value) || (isElement(node, 'p') && node.children.length > 0 && node.children.every((c) => (isElement(c, 'a') && String(c.properties.href ?? '').startsWith('#')) || (c.type === 'text' && c.value.trim() === '')));
  if (toc) return;
  if (kind.includes('title')) split.title = split.title ? `${split.title} ${value}` : value;
  else if (kind.includes('subtitle')) split.subtitle = split.subtitle ? `${split.subtitle} ${value}` : value;
  else if (split.title === undefined && isElement(node, 'p')) split.title = value;
  else if (split.subtitle === undefined && isElement(node, 'p')) split.subtitle = value;
  else split.droppedPreamble.push(value);
}

/** mammoth ends each note with a link back to its reference ("↑"); the Markdown footnote has its own. */
function withoutBackLinks(children: ElementContent[]): ElementContent[] {
  return children.map((child) => {
    if (!isElement(child)) return child;
    const kept = child.children.filter((c) => !(isElement(c, 'a') && /^#(?:foot|end)note-ref-|^#comment-ref-/.test(String(c.properties.href ?? ''))));
    return { ...child, children: withoutBackLinks(kept) };
  });
}
