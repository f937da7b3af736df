import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { exampleDir, removeTempDirs, tempDir } from './support/fixture.js';
import { attr, parseHtml, selectAll, textOf } from './support/html.js';
import { loadPdf, pageTexts, pdfInfo, readOutline } from './support/pdf.js';
import { project2022 } from './support/project-2022.js';

const ENV = { SOURCE_DATE_EPOCH: '1700000000' };

afterAll(removeTempDirs);

const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');

/** Numbered headings as a reader sees them: "11 BENN rund um die GU Quittenweg", "11.1 Ausgangslage". */
const headingsOf = (html: string) =>
  selectAll('h1, h2', parseHtml(html))
    .filter((h) => selectAll('.heading-number', h).length > 0)
    .map((h) => nbsp(textOf(h)));

/** The `href="#…"` of the page that name no element's id. */
function deadAnchors(html: string): string[] {
  const tree = parseHtml(html);
  const ids = new Set(selectAll('[id]', tree).map((node) => attr(node, 'id')));
  return selectAll('a[href^="#"]', tree)
    .map((a) => decodeURIComponent(attr(a, 'href')!.slice(1)))
    .filter((id) => !ids.has(id));
}

/** The text of Word XML as a reader sees it: one line per paragraph, tags removed. */
function wordText(xml: string): string {
  return nbsp(xml.replace(/<w:tab\/>/g, ' ').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, ''));
}

