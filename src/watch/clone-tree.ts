import type { Heading, Link, Root } from 'mdast';
import type { Node } from 'unist';

/** The nodes of a copied chapter that the numbering steps look at, in document order. */
export interface TreeIndex {
  headings: Heading[];
  links: Link[];
  hasImages: boolean;
}

/**
 * Copies a Markdown tree node by node, so the numbering steps (outline, captions, cross-references),
 * which set properties on nodes, can run again on a cached parse without touching it. Positions are
 * shared (nothing changes them after parsing); `data` and `data.hProperties` are copied one level
 * deep, as the steps replace or extend them. On the way it lists the copies of the headings and
 * links, in document order, and notes whether there are images.
 */
export function cloneTree(tree: Root): { tree: Root; index: TreeIndex } {
  const index: TreeIndex = { headings: [], links: [], hasImages: false };
  const copy = (node: Node): Node => {
    const out = { ...node } as Node & { children?: Node[]; data?: Record<string, unknown> };
    const data = (node as { data?: Record<string, unknown> }).data;
    if (data) {
      const hProperties = data.hProperties as Record<string, unknown> | undefined;
      out.data = { ...data, ...(hProperties && { hProperties: { ...hProperties } }) };
    }
    if (node.type === 'heading') index.headings.push(out as Heading);
    else if (node.type === 'link') index.links.push(out as Link);
    else if (node.type === 'image') index.hasImages = true;
    const children = (node as { children?: Node[] }).children;
    if (children) out.children = children.map(copy);
    return out;
  };
  return { tree: copy(tree) as Root, index };
}
