import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, type PDFObject } from '@cantoo/pdf-lib';
import { parentTreeSlots, type ParentTreeSlot } from './parent-tree.js';
import { RawObject, type PrintedPdf, type StructureIndex } from './printed-pdf.js';

/**
 * Chromium tags a list item's content directly in its /LI (links, nested lists, spans, untagged
 * text), and draws a table's rules as content of the /Table itself. ISO 32000-1 (tables 336 and
 * 337) and PDF/UA-1 allow an /LI only /Lbl and /LBody kids, a /Table only rows, row groups and a
 * /Caption, a row only cells. So every list item becomes an /LI holding one /LBody, and content
 * that belongs to no cell leaves the table for the element around it.
 */
export function nestStructure(doc: PDFDocument, structure: StructureIndex, source?: PrintedPdf['source']): number {
  const tree = new StructureTree(doc, structure.typeOf, source);
  let changed = 0;
  // Tables first: a list item rewritten as text (see StructureTree.wrapText) can no longer take
  // the content a table in it gives up.
  for (const lists of [false, true]) {
    for (const ref of structure.groups) {
      const type = tree.typeOf(ref);
      if ((type === 'L') !== lists) continue;
      const element = doc.context.lookup(ref);
      if (!(element instanceof PDFDict)) continue;
      if (type === 'L') changed += nestList(tree, ref, element);
      else if (type && TABLE_KIDS[type]) changed += liftTableContent(tree, ref, element, TABLE_KIDS[type]);
    }
  }
  return changed;
}

/** The keys read most, made once (PDFName.of decodes its argument on every call). */
const NAME = {
  K: PDFName.of('K'),
  P: PDFName.of('P'),
  Pg: PDFName.of('Pg'),
  S: PDFName.of('S'),
  Type: PDFName.of('Type'),
  StructElem: PDFName.of('StructElem'),
  LI: PDFName.of('LI'),
  LBody: PDFName.of('LBody'),
};

/** A list item as Chromium prints it: type, parent and its kid or kids (other elements), nothing else. */
const PRINTED_ITEM = /^\s*<<\/Type \/StructElem\s*\/S \/LI\s*\/P (\d+) 0 R\s*\/K (\[(?:\s*\d+ 0 R)+\s*\]|\d+ 0 R)\s*>>\s*$/;

const TABLE_KIDS: Record<string, ReadonlySet<string>> = {
  Table: new Set(['TR', 'THead', 'TBody', 'TFoot', 'Caption']),
  THead: new Set(['TR']),
  TBody: new Set(['TR']),
  TFoot: new Set(['TR']),
  TR: new Set(['TH', 'TD']),
};

function typeOf(value: PDFObject | undefined): string | undefined {
  const type = value instanceof PDFDict ? value.get(NAME.S) : undefined;
  return type instanceof PDFName ? type.decodeText() : undefined;
}

/** Each item of the list as /LI › /LBody; anything else in the list becomes an item of its own. */
function nestList(tree: StructureTree, ref: PDFRef, list: PDFDict): number {
  let changed = 0;
  const kids = tree.kids(list).map((kid) => {
    const type = tree.typeOf(kid);
    if (type === 'Caption') return kid;
    if (type === 'LI') {
      const written = kid instanceof PDFRef ? tree.wrapText(kid, ref) : undefined;
      if (written !== undefined) {
        if (written !== kid) changed += 1;
        return written;
      }
      const li = tree.doc.context.lookup(kid, PDFDict);
      if (tree.kids(li).every((inner) => ['Lbl', 'LBody'].includes(tree.typeOf(inner) ?? ''))) return kid;
      // The item itself becomes the body: its kids, and what points at it (their /P, the parent
      // tree's entries for its content), stay as they are.
      changed += 1;
      return tree.wrap(kid instanceof PDFRef ? kid : tree.doc.context.register(li), li, 'LBody', 'LI', ref);
    }
    changed += 1;
    const item = tree.element('LI', ref, []);
    const body = tree.element('LBody', item.ref, []);
    item.dict.set(NAME.K, tree.doc.context.obj([body.ref]));
    body.dict.set(NAME.K, tree.doc.context.obj([tree.moveKid(kid, list, body.ref, body.dict)]));
    return item.ref;
  });
  if (changed > 0) tree.changed(ref, list, kids);
  return changed;
}

