import type { Image, Paragraph, PhrasingContent, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic } from '../diagnostics.js';
import { msg } from '../i18n/message.js';
import type { Outline } from './build-outline.js';
import type { ParsedChapter } from './parsed-chapter.js';

export interface CaptionEntry {
  kind: 'figure' | 'table';
  /** The anchor of the figure or table. */
  id: string;
  chapterId: string;
  /** Runs through the whole document: Abbildung 1, 2, …; Tabelle 1, 2, … */
  number: number;
  /** Caption text without the "Abbildung 3:" label and without the `{#id}` marker. */
  text: string;
  file: string;
  line: number;
}

/** A paragraph "Tabelle: …" (or "Table: …") directly above a table is the table's caption. */
export const TABLE_CAPTION = /^\s*(Tabelle|Table)\s*:\s*/;
/** An optional anchor at the end of a caption: `Lage des Gebiets {#lage}`. */
const EXPLICIT_ID = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

function isBlank(node: PhrasingContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/** The image of a paragraph that holds nothing but one image with a title: a figure. */
export function figureImage(node: RootContent): Image | undefined {
  if (node.type !== 'paragraph') return undefined;
  // Without copying the children: every paragraph of the document passes here.
  let image: Image | undefined;
  for (const child of node.children) {
    if (isBlank(child)) continue;
    if (image || child.type !== 'image') return undefined;
    image = child;
  }
  return image?.title?.trim() ? image : undefined;
}

function stripId(text: string): { text: string; explicit?: string } {
  const match = EXPLICIT_ID.exec(text);
  return match ? { text: text.slice(0, match.index), explicit: match[1]! } : { text };
}

/**
 * The blocks that caption something, in document order: each figure (a paragraph holding one
 * titled image) and each "Tabelle: …" paragraph followed by its table, found at the top level and
 * inside block quotes, lists and footnotes. The list passed in again gives the same list, so the
 * numbering can run on it alone (ihek watch does, instead of walking every chapter again).
 */
export function captionBlocks(children: readonly RootContent[]): RootContent[] {
  const blocks: RootContent[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    nodes.forEach((node, index) => {
      if (figureImage(node)) {
        blocks.push(node);
        return;
      }
      const next = nodes[index + 1];
      if (node.type === 'paragraph' && next?.type === 'table' && TABLE_CAPTION.test(toString(node))) {
        blocks.push(node, next);
        return;
      }
      if (node.type === 'blockquote' || node.type === 'listItem' || node.type === 'list' || node.type === 'footnoteDefinition') {
        walk(node.children as RootContent[]);
      }
    });
  };
  walk(children);
  return blocks;
}

/**
 * Numbers figures and captioned tables through the document and gives each an anchor, so links can
 * point at them (`[](#lage)` → "Abbildung 1"). The numbers and anchors are written into the
 * Markdown tree (`data-caption-*`, `id`) for the HTML step, which draws the captions.
 */
export function collectCaptions(chapters: readonly ParsedChapter[], outline: Outline, diagnostics: Diagnostic[]): CaptionEntry[] {
  const entries: CaptionEntry[] = [];
  let figures = 0;
  let tables = 0;
  const register = (entry: CaptionEntry) => {
    const clash = outline.byId.get(entry.id) ?? entries.find((e) => e.id === entry.id);
    if (clash) {
      diagnostics.push({
        file: entry.file,
        line: entry.line,
        column: 1,
        severity: 'error',
        rule: 'duplicate-anchor',
        text: msg('transform.captions.duplicateAnchor', { id: entry.id, file: clash.file, line: clash.line }),
        related: [{ file: clash.file, line: clash.line }],
      });
      entry.id = `${entry.id}-${entry.kind === 'figure' ? 'abbildung' : 'tabelle'}-${entry.number}`;
    }
    entries.push(entry);
  };

  for (const chapter of chapters) {
    if (!chapter.tree) continue;
    const chapterId = chapter.source.frontMatter.id;
    const file = chapter.source.file;
    const blocks = captionBlocks(chapter.tree.children);
    blocks.forEach((node, index) => {
      const image = figureImage(node);
      if (image) {
        figures += 1;
        const { text, explicit } = stripId(image.title!.trim());
        image.title = text;
        const entry: CaptionEntry = {
          kind: 'figure',
          id: explicit ? `${chapterId}-${explicit}` : `${chapterId}-abbildung-${figures}`,
          chapterId,
          number: figures,
          text,
          file,
          line: image.position?.start.line ?? chapter.source.bodyLine,
        };
        register(entry);
        image.data = { ...image.data, hProperties: { ...image.data?.hProperties, dataCaptionNumber: figures, dataCaptionId: entry.id } };
        return;
      }
      if (node.type !== 'paragraph' || blocks[index + 1]?.type !== 'table') return;
      tables += 1;
      const paragraph = node as Paragraph;
      const first = paragraph.children[0];
      if (first?.type === 'text') first.value = first.value.replace(TABLE_CAPTION, '');
      const last = paragraph.children[paragraph.children.length - 1];
      let explicit: string | undefined;
      if (last?.type === 'text') {
        const stripped = stripId(last.value);
        (last as Text).value = stripped.text;
        explicit = stripped.explicit;
      }
      const entry: CaptionEntry = {
        kind: 'table',
        id: explicit ? `${chapterId}-${explicit}` : `${chapterId}-tabelle-${tables}`,
        chapterId,
        number: tables,
        text: toString(paragraph).trim(),
        file,
        line: paragraph.position?.start.line ?? chapter.source.bodyLine,
      };
      register(entry);
      paragraph.data = { ...paragraph.data, hProperties: { ...paragraph.data?.hProperties, dataCaptionNumber: tables, dataCaptionId: entry.id } };
    });
  }
  return entries;
}
