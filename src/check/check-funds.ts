import type { Diagnostic, RelatedPlace } from '../diagnostics.js';
import { formatEuro } from '../i18n/format-numbers.js';
import { msg } from '../i18n/message.js';
import { positionOf } from '../project/parse-yaml.js';
import type { Project } from '../project/types.js';
import { finding } from '../rules.js';

/**
 * The fund limits of the profile, each its own rule so a project can lower one to a warning:
 * least and most per measure (the sum of its years), most per year over all measures of the area,
 * longest duration. Every finding names the measure, the fund, its figure and the limit.
 */
export function checkFunds(project: Project): Diagnostic[] {
  const data = project.measures;
  if (!data) return [];
  const { file, yaml } = data;
  const lang = project.manifest.lang;
  const euro = (value: number) => formatEuro(value, lang);
  const at = (path: Array<string | number>, which: 'key' | 'value' = 'value') => ({ file, ...positionOf(yaml, path, which) });
  const out: Diagnostic[] = [];

  data.value.forEach((measure, index) => {
    const limits = project.profile.funds[measure.fonds];
    if (!limits) return;
    const fonds = measure.fonds;
    const total = Object.values(measure.amounts).reduce((a, b) => a + b, 0);
    if (limits.maxPerMeasure !== undefined && total > limits.maxPerMeasure) {
      out.push(finding('fund-limit', at([index, 'amounts'], 'key'), msg('check.measures.fundLimit', { id: measure.id, fonds, total: euro(total), limit: euro(limits.maxPerMeasure) })));
    }
    if (limits.minPerMeasure !== undefined && total < limits.minPerMeasure) {
      out.push(finding('fund-minimum', at([index, 'amounts'], 'key'), msg('check.funds.minimum', { id: measure.id, fonds, total: euro(total), limit: euro(limits.minPerMeasure) })));
    }
    const years = measure.to - measure.from + 1;
    if (limits.maxYears !== undefined && years > limits.maxYears) {
      out.push(finding('fund-duration', at([index, 'to']), msg('check.funds.duration', { id: measure.id, fonds, from: measure.from, to: measure.to, years, limit: limits.maxYears })));
    }
  });

  for (const [fonds, limits] of Object.entries(project.profile.funds)) {
    if (limits.maxPerYear === undefined) continue;
    out.push(...yearLimit(project, fonds, limits.maxPerYear, at, euro));
  }
  return out;
}

/** The sum of one fund per year over every measure; reported at the amount that goes over it. */
function yearLimit(
  project: Project,
  fonds: string,
  limit: number,
  at: (path: Array<string | number>) => { file: string; line: number; column: number },
  euro: (value: number) => string,
): Diagnostic[] {
  const years = new Map<string, Array<{ index: number; id: string; amount: number }>>();
  project.measures!.value.forEach((measure, index) => {
    if (measure.fonds !== fonds) return;
    for (const [year, amount] of Object.entries(measure.amounts)) {
      if (!years.has(year)) years.set(year, []);
      years.get(year)!.push({ index, id: measure.id, amount });
    }
  });
  const out: Diagnostic[] = [];
  for (const [year, entries] of [...years].sort(([a], [b]) => a.localeCompare(b))) {
    let sum = 0;
    const over = entries.findIndex((entry) => (sum += entry.amount) > limit);
    if (over === -1) continue;
    const total = entries.reduce((acc, e) => acc + e.amount, 0);
    const last = entries[over]!;
    const related: RelatedPlace[] = entries
      .filter((_, i) => i !== over)
      .map((e) => ({ ...at([e.index, 'amounts', year]), text: msg('check.funds.yearAmount', { id: e.id, amount: euro(e.amount) }) }));
    out.push(
      finding('fund-year-limit', at([last.index, 'amounts', year]), msg('check.funds.yearLimit', { id: last.id, fonds, year, total: euro(total), limit: euro(limit), count: entries.length }), related),
    );
  }
  return out;
}