describe('ihek build --only benn,quellen of the example (HTML, Word, PDF)', () => {
  let out: string;
  let whole: { html: Buffer; docx: Buffer };
  let result: Awaited<ReturnType<typeof runCli>>;
  let html: string;
  let docx: JSZip;
  let pdf: string;
  const name = 'ihek-auszug-benn_quellen';

  beforeAll(async () => {
    out = await tempDir();
    const first = await runCli(['build', exampleDir, '--docx', '--out', out], { cwd: exampleDir, env: ENV });
    expect(first.code).toBe(0);
    whole = { html: await readFile(path.join(out, 'ihek.html')), docx: await readFile(path.join(out, 'ihek.docx')) };
    // The ids in another order than the document's: the file name follows the document.
    result = await runCli(['build', exampleDir, '--only', 'quellen,benn', '--docx', '--pdf', '--out', out], { cwd: exampleDir, env: ENV });
    html = await readFile(path.join(out, `${name}.html`), 'utf8');
    docx = await JSZip.loadAsync(await readFile(path.join(out, `${name}.docx`)));
    pdf = path.join(out, `${name}.pdf`);
  }, 240_000);

  it('writes the excerpt under its own names and leaves the whole document as it was', async () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n').map((line) => path.basename(line))).toEqual([`${name}.html`, `${name}.docx`, `${name}.pdf`]);
    expect((await readdir(out)).sort()).toEqual([`${name}.docx`, `${name}.html`, `${name}.pdf`, 'ihek.docx', 'ihek.html']);
    expect((await readFile(path.join(out, 'ihek.html'))).equals(whole.html)).toBe(true);
    expect((await readFile(path.join(out, 'ihek.docx'))).equals(whole.docx)).toBe(true);
  });

  it('keeps the numbers of the whole document in the headings, the contents and the running headers', () => {
    expect(headingsOf(html)).toEqual([
      '11 BENN rund um die GU Quittenweg',
      '11.1 Ausgangslage',
      '11.2 Ziele',
      '11.3 Maßnahmen',
      '11.4 Budget',
      '11.5 Beteiligung',
      'A Quellen',
      'A.1 Rechtsgrundlagen und Programme',
      'A.2 Daten',
      'A.3 Gebiet und Standort',
    ]);
    const toc = selectAll('nav.toc > ol > li.toc-chapter > a', parseHtml(html)).map((a) => textOf(a));
    expect(toc).toEqual(['11 BENN rund um die GU Quittenweg', 'A Quellen', 'Abkürzungsverzeichnis', 'Impressum']);
    expect(html).toContain('@page ch-benn { @top-right { content: "11 BENN rund um die GU Quittenweg"; } }');
    expect(html).not.toContain('@page ch-einleitung');
    expect(html).not.toContain('id="einleitung"');
  });

  it('lists only the figures and tables of the excerpt, with their numbers in the whole document', () => {
    const listed = (id: string) => selectAll(`section[aria-labelledby="${id}"] a`, parseHtml(html)).map((a) => nbsp(textOf(a)));
    expect(listed('abbildungsverzeichnis')).toEqual([
      'Abbildung 4: BENN-Mittel je Jahr und Handlungsfeld, mit dem Jahresbudget',
      'Abbildung 5: Gremien und Zuständigkeiten im QM- und BENN-Verfahren',
    ]);
    expect(listed('tabellenverzeichnis')).toEqual([
      'Tabelle 11: Zuordnung der BENN-Maßnahmen zu den fünf Programmzielen',
      'Tabelle 12: Maßnahmen aus dem Fonds BENN',
      'Tabelle 13: Verplante BENN-Mittel je Jahr',
    ]);
  });

  it('marks the excerpt on the cover and in the title of the HTML, the PDF and the Word file', async () => {
    const mark = 'Auszug: Kapitel 11 – BENN rund um die GU Quittenweg; Anhang A – Quellen';
    expect(nbsp(textOf(selectAll('.cover-excerpt', parseHtml(html))[0]))).toBe(mark);
    const title = `Integriertes Handlungs- und Entwicklungskonzept 2025–2027 – Quartiersmanagement Kosmosviertel (${mark})`;
    expect(nbsp(textOf(selectAll('title', parseHtml(html))[0]))).toBe(title);
    expect(nbsp((await pdfInfo(pdf)).Title!)).toBe(title);
    const pages = (await pageTexts(pdf)).map(nbsp);
    expect(pages[0]).toContain(mark);
    // Every page after the cover carries the mark in its running header, so a page printed alone still says so.
    expect(pages.slice(1).filter((page) => !page.includes('Integriertes Handlungs- und Entwicklungskonzept 2025–2027 · Auszug'))).toEqual([]);
    const core = await docx.file('docProps/core.xml')!.async('string');
    expect(nbsp(core)).toContain(`<dc:title>${title}</dc:title>`);
    expect(wordText(await docx.file('word/document.xml')!.async('string'))).toContain(mark);
    // The Word version's running header carries the same mark as the PDF's.
    const headers = await Promise.all(Object.keys(docx.files).filter((name) => /^word\/header\d*\.xml$/.test(name)).map((name) => docx.file(name)!.async('string')));
    expect(headers.map((xml) => wordText(xml).trim())).toContain('Integriertes Handlungs- und Entwicklungskonzept 2025–2027 · Auszug');
  });

  it('writes references into chapters left out as text with their number in the whole document, and keeps the others as links', () => {
    const text = nbsp(textOf(parseHtml(html)));
    // [](#beteiligung-prozess): a generated reference into an appendix left out.
    expect(text).toContain('Die Beteiligung an dieser Fortschreibung ist in Anhang B Beteiligungsprozess zur Fortschreibung im Gesamtdokument beschrieben.');
    // [Integration und Nachbarschaft](#hf1-ziele): the author's words, the place in brackets.
    expect(text).toContain('vor allem mit Integration und Nachbarschaft (Abschnitt 5.2 im Gesamtdokument) und Beteiligung, Vernetzung und Kooperation (Abschnitt 9.2 im Gesamtdokument).');
    expect(text).toContain('etwa beim Hitzeschutz (Kapitel 10 Querschnittsthema Klimaschutz und Klimaanpassung im Gesamtdokument).');
    // A reference inside the excerpt stays a link.
    const refs = selectAll('a.xref', parseHtml(html)).map((a) => [attr(a, 'href'), nbsp(textOf(a))]);
    expect(refs).toContainEqual(['#benn-massnahmen', 'Kapitel 11.3 Maßnahmen']);
    expect(refs.filter(([href]) => !/^#(benn|quellen)\b/.test(href!))).toEqual([]);
    expect(deadAnchors(html)).toEqual([]);
  });

  it('prints the same numbers into the PDF: text and bookmarks', async () => {
    const pages = (await pageTexts(pdf)).map(nbsp);
    expect(pages.some((page) => /^\s*11\s+BENN rund um die GU Quittenweg\s*$/m.test(page) && !page.includes('Inhaltsverzeichnis'))).toBe(true);
    expect(pages.join('\n')).toContain('Abschnitt 5.2 im Gesamtdokument');
    const bookmarks = readOutline(await loadPdf(pdf)).map((b) => `${b.level} ${b.title}`);
    expect(bookmarks).toEqual([
      '1 Inhaltsverzeichnis',
      '1 11 BENN rund um die GU Quittenweg',
      '2 11.1 Ausgangslage',
      '2 11.2 Ziele',
      '2 11.3 Maßnahmen',
      '2 11.4 Budget',
      '2 11.5 Beteiligung',
      '1 A Quellen',
      '2 A.1 Rechtsgrundlagen und Programme',
      '2 A.2 Daten',
      '2 A.3 Gebiet und Standort',
      '1 Abkürzungsverzeichnis',
      '1 Impressum',
    ]);
  });

  it('gives the Word file the same heading numbers, and internal links only to bookmarks it has', async () => {
    const xml = await docx.file('word/document.xml')!.async('string');
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<\/w:p>/g)].map((m) => wordText(m[0]).trim());
    expect(headings).toEqual(['11 BENN rund um die GU Quittenweg', 'A Quellen', 'Abkürzungsverzeichnis', 'Impressum']);
    expect(wordText(xml)).toContain('Integration und Nachbarschaft (Abschnitt 5.2 im Gesamtdokument)');
    const bookmarks = new Set([...xml.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((m) => m[1]));
    const anchors = [...xml.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThan(0);
    expect(anchors.filter((anchor) => !bookmarks.has(anchor))).toEqual([]);
  });
});

describe('ihek build --only with an id that is no chapter', () => {
  it('exits with 2, names the id and the known ids, and writes nothing', async () => {
    const out = path.join(await tempDir(), 'out');
    const result = await runCli(['build', exampleDir, '--only', 'benn,kapitel-7', '--pdf', '--out', out], { cwd: exampleDir, env: ENV });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'ihek: --only: kein Kapitel und kein Anhang hat die id „kapitel-7“. Bekannte ids: einleitung, gebiet, leitbild, bilanz, hf1, hf2, hf3, hf4, hf5, klima, benn, quellen, beteiligung-prozess. Die id steht im Kopf (front matter) des Kapitels, z. B. „id: benn“.\n',
    );
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
  });

  it('says so in English, and asks for an id when none is given', async () => {
    const out = path.join(await tempDir(), 'out');
    const unknown = await runCli(['build', exampleDir, '--only', 'Benn', '--out', out, '--lang', 'en'], { cwd: exampleDir, env: ENV });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--only: no chapter or appendix has the id "Benn". Known ids: einleitung, gebiet,');
    const none = await runCli(['build', exampleDir, '--only', ',', '--out', out], { cwd: exampleDir, env: ENV });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--only braucht mindestens eine Kapitel-id');
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
  });
});

