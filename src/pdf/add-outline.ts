import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from '@cantoo/pdf-lib';

export interface BookmarkEntry {
  id: string;
  /** Exactly as the reader sees it in the contents: "5.3 Ziele". */
  title: string;
  level: number;
  /** Where the entry is when no link points at it (Chromium then writes no destination). */
  page?: number;
}

/**
 * Writes the PDF's bookmarks (outline) from our own outline, not Chromium's: titles exactly as
 * written (Chromium drops the space where a heading wraps) and with their numbers; chapters open,
 * sections below them. Each bookmark points at the named destination of its heading.
 */
export function addOutline(doc: PDFDocument, entries: readonly BookmarkEntry[]): number {
  const dests = doc.context.lookup(doc.catalog.get(PDFName.of('Dests'))) as PDFDict | undefined;
  const pages = doc.getPages();
  const destOf = (entry: BookmarkEntry): PDFArray | undefined => {
    const named = dests?.get(PDFName.of(entry.id));
    if (named) return doc.context.lookup(named) as PDFArray;
    const page = entry.page === undefined ? undefined : pages[entry.page - 1];
    return page ? (doc.context.obj([page.ref, PDFName.of('Fit')]) as PDFArray) : undefined;
  };
  const placed = entries.filter((entry) => destOf(entry) !== undefined);
  if (placed.length === 0) return 0;
  const root = doc.context.obj({ Type: 'Outlines' });
  const rootRef = doc.context.register(root);

  interface Node {
    dict: PDFDict;
    ref: PDFRef;
    children: Node[];
  }
  const top: Node[] = [];
  const stack: Array<{ level: number; node: Node }> = [];
  for (const entry of placed) {
    const dict = doc.context.obj({});
    dict.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
    dict.set(PDFName.of('Dest'), destOf(entry)!);
    const node: Node = { dict, ref: doc.context.register(dict), children: [] };
    while (stack.length && stack[stack.length - 1]!.level >= entry.level) stack.pop();
    const parent = stack[stack.length - 1]?.node;
    (parent ? parent.children : top).push(node);
    dict.set(PDFName.of('Parent'), parent ? parent.ref : rootRef);
    stack.push({ level: entry.level, node });
  }
  const link = (nodes: Node[], parent: PDFDict, open: boolean) => {
    nodes.forEach((node, index) => {
      if (index > 0) node.dict.set(PDFName.of('Prev'), nodes[index - 1]!.ref);
      if (index < nodes.length - 1) node.dict.set(PDFName.of('Next'), nodes[index + 1]!.ref);
      if (node.children.length) {
        link(node.children, node.dict, false);
      }
    });
    if (nodes.length) {
      parent.set(PDFName.of('First'), nodes[0]!.ref);
      parent.set(PDFName.of('Last'), nodes[nodes.length - 1]!.ref);
      // Positive: shown open; negative: closed, with this many items beneath.
      parent.set(PDFName.of('Count'), PDFNumber.of(open ? nodes.length : -nodes.length));
    }
  };
  link(top, root, true);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  return placed.length;
}
