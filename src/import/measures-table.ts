import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { plainNumberFor } from '../project/german-numbers.js';

/** The funds of the measures schema (schemas/massnahmen.schema.json). */
const FUNDS = ['Aktionsfonds', 'Projektfonds', 'Baufonds', 'Netzwerkfonds', 'BENN', 'Sonstige'] as const;

export interface Measure {
  id: string;
  title: string;
  handlungsfeld: string;
  fonds: string;
  traeger?: string;
  from: number;
  to: number;
  amounts: Record<string, number>;
}

export type MeasuresReading = { measures: Measure[] } | { measures?: undefined; reason: string };

interface Columns {
  nr?: number;
  title: number;
  fonds: number;
  traeger?: number;
  handlungsfeld?: number;
  years: Array<{ year: number; column: number }>;
}

const cell = (table: Table, row: number, column: number | undefined) =>
  column === undefined ? '' : toString(table.children[row]?.children[column] ?? { type: 'text', value: '' }).replace(/\s+/g, ' ').trim();

/** The columns of a measures table (Nr., Maßnahme, Fonds, Träger, 2026, 2027 …), or undefined for any other table. */
export function measuresColumns(table: Table): Columns | undefined {
  const header = (table.children[0]?.children ?? []).map((c) => toString(c).replace(/\s+/g, ' ').trim());
  const find = (pattern: RegExp) => {
    const index = header.findIndex((h) => pattern.test(h));
    return index < 0 ? undefined : index;
  };
  const title = find(/^(?:Maßnahme|Massnahme|Projekt|Titel|Bezeichnung)/i);
  const fonds = find(/^(?:Fonds|Förderfonds|Programm)/i);
  const years = header.flatMap((h, column) => (/^(?:19|20|21)\d\d$/.test(h) ? [{ year: Number(h), column }] : []));
  if (title === undefined || fonds === undefined || years.length === 0) return undefined;
  const nr = find(/^(?:Nr\.?|Nummer|Lfd\.? Nr\.?|ID|Kennung)$/i);
  const traeger = find(/^Träger/i);
  const handlungsfeld = find(/^(?:Handlungsfeld|HF)$/i);
  return { title, fonds, years, ...(nr !== undefined && { nr }), ...(traeger !== undefined && { traeger }), ...(handlungsfeld !== undefined && { handlungsfeld }) };
}

/** A fund as the schema spells it: "Projektfonds (PF)", "projektfonds" → Projektfonds. */
function fundOf(text: string): string | undefined {
  const lower = text.toLowerCase();
  return FUNDS.find((fund) => lower.startsWith(fund.toLowerCase()));
}

function amountOf(text: string): number | undefined | 'bad' {
  const value = text.replace(/\u00A0/g, ' ').trim();
  if (value === '' || /^[-–—]+$/.test(value) || /^0(?:,0+)?\s*€?$/.test(value)) return undefined;
  const plain = plainNumberFor(value) ?? (/^\d+(?:\s*(?:€|EUR|Euro))?$/i.test(value) ? value.replace(/\D/g, '') : undefined);
  const n = plain === undefined ? NaN : Number(plain);
  return Number.isFinite(n) && n >= 0 ? n : 'bad';
}

/**
 * Reads a measures table into entries of daten/massnahmen.yaml. The Handlungsfeld comes from the
 * table's own column or else from the chapter or section (`handlungsfeld`); ids from the Nr.
 * column when it holds one like "M-HF1-01", else numbered per Handlungsfeld. A row that cannot
 * be read exactly (unknown fund, amount that is no number) keeps the whole table as a table.
 */
export function readMeasures(
  table: Table,
  columns: Columns,
  handlungsfeld: string | undefined,
  hfOf: (text: string) => string | undefined,
  nextId: (hf: string) => string,
  usedIds: Set<string>,
): MeasuresReading {
  const measures: Measure[] = [];
  for (let row = 1; row < table.children.length; row++) {
    const title = cell(table, row, columns.title);
    const first = cell(table, row, 0);
    if (title === '' && first === '') continue;
    // The totals row Word tables end with; ihek adds its own.
    if (/^(?:Summe|Gesamt|Insgesamt)\b/i.test(first) || /^(?:Summe|Gesamt|Insgesamt)\b/i.test(title)) continue;
    const fundText = cell(table, row, columns.fonds);
    const fonds = fundOf(fundText);
    if (!fonds) return { reason: `Fonds „${fundText}“ (Zeile ${row + 1}) ist keiner von ${FUNDS.join(', ')}` };
    const hf = (columns.handlungsfeld !== undefined ? hfOf(cell(table, row, columns.handlungsfeld)) : undefined) ?? handlungsfeld;
    if (!hf) return { reason: `kein Handlungsfeld für „${title}“ (weder Spalte noch Kapitel oder Abschnitt nennt eins)` };
    const amounts: Record<string, number> = {};
    for (const { year, column } of columns.years) {
      const text = cell(table, row, column);
      const amount = amountOf(text);
      if (amount === 'bad') return { reason: `Betrag „${text}“ für ${year} (Zeile ${row + 1}) ist keine Zahl` };
      if (amount !== undefined) amounts[String(year)] = amount;
    }
    const years = Object.keys(amounts).map(Number);
    const nr = cell(table, row, columns.nr);
    const id = /\p{L}/u.test(nr) && /^[\p{L}\p{N}._-]+$/u.test(nr) && !usedIds.has(nr) ? nr : nextId(hf);
    usedIds.add(id);
    const traeger = cell(table, row, columns.traeger);
    measures.push({
      id,
      title: title || `Maßnahme ${id}`,
      handlungsfeld: hf,
      fonds,
      ...(traeger !== '' && { traeger }),
      from: years.length ? Math.min(...years) : columns.years[0]!.year,
      to: years.length ? Math.max(...years) : columns.years.at(-1)!.year,
      amounts,
    });
  }
  if (measures.length === 0) return { reason: 'die Tabelle hat keine Zeile mit einer Maßnahme' };
  return { measures };
}
