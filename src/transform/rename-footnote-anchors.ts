import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const LABEL_ID = 'footnote-label';

/**
 * Every chapter's footnote section gets the same heading id from remark-rehype; in one document
 * that would clash. Renames it per chapter and points the footnote references at the new id.
 */
export function renameFootnoteAnchors(tree: Root, chapterId: string): void {
  const id = `${chapterId}-anmerkungen`;
  visit(tree, 'element', (node: Element) => {
    if (node.properties.id === LABEL_ID) {
      node.properties.id = id;
      node.properties.className = ['footnotes-title'];
    }
    const describedBy = node.properties.ariaDescribedBy;
    if (Array.isArray(describedBy) && describedBy.includes(LABEL_ID)) {
      node.properties.ariaDescribedBy = describedBy.map((value) => (value === LABEL_ID ? id : value));
    }
  });
}
