import type { Lang } from '../i18n/lang.js';
import { xmlEscape, xmlSafeText } from '../output/xml-text.js';
import type { ChartRequest } from './chart-request.js';

const COLOURS = ['#0b5394', '#e69500', '#38761d', '#990000', '#674ea7', '#45818e', '#b45f06'];
const FONT = '"Source Sans 3", sans-serif';


/** A Vega specification for the request: stacked bars or lines with points, no interactivity. */
function specOf(chart: ChartRequest): object {
  const valueFormat = chart.unit === 'percent' ? ',.1f' : ',.0f';
  const common = {
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    width: 560,
    height: 280,
    padding: 8,
    autosize: { type: 'fit', contains: 'padding' },
    config: { text: { font: FONT }, axis: { labelFont: FONT, titleFont: FONT, labelFontSize: 12, titleFontSize: 12, labelColor: '#1a1a1a', titleColor: '#1a1a1a' }, legend: { labelFont: FONT, titleFont: FONT, labelFontSize: 12, titleFontSize: 12 } },
  };
  const axes = [
    { orient: 'bottom', scale: 'x', title: chart.xTitle, aria: false },
    { orient: 'left', scale: 'y', title: chart.yTitle, format: valueFormat, grid: true, gridColor: '#dddddd', tickCount: 6, aria: false },
  ];
  const legends = [
    {
      fill: 'colour',
      ...(chart.kind === 'line' && { shape: 'shape', stroke: 'colour' }),
      orient: 'bottom',
      direction: 'vertical',
      columns: chart.kind === 'line' ? 1 : 6,
      columnPadding: 24,
      labelLimit: 0,
      symbolSize: 80,
      aria: false,
    },
  ];
  if (chart.kind === 'bar') {
    const reference = chart.reference ? [{ value: chart.reference.value, label: chart.reference.label }] : [];
    return {
      ...common,
      data: [
        { name: 'points', values: chart.points, transform: [{ type: 'stack', groupby: ['x'], field: 'value', sort: { field: 'series' } }] },
        { name: 'reference', values: reference },
      ],
      scales: [
        { name: 'x', type: 'band', domain: { data: 'points', field: 'x', sort: true }, range: 'width', padding: 0.25 },
        // The reference line stays inside the chart also when every bar is below it.
        { name: 'y', type: 'linear', domain: { fields: [{ data: 'points', field: 'y1' }, { data: 'reference', field: 'value' }] }, range: 'height', nice: true, zero: true },
        { name: 'colour', type: 'ordinal', domain: { data: 'points', field: 'series', sort: true }, range: COLOURS },
      ],
      axes,
      legends,
      marks: [
        {
          type: 'rect',
          aria: false,
          from: { data: 'points' },
          encode: {
            enter: {
              x: { scale: 'x', field: 'x' },
              width: { scale: 'x', band: 1 },
              y: { scale: 'y', field: 'y0' },
              y2: { scale: 'y', field: 'y1' },
              fill: { scale: 'colour', field: 'series' },
              stroke: { value: '#ffffff' },
              strokeWidth: { value: 1 },
            },
          },
        },
        {
          type: 'rule',
          aria: false,
          from: { data: 'reference' },
          encode: { enter: { x: { value: 0 }, x2: { signal: 'width' }, y: { scale: 'y', field: 'value' }, stroke: { value: '#a4001d' }, strokeWidth: { value: 2 }, strokeDash: { value: [6, 4] } } },
        },
        {
          type: 'text',
          aria: false,
          from: { data: 'reference' },
          encode: {
            enter: {
              x: { signal: 'width' },
              y: { scale: 'y', field: 'value', offset: -6 },
              text: { field: 'label' },
              align: { value: 'right' },
              baseline: { value: 'bottom' },
              fill: { value: '#a4001d' },
              font: { value: FONT },
              fontSize: { value: 12 },
              fontWeight: { value: 600 },
            },
          },
        },
      ],
    };
  }
  return {
    ...common,
    data: [{ name: 'points', values: chart.points }],
    scales: [
      { name: 'x', type: 'point', domain: { data: 'points', field: 'x', sort: true }, range: 'width', padding: 0.3 },
      { name: 'y', type: 'linear', domain: { data: 'points', field: 'value' }, range: 'height', nice: true, zero: true },
      { name: 'colour', type: 'ordinal', domain: { data: 'points', field: 'series' }, range: COLOURS },
      // A shape per line as well as a colour, so the lines can be told apart without colour vision.
      { name: 'shape', type: 'ordinal', domain: { data: 'points', field: 'series' }, range: ['circle', 'square', 'triangle-up', 'diamond', 'cross', 'triangle-down'] },
    ],
    axes,
    legends,
    marks: [
      {
        type: 'group',
        aria: false,
        from: { facet: { name: 'series', data: 'points', groupby: 'series' } },
        marks: [
          { type: 'line', aria: false, from: { data: 'series' }, encode: { enter: { x: { scale: 'x', field: 'x' }, y: { scale: 'y', field: 'value' }, stroke: { scale: 'colour', field: 'series' }, strokeWidth: { value: 2.5 } } } },
          { type: 'symbol', aria: false, from: { data: 'series' }, encode: { enter: { x: { scale: 'x', field: 'x' }, y: { scale: 'y', field: 'value' }, fill: { scale: 'colour', field: 'series' }, shape: { scale: 'shape', field: 'series' }, size: { value: 70 } } } },
        ],
      },
    ],
  };
}

const locales = {
  de: { number: { decimal: ',', thousands: '.', grouping: [3], currency: ['', '\u00a0€'] } },
  en: { number: { decimal: '.', thousands: ',', grouping: [3], currency: ['€', ''] } },
};

/**
 * Draws a chart as SVG with Vega, without a browser. The SVG is one image for assistive technology
 * (`role="img"` with the text alternative), scales with its container and uses the page's fonts.
 */
export async function renderChart(chart: ChartRequest, lang: Lang): Promise<string> {
  const vega = await import('vega');
  const view = new vega.View(vega.parse(specOf(chart) as never), { renderer: 'none', locale: locales[lang] } as never);
  const svg = await view.toSVG();
  view.finalize();
  // Shown as an image with alt text: the drawing itself carries no roles of its own.
  // Vega escapes the markup characters of titles and series names but passes on characters that
  // XML does not allow at all; one of them and the browser shows no image, without a word.
  return xmlSafeText(svg)
    .replace(/ aria-roledescription="[^"]*"/g, '')
    .replace(/ role="graphics-[a-z-]+"/g, '')
    .replace(/^<svg /, `<svg aria-label="${xmlEscape(chart.alt)}" `);
}
