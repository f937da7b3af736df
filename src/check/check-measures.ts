import type { Diagnostic, RelatedPlace } from '../diagnostics.js';
import { formatEuro } from '../i18n/format-numbers.js';
import { positionOf } from '../project/parse-yaml.js';
import type { Project } from '../project/types.js';
import { finding } from '../rules.js';

/** Measures: Handlungsfeld, years within the period, fund limits and the BENN budget per year. */
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
        finding('measure-handlungsfeld', at([index, 'handlungsfeld']), {
          de: `Maßnahme ${measure.id}: unbekanntes Handlungsfeld „${measure.handlungsfeld}“; das Profil kennt: ${list}`,
          en: `measure ${measure.id}: unknown Handlungsfeld "${measure.handlungsfeld}"; the profile knows: ${list}`,
        }),
      );
    }
    if (measure.from > measure.to) {
      out.push(
        finding('measure-period', at([index, 'to']), {
          de: `Maßnahme ${measure.id}: Ende ${measure.to} liegt vor Beginn ${measure.from}`,
          en: `measure ${measure.id}: end ${measure.to} is before start ${measure.from}`,
        }),
      );
    }
    for (const key of ['from', 'to'] as const) {
      const year = measure[key];
      if (year < period.from || year > period.to) {
        out.push(
          finding('measure-period', at([index, key]), {
            de: `Maßnahme ${measure.id}: ${key} ${year} liegt außerhalb der Laufzeit ${period.from}–${period.to}`,
            en: `measure ${measure.id}: ${key} ${year} lies outside the period ${period.from}–${period.to}`,
          }),
        );
      }
    }
    for (const [year, amount] of Object.entries(measure.amounts)) {
      const y = Number(year);
      if (amount > 0 && (y < measure.from || y > measure.to)) {
        out.push(
          finding('measure-period', at([index, 'amounts', year], 'key'), {
            de: `Maßnahme ${measure.id}: Betrag für ${year}, die Maßnahme läuft aber ${measure.from}–${measure.to}`,
            en: `measure ${measure.id}: amount for ${year}, but the measure runs ${measure.from}–${measure.to}`,
          }),
        );
      }
    }
    const limit = project.profile.funds[measure.fonds]?.maxPerMeasure;
    const total = Object.values(measure.amounts).reduce((a, b) => a + b, 0);
    if (limit !== undefined && total > limit) {
      out.push(
        finding('fund-limit', at([index, 'amounts'], 'key'), {
          de: `Maßnahme ${measure.id} (${measure.fonds}) kostet ${euro(total)}; erlaubt sind höchstens ${euro(limit)} je Maßnahme`,
          en: `measure ${measure.id} (${measure.fonds}) costs ${euro(total)}; at most ${euro(limit)} per measure are allowed`,
        }),
      );
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
        text: { de: `BENN-Betrag ${euro(e.amount)}`, en: `BENN amount ${euro(e.amount)}` },
      }));
      related.push({
        file: project.manifestFile,
        ...positionOf(project.manifestYaml, ['benn', 'annualBudget']),
        text: { de: 'Budget festgelegt in', en: 'budget set in' },
      });
      out.push(
        finding('benn-budget', at([last.index, 'amounts', year]), {
          de: `BENN-Maßnahmen ${year}: zusammen ${euro(sum)}, das Jahresbudget (benn.annualBudget) ist ${euro(cap)} – ${euro(sum - cap)} zu viel`,
          en: `BENN measures ${year}: together ${euro(sum)}, the annual budget (benn.annualBudget) is ${euro(cap)} – ${euro(sum - cap)} too much`,
        }, related),
      );
    }
  }
  return out;
}
