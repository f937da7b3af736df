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
    const svg = selectAll('figure svg.chart', tree);
    expect(svg).toHaveLength(1);
    expect(attr(svg[0]!, 'role')).toBe('img');
    // HF1: 2025 8.000 + 5.000, 2026 8.000 + 6.000 (test/fixtures/minimal/daten/massnahmen.yaml)
    expect(attr(svg[0]!, 'ariaLabel')).toBe(
      `Gestapeltes Balkendiagramm: Mittel je Handlungsfeld. HF1: 2025 13.000${NBSP}€, 2026 14.000${NBSP}€.`,
    );
    // No script, no link out: the chart is drawn, not loaded.
    expect(selectAll('figure svg script, figure svg a', tree)).toEqual([]);
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
