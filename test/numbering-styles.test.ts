import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { build } from '../src/api/build.js';
import { chapterName } from '../src/diff/diff-labels.js';
import type { ChapterChange } from '../src/diff/diff-model.js';
import { parseHtml, selectAll, textOf } from './support/html.js';
import { loadPdf, readOutline } from './support/pdf.js';
import { removeTempDirs, tempDir } from './support/fixture.js';
import { project2022 as withAppendix } from './support/project-2022.js';

const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };

afterAll(removeTempDirs);

const APPENDIX = `## Literatur

Die Bedarfe stehen in [](#handlungsbedarf-bildung), die Quellen in [](#quellen) und [](#quellen-literatur).
`;

/** A project of berlin-qm-2022 as ihek init makes it, with one appendix that refers to chapter 3 and to itself. */
const project2022 = (profileFile?: string) => withAppendix(APPENDIX, profileFile);

const headingsOf = (html: string) =>
  selectAll('h1, h2', parseHtml(html))
    .filter((h) => selectAll('.heading-number', h).length > 0)
    .map((h) => textOf(h).replace(/\s+/g, ' ').trim());

describe('numbering of berlin-qm-2022: chapters from 0, Handlungsfelder of chapter 3 lettered, appendix A', () => {
  let html: string;
  let out: string;
  beforeAll(async () => {
    const dir = await project2022();
    out = await tempDir();
    const result = await build({ dir, out, formats: ['html', 'pdf', 'docx'], env });
    expect(result.ok).toBe(true);
    html = await readFile(path.join(out, 'ihek.html'), 'utf8');
  }, 180_000);

  it('headings read "0 Einleitung" … "6 Strategie zur Verstetigung", "3 a) Integration und Nachbarschaft" … "3 e)", "A Quellen"', () => {
    const headings = headingsOf(html);
    expect(headings.filter((h) => /^\d+ \p{L}{2}/u.test(h))).toEqual([
      '0 Einleitung',
      '1 Gebietsbeschreibung',
      '2 Stand der Gebietsentwicklung nach Handlungsfeldern',
      '3 Künftiger Handlungsbedarf nach Handlungsfeldern',
      '4 Klimaschutz und Klimaanpassung in der Gebietsentwicklung',
      '5 Beteiligungskonzept',
      '6 Strategie zur Verstetigung',
    ]);
    expect(headings.filter((h) => h.startsWith('3 '))).toEqual([
      '3 Künftiger Handlungsbedarf nach Handlungsfeldern',
      '3 a) Integration und Nachbarschaft',
      '3 b) Bildung',
      '3 c) Öffentlicher Raum',
      '3 d) Gesundheit und Bewegung',
      '3 e) Beteiligung, Vernetzung und Kooperation',
    ]);
    // Chapter 2 keeps decimal sections: only the types the profile names are lettered.
    expect(headings).toContain('2.2 Bildung');
    expect(headings).toContain('A Quellen');
    expect(headings).toContain('A.1 Literatur');
  });

  it('the contents, the cross-references and the running headers use the same labels', () => {
    const tree = parseHtml(html);
    const toc = selectAll('nav.toc a', tree).map((a) => textOf(a).replace(/\s+/g, ' ').trim());
    expect(toc).toContain('0 Einleitung');
    expect(toc).toContain('3 b) Bildung');
    expect(toc).toContain('A Quellen');
    const refs = selectAll('a.xref', tree).map((a) => textOf(a).replace(/\u00a0/g, ' '));
    expect(refs).toEqual(['Kapitel 3 b) Bildung', 'Anhang A Quellen', 'Anhang A.1 Literatur']);
    expect(html).toContain('@page ch-einleitung { @top-right { content: "0 Einleitung"; } }');
    expect(html).toContain('@page ch-quellen { @top-right { content: "A Quellen"; } }');
  });

  it('the PDF bookmarks carry the same numbers', async () => {
    const outline = readOutline(await loadPdf(path.join(out, 'ihek.pdf'))).map((b) => `${b.level} ${b.title}`);
    expect(outline).toContain('1 0 Einleitung');
    expect(outline).toContain('1 6 Strategie zur Verstetigung');
    expect(outline).toContain('2 3 a) Integration und Nachbarschaft');
    expect(outline).toContain('2 3 e) Beteiligung, Vernetzung und Kooperation');
    expect(outline).toContain('1 A Quellen');
    expect(outline.indexOf('2 3 a) Integration und Nachbarschaft')).toBe(outline.indexOf('1 3 Künftiger Handlungsbedarf nach Handlungsfeldern') + 1);
  });

  it('the Word version has the same heading numbers', async () => {
    const zip = await JSZip.loadAsync(await readFile(path.join(out, 'ihek.docx')));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '');
    expect(text).toContain('0 Einleitung');
    expect(text).toContain('3 a) Integration und Nachbarschaft');
    expect(text).toContain('Kapitel\u00a03 b) Bildung');
  });
});

describe('appendix labels "Anlage 1" and chapters from 1, set in a project profile', () => {
  it('numbers appendices Anlage 1, names them so in references and headers, and never "Anhang Anlage 1"', async () => {
    const dir = await project2022('extends: berlin-qm-2022\nnumbering: { start: 1, appendix: Anlage 1 }\n');
    const out = await tempDir();
    const result = await build({ dir, out, formats: ['html'], env });
    expect(result.ok).toBe(true);
    const html = await readFile(path.join(out, 'ihek.html'), 'utf8');
    const headings = headingsOf(html);
    expect(headings).toContain('1 Einleitung');
    expect(headings).toContain('4 c) Öffentlicher Raum');
    expect(headings).toContain('Anlage 1 Quellen');
    expect(headings).toContain('Anlage 1.1 Literatur');
    const refs = selectAll('a.xref', parseHtml(html)).map((a) => textOf(a).replace(/\u00a0/g, ' '));
    expect(refs).toEqual(['Kapitel 4 b) Bildung', 'Anlage 1 Quellen', 'Anlage 1.1 Literatur']);
    expect(html).not.toContain('Anhang Anlage');
    expect(html).toContain('@page ch-quellen { @top-right { content: "Anlage\u00a01 Quellen"; } }');
  });

  it('the diff names an Anlage by its label', () => {
    const change = (kind: 'chapter' | 'appendix', number: string, title: string) =>
      ({ id: 'x', kind: { from: kind, to: kind }, number: { from: number, to: number }, title: { from: title, to: title } }) as unknown as ChapterChange;
    expect(chapterName(change('appendix', 'Anlage\u00a01', 'Quellen'), 'de')).toBe('Anlage 1 Quellen');
    expect(chapterName(change('appendix', 'A', 'Quellen'), 'de')).toBe('Anhang A Quellen');
    expect(chapterName(change('chapter', '0', 'Einleitung'), 'de')).toBe('Kapitel 0 Einleitung');
    expect(chapterName(change('appendix', 'B', 'Maps'), 'en')).toBe('Appendix B Maps');
  });
});
