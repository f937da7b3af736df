import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { CHART_SRC, type ChartRequest } from '../charts/chart-request.js';
import { renderChart } from '../charts/render-chart.js';
import type { Lang } from '../i18n/lang.js';
import { withFonts } from './embed-images.js';


/**
 * Replaces each chart placeholder (`#diagramm-<n>`) with the chart drawn as SVG, embedded as an
 * image: its alt text (every number of the chart) is what screen readers and the tagged PDF
 * carry, and the bundled fonts travel inside the SVG.
 */
export async function embedCharts(tree: Root, charts: readonly ChartRequest[], lang: Lang, fontCss = ''): Promise<void> {
  const found: Array<{ image: Element; chart: ChartRequest }> = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'img' || typeof node.properties.src !== 'string' || !CHART_SRC.test(node.properties.src)) return;
    const chart = charts.find((c) => c.src === node.properties.src);
    if (chart) found.push({ image: node, chart });
  });
  for (const { image, chart } of found) {
    const svg = fontCss ? withFonts(await renderChart(chart, lang), fontCss) : await renderChart(chart, lang);
    image.properties.src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    image.properties.alt = chart.alt;
    image.properties.className = ['chart'];
  }
  if (found.length === 0) return;
  // On a phone the chart keeps a width at which its text stays legible and scrolls sideways inside
  // its figure (style.css); a region that scrolls must be reachable by keyboard.
  const charted = new Set(found.map(({ image }) => image));
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'figure') return;
    let holds = false;
    visit(node, 'element', (inner: Element) => void (holds ||= charted.has(inner)));
    if (!holds) return;
    node.properties.className = [...((node.properties.className as string[] | undefined) ?? []), 'chart-figure'];
    node.properties.tabIndex = 0;
  });
}
