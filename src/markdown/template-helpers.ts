import type { HelperDelegate, HelperOptions } from 'handlebars';
import { quoted, type Lang, type Localized } from '../i18n/lang.js';
import { msg, msgIn } from '../i18n/message.js';
import type { Indicator, Measure } from '../project/types.js';
import { budgetChart, indicatorChart, type ChartRequest } from '../charts/chart-request.js';
import { plainNumberFor } from '../project/german-numbers.js';
import { decimalsOf, formatEuro, formatNumber, formatPercent } from '../i18n/format-numbers.js';

/** What the data helpers may read. */
export interface HelperData {
  lang: Lang;
  period: { from: number; to: number };
  measures: Measure[];
  indicators: Indicator[];
  /** Handlungsfeld id → name, for captions. */
  handlungsfelder: Record<string, string>;
  /** Charts asked for with {{diagramm}}, collected here and drawn when the document is rendered. */
  charts: ChartRequest[];
  /** The manifest's `benn.annualBudget`: the line across the BENN budget chart. */
  bennAnnualBudget?: number;
}

/** Raised by a helper for a mistake the author can fix (unknown fund, no measures file …). */
export class HelperError extends Error {
  readonly text: Localized;
  /** Where the failing `{{…}}` starts in the chapter body (Handlebars: line 1-based, column 0-based). */
  at?: { line: number; column: number };
  constructor(text: Localized) {
    super(text.en);
    this.text = text;
  }
}

/** The options object Handlebars passes last; it is the only argument when the value was left out. */
function isHelperOptions(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'hash' in value && 'data' in value && 'name' in value;
}

function shownValue(value: unknown): string | undefined {
  const json = JSON.stringify(value) as string | undefined;
  return json === undefined ? undefined : quoted(json);
}

function toNumber(value: unknown, helper: string): number {
  if (isHelperOptions(value)) value = undefined;
  // Number("8.000") is 8: a German spelling in quotes must not become another amount.
  const plain = typeof value === 'string' ? plainNumberFor(value) : undefined;
  if (plain !== undefined) {
    throw new HelperError(msg('markdown.helpers.germanNumber', { helper, value: String(value), plain }));
  }
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    throw new HelperError(msg('markdown.helpers.notANumber', { helper, value: shownValue(value) ?? msg('markdown.helpers.nothing') }));
  }
  return number;
}

interface MeasureFilter {
  handlungsfeld?: string;
  fonds?: string;
  jahr?: number;
}

const filterKeys = new Set(['handlungsfeld', 'fonds', 'jahr']);

function filterOf(options: HelperOptions, helper: string): MeasureFilter {
  const hash = options.hash as Record<string, unknown>;
  for (const key of Object.keys(hash)) {
    if (!filterKeys.has(key)) {
      throw new HelperError(msg('markdown.helpers.unknownOption', { helper, key }));
    }
  }
  return {
    ...(hash.handlungsfeld !== undefined && { handlungsfeld: String(hash.handlungsfeld) }),
    ...(hash.fonds !== undefined && { fonds: String(hash.fonds) }),
    ...(hash.jahr !== undefined && { jahr: toNumber(hash.jahr, helper) }),
  };
}

function select(measures: Measure[], filter: MeasureFilter): Measure[] {
  return measures.filter(
    (m) =>
      (filter.handlungsfeld === undefined || m.handlungsfeld === filter.handlungsfeld) &&
      (filter.fonds === undefined || m.fonds === filter.fonds) &&
      (filter.jahr === undefined || (m.amounts[String(filter.jahr)] ?? 0) > 0),
  );
}

function amountIn(measure: Measure, year: number): number {
  return measure.amounts[String(year)] ?? 0;
}

function total(measure: Measure, years: number[]): number {
  return years.reduce((sum, year) => sum + amountIn(measure, year), 0);
}

