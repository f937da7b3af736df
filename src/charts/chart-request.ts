import type { Lang } from '../i18n/lang.js';
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

/** Budget of the measures per Handlungsfeld (bars) and year (stacked segments). */
export function budgetChart(
  src: string,
  measures: Measure[],
  period: { from: number; to: number },
  lang: Lang,
  caption?: string,
  fonds?: string,
): ChartRequest {
  const de = lang === 'de';
  const selected = fonds ? measures.filter((m) => m.fonds === fonds) : measures;
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
  const title =
    caption ??
    (de
      ? `Budget der Maßnahmen${fonds ? ` (${fonds})` : ''} je Handlungsfeld und Jahr`
      : `Budget of the measures${fonds ? ` (${fonds})` : ''} per action field and year`);
  const intro = de ? `Gestapeltes Balkendiagramm: ${title}.` : `Stacked bar chart: ${title}.`;
  return {
    src,
    kind: 'bar',
    xTitle: de ? 'Handlungsfeld' : 'Action field',
    yTitle: de ? 'Euro' : 'Euro',
    unit: 'euro',
    points,
    alt: points.length ? `${intro} ${describe(points, 'euro', lang, 'x')}.` : `${intro} ${de ? 'Keine Maßnahmen.' : 'No measures.'}`,
    caption: title,
  };
}

/** Indicators over time, one line each (or only the one named). */
export function indicatorChart(src: string, indicators: Indicator[], lang: Lang, caption?: string, id?: string): ChartRequest {
  const de = lang === 'de';
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
      ? `${selected[0]!.title} ${de ? 'im Zeitverlauf' : 'over time'}`
      : de
        ? 'Soziale Indikatoren im Zeitverlauf'
        : 'Social indicators over time');
  const intro = de ? `Liniendiagramm: ${title}.` : `Line chart: ${title}.`;
  return {
    src,
    kind: 'line',
    xTitle: de ? 'Jahr (Stichtag 31.12.)' : 'Year (as of 31 Dec)',
    yTitle: unit === 'percent' ? (de ? 'Anteil in %' : 'Share in %') : de ? 'Wert' : 'Value',
    unit,
    points,
    alt: `${intro} ${describe(points, unit, lang, 'series')}.`,
    caption: title,
  };
}
