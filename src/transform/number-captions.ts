import type { Element, ElementContent, Root } from 'hast';
import type { Lang } from '../i18n/lang.js';
import { msgIn } from '../i18n/message.js';
import type { CaptionEntry } from './collect-captions.js';
import { element, isBlankText, isElement, text } from './hast-utils.js';

function labels(lang: Lang) {
  return { figure: msgIn(lang, 'transform.captions.figure'), table: msgIn(lang, 'transform.captions.table') };
}

function markOf(node: Element, captions: ReadonlyMap<string, CaptionEntry>): CaptionEntry | undefined {
  const id = node.properties.dataCaptionId;
  return typeof id === 'string' ? captions.get(id) : undefined;
}

function unmark(node: Element): void {
  delete node.properties.dataCaptionId;
  delete node.properties.dataCaptionNumber;
}

/**
 * Draws the captions the Markdown step numbered: a marked image becomes a `<figure>` with
 * `<figcaption>` "Abbildung 3: …", a marked paragraph before a table becomes its numbered caption.
 */
export function numberCaptions(tree: Root, captions: ReadonlyMap<string, CaptionEntry>, lang: Lang): void {
  const names = labels(lang);
  const visitChildren = (parent: Root | Element) => {
    const children = parent.children;
    for (let index = 0; index < children.length; index++) {
      const node = children[index];
      if (!isElement(node)) continue;
      if (node.tagName === 'p') {
        const content = node.children.filter((child) => !isBlankText(child));
        const image = content[0];
        const figure = content.length === 1 && isElement(image, 'img') ? markOf(image, captions) : undefined;
        if (figure && isElement(image, 'img')) {
          unmark(image);
          delete image.properties.title;
          children[index] = element('figure', { id: figure.id }, [
            image,
            element('figcaption', {}, [
              element('span', { className: ['caption-label'] }, [text(`${names.figure} ${figure.number}:`)]),
              text(` ${figure.text}`),
            ]),
          ]);
          continue;
        }
        const table = markOf(node, captions);
        if (table) {
          const tableIndex = children.findIndex((child, at) => at > index && isElement(child, 'table'));
          const target = children[tableIndex];
          if (isElement(target, 'table')) {
            unmark(node);
            // The caption is a paragraph above the table, not a <caption>: Chromium separates a
            // <caption> from its rows at a page break when the table repeats its header row on a
            // named page. The table takes its name from the paragraph (aria-labelledby).
            target.properties.ariaLabelledBy = [`${table.id}-caption`];
            const caption = element('p', { className: ['table-caption'], id: `${table.id}-caption` }, [
              element('span', { className: ['caption-label'] }, [text(`${names.table} ${table.number}:`)]),
              text(' '),
              ...(node.children as ElementContent[]),
            ]);
            children.splice(index, tableIndex - index + 1, element('div', { className: ['table-block'], id: table.id }, [caption, target]));
            continue;
          }
        }
      }
      if (node.tagName !== 'table' && node.tagName !== 'figure') visitChildren(node);
    }
  };
  visitChildren(tree);
}