/** Escapes text for a GFM table cell. */
function cell(text: string | undefined): string {
  return (text ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_[\]<>`])/g, '\\$1').replace(/\n/g, ' ');
}

function yearsOf(data: HelperData, filter: MeasureFilter): number[] {
  if (filter.jahr !== undefined) return [filter.jahr];
  const years: number[] = [];
  for (let year = data.period.from; year <= data.period.to; year++) years.push(year);
  return years;
}

function measuresTable(data: HelperData, filter: MeasureFilter): string {
  const { lang } = data;
  const rows = select(data.measures, filter);
  const years = yearsOf(data, filter);
  const hfName = filter.handlungsfeld ? data.handlungsfelder[filter.handlungsfeld] : undefined;
  const subject = [
    filter.handlungsfeld ? msgIn(lang, 'markdown.helpers.measuresOfHandlungsfeld', { id: filter.handlungsfeld, name: hfName ?? '' }) : '',
    filter.fonds ? msgIn(lang, 'markdown.helpers.measuresOfFund', { fonds: filter.fonds }) : '',
    filter.jahr !== undefined ? msgIn(lang, 'markdown.helpers.measuresOfYear', { year: filter.jahr }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const caption = `${msgIn(lang, 'markdown.helpers.measuresCaption')}${subject ? ` ${subject}` : ''}`;
  if (rows.length === 0) {
    return `${caption}\n\n${msgIn(lang, 'markdown.helpers.noMeasures')}`;
  }
  const showHf = filter.handlungsfeld === undefined;
  const showFonds = filter.fonds === undefined;
  const head = [
    msgIn(lang, 'markdown.helpers.columnNumber'),
    msgIn(lang, 'markdown.helpers.columnMeasure'),
    ...(showHf ? ['HF'] : []),
    ...(showFonds ? [msgIn(lang, 'markdown.helpers.columnFund')] : []),
    msgIn(lang, 'markdown.helpers.columnTraeger'),
    msgIn(lang, 'markdown.helpers.columnPeriod'),
    ...years.map(String),
    ...(years.length > 1 ? [msgIn(lang, 'markdown.helpers.total')] : []),
  ];
  const align = head.map((_, index) => (index >= head.length - years.length - (years.length > 1 ? 1 : 0) ? '--:' : '---'));
  const money = (value: number) => formatEuro(value, data.lang);
  const lines = [`| ${head.join(' | ')} |`, `| ${align.join(' | ')} |`];
  for (const m of rows) {
    const period = m.from === m.to ? String(m.from) : `${m.from}–${m.to}`;
    lines.push(
      `| ${[
        // An identifier, shown whole: set as code, which does not break at its hyphens.
        /^[^`|\n]+$/.test(m.id) ? `\`${m.id}\`` : cell(m.id),
        cell(m.title),
        ...(showHf ? [cell(m.handlungsfeld)] : []),
        ...(showFonds ? [cell(m.fonds)] : []),
        cell(m.traeger ?? '–'),
        period,
        ...years.map((year) => (amountIn(m, year) ? money(amountIn(m, year)) : '–')),
        ...(years.length > 1 ? [money(total(m, years))] : []),
      ].join(' | ')} |`,
    );
  }
  const sums = years.map((year) => rows.reduce((sum, m) => sum + amountIn(m, year), 0));
  const grand = sums.reduce((a, b) => a + b, 0);
  const label = `**${msgIn(lang, 'markdown.helpers.total')}**`;
  const empty = head.length - years.length - (years.length > 1 ? 1 : 0) - 1;
  lines.push(
    `| ${[label, ...Array<string>(empty).fill(''), ...sums.map((s) => `**${money(s)}**`), ...(years.length > 1 ? [`**${money(grand)}**`] : [])].join(' | ')} |`,
  );
  return `${caption}\n\n${lines.join('\n')}`;
}

function indicatorsTable(data: HelperData): string {
  const { lang } = data;
  if (data.indicators.length === 0) {
    return msgIn(lang, 'markdown.helpers.noIndicators');
  }
  const years = [...new Set(data.indicators.flatMap((i) => Object.keys(i.values)))].sort();
  const sources = [...new Set(data.indicators.map((i) => i.source).filter(Boolean))];
  const caption = `${msgIn(lang, 'markdown.helpers.indicatorsCaption')}${sources.length ? ` (${sources.join(', ')})` : ''}`;
  const lines = [
    `| ${[msgIn(lang, 'markdown.helpers.columnIndicator'), ...years].join(' | ')} |`,
    `| ${['---', ...years.map(() => '--:')].join(' | ')} |`,
  ];
  for (const indicator of data.indicators) {
    const digits = decimalsOf(Object.values(indicator.values));
    const values = years.map((year) => {
      const value = indicator.values[year];
      if (value === undefined) return '–';
      return indicator.unit === '%'
        ? formatPercent(value, data.lang, digits)
        : `${formatNumber(value, data.lang, digits)}${indicator.unit ? `\u00a0${indicator.unit}` : ''}`;
    });
    lines.push(`| ${[cell(indicator.title), ...values].join(' | ')} |`);
  }
  return `${caption}\n\n${lines.join('\n')}`;
}

function markdownAlt(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/([[\]])/g, '\\$1').replace(/\n/g, ' ');
}

/** `{{diagramm "budget"}}`, `{{diagramm "indikatoren"}}`, `{{diagramm "indikator" id="kinderarmut"}}`. */
function chart(data: HelperData, kind: unknown, options: HelperOptions | undefined): string {
  const hash = (isHelperOptions(kind) ? (kind as HelperOptions).hash : options?.hash ?? {}) as Record<string, unknown>;
  const name = isHelperOptions(kind) ? undefined : String(kind);
  const src = `#diagramm-${data.charts.length + 1}`;
  const caption = hash.titel === undefined ? undefined : String(hash.titel);
  let request: ChartRequest;
  if (name === 'budget') {
    request = budgetChart(src, data.measures, data.period, data.lang, caption, hash.fonds === undefined ? undefined : String(hash.fonds), data.bennAnnualBudget);
  } else if (name === 'indikatoren' || name === 'indikator') {
    const id = hash.id === undefined ? undefined : String(hash.id);
    if (id !== undefined && !data.indicators.some((i) => i.id === id)) {
      const known = data.indicators.map((i) => i.id).join(', ');
      throw new HelperError(msg('markdown.helpers.unknownIndicator', { id, known }));
    }
    request = indicatorChart(src, data.indicators, data.lang, caption, id);
  } else {
    throw new HelperError(msg('markdown.helpers.chartKind'));
  }
  data.charts.push(request);
  return `![${markdownAlt(request.alt)}](${src} "${request.caption.replace(/"/g, '\\"')}")`;
}

/** The helpers a chapter may call, by their German names. */
export function templateHelpers(data: HelperData): Record<string, HelperDelegate> {
  return {
    euro: (value: unknown) => formatEuro(toNumber(value, 'euro'), data.lang),
    zahl: (value: unknown, options: HelperOptions) => {
      const digits = (options.hash as { stellen?: unknown }).stellen;
      return formatNumber(toNumber(value, 'zahl'), data.lang, digits === undefined ? undefined : toNumber(digits, 'zahl'));
    },
    prozent: (value: unknown) => formatPercent(toNumber(value, 'prozent'), data.lang),
    summe: (options: HelperOptions) => {
      const filter = filterOf(options, 'summe');
      const years = yearsOf(data, filter);
      const sum = select(data.measures, filter).reduce((acc, m) => acc + total(m, years), 0);
      return formatEuro(sum, data.lang);
    },
    massnahmenTabelle: (options: HelperOptions) => measuresTable(data, filterOf(options, 'massnahmenTabelle')),
    indikatorenTabelle: () => indicatorsTable(data),
    diagramm: (kind: unknown, options?: HelperOptions) => chart(data, kind, options),
  };
}
