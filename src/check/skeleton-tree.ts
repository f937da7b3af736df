import type { Image, Link, Node, Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { figureImage, TABLE_CAPTION } from '../transform/collect-captions.js';

/** Holds the links and images of a block that is dropped; no step looks into it for captions. */
export const KEPT_INLINE = 'ihekKeptInline';

/** Blocks whose children the caption step walks into (see collect-captions.ts). */
const CONTAINERS = new Set(['blockquote', 'list', 'listItem', 'footnoteDefinition']);

function linksAndImages(node: Node, out: Array<Link | Image>): void {
  if (node.type === 'link' || node.type === 'image') {
    out.push(node as Link | Image);
    return;
  }
  for (const child of (node as Partial<Parent>).children ?? []) linksAndImages(child, out);
}

function prune(children: readonly RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  children.forEach((node, index) => {
    const next = children[index + 1];
    if (node.type === 'heading' || figureImage(node)) {
      out.push(node);
    } else if (node.type === 'paragraph' && next?.type === 'table' && TABLE_CAPTION.test(toString(node))) {
      // A table caption stays right before its table; the table itself is kept as an empty stub.
      out.push(node);
    } else if (node.type === 'table') {
      out.push({ type: 'table', ...(node.align && { align: node.align }), ...(node.position && { position: node.position }), children: [] });
      const inline = keptInline(node);
      if (inline) out.push(inline);
    } else if (CONTAINERS.has(node.type)) {
      const kept = prune((node as Parent).children as RootContent[]);
      if (kept.length > 0) out.push({ ...node, children: kept } as RootContent);
    } else {
      const inline = keptInline(node);
      if (inline) out.push(inline);
    }
  });
  return out;
}

function keptInline(node: Node): RootContent | undefined {
  const found: Array<Link | Image> = [];
  linksAndImages(node, found);
  return found.length > 0 ? ({ type: KEPT_INLINE, children: found } as unknown as RootContent) : undefined;
}

/**
 * What the document-wide steps (outline, captions, cross-references, required sections, images)
 * read of a chapter, and nothing else: its headings, figures, table captions with a stub of their
 * table, every link and image in document order, and the lists and quotes around them. These steps
 * give the same findings on this tree as on the whole one (test/check-cache.test.ts), and it is a
 * small fraction of its size, so it can be kept in the check cache and sent between threads.
 */
export function skeletonTree(tree: Root): Root {
  return { type: 'root', children: prune(tree.children), ...(tree.position && { position: tree.position }) };
}