const APPENDIX = `## Literatur

Die Bedarfe stehen in [](#handlungsbedarf-bildung), die Eckdaten in [](#einleitung-eckdaten), die Quellen in [](#quellen-literatur).

Tabelle: Quellen nach Art

| Art | Anzahl |
|---|---|
| Studien | 3 |

Roh geschrieben: <a href="#gebiet">das Gebiet</a>, als Referenz: [die Gebietsbeschreibung][gebiet].

[gebiet]: #gebiet
`;

const TABLE = `

Tabelle: Eckdaten des Gebiets {#eckdaten}

| Merkmal | Wert |
|---|---|
| Einwohner | 9.000 |
`;

/** A project of berlin-qm-2022 as ihek init makes it, with a table in chapter 0 and an appendix that refers to chapter 3, the table and itself. */
async function projectWithTable(): Promise<string> {
  const dir = await project2022(APPENDIX);
  const einleitung = path.join(dir, 'kapitel', '01-einleitung.md');
  await writeFile(einleitung, `${await readFile(einleitung, 'utf8')}${TABLE}`);
  return dir;
}

describe('excerpts of a berlin-qm-2022 project: chapters from 0, lettered Handlungsfelder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await projectWithTable();
  });

  it('chapter 3 with the appendix keeps "3 a)" … "3 e)" and "A", in the HTML and the PDF bookmarks', async () => {
    const out = await tempDir();
    const result = await runCli(['build', dir, '--only', 'handlungsbedarf,quellen', '--pdf', '--out', out], { cwd: dir, env: ENV });
    expect(result.code).toBe(0);
    const html = await readFile(path.join(out, 'ihek-auszug-handlungsbedarf_quellen.html'), 'utf8');
    expect(headingsOf(html)).toEqual([
      '3 Künftiger Handlungsbedarf nach Handlungsfeldern',
      '3 a) Integration und Nachbarschaft',
      '3 b) Bildung',
      '3 c) Öffentlicher Raum',
      '3 d) Gesundheit und Bewegung',
      '3 e) Beteiligung, Vernetzung und Kooperation',
      'A Quellen',
      'A.1 Literatur',
    ]);
    const text = nbsp(textOf(parseHtml(html)));
    expect(text).toContain('Die Bedarfe stehen in Kapitel 3 b) Bildung, die Eckdaten in Tabelle 1 im Gesamtdokument, die Quellen in Anhang A.1 Literatur.');
    expect(selectAll('a.xref', parseHtml(html)).map((a) => attr(a, 'href'))).toEqual(['#handlungsbedarf-bildung', '#quellen-literatur']);
    // The appendix's table keeps its number 2; the list of tables holds only it.
    expect(selectAll('section.list-of a', parseHtml(html)).map((a) => nbsp(textOf(a)))).toEqual(['Tabelle 2: Quellen nach Art']);
    expect(deadAnchors(html)).toEqual([]);
    const bookmarks = readOutline(await loadPdf(path.join(out, 'ihek-auszug-handlungsbedarf_quellen.pdf'))).map((b) => `${b.level} ${b.title}`);
    expect(bookmarks.slice(0, 8)).toEqual([
      '1 Inhaltsverzeichnis',
      '1 3 Künftiger Handlungsbedarf nach Handlungsfeldern',
      '2 3 a) Integration und Nachbarschaft',
      '2 3 b) Bildung',
      '2 3 c) Öffentlicher Raum',
      '2 3 d) Gesundheit und Bewegung',
      '2 3 e) Beteiligung, Vernetzung und Kooperation',
      '1 A Quellen',
    ]);
  }, 180_000);

  it('the appendix alone names the lettered section of chapter 3 as text, and chapter 0 keeps its 0', async () => {
    const out = await tempDir();
    const result = await runCli(['build', dir, '--only', 'quellen,einleitung', '--out', out], { cwd: dir, env: ENV });
    expect(result.code).toBe(0);
    const html = await readFile(path.join(out, 'ihek-auszug-einleitung_quellen.html'), 'utf8');
    expect(headingsOf(html).filter((h) => !/^0\.\d/.test(h))).toEqual(['0 Einleitung', 'A Quellen', 'A.1 Literatur']);
    const text = nbsp(textOf(parseHtml(html)));
    expect(text).toContain('Die Bedarfe stehen in Kapitel 3 b) Bildung im Gesamtdokument, die Eckdaten in Tabelle 1, die Quellen in Anhang A.1 Literatur.');
    // A link in raw HTML and one by reference definition are caught too.
    expect(text).toContain('Roh geschrieben: das Gebiet (Kapitel 1 im Gesamtdokument), als Referenz: die Gebietsbeschreibung (Kapitel 1 im Gesamtdokument).');
    expect(nbsp(textOf(selectAll('.cover-excerpt', parseHtml(html))[0]))).toBe('Auszug: Kapitel 0 – Einleitung; Anhang A – Quellen');
    expect(deadAnchors(html)).toEqual([]);
  });
});
