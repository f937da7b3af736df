import type { Element, ElementContent, Root } from 'hast';
import type { Lang } from '../i18n/lang.js';
import { element, isBlankText, isElement, text, textOf } from './hast-utils.js';

export interface CaptionEntry {
  kind: 'figure' | 'table';
  id: string;
  number: number;
  /** Caption text without the "Abbildung 3:" label. */
  text: string;
}

/** Counters that run through the whole document. */
export interface CaptionState {
  figures: number;
  tables: number;
  entries: CaptionEntry[];
}

/** A paragraph line "Tabelle: …" (or "Table: …") directly above a table becomes its caption. */
const TABLE_CAPTION = /^\s*(Tabelle|Table)\s*:\s*/;

function labels(lang: Lang) {
  return lang === 'de' ? { figure: 'Abbildung', table: 'Tabelle' } : { figure: 'Figure', table: 'Table' };
}

/**
 * Turns a paragraph that holds only an image with a title into a numbered figure with caption,
 * and a "Tabelle: …" paragraph before a table into the table's numbered caption.
 */
export function numberCaptions(tree: Root, chapterId: string, state: CaptionState, lang: Lang): void {
  const names = labels(lang);
  const visitChildren = (parent: { children: Root['children'] }) => {
    const children = parent.children;
    for (let index = 0; index < children.length; index++) {
      const node = children[index];
      if (!isElement(node)) continue;
      if (node.tagName === 'p') {
        const figure = asFigure(node, chapterId, state, names.figure);
        if (figure) {
          children[index] = figure;
          continue;
        }
        const tableIndex = nextElementIndex(children, index);
        const table = tableIndex === -1 ? undefined : children[tableIndex];
        if (isElement(table, 'table') && TABLE_CAPTION.test(textOf(node))) {
          captionTable(node, table, chapterId, state, names.table);
          children.splice(index, tableIndex - index);
          index -= 1;
          continue;
        }
      }
      if (node.tagName !== 'table' && node.tagName !== 'figure') visitChildren(node);
    }
  };
  visitChildren(tree);
}

function nextElementIndex(children: Root['children'], index: number): number {
  for (let next = index + 1; next < children.length; next++) {
    const node = children[next];
    if (isBlankText(node as ElementContent)) continue;
    return isElement(node as ElementContent) ? next : -1;
  }
  return -1;
}

function asFigure(paragraph: Element, chapterId: string, state: CaptionState, label: string): Element | undefined {
  const content = paragraph.children.filter((child) => !isBlankText(child));
  const image = content[0];
  if (content.length !== 1 || !isElement(image, 'img')) return undefined;
  const title = typeof image.properties.title === 'string' ? image.properties.title.trim() : '';
  if (!title) return undefined;
  delete image.properties.title;
  state.figures += 1;
  const id = `${chapterId}-abbildung-${state.figures}`;
  state.entries.push({ kind: 'figure', id, number: state.figures, text: title });
  return element('figure', { id }, [
    image,
    element('figcaption', {}, [
      element('span', { className: ['caption-label'] }, [text(`${label} ${state.figures}:`)]),
      text(` ${title}`),
    ]),
  ]);
}

function captionTable(paragraph: Element, table: Element, chapterId: string, state: CaptionState, label: string) {
  const children = [...paragraph.children];
  const first = children[0];
  if (first?.type === 'text') {
    const rest = first.value.replace(TABLE_CAPTION, '');
    if (rest) children[0] = text(rest);
    else children.shift();
  }
  state.tables += 1;
  const id = `${chapterId}-tabelle-${state.tables}`;
  state.entries.push({ kind: 'table', id, number: state.tables, text: textOf({ type: 'root', children }).trim() });
  table.properties.id = id;
  table.children.unshift(
    element('caption', {}, [
      element('span', { className: ['caption-label'] }, [text(`${label} ${state.tables}:`)]),
      text(' '),
      ...children,
    ]),
  );
}
