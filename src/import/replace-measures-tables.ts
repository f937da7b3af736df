import type { Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Profile } from '../project/profile-types.js';
import { isTableCaption } from './convert-chapter.js';
import type { ImportNote } from './import-notes.js';
import { handlungsfeldOf } from './match-profile.js';
import { measuresColumns, readMeasures, type Measure } from './measures-table.js';

export interface MeasuresContext {
  chapter: string;
  /** The chapter's Handlungsfeld, when it is a Handlungsfeld chapter. */
  handlungsfeld: string | undefined;
  type: string;
  profile: Profile;
  nextId: (hf: string) => string;
  usedIds: Set<string>;
  /** Helper calls already placed: a second table of the same measures adds none. */
  helpers: Set<string>;
  notes: ImportNote[];
}

const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });

/**
 * Each measures table of a chapter becomes entries of daten/massnahmen.yaml and, at its place,
 * `{{massnahmenTabelle …}}`, which renders the same measures from the data (with its own caption).
 */
export function replaceMeasuresTables(tree: Root, context: MeasuresContext): Measure[] {
  const found: Measure[] = [];
  let section: string | undefined;
  const children: RootContent[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') section = toString(node);
    const columns = node.type === 'table' ? measuresColumns(node) : undefined;
    if (node.type !== 'table' || !columns) {
      children.push(node);
      continue;
    }
    const where = { chapter: context.chapter, ...(section !== undefined && { section }) };
    const hf = context.handlungsfeld ?? (section !== undefined ? handlungsfeldOf(section, context.profile) : undefined);
    const reading = readMeasures(node, columns, hf, (text) => handlungsfeldOf(text, context.profile), context.nextId, context.usedIds);
    if (!reading.measures) {
      context.notes.push({ kind: 'measures-kept-as-table', ...where, detail: reading.reason });
      children.push(node);
      continue;
    }
    found.push(...reading.measures);
    // ihek's table carries its own caption ("Maßnahmen im Handlungsfeld …").
    if (isTableCaption(children.at(-1))) children.pop();
    const fields = new Set(reading.measures.map((m) => m.handlungsfeld));
    const funds = new Set(reading.measures.map((m) => m.fonds));
    const filter =
      context.type === 'benn' && funds.size === 1 && funds.has('BENN')
        ? 'fonds="BENN"'
        : fields.size === 1
          ? `handlungsfeld="${[...fields][0]}"`
          : '';
    const helper = `{{massnahmenTabelle${filter ? ` ${filter}` : ''}}}`;
    context.notes.push({
      kind: 'measures',
      ...where,
      detail: `${reading.measures.map((m) => m.id).join(', ')} → ${context.helpers.has(helper) ? '(schon in einer Tabelle davor)' : helper}`,
    });
    if (!context.helpers.has(helper)) children.push(paragraph(helper));
    context.helpers.add(helper);
  }
  tree.children = children;
  return found;
}
