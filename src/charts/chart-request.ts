import type { Lang } from '../i18n/lang.js';
import { msgIn } from '../i18n/message.js';
import { formatEuro, formatNumber, formatPercent } from '../i18n/format-numbers.js';
import type { Indicator, Measure } from '../project/types.js';

/** One data point of a chart: a category on the x axis, a series, a value. */
export interface ChartPoint {
  x: string;
  series: string;
  value: number;
}

/** The image address a chapter uses for a chart: `#diagramm-<n>`. */
export const CHART_SRC = /^#diagramm-\d+$/;

/** A chart asked for in a chapter; drawn as SVG when the document is rendered. */
export interface ChartRequest {
  /** The image address the chapter uses for it: `#diagramm-<n>`. */
  src: string;
  kind: 'bar' | 'line';
  xTitle: string;
  yTitle: string;
  unit: 'euro' | 'percent' | 'number';
  points: ChartPoint[];
  /** The text alternative: what the chart shows, with its numbers. */
  alt: string;
  caption: string;
  /** A value drawn as a line across the chart, with its label (the BENN annual budget). */
  reference?: { value: number; label: string };
}

function formatValue(value: number, unit: ChartRequest['unit'], lang: Lang): string {
  if (unit === 'euro') return formatEuro(value, lang);
  if (unit === 'percent') return formatPercent(value, lang);
  return formatNumber(value, lang);
}

/** "HF1: 2025 23.500 €, 2026 21.000 €; HF2: …" – every number of the chart, for the alt text. */
function describe(points: ChartPoint[], unit: ChartRequest['unit'], lang: Lang, by: 'x' | 'series'): string {
  const groups = new Map<string, ChartPoint[]>();
  for (const point of points) {
    const key = by === 'x' ? point.x : point.series;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(point);
  }
  return [...groups]
    .map(([key, list]) => `${key}: ${list.map((p) => `${by === 'x' ? p.series : p.x} ${formatValue(p.value, unit, lang)}`).join(', ')}`)
    .join('; ');
}

/**
 * BENN's funds against its annual budget: one bar per year (stacked by Handlungsfeld), since the
 * budget is a sum per year, and the budget as a line across them.
 */
function bennBudgetChart(src: string, selected: Measure[], period: { from: number; to: number }, lang: Lang, annualBudget: number, caption?: string): ChartRequest {
  const fields = [...new Set(selected.map((m) => m.handlungsfeld))].sort();
  const points: ChartPoint[] = [];
  for (let year = period.from; year <= period.to; year++) {
    for (const hf of fields) {
      const value = selected.filter((m) => m.handlungsfeld === hf).reduce((sum, m) => sum + (m.amounts[String(year)] ?? 0), 0);
      points.push({ x: String(year), series: hf, value });
    }
  }
  const title = caption ?? msgIn(lang, 'charts.budget.bennTitle');
  const amount = formatEuro(annualBudget, lang);
  const intro = `${msgIn(lang, 'charts.budget.intro', { title })} ${msgIn(lang, 'charts.budget.referenceAlt', { amount })}`;
  return {
    src,
    kind: 'bar',
    xTitle: msgIn(lang, 'charts.budget.xTitleYear'),
    yTitle: msgIn(lang, 'charts.budget.yTitle'),
    unit: 'euro',
    points,
    alt: points.length ? `${intro} ${describe(points, 'euro', lang, 'x')}.` : `${intro} ${msgIn(lang, 'charts.budget.noMeasures')}`,
    caption: title,
    reference: { value: annualBudget, label: msgIn(lang, 'charts.budget.reference', { amount }) },
  };
}

/**
 * Budget of the measures per Handlungsfeld (bars) and year (stacked segments); for the fund BENN,
 * when the manifest names its annual budget, per year against that budget.
 */
export function budgetChart(
  src: string,
  measures: Measure[],
  period: { from: number; to: number },
  lang: Lang,
  caption?: string,
  fonds?: string,
  bennAnnualBudget?: number,
): ChartRequest {
  const selected = fonds ? measures.filter((m) => m.fonds === fonds) : measures;
  if (fonds === 'BENN' && bennAnnualBudget !== undefined) return bennBudgetChart(src, selected, period, lang, bennAnnualBudget, caption);
  const fields = [...new Set(selected.map((m) => m.handlungsfeld))].sort();
  const points: ChartPoint[] = [];
  for (const hf of fields) {
    for (let year = period.from; year <= period.to; year++) {
      const value = selected
        .filter((m) => m.handlungsfeld === hf)
        .reduce((sum, m) => sum + (m.amounts[String(year)] ?? 0), 0);
      points.push({ x: hf, series: String(year), value });
    }
  }
  const title = caption ?? msgIn(lang, 'charts.budget.title', { fonds: fonds ?? '' });
  const intro = msgIn(lang, 'charts.budget.intro', { title });
  return {
    src,
    kind: 'bar',
    xTitle: msgIn(lang, 'charts.budget.xTitle'),
    yTitle: msgIn(lang, 'charts.budget.yTitle'),
    unit: 'euro',
    points,
    alt: points.length ? `${intro} ${describe(points, 'euro', lang, 'x')}.` : `${intro} ${msgIn(lang, 'charts.budget.noMeasures')}`,
    caption: title,
  };
}

/** Indicators over time, one line each (or only the one named). */
export function indicatorChart(src: string, indicators: Indicator[], lang: Lang, caption?: string, id?: string): ChartRequest {
  const selected = id ? indicators.filter((i) => i.id === id) : indicators;
  const points = selected.flatMap((indicator) =>
    Object.entries(indicator.values)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([year, value]) => ({ x: year, series: indicator.title, value })),
  );
  const unit = selected.every((i) => i.unit === '%') ? 'percent' : 'number';
  const title =
    caption ??
    (selected.length === 1
      ? msgIn(lang, 'charts.indicators.oneTitle', { indicator: selected[0]!.title })
      : msgIn(lang, 'charts.indicators.title'));
  const intro = msgIn(lang, 'charts.indicators.intro', { title });
  return {
    src,
    kind: 'line',
    xTitle: msgIn(lang, 'charts.indicators.xTitle'),
    yTitle: msgIn(lang, unit === 'percent' ? 'charts.indicators.yTitleShare' : 'charts.indicators.yTitleValue'),
    unit,
    points,
    alt: `${intro} ${describe(points, unit, lang, 'series')}.`,
    caption: title,
  };
}
