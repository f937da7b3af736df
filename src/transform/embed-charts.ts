import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { ChartRequest } from '../charts/chart-request.js';
import { renderChart } from '../charts/render-chart.js';
import type { Lang } from '../i18n/lang.js';

export const CHART_SRC = /^#diagramm-\d+$/;

/** Replaces each chart placeholder image (`#diagramm-<n>`) with the chart drawn as inline SVG. */
export async function embedCharts(tree: Root, charts: readonly ChartRequest[], lang: Lang): Promise<void> {
  const found: Array<{ image: Element; parent: Element | Root; index: number; chart: ChartRequest }> = [];
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'img' || typeof node.properties.src !== 'string' || !CHART_SRC.test(node.properties.src)) return;
    const chart = charts.find((c) => c.src === node.properties.src);
    if (chart && parent && index !== undefined) found.push({ image: node, parent, index, chart });
  });
  for (const { parent, index, chart } of found) {
    const svg = await renderChart(chart, lang);
    // Drawn by us after sanitising, from numbers only: safe to insert as it is.
    parent.children[index] = { type: 'raw', value: svg } as never;
  }
}
