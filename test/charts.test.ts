import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../src/api/build.js';
import { makeProject, removeTempDirs } from './support/fixture.js';
import { attr, parseHtml, selectAll, textOf } from './support/html.js';

afterAll(removeTempDirs);

const NBSP = '\u00a0';

describe('charts drawn at build time', () => {
  it('{{diagramm "budget"}} becomes a numbered figure with an inline SVG that states its numbers', async () => {
    const project = await makeProject({
      transform: {
        'kapitel/01-einleitung.md': (bytes) =>
          `${bytes.toString('utf8')}\n{{diagramm "budget" titel="Mittel je Handlungsfeld"}}\n\nSiehe [](#einleitung-abbildung-2).\n`,
      },
    });
    const result = await build({ dir: project.dir, formats: ['html'] });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const tree = parseHtml(await project.read('out/ihek.html'));
    const charts = selectAll('figure img.chart', tree);
    expect(charts).toHaveLength(1);
    // HF1: 2025 8.000 + 5.000, 2026 8.000 + 6.000 (test/fixtures/minimal/daten/massnahmen.yaml)
    expect(attr(charts[0]!, 'alt')).toBe(
      `Gestapeltes Balkendiagramm: Mittel je Handlungsfeld. HF1: 2025 13.000${NBSP}€, 2026 14.000${NBSP}€.`,
    );
    // Drawn here, embedded as an SVG image with the bundled fonts inside; no script, no link out.
    const svg = Buffer.from(attr(charts[0]!, 'src')!.replace('data:image/svg+xml;base64,', ''), 'base64').toString('utf8');
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain("font-family: 'Source Sans 3'");
    expect(svg).not.toMatch(/<script|href="http/);
    const captions = selectAll('figcaption', tree).map(textOf);
    expect(captions.at(-1)).toBe('Abbildung 2: Mittel je Handlungsfeld');
    expect(selectAll('a.xref', tree).map(textOf)).toContain(`Abbildung${NBSP}2`);
  });

  it('an indicator chart for an id that does not exist is an error at its line', async () => {
    const project = await makeProject({
      transform: {
        'kapitel/01-einleitung.md': (bytes) => `${bytes.toString('utf8')}\n{{diagramm "indikator" id="gibtsnicht"}}\n`,
      },
    });
    const source = (await project.read('kapitel/01-einleitung.md')).split('\n');
    const line = source.findIndex((l) => l.includes('gibtsnicht')) + 1;
    const result = await build({ dir: project.dir, formats: ['html'] });
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ rule: 'template-expression', file: 'kapitel/01-einleitung.md', line }),
    ]);
    expect(result.diagnostics[0]!.text.de).toContain('gibtsnicht');
  });
});
