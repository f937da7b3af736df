import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFDocument, PDFName } from '@cantoo/pdf-lib';

/** PDF names may be at most 127 bytes long (ISO 32000-1, Annex C). */
const MAX_NAME_BYTES = 127;

function shortName(name: string): string {
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 12);
  let head = name;
  while (Buffer.byteLength(`${head}-${hash}`) > MAX_NAME_BYTES) head = head.slice(0, -1);
  return `${head}-${hash}`;
}

/** The name a link target's destination has in the finished PDF: its anchor, shortened when too long. */
export function destinationName(anchor: string): string {
  return Buffer.byteLength(anchor) <= MAX_NAME_BYTES ? anchor : shortName(anchor);
}

/**
 * Chromium names each link target after its anchor, and a long heading makes a name longer than
 * PDF allows (readers then complain). Such names are shortened, stably, in the destinations and in
 * every link that uses them.
 */
export function shortenDestinations(doc: PDFDocument): number {
  const dests = doc.context.lookup(doc.catalog.get(PDFName.of('Dests'))) as PDFDict | undefined;
  if (!dests) return 0;
  const renamed = new Map<string, string>();
  for (const [key, value] of [...dests.entries()]) {
    const name = key.decodeText();
    const short = destinationName(name);
    if (short === name) continue;
    renamed.set(name, short);
    dests.delete(key);
    dests.set(PDFName.of(short), value);
  }
  if (renamed.size === 0) return 0;
  for (const page of doc.getPages()) {
    const annots = doc.context.lookup(page.node.get(PDFName.of('Annots'))) as PDFArray | undefined;
    for (const ref of annots?.asArray() ?? []) {
      const annot = doc.context.lookup(ref) as PDFDict | undefined;
      const dest = annot?.get(PDFName.of('Dest'));
      if (dest instanceof PDFName && renamed.has(dest.decodeText())) {
        annot!.set(PDFName.of('Dest'), PDFName.of(renamed.get(dest.decodeText())!));
      }
    }
  }
  return renamed.size;
}
