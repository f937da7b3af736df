import type { Indicator, Manifest, Measure } from '../project/types.js';
import { compareValues } from './compare-values.js';
import type {
  AmountChange,
  DataChanges,
  FieldChange,
  FondsTotal,
  GlossaryChanges,
  IndicatorChanges,
  MeasureChanges,
  MeasureSummary,
  YearTotal,
} from './diff-model.js';

/** The order in which manifest keys are reported; `chapters` and `appendix` are reported per chapter. */
const MANIFEST_ORDER = [
  'title', 'subtitle', 'area', 'district', 'period', 'edition', 'version', 'date', 'lang', 'organization',
  'authors', 'keywords', 'profile', 'benn', 'data', 'glossary', 'output',
];
const MEASURE_ORDER = ['title', 'handlungsfeld', 'fonds', 'traeger', 'goal', 'status', 'from', 'to'];
const FONDS_ORDER = ['Aktionsfonds', 'Projektfonds', 'Baufonds', 'Netzwerkfonds', 'BENN', 'Sonstige'];

/** Manifest keys whose values differ (period, version, edition, title, date …). */
export function compareManifest(from: Manifest, to: Manifest): FieldChange[] {
  const strip = (manifest: Manifest) => {
    const { chapters: _chapters, appendix: _appendix, ...rest } = manifest;
    return rest as Record<string, unknown>;
  };
  return compareValues(strip(from), strip(to), MANIFEST_ORDER);
}

const byYear = (x: string, y: string) => Number(x) - Number(y) || (x < y ? -1 : x > y ? 1 : 0);
const sum = (amounts: Record<string, number>) => Object.values(amounts).reduce((total, value) => total + value, 0);

function yearChanges(from: Record<string, number>, to: Record<string, number>): AmountChange[] {
  const years = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort(byYear);
  return years
    .map((year) => ({ year, from: from[year] ?? null, to: to[year] ?? null }))
    .filter((change) => change.from !== change.to);
}

function summarize(measure: Measure): MeasureSummary {
  return {
    id: measure.id,
    title: measure.title,
    handlungsfeld: measure.handlungsfeld,
    fonds: measure.fonds,
    total: sum(measure.amounts),
  };
}

function totals(measures: readonly Measure[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const measure of measures) {
    for (const [year, amount] of Object.entries(measure.amounts)) {
      const key = `${measure.fonds}\u0000${year}`;
      out.set(key, (out.get(key) ?? 0) + amount);
    }
  }
  return out;
}

export function compareMeasures(from: readonly Measure[], to: readonly Measure[]): MeasureChanges {
  const oldById = new Map(from.map((m) => [m.id, m]));
  const newIds = new Set(to.map((m) => m.id));
  const changed = to.flatMap((measure) => {
    const old = oldById.get(measure.id);
    if (!old) return [];
    const strip = ({ id: _id, amounts: _amounts, ...rest }: Measure) => rest as Record<string, unknown>;
    const fields = compareValues(strip(old), strip(measure), MEASURE_ORDER);
    const amounts = yearChanges(old.amounts, measure.amounts);
    return fields.length + amounts.length > 0 ? [{ id: measure.id, title: measure.title, fields, amounts }] : [];
  });

  const before = totals(from);
  const after = totals(to);
  const keys = [...new Set([...before.keys(), ...after.keys()])].map((key) => key.split('\u0000') as [string, string]);
  const fondsRank = (fonds: string) => (FONDS_ORDER.includes(fonds) ? FONDS_ORDER.indexOf(fonds) : FONDS_ORDER.length);
  keys.sort(([f1, y1], [f2, y2]) => fondsRank(f1) - fondsRank(f2) || (f1 < f2 ? -1 : f1 > f2 ? 1 : 0) || byYear(y1, y2));
  const fondsTotals: FondsTotal[] = keys.map(([fonds, year]) => {
    const key = `${fonds}\u0000${year}`;
    return { fonds, year, from: before.get(key) ?? 0, to: after.get(key) ?? 0 };
  });
  const years = [...new Set(fondsTotals.map((t) => t.year))].sort(byYear);
  const yearTotals: YearTotal[] = years.map((year) => ({
    year,
    from: fondsTotals.filter((t) => t.year === year).reduce((total, t) => total + t.from, 0),
    to: fondsTotals.filter((t) => t.year === year).reduce((total, t) => total + t.to, 0),
  }));

  return {
    added: to.filter((m) => !oldById.has(m.id)).map(summarize),
    removed: from.filter((m) => !newIds.has(m.id)).map(summarize),
    changed,
    totals: fondsTotals,
    yearTotals,
  };
}

export function compareIndicators(from: readonly Indicator[], to: readonly Indicator[]): IndicatorChanges {
  const oldById = new Map(from.map((i) => [i.id, i]));
  const newIds = new Set(to.map((i) => i.id));
  return {
    added: to.filter((i) => !oldById.has(i.id)).map(({ id, title }) => ({ id, title })),
    removed: from.filter((i) => !newIds.has(i.id)).map(({ id, title }) => ({ id, title })),
    changed: to.flatMap((indicator) => {
      const old = oldById.get(indicator.id);
      if (!old) return [];
      const strip = ({ id: _id, values: _values, ...rest }: Indicator) => rest as Record<string, unknown>;
      const fields = compareValues(strip(old), strip(indicator), ['title', 'unit', 'source']);
      const values = yearChanges(old.values, indicator.values);
      return fields.length + values.length > 0 ? [{ id: indicator.id, title: indicator.title, fields, values }] : [];
    }),
  };
}

export function compareGlossary(from: Record<string, string>, to: Record<string, string>): GlossaryChanges {
  const a = new Map(Object.entries(from));
  const b = new Map(Object.entries(to));
  const sorted = (map: Map<string, string>) => [...map.keys()].sort((x, y) => x.localeCompare(y, 'de'));
  return {
    added: sorted(b).filter((abbr) => !a.has(abbr)).map((abbr) => ({ abbr, expansion: b.get(abbr)! })),
    removed: sorted(a).filter((abbr) => !b.has(abbr)).map((abbr) => ({ abbr, expansion: a.get(abbr)! })),
    changed: sorted(b)
      .filter((abbr) => a.has(abbr) && a.get(abbr) !== b.get(abbr))
      .map((abbr) => ({ abbr, from: a.get(abbr)!, to: b.get(abbr)! })),
  };
}

/** What the comparison reads of a project besides its chapters (a loaded `Project` is one). */
export interface ComparedProject {
  manifest: Manifest;
  measures?: { value: Measure[] };
  indicators?: { value: Indicator[] };
  glossary?: { value: Record<string, string> };
}

export function compareData(from: ComparedProject, to: ComparedProject): DataChanges {
  return {
    measures: compareMeasures(from.measures?.value ?? [], to.measures?.value ?? []),
    indicators: compareIndicators(from.indicators?.value ?? [], to.indicators?.value ?? []),
    glossary: compareGlossary(from.glossary?.value ?? {}, to.glossary?.value ?? {}),
  };
}
