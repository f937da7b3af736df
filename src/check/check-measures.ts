import type { Diagnostic, RelatedPlace } from '../diagnostics.js';
import { formatEuro } from '../i18n/format-numbers.js';
import { msg } from '../i18n/message.js';
import { positionOf } from '../project/parse-yaml.js';
import type { Project } from '../project/types.js';
import { finding } from '../rules.js';

/** Measures: Handlungsfeld, years within the period and the BENN budget per year (fund limits: check-funds.ts). */
export function checkMeasures(project: Project): Diagnostic[] {
  const data = project.measures;
  if (!data) return [];
  const out: Diagnostic[] = [];
  const { file, yaml } = data;
  const { period, lang } = { period: project.manifest.period, lang: project.manifest.lang };
  const euro = (value: number) => formatEuro(value, lang);
  const at = (path: Array<string | number>, which: 'key' | 'value' = 'value') => ({ file, ...positionOf(yaml, path, which) });
  const known = new Map(project.profile.handlungsfelder.map((hf) => [hf.id, hf]));
  const list = project.profile.handlungsfelder.map((hf) => hf.id).join(', ');

  data.value.forEach((measure, index) => {
    if (known.size > 0 && !known.has(measure.handlungsfeld)) {
      out.push(
        finding('measure-handlungsfeld', at([index, 'handlungsfeld']), msg('check.measures.unknownHandlungsfeld', { id: measure.id, handlungsfeld: measure.handlungsfeld, list })),
      );
    }
    if (measure.from > measure.to) {
      out.push(
        finding('measure-period', at([index, 'to']), msg('check.measures.endBeforeStart', { id: measure.id, from: measure.from, to: measure.to })),
      );
    }
    for (const key of ['from', 'to'] as const) {
      const year = measure[key];
      if (year < period.from || year > period.to) {
        out.push(
          finding('measure-period', at([index, key]), msg('check.measures.outsidePeriod', { id: measure.id, key, year, from: period.from, to: period.to })),
        );
      }
    }
    for (const [year, amount] of Object.entries(measure.amounts)) {
      const y = Number(year);
      if (amount > 0 && (y < measure.from || y > measure.to)) {
        out.push(
          finding('measure-period', at([index, 'amounts', year], 'key'), msg('check.measures.amountOutside', { id: measure.id, year, from: measure.from, to: measure.to })),
        );
      }
    }
  });

  const cap = project.manifest.benn?.annualBudget;
  if (cap !== undefined) {
    const years = new Map<string, Array<{ index: number; amount: number }>>();
    data.value.forEach((measure, index) => {
      if (measure.fonds !== 'BENN') return;
      for (const [year, amount] of Object.entries(measure.amounts)) {
        if (!years.has(year)) years.set(year, []);
        years.get(year)!.push({ index, amount });
      }
    });
    for (const [year, entries] of [...years].sort(([a], [b]) => a.localeCompare(b))) {
      const sum = entries.reduce((acc, e) => acc + e.amount, 0);
      if (sum <= cap) continue;
      const last = entries[entries.length - 1]!;
      const related: RelatedPlace[] = entries.slice(0, -1).map((e) => ({
        ...at([e.index, 'amounts', year]),
        text: msg('check.measures.bennAmount', { amount: euro(e.amount) }),
      }));
      related.push({
        file: project.manifestFile,
        ...positionOf(project.manifestYaml, ['benn', 'annualBudget']),
        text: msg('check.measures.budgetSetIn'),
      });
      out.push(
        finding('benn-budget', at([last.index, 'amounts', year]), msg('check.measures.bennBudget', { year, sum: euro(sum), cap: euro(cap), over: euro(sum - cap) }), related),
      );
    }
  }
  return out;
}
