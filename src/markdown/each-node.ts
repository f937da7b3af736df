import type { Nodes, Parent, Root } from 'mdast';

type NodeOfType<T extends Nodes['type']> = Extract<Nodes, { type: T }>;

/**
 * Every node of one type in a tree, in document order, without entering the nodes it finds (a
 * heading holds no heading, an image nothing). A plain walk over `children`: several times cheaper
 * than unist-util-visit, and the preview walks the whole document this way on every rebuild.
 */
export function eachNode<T extends Nodes['type']>(tree: Root, type: T, visit: (node: NodeOfType<T>) => void): void {
  const walk = (node: Parent): void => {
    for (const child of node.children) {
      if (child.type === type) visit(child as NodeOfType<T>);
      else if ('children' in child) walk(child);
    }
  };
  walk(tree);
}