/** Content and stray elements of a table element go to the nearest element around the table, right after it. */
function liftTableContent(tree: StructureTree, ref: PDFRef, element: PDFDict, allowed: ReadonlySet<string>): number {
  const kids = tree.kids(element);
  const stray = kids.filter((kid) => !allowed.has(tree.typeOf(kid) ?? ''));
  if (stray.length === 0) return 0;
  // Up from the table element to the first ancestor that is no part of a table.
  let table = { ref, dict: element };
  for (;;) {
    const parentRef = table.dict.get(NAME.P);
    const parent = parentRef instanceof PDFRef ? tree.doc.context.lookup(parentRef) : undefined;
    if (!(parent instanceof PDFDict)) return 0;
    if (!TABLE_KIDS[tree.typeOf(parentRef as PDFRef) ?? '']) break;
    table = { ref: parentRef as PDFRef, dict: parent };
  }
  const targetRef = table.dict.get(NAME.P) as PDFRef;
  const target = tree.doc.context.lookup(targetRef, PDFDict);
  const moved = stray.map((kid) => tree.moveKid(kid, element, targetRef, target));
  element.set(NAME.K, tree.doc.context.obj(kids.filter((kid) => !stray.includes(kid))));
  const around = tree.kids(target);
  const at = around.findIndex((kid) => kid === table.ref || (kid instanceof PDFRef && kid.objectNumber === table.ref.objectNumber));
  around.splice(at < 0 ? around.length : at + 1, 0, ...moved);
  target.set(NAME.K, tree.doc.context.obj(around));
  return stray.length;
}

/** The structure tree's parent pointers and parent tree (ISO 32000-1, 14.7.4.4), kept consistent while elements move. */
class StructureTree {
  private parentTree: Map<number, ParentTreeSlot> | undefined;

  /** `printed`: the types as printed, so that telling a kid's type does not parse it. */
  constructor(
    readonly doc: PDFDocument,
    private readonly printed: ReadonlyMap<number, string>,
    private readonly source?: PrintedPdf['source'],
  ) {}

  /**
   * `wrap` for a list item as Chromium writes it, done on its printed text: a long document has
   * thousands, and parsing and writing each as an object cost more than the rest of finishing.
   * Returns the item's new reference (the same when it already holds only /Lbl and /LBody), or
   * undefined when the item is written any other way.
   */
  wrapText(ref: PDFRef, parent: PDFRef): PDFRef | undefined {
    const text = this.source?.(ref);
    const item = text === undefined ? undefined : PRINTED_ITEM.exec(text);
    if (!item || item[1] !== String(parent.objectNumber)) return undefined;
    const kids = [...item[2]!.matchAll(/(\d+) 0 R/g)].map((kid) => Number(kid[1]));
    if (kids.every((kid) => ['Lbl', 'LBody'].includes(this.printed.get(kid) ?? ''))) return ref;
    const wrapper = this.doc.context.register(new RawObject(`<</Type /StructElem\n/S /LI\n/P ${parent}\n/K [${ref}]>>`));
    const body = text!.replace('/S /LI', '/S /LBody').replace(/\/P \d+ 0 R/, `/P ${wrapper}`);
    this.doc.context.assign(ref, new RawObject(body));
    return wrapper;
  }

  /**
   * The type of a kid, undefined for content. The printed type holds: this step retypes only
   * list items, each once, after reading it, and the steps before it only figures, which no list
   * or table element may hold either way.
   */
  typeOf(kid: PDFObject): string | undefined {
    const known = kid instanceof PDFRef ? this.printed.get(kid.objectNumber) : undefined;
    return known ?? typeOf(this.doc.context.lookup(kid));
  }

  /** The kids of an element as a list (/K may be a single kid). */
  kids(element: PDFDict): PDFObject[] {
    const k = element.get(NAME.K);
    if (k === undefined) return [];
    const value = this.doc.context.lookup(k);
    return value instanceof PDFArray ? value.asArray() : [k];
  }

