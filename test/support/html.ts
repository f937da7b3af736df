import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

export { select, selectAll };

export function parseHtml(html: string): Root {
  return fromHtml(html);
}

/**
 * Text content with runs of HTML white space collapsed, as a reader sees it. No-break spaces
 * (U+00A0) are kept: they are part of what is asserted ("20.000 €", "Kapitel 11.2").
 */
export function textOf(node: Element | Root | undefined): string {
  if (!node) return '';
  return toString(node).replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
}

export function attr(node: Element | undefined, name: string): string | undefined {
  const value = node?.properties[name];
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}
