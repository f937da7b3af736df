import { PDFArray, PDFDict, PDFNumber, PDFName, type PDFDocument, type PDFObject } from '@cantoo/pdf-lib';

/** Where the parent tree keeps the value of one key: `array.get(index)`. */
export interface ParentTreeSlot {
  array: PDFArray;
  index: number;
}

/**
 * The parent tree of the structure tree (ISO 32000-1, 14.7.4.4), a number tree from a page's
 * /StructParents (value: the elements of its marked content, by MCID) or an annotation's
 * /StructParent (value: its element) to where that value is kept, so it can be read and replaced.
 */
export function parentTreeSlots(doc: PDFDocument): Map<number, ParentTreeSlot> {
  const slots = new Map<number, ParentTreeSlot>();
  const seen = new Set<PDFObject>();
  const visit = (node: PDFObject | undefined) => {
    const dict = node === undefined ? undefined : doc.context.lookup(node);
    if (!(dict instanceof PDFDict) || seen.has(dict)) return;
    seen.add(dict);
    const nums = doc.context.lookup(dict.get(PDFName.of('Nums')));
    if (nums instanceof PDFArray) {
      for (let index = 0; index + 1 < nums.size(); index += 2) {
        const key = nums.get(index);
        if (key instanceof PDFNumber) slots.set(key.asNumber(), { array: nums, index: index + 1 });
      }
    }
    const kids = doc.context.lookup(dict.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) for (const kid of kids.asArray()) visit(kid);
  };
  const root = doc.context.lookup(doc.catalog.get(PDFName.of('StructTreeRoot')));
  if (root instanceof PDFDict) visit(root.get(PDFName.of('ParentTree')));
  return slots;
}
