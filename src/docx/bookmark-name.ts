import { createHash } from 'node:crypto';

/**
 * Word's name for the bookmark of an anchor: letters, digits and `_` only, at most 40 characters,
 * starting with a letter. A long anchor keeps its start and a short hash of the whole, so two
 * anchors never share a name.
 */
export function bookmarkName(id: string): string {
  const plain = `a_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
  if (plain.length <= 40) return plain;
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 8);
  return `${plain.slice(0, 31)}_${hash}`;
}
