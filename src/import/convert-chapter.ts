import type { Element, ElementContent, RootContent } from 'hast';
import { toString as hastText } from 'hast-util-to-string';
import { defaultHandlers, toMdast, type Handle } from 'hast-util-to-mdast';
import type { Delete, Emphasis, FootnoteDefinition, Heading, Strong, Image, Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent as MdastContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import { cutHandNumber } from '../markdown/hand-number.js';
import { msgIn } from '../i18n/message.js';
import { IMAGE_LIMIT, megabytes } from '../project/read-project-file.js';
import type { ImportNote } from './import-notes.js';

export interface ChapterContext {
  heading: string;
  notes: Map<string, ElementContent[]>;
  comments: Map<string, string>;
  unsupportedImages: Map<string, string>;
  tooLargeImages: ReadonlySet<string>;
  report: ImportNote[];
}

/** Alt text for an image that has no description in Word: a placeholder that `ihek check` warns about. */
export const MISSING_ALT = 'TODO: Bildbeschreibung ergänzen';

const FIGURE_CAPTION = /^(?:Abbildung|Abb\.)\s*\d+(?:[.-]\d+)*\s*[:.–—-]\s*(.+)$/s;
const TABLE_CAPTION = /^(?:Tabelle|Tab\.)\s*\d+(?:[.-]\d+)*\s*[:.–—-]\s*(.+)$/s;

const noteLabel = (id: string) => (id.startsWith('endnote-') ? `e${id.slice(8)}` : id.slice(9));

/** A chapter's HTML (after its Heading 1) as a Markdown tree, cleaned of Word's leftovers. */
export function convertChapter(nodes: RootContent[], context: ChapterContext): Root {
  let section: string | undefined;
  const note = (kind: ImportNote['kind'], detail: string) => context.report.push({ kind, chapter: context.heading, ...(section !== undefined && { section }), detail });
  const used: string[] = [];

  // Merged cells: hast-util-to-mdast spreads a cell over the columns it spans; say where that happened.
  for (const node of nodes) {
    if (node.type === 'element' && /^h[2-6]$/.test(node.tagName)) section = hastText(node).trim();
    if (node.type === 'element') for (const id of commentIds(node)) note('comment', `„${context.comments.get(id) ?? ''}“`);
    if (node.type === 'element' && node.tagName === 'table' && hasSpans(node)) {
      note('merged-cells', `„${hastText(firstRow(node)).replace(/\s+/g, ' ').trim().slice(0, 60)}“`);
    }
  }
  section = undefined;

  const sup: Handle = (state, element) => {
    const link = element.children.find((c): c is Element => c.type === 'element' && c.tagName === 'a');
    const href = String(link?.properties.href ?? '');
    const id = href.slice(1);
    if (/^#(?:foot|end)note-/.test(href)) {
      used.push(id);
      return { type: 'footnoteReference', identifier: noteLabel(id), label: noteLabel(id) };
    }
    // Comments were noted above, with their section.
    if (href.startsWith('#comment-')) return undefined;
    return state.all(element) as PhrasingContent[];
  };
  const a: Handle = (state, element) => {
    const href = String(element.properties.href ?? '');
    // Word's bookmarks and cross-references point at anchors that the chapters do not have.
    if (href === '' || href.startsWith('#')) {
      if (href !== '') note('internal-link', hastText(element).trim());
      return state.all(element) as PhrasingContent[];
    }
    return defaultHandlers.a(state, element);
  };

  const tree = toMdast({ type: 'root', children: nodes }, { handlers: { sup, a } }) as Root;
  section = undefined;
  visit(tree, (node, index, parent) => {
    if (node.type === 'heading') {
      const heading = node as Heading;
      const number = cutHandNumber(heading);
      const first = heading.children[0];
      if (number && first?.type === 'text') first.value = first.value.trimStart();
      section = toString(heading);
    }
    if (node.type === 'text') node.value = cleanText(node.value);
    if (node.type === 'image') return image(node as Image, parent, index, context, note);
    return undefined;
  });
  visit(tree, (node, index, parent) => {
    if ((node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete') && parent && index !== undefined) return hoistSpaces(node, parent, index);
    return undefined;
  });
  levelHeadings(tree);
  captions(tree, note);
  // Each note once, at the end of the chapter that refers to it first.
  for (const id of new Set(used)) {
    const content = context.notes.get(id);
    if (!content) continue;
    const body = toMdast({ type: 'root', children: content }) as Root;
    visit(body, 'text', (t) => {
      t.value = cleanText(t.value);
    });
    const definition: FootnoteDefinition = { type: 'footnoteDefinition', identifier: noteLabel(id), label: noteLabel(id), children: body.children as FootnoteDefinition['children'] };
    tree.children.push(definition);
    context.notes.delete(id);
  }
  return tree;
}

/**
 * Soft hyphens go (the browser hyphenates); a no-break space stays where it holds an amount or a
 * unit to its number ("8.000 €", "15 %", "20 m²"), elsewhere it was Word's habit and becomes a space.
 */
export function cleanText(value: string): string {
  return value
    .replaceAll('\u00AD', '')
    .replace(/\u00A0/g, (_space, offset: number, whole: string) => {
      const before = whole.slice(0, offset);
      const after = whole.slice(offset + 1);
      return /\d$/.test(before) && /^(?:\d|€|EUR\b|Euro\b|%|Prozent\b|Mio\.|Mrd\.|Tsd\.|[kcm]?m\b|[kcm]?m²|m³|ha\b|km\b|qm\b|Std\.|Stunden\b|Jahre?\b|Personen\b)/.test(after)
        ? '\u00A0'
        : ' ';
    });
}

/**
 * Word puts the space between words into the bold or italic run ("fett| kursiv"); Markdown cannot
 * open emphasis with a space, so the space moves out beside it.
 */
function hoistSpaces(node: Emphasis | Strong | Delete, parent: Parent, index: number): number | undefined {
  const first = node.children[0];
  const last = node.children.at(-1);
  const lead = first?.type === 'text' ? (/^\s+/.exec(first.value)?.[0] ?? '') : '';
  if (lead && first?.type === 'text') first.value = first.value.slice(lead.length);
  const trail = last?.type === 'text' ? (/\s+$/.exec(last.value)?.[0] ?? '') : '';
  if (trail && last?.type === 'text') last.value = last.value.slice(0, -trail.length);
  if (!lead && !trail) return undefined;
  const empty = toString(node) === '' && !node.children.some((c) => c.type !== 'text');
  // The space goes beside the run unless the text there already has one.
  const before = parent.children[index - 1];
  const after = parent.children[index + 1];
  const spaceBefore = lead && !(before?.type === 'text' && /\s$/.test(before.value));
  const spaceAfter = trail && !(after?.type === 'text' && /^\s/.test(after.value));
  const replacement = [...(spaceBefore ? [{ type: 'text', value: ' ' } as const] : []), ...(empty ? [] : [node]), ...(spaceAfter ? [{ type: 'text', value: ' ' } as const] : [])];
  parent.children.splice(index, 1, ...(replacement as never[]));
  return index + replacement.length;
}

/**
 * Word lets a Heading 3 follow a Heading 1; in a chapter, sections start at ## and go down one level
 * at a time (rule heading-level), so a heading deeper than the one before it plus one moves up.
 */
function levelHeadings(tree: Root): void {
  let previous = 1;
  for (const node of tree.children) {
    if (node.type !== 'heading') continue;
    node.depth = Math.max(2, Math.min(node.depth, previous + 1)) as Heading['depth'];
    previous = node.depth;
  }
}

function image(
  node: Image,
  parent: Parent | undefined,
  index: number | undefined,
  context: Pick<ChapterContext, 'unsupportedImages' | 'tooLargeImages'>,
  note: (kind: ImportNote['kind'], detail: string) => void,
): number | typeof SKIP | undefined {
  if (context.tooLargeImages.has(node.url) && parent && index !== undefined) {
    note('image-too-large', node.alt || node.url);
    const text = msgIn('de', 'import.read.imageTooLarge', { megabytes: megabytes(IMAGE_LIMIT.bytes) });
    parent.children.splice(index, 1, { type: 'text', value: `${text}${node.alt ? `: ${node.alt}` : ''}` } as never);
    return SKIP;
  }
  if (node.url.startsWith('nicht-uebernommen-') && parent && index !== undefined) {
    const format = context.unsupportedImages.get(node.url) ?? '?';
    note('unsupported-image', `${node.alt || node.url} (${format})`);
    parent.children.splice(index, 1, { type: 'text', value: `TODO: Bild fehlt (Format ${format} wird nicht unterstützt)${node.alt ? `: ${node.alt}` : ''}` } as never);
    return SKIP;
  }
  node.url = `../bilder/${node.url}`;
  if (!node.alt?.trim()) {
    node.alt = MISSING_ALT;
    note('missing-alt', node.url.slice('../'.length));
  }
  return undefined;
}

const isImageParagraph = (node: MdastContent | undefined): node is Paragraph =>
  node?.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'image';

/**
 * "Abbildung 3: …" next to an image paragraph becomes the image's title (an ihek figure caption);
 * "Tabelle 2: …" next to a table becomes the paragraph `Tabelle: …` above it.
 */
function captions(tree: Root, note: (kind: ImportNote['kind'], detail: string) => void): void {
  const children = tree.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type !== 'paragraph') continue;
    const value = toString(node).trim();
    const figure = FIGURE_CAPTION.exec(value);
    if (figure) {
      const target = isImageParagraph(children[i - 1]) ? children[i - 1] : isImageParagraph(children[i + 1]) ? children[i + 1] : undefined;
      if (target && isImageParagraph(target) && !(target.children[0] as Image).title) {
        (target.children[0] as Image).title = figure[1]!.replace(/\s+/g, ' ');
        children.splice(i--, 1);
        note('caption', value);
      }
      continue;
    }
    const table = TABLE_CAPTION.exec(value);
    if (!table) continue;
    const caption: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: `Tabelle: ${table[1]!.replace(/\s+/g, ' ')}` }] };
    if (children[i + 1]?.type === 'table') {
      children[i] = caption;
      note('caption', value);
    } else if (children[i - 1]?.type === 'table' && !isTableCaption(children[i - 2])) {
      // Below its table in Word; ihek puts table captions above.
      children.splice(i, 1);
      children.splice(i - 1, 0, caption);
      note('caption', value);
    }
  }
}

export const isTableCaption = (node: Nodes | undefined) => node?.type === 'paragraph' && /^Tabelle: /.test(toString(node));

/** The comments referred to inside a block (mammoth's `<sup><a href="#comment-0">`). */
function commentIds(node: Element): string[] {
  const ids: string[] = [];
  const walk = (element: Element) => {
    const href = String(element.properties.href ?? '');
    if (element.tagName === 'a' && href.startsWith('#comment-')) ids.push(href.slice(1));
    for (const child of element.children) if (child.type === 'element') walk(child);
  };
  walk(node);
  return ids;
}

function hasSpans(table: Element): boolean {
  let found = false;
  const walk = (node: Element) => {
    if ((node.tagName === 'td' || node.tagName === 'th') && (Number(node.properties.colSpan ?? 1) > 1 || Number(node.properties.rowSpan ?? 1) > 1)) found = true;
    for (const child of node.children) if (child.type === 'element') walk(child);
  };
  walk(table);
  return found;
}

function firstRow(table: Element): Element {
  let row: Element | undefined;
  const walk = (node: Element) => {
    if (row) return;
    if (node.tagName === 'tr') row = node;
    else for (const child of node.children) if (child.type === 'element') walk(child);
  };
  walk(table);
  return row ?? table;
}
