import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { makeProject, tempDir } from './support/fixture.js';
import { attr, parseHtml, select, selectAll, textOf } from './support/html.js';

/** The minimal fixture covers each Markdown feature once; this is what a reader gets from it. */
let html: string;
let tree: Root;

beforeAll(async () => {
  const project = await makeProject();
  const out = await tempDir();
  const result = await runCli(['build', '--out', out], { cwd: project.dir });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  html = await readFile(path.join(out, 'ihek.html'), 'utf8');
  tree = parseHtml(html);
});

describe('HTML of test/fixtures/minimal', () => {
  it('numbers chapters 1, 2 and the appendix A, with their sections', () => {
    expect(selectAll('main > section.chapter > h1', tree).map(textOf)).toEqual([
      '1 Einleitung',
      '2 BENN am Musterweg',
      'A Quellen',
      'Abkürzungsverzeichnis',
    ]);
    expect(selectAll('main h2:not(.footnotes-title)', tree).map((h) => [attr(h, 'id'), textOf(h)])).toEqual([
      ['einleitung-anlass', '1.1 Anlass'],
      ['einleitung-lage', '1.2 Lage'],
      ['benn-ziele', '2.1 Ziele'],
      ['benn-massnahmen', '2.2 Maßnahmen'],
      ['quellen-literatur', 'A.1 Literatur'],
    ]);
  });

  it('expands {{area}}, {{district}}, {{period.*}} and {{benn.*}}', () => {
    const text = textOf(select('main', tree));
    expect(text).toContain('Das Quartiersmanagement (QM) Musterkiez im Bezirk Mitte plant für 2025–2026.');
    expect(text).toContain('Das BENN-Team am Standort Musterkiez hat 20.000\u00a0€ im Jahr.');
  });

  it('an empty link [](#benn-ziele) becomes "Kapitel 2.1 Ziele"; a link with text keeps it', () => {
    const xref = select('a.xref', tree);
    expect(attr(xref, 'href')).toBe('#benn-ziele');
    expect(textOf(xref)).toBe('Kapitel\u00a02.1 Ziele');
    const plain = selectAll('a[href="#einleitung"]', tree).filter((a) => !attr(a, 'className')?.includes('toc'));
    expect(plain.map(textOf)).toContain('Einleitung');
  });

  it('the "Tabelle: …" line above a GFM table becomes its numbered caption', () => {
    const block = select('#einleitung-tabelle-1', tree);
    expect(textOf(select('.table-caption', block!))).toBe('Tabelle 1: Kennzahlen des Gebiets');
    // The table is named by its caption for assistive technology.
    expect(attr(select('table', block!), 'ariaLabelledBy')).toBe('einleitung-tabelle-1-caption');
    expect(selectAll('thead th', block!).map(textOf)).toEqual(['Kennzahl', 'Wert']);
    // The caption line is not left behind as a paragraph.
    expect(selectAll('main p', tree).map(textOf).filter((p) => p.startsWith('Tabelle:'))).toEqual([]);
    // The measures table from {{massnahmenTabelle}} is numbered next.
    expect(textOf(select('#benn-tabelle-2 > .table-caption', tree))).toBe('Tabelle 2: Maßnahmen');
    expect(attr(select('div.table-scroll', tree), 'ariaLabelledBy')).toBe('einleitung-tabelle-1-caption');
  });

  it('an image with a title becomes a numbered figure, embedded, with its alt text', () => {
    const figure = select('figure#einleitung-abbildung-1', tree)!;
    expect(textOf(select('figcaption', figure))).toBe('Abbildung 1: Lageplan des Musterkiezes');
    const img = select('img', figure);
    expect(attr(img, 'alt')).toBe('Schematischer Plan des Musterkiezes mit Schule, Park und Unterkunft');
    const src = attr(img, 'src')!;
    expect(src.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(Buffer.from(src.split(',')[1]!, 'base64').toString('utf8')).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(textOf(select('#abbildungsverzeichnis + ol', tree))).toBe('Abbildung 1: Lageplan des Musterkiezes');
  });

  it('footnotes labelled [^1] in two chapters get distinct ids and working links', () => {
    const refs = selectAll('a[data-footnote-ref]', tree).map((a) => [attr(a, 'id'), attr(a, 'href')]);
    expect(refs).toEqual([
      ['einleitung-fnref-1', '#einleitung-fn-1'],
      ['benn-fnref-1', '#benn-fn-1'],
    ]);
    expect(textOf(select('li#einleitung-fn-1', tree))).toMatch(/^Angaben des Bezirksamts, Stand 2024\./);
    expect(textOf(select('li#benn-fn-1', tree))).toMatch(/^Annahme dieses Beispiels\./);
    expect(selectAll('h2.footnotes-title', tree).map((h) => attr(h, 'id'))).toEqual([
      'einleitung-anmerkungen',
      'benn-anmerkungen',
    ]);
  });

  it('the glossary is rendered with <abbr title>', () => {
    expect(selectAll('dl.glossary abbr', tree).map((abbr) => [textOf(abbr), attr(abbr, 'title')])).toEqual([
      ['BENN', 'Berlin Entwickelt Neue Nachbarschaften'],
      ['GU', 'Gemeinschaftsunterkunft'],
      ['HF', 'Handlungsfeld'],
      ['QM', 'Quartiersmanagement'],
    ]);
  });
});
