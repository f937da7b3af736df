import type { Heading, Image, Link, Root, RootContent } from 'mdast';
import type { Node, Parent } from 'unist';
import { captionBlocks } from '../transform/collect-captions.js';

/** The nodes of a copied chapter that the numbering steps look at, in document order. */
export interface TreeIndex {
  headings: Heading[];
  links: Link[];
  /** The figures and captioned tables (collect-captions.ts: captionBlocks), the captions copied. */
  captions: RootContent[];
  /** What the image rule reads (check-images.ts): alt text, address and place. */
  images: Image[];
}

/**
 * Node types the numbering steps write to: headings get their anchors (build-outline.ts), links
 * their targets and labels (resolve-cross-references.ts), figure images their captions
 * (collect-captions.ts).
 */
const WRITTEN = new Set(['heading', 'link', 'image']);

interface TreeFacts {
  /** The nodes a copy must not share with the tree (see `written`). */
  written: WeakSet<Node>;
  /** Its caption blocks, as in the tree. */
  captions: Set<Node>;
}

/** Per cached tree, worked out once (it never changes). */
const factsByTree = new WeakMap<Root, TreeFacts>();

function factsOf(tree: Root): TreeFacts {
  let facts = factsByTree.get(tree);
  if (!facts) {
    const captions = new Set<Node>(captionBlocks(tree.children));
    facts = { written: written(tree, captions), captions };
    factsByTree.set(tree, facts);
  }
  return facts;
}

/**
 * The nodes of a parsed tree the numbering steps may write to, and every node above them: a
 * table's caption paragraph also has its texts rewritten (they lose the "Tabelle:" label and an
 * explicit `{#id}`, collect-captions.ts).
 */
function written(tree: Root, captions: ReadonlySet<Node>): WeakSet<Node> {
  const marked = new WeakSet<Node>();
  const mark = (node: Node): boolean => {
    let below = false;
    for (const child of (node as Partial<Parent>).children ?? []) {
      if (child.type === 'paragraph' && captions.has(child)) {
        marked.add(child);
        for (const text of (child as Parent).children) marked.add(text);
        below = true;
      }
      if (mark(child)) below = true;
    }
    const writtenHere = below || WRITTEN.has(node.type);
    if (writtenHere) marked.add(node);
    return writtenHere;
  };
  mark(tree);
  return marked;
}

/**
 * Copies a cached Markdown tree so the numbering steps (outline, captions, cross-references),
 * which set properties on nodes, can run again on it without touching the cache: the nodes they
 * write to and the nodes above them are copied, everything else is shared (nothing after the
 * parse writes to it; the rendering works on HTML trees of its own). Positions are shared too;
 * `data` and `data.hProperties` are copied one level deep, as the steps replace or extend them.
 * On the way it lists the copies of the headings, links, caption blocks and images, in document order. Copying only these paths instead of every node leaves a
 * one-chapter rebuild less garbage to collect.
 */
export function cloneTree(tree: Root): { tree: Root; index: TreeIndex } {
  const index: TreeIndex = { headings: [], links: [], captions: [], images: [] };
  const { written: marked, captions } = factsOf(tree);
  const copy = (node: Node): Node => {
    if (!marked.has(node)) {
      if (captions.has(node)) index.captions.push(node as RootContent);
      return node;
    }
    const out = { ...node } as Node & { children?: Node[]; data?: Record<string, unknown> };
    const data = (node as { data?: Record<string, unknown> }).data;
    if (data) {
      const hProperties = data.hProperties as Record<string, unknown> | undefined;
      out.data = { ...data, ...(hProperties && { hProperties: { ...hProperties } }) };
    }
    if (node.type === 'heading') index.headings.push(out as Heading);
    else if (node.type === 'link') index.links.push(out as Link);
    else if (node.type === 'image') index.images.push(out as Image);
    if (captions.has(node)) index.captions.push(out as RootContent);
    const children = (node as { children?: Node[] }).children;
    if (children) out.children = children.map(copy);
    return out;
  };
  return { tree: copy(tree) as Root, index };
}