  /**
   * Gives an element new kids. Assigned anew, so saving knows it changed without comparing it
   * with the print (a few thousand list items in a long document).
   */
  changed(ref: PDFRef, element: PDFDict, kids: PDFObject[]): void {
    element.set(NAME.K, this.doc.context.obj(kids));
    this.doc.context.assign(ref, element);
  }

  /** A new structure element of `type` below `parent`. */
  element(type: 'LI' | 'LBody', parent: PDFRef, kids: PDFObject[]): { ref: PDFRef; dict: PDFDict } {
    // Built from names made once: PDFName.of decodes its argument on every call.
    const dict = PDFDict.withContext(this.doc.context);
    dict.set(NAME.Type, NAME.StructElem);
    dict.set(NAME.S, NAME[type]);
    dict.set(NAME.P, parent);
    dict.set(NAME.K, this.doc.context.obj(kids));
    return { ref: this.doc.context.register(dict), dict };
  }

  /**
   * Turns `element` into a `type` and puts a new `outer` element in its place below `parent`;
   * returns the new element's reference.
   */
  wrap(ref: PDFRef, element: PDFDict, type: 'LBody', outer: 'LI', parent: PDFRef): PDFRef {
    const wrapper = this.element(outer, parent, [ref]);
    element.set(NAME.S, NAME[type]);
    element.set(NAME.P, wrapper.ref);
    this.doc.context.assign(ref, element);
    return wrapper.ref;
  }

  /**
   * A kid of `from` as it is written below `to`: an element gets its new parent; marked content
   * keeps its page (an MCID alone means the page of the element holding it) and the parent tree
   * points at its new element.
   */
  moveKid(kid: PDFObject, from: PDFDict, toRef: PDFRef, to: PDFDict): PDFObject {
    const value = this.doc.context.lookup(kid);
    if (typeOf(value)) {
      (value as PDFDict).set(NAME.P, toRef);
      return kid;
    }
    if (value instanceof PDFNumber) {
      const page = from.get(NAME.Pg);
      if (page instanceof PDFRef) this.point(this.pageKey(page), value.asNumber(), toRef);
      const samePage = page instanceof PDFRef && String(to.get(NAME.Pg)) === String(page);
      return samePage || !page ? kid : this.doc.context.obj({ Type: 'MCR', Pg: page, MCID: value });
    }
    if (value instanceof PDFDict) {
      const kind = value.get(NAME.Type);
      if (kind === PDFName.of('OBJR')) {
        const annot = this.doc.context.lookup(value.get(PDFName.of('Obj')));
        const key = annot instanceof PDFDict ? annot.get(PDFName.of('StructParent')) : undefined;
        if (key instanceof PDFNumber) this.point(key.asNumber(), undefined, toRef);
      } else if (kind === PDFName.of('MCR')) {
        const page = value.get(NAME.Pg) ?? from.get(NAME.Pg);
        const mcid = value.get(PDFName.of('MCID'));
        if (page instanceof PDFRef && mcid instanceof PDFNumber) {
          this.point(this.pageKey(page), mcid.asNumber(), toRef);
          if (!value.has(NAME.Pg)) value.set(NAME.Pg, page);
        }
      }
    }
    return kid;
  }

  private pageKey(page: PDFRef): number | undefined {
    const key = this.doc.context.lookup(page, PDFDict).get(PDFName.of('StructParents'));
    return key instanceof PDFNumber ? key.asNumber() : undefined;
  }

  /** Sets the parent tree's entry `key` (for a page: its item `mcid`) to `element`. */
  private point(key: number | undefined, mcid: number | undefined, element: PDFRef): void {
    if (key === undefined) return;
    const slot = this.slots().get(key);
    if (!slot) return;
    const value = this.doc.context.lookup(slot.array.get(slot.index));
    if (mcid === undefined) slot.array.set(slot.index, element);
    else if (value instanceof PDFArray && mcid < value.size()) value.set(mcid, element);
  }

  private slots(): Map<number, ParentTreeSlot> {
    return (this.parentTree ??= parentTreeSlots(this.doc));
  }
}
