import { execFile, execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { Resvg } from '@resvg/resvg-js';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { commitAll, commitEpoch, finalProject, listFolder, readRecord, sha256sumCheck } from './release-support.js';
import { runCli } from './support/cli.js';
import { exampleDir, makeProject, tempDir } from './support/fixture.js';
import { parseHtml, selectAll, textOf } from './support/html.js';

const exec = promisify(execFile);
const ENV = { SOURCE_DATE_EPOCH: '1700000000' };

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** LibreOffice is installed in CI; on a machine without it the conversion tests are skipped. */
const inCi = process.env.CI === 'true';
const soffice = inCi || hasSoffice();

/** LibreOffice's PDF of a .docx, read back with pdftotext: what a reader of the Word file sees. */
async function officeText(docx: string): Promise<string> {
  const outDir = await tempDir('ihek-docx-pdf-');
  // A profile folder of its own: parallel runs of LibreOffice do not share (and lock) one.
  const profile = await tempDir('ihek-docx-profile-');
  await exec('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], { timeout: 180_000 });
  const pdf = path.join(outDir, `${path.basename(docx, '.docx')}.pdf`);
  const { stdout } = await exec('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.replace(/\u00a0/g, ' ');
}

interface Built {
  docx: string;
  html: string;
  zip: JSZip;
  document: string;
}

async function buildDocx(dir: string, extra: string[] = []): Promise<Built> {
  const out = await tempDir('ihek-docx-out-');
  const result = await runCli(['build', dir, '--docx', '--out', out, ...extra], { cwd: dir, env: ENV });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('ihek.docx');
  const docx = path.join(out, 'ihek.docx');
  const zip = await JSZip.loadAsync(await readFile(docx));
  return { docx, html: await readFile(path.join(out, 'ihek.html'), 'utf8'), zip, document: await zip.file('word/document.xml')!.async('string') };
}

/** The chapter headings of the HTML as a reader sees them: "1 Einleitung", "A Quellen". */
function chapterTitles(html: string): string[] {
  return selectAll('main > section.chapter:not(.back-matter) > h1', parseHtml(html)).map((h) => textOf(h).replace(/\u00a0/g, ' '));
}

/** The tables of document.xml, each with its XML. */
function tables(xml: string): string[] {
  return xml.split('<w:tbl>').slice(1);
}

/** What Word's accessibility checker looks at, over the XML of a document. */
function accessibilityProblems(xml: string): string[] {
  const problems: string[] = [];
  for (const docPr of xml.match(/<wp:docPr\b[^>]*>/g) ?? []) {
    if (!/\bdescr="[^"]+"/.test(docPr)) problems.push(`image without description: ${docPr}`);
  }
  tables(xml).forEach((table, index) => {
    const firstRow = table.split('</w:tr>')[0]!;
    if (!firstRow.includes('<w:tblHeader/>')) problems.push(`table ${index + 1} has no header row`);
  });
  let previous = 0;
  for (const level of (xml.match(/<w:pStyle w:val="Heading(\d)"\/>/g) ?? []).map((s) => Number(/\d/.exec(s)![0]))) {
    if (level > previous + 1) problems.push(`heading level ${level} after ${previous}`);
    previous = level;
  }
  return problems;
}

/** The Word styles the file uses on purpose; mammoth knows the headings and footnotes by itself. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='toc 1'] => p.toc1:fresh",
  "p[style-name='toc 2'] => p.toc2:fresh",
  "p[style-name='toc 3'] => p.toc3:fresh",
  "p[style-name='caption'] => p.caption:fresh",
  "r[style-name='Hyperlink'] => span",
];

describe('ihek build --docx of test/fixtures/minimal', () => {
  let built: Built;
  let projectDir: string;
  beforeAll(async () => {
    projectDir = (await makeProject()).dir;
    built = await buildDocx(projectDir);
  });

  it('has the chapters as Heading 1–2 with the numbers of the HTML, and no level skipped', () => {
    const headings = [...built.document.matchAll(/<w:pStyle w:val="Heading(\d)"\/>.*?<\/w:p>/g)].map((m) => [
      Number(m[1]),
      [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('').replace(/\u00a0/g, ' '),
    ]);
    expect(headings).toEqual([
      [1, '1 Einleitung'],
      [2, '1.1 Anlass'],
      [2, '1.2 Lage'],
      [1, '2 BENN am Musterweg'],
      [2, '2.1 Ziele'],
      [2, '2.2 Maßnahmen'],
      [1, 'A Quellen'],
      [2, 'A.1 Literatur'],
      [1, 'Abkürzungsverzeichnis'],
      [1, 'Impressum'],
    ]);
    expect(accessibilityProblems(built.document)).toEqual([]);
  });

  it('holds real footnotes, a TOC field over levels 1–3, captions with SEQ fields and cross-references as internal links', async () => {
    const footnotes = await built.zip.file('word/footnotes.xml')!.async('string');
    expect(footnotes).toContain('Angaben des Bezirksamts, Stand 2024.');
    expect(footnotes).toContain('Annahme dieses Beispiels.');
    expect(built.document.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(2);
    expect(built.document).toContain('TOC \\h \\o &quot;1-3&quot;');
    expect(built.document).toMatch(/<w:pStyle w:val="Caption"\/>.*?SEQ Tabelle \\\* ARABIC.*?Kennzahlen des Gebiets/);
    expect(built.document).toMatch(/<w:pStyle w:val="Caption"\/>.*?SEQ Abbildung \\\* ARABIC.*?Lageplan des Musterkiezes/);
    // [](#benn-ziele) links to the bookmark on "2.1 Ziele".
    const anchor = /<w:hyperlink [^>]*w:anchor="([^"]+)"[^>]*>(?:(?!<\/w:hyperlink>).)*Kapitel/.exec(built.document)?.[1];
    expect(anchor).toBe('a_benn_ziele');
    expect(built.document).toMatch(/<w:bookmarkStart w:name="a_benn_ziele" w:id="\d+"\/><w:r><w:t xml:space="preserve">2\.1<\/w:t>/);
  });

  it('describes the image with its alt text and has a header row in every table', () => {
    expect(built.document).toMatch(/<wp:docPr id="1" name="Abbildung 1" descr="Schematischer Plan des Musterkiezes mit Schule, Park und Unterkunft"/);
    expect(tables(built.document).length).toBeGreaterThanOrEqual(3);
    expect(tables(built.document).every((table) => table.split('</w:tr>')[0]!.includes('<w:tblHeader/>'))).toBe(true);
  });

  it('has title, subject, author, keywords, language de-DE, A4 and "Seite X von Y" in the footer', async () => {
    const core = await built.zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:title>Testkonzept Musterkiez 2025–2026 – Quartiersmanagement Musterkiez</dc:title>');
    expect(core).toContain('<dc:creator>QM-Team Musterkiez, Muster-Träger gGmbH</dc:creator>');
    expect(core).toMatch(/<dc:subject>Integriertes Handlungs- und Entwicklungskonzept Musterkiez, Mitte, 2025–2026/);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-14T22:13:20Z</dcterms:created>');
    const styles = await built.zip.file('word/styles.xml')!.async('string');
    expect(styles).toContain('<w:lang w:val="de-DE"/>');
    expect(built.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const footers = await Promise.all(Object.keys(built.zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name)).map((name) => built.zip.file(name)!.async('string')));
    expect(footers.some((footer) => /Seite .*PAGE.*von .*NUMPAGES/s.test(footer))).toBe(true);
  });

  it('spaces lines by the font size (rule "auto"), so the two-line title on the cover does not overlap in LibreOffice', async () => {
    const styles = await built.zip.file('word/styles.xml')!.async('string');
    const defaults = /<w:pPrDefault>.*?<\/w:pPrDefault>/s.exec(styles)?.[0] ?? '';
    expect(defaults).toMatch(/<w:spacing [^>]*w:line="276"[^>]*w:lineRule="auto"/);
  });

  it('mammoth reads it back without a style it does not know', async () => {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(await built.zip.generateAsync({ type: 'uint8array' })) }, { styleMap: STYLE_MAP });
    expect(result.messages.filter((message) => /style/i.test(message.message))).toEqual([]);
    expect(result.value).toMatch(/<h1>(<a id="[^"]+"><\/a>)+1 Einleitung<\/h1>/);
    expect(result.value).toContain('Angaben des Bezirksamts, Stand 2024.');
  });

  it('gives the same bytes on a second build', async () => {
    const again = await buildDocx(projectDir);
    expect(Buffer.compare(await readFile(again.docx), await readFile(built.docx))).toBe(0);
  });

  it.runIf(soffice)('LibreOffice turns it into a PDF with every chapter title and the amounts', { timeout: 240_000 }, async () => {
    const text = await officeText(built.docx);
    for (const title of chapterTitles(built.html)) expect(text).toContain(title);
    expect(text).toContain('20.000 €');
    expect(text).toContain('Seite 2 von');
  });
});

describe('ihek build --docx of an English project', () => {
  it('sets the language en-GB and writes "Page X of Y"', async () => {
    const project = await makeProject({ transform: { 'ihek.yaml': (bytes) => String(bytes).replace('lang: de', 'lang: en') } });
    const built = await buildDocx(project.dir);
    expect(await built.zip.file('word/styles.xml')!.async('string')).toContain('<w:lang w:val="en-GB"/>');
    const footers = await Promise.all(Object.keys(built.zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name)).map((name) => built.zip.file(name)!.async('string')));
    expect(footers.some((footer) => /Page .*PAGE.* of .*NUMPAGES/s.test(footer))).toBe(true);
  });
});

describe('an SVG image that names a file outside it', () => {
  it('is drawn without that file, as an <img> in the browser shows it', async () => {
    const drawn = async (body: (outside: string) => string) => {
      const project = await makeProject();
      const outside = path.join(project.parent, 'geheim.png');
      await writeFile(outside, new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="red"/></svg>').render().asPng());
      await writeFile(project.path('bilder/plan.svg'), `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="40">${body(outside)}</svg>`);
      const built = await buildDocx(project.dir);
      return built.zip.file('word/media/image1.png')!.async('nodebuffer');
    };
    const empty = await drawn(() => '<rect width="1" height="1" fill="none"/>');
    expect(await drawn((outside) => `<image href="${outside}" width="40" height="40"/>`)).toEqual(empty);
    expect(await drawn((outside) => `<image xlink:href="file://${outside}" width="40" height="40"/>`)).toEqual(empty);
    // The red square itself differs from the empty drawing: the comparison can tell them apart.
    expect(await drawn(() => '<rect width="40" height="40" fill="red"/>')).not.toEqual(empty);
  });
});

describe('docx in output.formats', () => {
  it('ihek build writes ihek.docx when the manifest lists it', async () => {
    const project = await makeProject({ transform: { 'ihek.yaml': (bytes) => String(bytes).replace('formats: [html]', 'formats: [html, docx]') } });
    const out = await tempDir('ihek-docx-out-');
    const result = await runCli(['build', '--out', out], { cwd: project.dir, env: ENV });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter(Boolean).map((line) => path.basename(line))).toEqual(['ihek.html', 'ihek.docx']);
  });

  it('an unknown format is refused with the line of ihek.yaml', async () => {
    const project = await makeProject({ transform: { 'ihek.yaml': (bytes) => String(bytes).replace('formats: [html]', 'formats: [html, odt]') } });
    const result = await runCli(['build'], { cwd: project.dir, env: ENV });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/ihek\.yaml:\d+/);
    expect(result.stderr).toContain('docx');
  });
});

describe('ihek release of a project whose output.formats lists docx', () => {
  it('writes the .docx beside HTML and PDF, in release.json and SHA256SUMS, byte-identical to a second release', { timeout: 240_000 }, async () => {
    const project = await finalProject({ transform: { 'ihek.yaml': (bytes) => String(bytes).replace('area: Musterkiez', 'area: Kosmosviertel').replace('version: 0.9.0', 'version: 1.0.0').replace('formats: [html]', 'formats: [html, docx]') } });
    await commitAll(project.parent);
    const env = { SOURCE_DATE_EPOCH: await commitEpoch(project.parent) };
    const releaseDir = project.path('out/release');
    const result = await runCli(['release', 'projekt'], { cwd: project.parent, env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const name = 'ihek-kosmosviertel-1-0-0';
    expect(await listFolder(releaseDir)).toEqual(['SHA256SUMS', `${name}.docx`, `${name}.html`, `${name}.pdf`, 'release.json']);
    expect((await readRecord(releaseDir)).files.map((file) => file.name)).toEqual([`${name}.html`, `${name}.docx`, `${name}.pdf`]);
    expect(await sha256sumCheck(releaseDir)).toBe(`${name}.docx: OK\n${name}.html: OK\n${name}.pdf: OK\nrelease.json: OK\n`);
    const first = await readFile(path.join(releaseDir, `${name}.docx`));
    // The Word version carries the release's source in its Impressum, as the HTML and the PDF do.
    const document = await (await JSZip.loadAsync(first)).file('word/document.xml')!.async('string');
    expect(document).toMatch(/Quelle: .*Commit [0-9a-f]{7}/);
    expect((await runCli(['release', 'projekt'], { cwd: project.parent, env })).code).toBe(0);
    expect(Buffer.compare(await readFile(path.join(releaseDir, `${name}.docx`)), first)).toBe(0);
  });
});

describe('ihek build --docx of the example project (content/)', () => {
  let built: Built;
  beforeAll(async () => {
    built = await buildDocx(exampleDir);
  }, 120_000);

  it('passes the accessibility points: every image described, every table with a header row, no heading level skipped', () => {
    expect(built.document.match(/<wp:docPr\b/g)!.length).toBeGreaterThanOrEqual(4);
    expect(accessibilityProblems(built.document)).toEqual([]);
    // The charts are PNG rendered from their SVG; their description is the chart's text alternative.
    expect(built.document).toMatch(/descr="Gestapeltes Balkendiagramm: Veranschlagte Mittel je Handlungsfeld und Jahr\. HF1: 2025 19\.200\s€/u);
    expect(Object.keys(built.zip.files).filter((name) => name.startsWith('word/media/')).every((name) => name.endsWith('.png'))).toBe(true);
  });

  it('every internal link goes to a bookmark of the document', () => {
    const names = new Set([...built.document.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((m) => m[1]));
    const anchors = [...built.document.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]!);
    expect(anchors.length).toBeGreaterThan(20);
    expect(anchors.filter((anchor) => !names.has(anchor))).toEqual([]);
  });

  it('mammoth reads it back without a style it does not know', async () => {
    const result = await mammoth.convertToHtml({ path: built.docx }, { styleMap: STYLE_MAP });
    expect(result.messages.filter((message) => /style/i.test(message.message))).toEqual([]);
  });

  it.runIf(soffice)('LibreOffice shows every chapter title with its number, the captions and the total in German notation', { timeout: 240_000 }, async () => {
    const text = await officeText(built.docx);
    const titles = chapterTitles(built.html);
    expect(titles).toHaveLength(13);
    for (const title of titles) expect(text).toContain(title);
    expect(text).toContain('554.600 €');
    expect(text).toContain('Abbildung 1: Veranschlagte Mittel je Handlungsfeld und Jahr');
    expect(text).toContain('Tabelle 1: Soziale Indikatoren');
    expect(text).toContain('Impressum');
  });
});
