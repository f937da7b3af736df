import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  EndnoteReferenceRun,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  Paragraph,
  TableOfContents,
  Textbox,
  TextRun,
} from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli, type JsonDiagnostic } from './support/cli.js';
import { fixturesDir, tempDir } from './support/fixture.js';
import { h1, h2, outlineChapters, p, table, title, wordFile } from './support/word.js';

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const image = (description?: string) =>
  new Paragraph({
    children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 20, height: 20 }, altText: { name: 'Grafik 1', title: '', description: description ?? '' } })],
  });

async function importWord(bytes: Buffer, extra: string[] = []) {
  const dir = await tempDir('ihek-import-');
  await writeFile(path.join(dir, 'alt.docx'), bytes);
  const result = await runCli(['import', 'alt.docx', 'neu', ...extra], { cwd: dir });
  const read = (file: string) => readFile(path.join(dir, 'neu', file), 'utf8');
  return { dir, result, read, project: path.join(dir, 'neu') };
}

async function checkJson(project: string, cwd: string): Promise<{ code: number; diagnostics: JsonDiagnostic[] }> {
  const result = await runCli(['check', project, '--format', 'json', '--lang', 'en'], { cwd });
  return { code: result.code, diagnostics: JSON.parse(result.stdout).diagnostics };
}

/** `ihek check` finds no error (exit 0) and `ihek fmt --check` nothing to change in a chapter. */
async function expectChecksAndFormatsClean(project: string, cwd: string): Promise<void> {
  const check = await checkJson(project, cwd);
  expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(check.code).toBe(0);
  const fmt = await runCli(['fmt', project, '--check'], { cwd });
  expect(fmt.stdout + fmt.stderr).not.toMatch(/kapitel\//);
  expect(fmt.code).toBe(0);
}

/** The Senate's outline as a team writes it in Word: numbers typed by hand, a table of contents, notes, an image, measures. */
async function outlineIhek(): Promise<Buffer> {
  const body = (heading: string) => {
    if (heading.startsWith('1.')) {
      return [
        p('Das Gebiet hat 8.000\u00a0Einwohner und erhält 120.000\u00a0€ aus dem Pro\u00ADgramm.', new FootnoteReferenceRun(1)),
        p(new TextRun({ text: 'Wichtig:', bold: true }), new TextRun({ text: ' kursiv', italics: true }), ' und ein ', new TextRun('Link')),
        new Paragraph({ text: 'Erster Punkt', bullet: { level: 0 } }),
        new Paragraph({ text: 'Unterpunkt', bullet: { level: 1 } }),
        image('Karte des Quartiers mit seinen Grenzen'),
        p('Abbildung 1: Lage des Gebiets'),
      ];
    }
    if (heading.startsWith('3.')) return [p('Ein Kiez für alle', new EndnoteReferenceRun(1), '.')];
    if (heading.startsWith('2.')) {
      return [p('Tabelle 1: Gremien im Gebiet'), table([[{ text: 'Gremium und Turnus', span: 2 }], ['Quartiersrat', 'monatlich']])];
    }
    const hf = /Handlungsfeld (\d)/.exec(heading)?.[1];
    if (hf) {
      return [
        p(`Einleitung zum Handlungsfeld ${hf}.`),
        p(`Tabelle ${hf}: Maßnahmen`),
        table([
          ['Nr.', 'Maßnahme', 'Fonds', 'Träger', '2026', '2027', '2028'],
          ['1', `Projekt ${hf}a`, 'Projektfonds', 'Kiezverein e. V.', '8.000\u00a0€', '8.000 €', '–'],
          ['2', `Aktion ${hf}b`, 'Aktionsfonds', 'Nachbarschaftsinitiative', '1.500', '', ''],
          ['', 'Summe', '', '', '9.500 €', '8.000 €', ''],
        ]),
      ];
    }
    return [p('Text des Kapitels.')];
  };
  return wordFile(
    [
      title('Integriertes Handlungs- und Entwicklungskonzept 2026–2028'),
      new Paragraph({ text: 'Quartiersmanagement Sonnenkiez', style: 'Subtitle' }),
      new TableOfContents('Inhalt', { hyperlink: true, headingStyleRange: '1-2' }),
      p('Herausgeber: Bezirksamt Mitte, Stand März 2025'),
      ...outlineChapters(body),
      h1('Anhang A: Quellen'),
      p('Monitoring Soziale Stadtentwicklung 2023.'),
    ],
    {
      footnotes: { 1: { children: [new Paragraph('Einwohnerregister, Stand 31.12.2024.')] } },
      endnotes: { 1: { children: [new Paragraph('Beschluss des Quartiersrats 2025.')] } },
    },
  );
}

/** A small Word file with 24 MB of zeros in it, which pack to some kilobytes (about 1000:1). */
async function zerosBomb(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await wordFile([h1('Einleitung'), p('Text.')]));
  zip.file('word/media/nullen.bin', Buffer.alloc(24 * 1024 * 1024));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Imports a file that must be refused: exit 2, only the message on stderr, nothing beside the file. */
async function expectRefused(bytes: Buffer, stderr: string): Promise<void> {
  const dir = await tempDir('ihek-import-');
  await writeFile(path.join(dir, 'alt.docx'), bytes);
  const result = await runCli(['import', 'alt.docx', 'neu'], { cwd: dir });
  expect(result).toEqual({ code: 2, stdout: '', stderr });
  expect(await readdir(dir)).toEqual(['alt.docx']);
}

describe('ihek import', () => {
  it('turns a Word IHEK in the Senate outline into a project that checks clean and is formatted', async () => {
    const word = await outlineIhek();
    const { dir, result, read, project } = await importWord(word);
    expect(result.stderr).not.toContain('interner Fehler');
    expect(result.code).toBe(0);
    const manifest = await read('ihek.yaml');
    expect(manifest).toContain('title: Integriertes Handlungs- und Entwicklungskonzept 2026–2028');
    expect(manifest).toContain('subtitle: Quartiersmanagement Sonnenkiez');
    expect(manifest).toContain('area: Sonnenkiez');
    expect(manifest).toContain('period: { from: 2026, to: 2028 }');
    expect(manifest).not.toContain(REPORT);
    expect(manifest).toMatch(/appendix:\n {2}- anhang\/a-quellen\.md/);
    const files = (await readdir(path.join(project, 'kapitel'))).sort();
    expect(files).toEqual([
      '01-einleitung.md',
      '02-gebietsbeschreibung.md',
      '03-leitbild.md',
      '04-stand-der-gebietsentwicklung.md',
      '05-handlungsfeld-1-integration-und-nachbarschaft.md',
      '06-handlungsfeld-2-bildung.md',
      '07-handlungsfeld-3-oeffentlicher-raum.md',
      '08-handlungsfeld-4-gesundheit-und-bewegung.md',
      '09-handlungsfeld-5-beteiligung-vernetzung-und-kooperation.md',
    ]);

    const intro = await read('kapitel/01-einleitung.md');
    expect(intro).toMatch(/^---\nid: einleitung\ntitle: Einleitung\ntype: einleitung\n/);
    // Soft hyphen gone, no-break space kept in an amount, a plain space elsewhere.
    expect(intro).toContain('Das Gebiet hat 8.000 Einwohner und erhält 120.000\u00a0€ aus dem Programm.[^1]');
    expect(intro).toContain('**Wichtig:** *kursiv* und ein Link');
    expect(intro).toContain('- Erster Punkt\n  - Unterpunkt');
    expect(intro).toContain('![Karte des Quartiers mit seinen Grenzen](../bilder/bild-1.png "Lage des Gebiets")');
    expect(intro).toContain('[^1]: Einwohnerregister, Stand 31.12.2024.');
    expect(intro).not.toContain('Inhalt');
    expect(await readFile(path.join(project, 'bilder', 'bild-1.png'))).toEqual(PNG);

    expect(await read('kapitel/03-leitbild.md')).toContain('Ein Kiez für alle[^e1].\n\n[^e1]: Beschluss des Quartiersrats 2025.\n');

    const gebiet = await read('kapitel/02-gebietsbeschreibung.md');
    expect(gebiet).toContain('## Bevölkerungsstruktur und soziale Indikatoren');
    expect(gebiet).not.toMatch(/## \d/);
    expect(gebiet).toMatch(/Tabelle: Gremien im Gebiet\n\n\| Gremium und Turnus \|/);

    const hf2 = await read('kapitel/06-handlungsfeld-2-bildung.md');
    expect(hf2).toContain('type: handlungsfeld\nhandlungsfeld: HF2\n');
    expect(hf2).toContain('{{massnahmenTabelle handlungsfeld="HF2"}}');
    expect(hf2).not.toContain('Tabelle 2: Maßnahmen');
    const measures = await read('daten/massnahmen.yaml');
    expect(measures).toContain('- id: M-HF2-01\n  title: Projekt 2a\n  handlungsfeld: HF2\n  fonds: Projektfonds\n  traeger: Kiezverein e. V.\n  from: 2026\n  to: 2027\n  amounts: { 2026: 8000, 2027: 8000 }');
    expect(measures).toContain('- id: M-HF2-02\n  title: Aktion 2b\n  handlungsfeld: HF2\n  fonds: Aktionsfonds');
    expect(measures).not.toContain('Summe');

    const report = await read(REPORT);
    expect(result.stdout).toBe(report);
    // The outline of 2019–2022 stays that profile, although some chapters fit the newer one too.
    expect(manifest).toMatch(/^profile: berlin-qm$/m);
    expect(report).toContain('- Profil: berlin-qm\n');
    // Not a chapter, not the title: its words are kept in the report.
    expect(report).toContain('- Text vor der ersten Überschrift nicht übernommen: Herausgeber: Bezirksamt Mitte, Stand März 2025');
    expect(report).toContain('| 6. Handlungsfeld 2: Bildung | kapitel/06-handlungsfeld-2-bildung.md | handlungsfeld (HF2) |');
    expect(report).toContain('| Anhang A: Quellen | anhang/a-quellen.md | anhang |');
    expect(report).toContain('Verbundene Zellen aufgelöst (Tabelle prüfen) – 2. Gebietsbeschreibung: „Gremium und Turnus“');
    expect(report).toContain('Maßnahmentabelle als Daten übernommen – 6. Handlungsfeld 2: Bildung: M-HF2-01, M-HF2-02 → {{massnahmenTabelle handlungsfeld="HF2"}}');

    await expectChecksAndFormatsClean(project, dir);

    // Every word of the text, its footnotes and endnotes is in the project: in a chapter, in the
    // measures data, or (the text before the first heading) in the report. Left out on purpose: the
    // table of contents' title, the measures tables' column names and their sum row.
    const zip = await JSZip.loadAsync(word);
    const wordText = (await Promise.all(['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml'].map((name) => zip.file(name)!.async('string'))))
      .flatMap((xml) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!))
      .join(' ');
    const projectText = (
      await Promise.all(
        [...files.map((f) => `kapitel/${f}`), 'anhang/a-quellen.md', 'daten/massnahmen.yaml', 'ihek.yaml', REPORT].map((f) => read(f)),
      )
    ).join(' ');
    const projectWords = new Set(projectText.match(/\p{L}{2,}/gu));
    const leftOut = new Set(['Inhalt', 'Nr', 'Maßnahme', 'Fonds', 'Träger', 'Summe']);
    const lost = [...new Set(wordText.replace(/\u00AD/g, '').match(/\p{L}{2,}/gu))].filter((w) => !projectWords.has(w) && !leftOut.has(w));
    expect(lost).toEqual([]);
  }, 60_000);

  it('refuses a folder that is not empty and touches nothing', async () => {
    const dir = await tempDir('ihek-import-');
    await writeFile(path.join(dir, 'alt.docx'), await wordFile([h1('Einleitung'), p('Text.')]));
    await mkdir(path.join(dir, 'neu'));
    await writeFile(path.join(dir, 'neu', 'notiz.txt'), 'bleibt');
    const result = await runCli(['import', 'alt.docx', 'neu'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('ihek: neu ist nicht leer; ihek import legt ein neues Projekt nur in einem leeren oder neuen Ordner an und hat nichts geändert\n');
    expect(await readdir(path.join(dir, 'neu'))).toEqual(['notiz.txt']);
    expect((await readdir(dir)).sort()).toEqual(['alt.docx', 'neu']);
  });

  it('imports into an empty folder that exists', async () => {
    const dir = await tempDir('ihek-import-');
    await writeFile(path.join(dir, 'alt.docx'), await wordFile([h1('Einleitung'), p('Text.')]));
    await mkdir(path.join(dir, 'neu'));
    // Left by an import that was killed while writing.
    await mkdir(path.join(dir, '.neu.import-0badf00d', 'kapitel'), { recursive: true });
    const result = await runCli(['import', 'alt.docx', 'neu', '--period', '2025-2027', '--area', 'Nordkiez', '--district', 'Pankow'], { cwd: dir });
    expect(result.code).toBe(0);
    const manifest = await readFile(path.join(dir, 'neu', 'ihek.yaml'), 'utf8');
    expect(manifest).toContain('period: { from: 2025, to: 2027 }');
    expect(manifest).toContain('area: Nordkiez');
    expect(manifest).toContain('district: Pankow');
    expect((await readdir(dir)).sort()).toEqual(['alt.docx', 'neu']);
  });

  for (const [name, bytes, why] of [
    ['a text file', Buffer.from('Das ist kein Word.\n'), 'ist keine Word-Datei (.docx)'],
    ['an encrypted file', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), 'ist verschlüsselt oder ein altes Word-Format (.doc)'],
    ['a broken ZIP', Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(64, 7)]), 'ist beschädigt oder keine Word-Datei (.docx)'],
  ] as const) {
    it(`refuses ${name} with exit 2, naming it, and leaves nothing behind`, async () => {
      const dir = await tempDir('ihek-import-');
      await writeFile(path.join(dir, 'alt.docx'), bytes);
      const result = await runCli(['import', 'alt.docx', 'neu'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`ihek: alt.docx: ${why}`);
      expect(result.stderr).toContain('es wurde nichts angelegt');
      expect(result.stderr).not.toContain('interner Fehler');
      expect(await readdir(dir)).toEqual(['alt.docx']);
    });
  }

  it('refuses a Word file that unpacks like a ZIP bomb before reading it, exit 2, nothing created', async () => {
    // Declared in the ZIP directory, never unpacked.
    const bytes = await zerosBomb();
    expect(bytes.length).toBeLessThan(200 * 1024);
    await expectRefused(
      bytes,
      'ihek: alt.docx: entpackt 24 MB (word/media/nullen.bin) – mehr, als ein Word-IHEK hat, oder gepackt wie eine ZIP-Bombe; ihek import liest sie nicht (speichern Sie das Dokument in Word neu und verkleinern Sie die Bilder); es wurde nichts angelegt\n',
    );
  });

  it('refuses a Word file whose directory declares more than 512 MB in all, in English', async () => {
    // Sixty entries of 9 MB each, declared only: each small enough alone, 540 MB together.
    const zip = await JSZip.loadAsync(await wordFile([h1('Einleitung'), p('Text.')]));
    for (let i = 1; i <= 60; i++) zip.file(`word/media/teil-${i}.bin`, 'x', { compression: 'STORE' });
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    for (let at = bytes.indexOf('PK\u0001\u0002', 0, 'latin1'); at >= 0; at = bytes.indexOf('PK\u0001\u0002', at + 4, 'latin1')) {
      const name = bytes.toString('utf8', at + 46, at + 46 + bytes.readUInt16LE(at + 28));
      if (name.startsWith('word/media/teil-')) bytes.writeUInt32LE(9 * 1024 * 1024, at + 24);
    }
    const dir = await tempDir('ihek-import-');
    await writeFile(path.join(dir, 'alt.docx'), bytes);
    const result = await runCli(['import', 'alt.docx', 'neu', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^ihek: alt\.docx: unpacks to 540 MB – more than a Word IHEK holds, or packed like a zip bomb; .*; nothing was created\n$/);
    expect(await readdir(dir)).toEqual(['alt.docx']);
  });

  it('refuses a Word file whose ZIP directory understates what an entry unpacks to', async () => {
    // The zeros declared as 1 kB, in the directory and in the entry's own header: below every bound.
    const bytes = await zerosBomb();
    for (const signature of ['PK\u0001\u0002', 'PK\u0003\u0004']) {
      const sizeAt = signature === 'PK\u0001\u0002' ? 24 : 22;
      const nameAt = signature === 'PK\u0001\u0002' ? 46 : 30;
      const lengthAt = signature === 'PK\u0001\u0002' ? 28 : 26;
      for (let at = bytes.indexOf(signature, 0, 'latin1'); at >= 0; at = bytes.indexOf(signature, at + 4, 'latin1')) {
        if (bytes.toString('utf8', at + nameAt, at + nameAt + bytes.readUInt16LE(at + lengthAt)) === 'word/media/nullen.bin') bytes.writeUInt32LE(1024, at + sizeAt);
      }
    }
    await expectRefused(
      bytes,
      'ihek: alt.docx: entpackt word/media/nullen.bin zu mehr, als ihr ZIP-Verzeichnis angibt – beschädigt oder gepackt wie eine ZIP-Bombe; ihek import liest sie nicht (speichern Sie das Dokument in Word neu); es wurde nichts angelegt\n',
    );
  });

  it('leaves out an image larger than a project may hold, with a placeholder and a line in the report', async () => {
    // Random bytes do not pack: a real 21 MB photo, not a bomb.
    const big = Buffer.concat([PNG, randomBytes(21 * 1024 * 1024)]);
    const photo = new Paragraph({
      children: [new ImageRun({ type: 'png', data: big, transformation: { width: 20, height: 20 }, altText: { name: 'Foto', title: '', description: 'Luftbild des Kiezes' } })],
    });
    const { result, read, project } = await importWord(await wordFile([h1('Einleitung'), photo, image('Kleines Bild')]), ['--profile', 'none']);
    expect(result.code).toBe(0);
    const chapter = await read('kapitel/01-einleitung.md');
    expect(chapter).toContain('TODO: Bild fehlt (größer als 20 MB): Luftbild des Kiezes\n');
    expect(chapter).toContain('![Kleines Bild](../bilder/bild-2.png)');
    expect(result.stdout).toContain('- Bild größer als 20 MB nicht übernommen (verkleinert neu einfügen) – Einleitung: Luftbild des Kiezes');
    expect(await readdir(path.join(project, 'bilder'))).toEqual(['bild-2.png']);
  }, 60_000);

  it('refuses a file that is not there, in English with --lang en, and creates nothing', async () => {
    const dir = await tempDir('ihek-import-');
    const result = await runCli(['import', 'fehlt.docx', 'neu', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('ihek: fehlt.docx: cannot be read (does the file exist?); nothing was created\n');
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports tracked changes and comments with their heading', async () => {
    const bytes = await wordFile(
      [
        h1('Einleitung'),
        h2('Ausgangslage'),
        new Paragraph({
          children: [
            new TextRun('Das QM '),
            new InsertedTextRun({ text: 'stärkt', id: 1, author: 'QM', date: '2025-01-01T00:00:00Z' }),
            new DeletedTextRun({ text: 'schwächt', id: 2, author: 'QM', date: '2025-01-01T00:00:00Z' }),
            new TextRun(' die Nachbarschaft. '),
            new CommentRangeStart(0),
            new TextRun('Zahl prüfen'),
            new CommentRangeEnd(0),
            new TextRun({ children: [new CommentReference(0)] }),
          ],
        }),
      ],
      { comments: { children: [{ id: 0, author: 'QM', date: new Date(0), children: [new Paragraph('Quelle fehlt noch')] }] } },
    );
    const { result, read } = await importWord(bytes);
    expect(result.code).toBe(0);
    const report = await read(REPORT);
    expect(report).toContain('- Kommentar nicht übernommen – Einleitung › Ausgangslage: „Quelle fehlt noch“');
    expect(report).toContain('- Nachverfolgte Einfügung übernommen (angenommen) – Einleitung: „stärkt“');
    expect(report).toContain('- Nachverfolgte Löschung nicht übernommen (angenommen) – Einleitung: „schwächt“');
    const chapter = await read('kapitel/01-einleitung.md');
    expect(chapter).toContain('Das QM stärkt die Nachbarschaft. Zahl prüfen\n');
    expect(chapter).not.toContain('Quelle fehlt');
  });

  it('marks an image without a description so that the check warns', async () => {
    const dir = await tempDir('ihek-import-');
    await writeFile(path.join(dir, 'alt.docx'), await wordFile([h1('Einleitung'), image()]));
    const result = await runCli(['import', 'alt.docx', 'neu', '--profile', 'none'], { cwd: dir });
    expect(result.code).toBe(0);
    const chapter = await readFile(path.join(dir, 'neu', 'kapitel', '01-einleitung.md'), 'utf8');
    expect(chapter).toContain('![TODO: Bildbeschreibung ergänzen](../bilder/bild-1.png)');
    expect(result.stdout).toContain('- Bild ohne Beschreibung (Alternativtext ergänzen) – Einleitung: bilder/bild-1.png');
    const check = await checkJson(path.join(dir, 'neu'), dir);
    expect(check.diagnostics.map((d) => [d.rule, d.severity, d.file, d.line])).toEqual([['placeholder', 'warning', 'kapitel/01-einleitung.md', 8]]);
  });

  it('refuses a pipe and a device as the Word file at once, exit 2, nothing created', async () => {
    const dir = await tempDir('ihek-import-');
    execFileSync('mkfifo', [path.join(dir, 'alt.docx')]);
    const pipe = await runCli(['import', 'alt.docx', 'neu'], { cwd: dir });
    expect(pipe).toEqual({ code: 2, stdout: '', stderr: 'ihek: alt.docx: ist eine Pipe (FIFO), keine gewöhnliche Datei; ihek liest nur gewöhnliche Dateien; es wurde nichts angelegt\n' });
    const device = await runCli(['import', '/dev/zero', 'neu', '--lang', 'en'], { cwd: dir });
    expect(device).toEqual({ code: 2, stdout: '', stderr: 'ihek: /dev/zero: is a device, not a regular file; ihek reads only regular files; nothing was created\n' });
    expect((await readdir(dir)).sort()).toEqual(['alt.docx']);
  });

  it('keeps {{ in Word text as text: the built page shows it, the check finds no expression in it', async () => {
    const dir = await tempDir('ihek-import-');
    await writeFile(path.join(dir, 'alt.docx'), await wordFile([h1('Einleitung'), p('Im Serienbrief stand {{area}} und {{#each x}}, wie in Word getippt.')]));
    const result = await runCli(['import', 'alt.docx', 'neu', '--profile', 'none'], { cwd: dir });
    expect(result.code).toBe(0);
    const check = await checkJson(path.join(dir, 'neu'), dir);
    expect(check).toEqual({ code: 0, diagnostics: [] });
    const built = await runCli(['build', 'neu', '--html', '--out', 'aus'], { cwd: dir });
    expect(built.code).toBe(0);
    const html = await readFile(path.join(dir, 'aus', 'ihek.html'), 'utf8');
    expect(html).toContain('Im Serienbrief stand {{area}} und {{#each x}}, wie in Word getippt.');
    expect((await runCli(['fmt', '--check', 'neu'], { cwd: dir })).code).toBe(0);
  });

  it('leaves out an image a browser cannot show, with a placeholder and a line in the report', async () => {
    const bmp = new Paragraph({
      children: [new ImageRun({ type: 'bmp', data: Buffer.from('BM'), transformation: { width: 20, height: 20 }, altText: { name: 'Grafik 2', title: '', description: 'Plan des Platzes' } })],
    });
    const { result, read, project } = await importWord(await wordFile([h1('Einleitung'), p('Davor ', new TextRun({ text: ' fett ', bold: true }), ' danach.'), bmp]), ['--profile', 'none']);
    expect(result.code).toBe(0);
    const chapter = await read('kapitel/01-einleitung.md');
    expect(chapter).toContain('Davor **fett** danach.\n\nTODO: Bild fehlt (Format image/bmp wird nicht unterstützt): Plan des Platzes\n');
    expect(result.stdout).toContain('- Bild in einem Format, das ihek nicht einbettet (als PNG oder SVG neu einfügen) – Einleitung: Plan des Platzes (image/bmp)');
    expect(await readdir(project)).not.toContain('bilder');
  });

  it('reports a text box and lets no heading skip a level', async () => {
    const { result, read } = await importWord(
      await wordFile([
        h1('Einleitung'),
        new Paragraph({ text: 'Ausgangslage', heading: HeadingLevel.HEADING_3 }),
        p('Text.'),
        new Textbox({ alignment: 'left', style: { width: '100pt', height: '50pt' }, children: [p('Wichtig im Kasten')] }),
      ]),
      ['--profile', 'none'],
    );
    expect(result.code).toBe(0);
    expect(await read('kapitel/01-einleitung.md')).toContain('## Ausgangslage\n\nText.\n\nWichtig im Kasten\n');
    expect(result.stdout).toContain('- Textfeld: Inhalt in den Fließtext gesetzt oder verloren (prüfen) – Einleitung');
  });

  it('keeps a table that names measures but cannot be read exactly, and says why', async () => {
    const bytes = await wordFile([
      h1('Handlungsfeld 1: Integration und Nachbarschaft'),
      table([
        ['Nr.', 'Maßnahme', 'Fonds', '2026'],
        ['1', 'Kiezfest', 'Stiftungsgeld', '500'],
      ]),
    ]);
    const { result, read } = await importWord(bytes);
    expect(result.code).toBe(0);
    expect(await read('kapitel/01-handlungsfeld-1-integration-und-nachbarschaft.md')).toContain('| 1   | Kiezfest | Stiftungsgeld | 500  |');
    expect(await read(REPORT)).toContain('- Tabelle mit Maßnahmen blieb eine Tabelle – Handlungsfeld 1: Integration und Nachbarschaft: Fonds „Stiftungsgeld“ (Zeile 2) ist keiner von');
  });
});

const REPORT = 'IMPORT-BERICHT.md';

/** Runs of a Word field: its code, and the result Word last showed for it. */
const field = (code: string, result: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${code} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
  `<w:r><w:t xml:space="preserve">${result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;

/** Replaces the run holding `marker` (a paragraph holding only it, with `paragraph`) in document.xml by raw XML. */
async function withFields(bytes: Buffer, runs: Record<string, string>, paragraphs: Record<string, string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  let xml = await zip.file('word/document.xml')!.async('string');
  for (const [marker, replacement] of Object.entries(paragraphs)) {
    xml = xml.replace(new RegExp(`<w:p>(?:(?!<w:p>).)*?>${marker}</w:t></w:r></w:p>`), replacement);
  }
  for (const [marker, replacement] of Object.entries(runs)) xml = xml.replace(`<w:r><w:t xml:space="preserve">${marker}</w:t></w:r>`, replacement);
  for (const marker of [...Object.keys(runs), ...Object.keys(paragraphs)]) expect(xml).not.toContain(marker);
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('ihek import of a Word file written in German', () => {
  it('reads German style names as headings, title, subtitle and captions; keeps the fields\' text, drops the contents and names the fields', async () => {
    const style = (id: string, name: string) => ({ id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true });
    const as = (styleId: string, text: string) => new Paragraph({ text, style: styleId });
    const tocLine = (text: string, page: string) =>
      `<w:r><w:t xml:space="preserve">${text}</w:t></w:r><w:r><w:tab/></w:r>${field(`PAGEREF _Toc${page} \\h`, page)}`;
    const toc =
      `<w:p><w:pPr><w:pStyle w:val="Inhaltsverzeichnisberschrift"/></w:pPr><w:r><w:t>Inhaltsverzeichnis</w:t></w:r></w:p>` +
      `<w:p><w:pPr><w:pStyle w:val="Verzeichnis1"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${tocLine('1. Einleitung', '3')}</w:p>` +
      `<w:p><w:pPr><w:pStyle w:val="Verzeichnis1"/></w:pPr>${tocLine('Anhang A: Quellen', '9')}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    const document = await wordFile(
      [
        as('Titel', 'Integriertes Handlungs- und Entwicklungskonzept 2026–2028'),
        as('Untertitel', 'Quartiersmanagement Rosenkiez'),
        p('FELD-TOC'),
        as('berschrift1', '1. Einleitung'),
        as('berschrift2', '1.1 Ausgangslage'),
        p('Mehr auf der ', 'FELD-LINK', ' und im Anhang.'),
        image('Karte des Rosenkiezes'),
        new Paragraph({ style: 'Beschriftung', children: [new TextRun('Abbildung '), new TextRun('FELD-SEQ'), new TextRun(': Lage des Gebiets')] }),
        as('Listenabsatz', 'Ein Absatz im Stil Listenabsatz.'),
        as('berschrift1', 'Anhang A: Quellen'),
        p('Monitoring Soziale Stadtentwicklung 2023.'),
      ],
      {
        styles: {
          paragraphStyles: [
            style('Titel', 'Titel'),
            style('Untertitel', 'Untertitel'),
            style('berschrift1', 'Überschrift 1'),
            style('berschrift2', 'Überschrift 2'),
            style('Beschriftung', 'Beschriftung'),
            style('Listenabsatz', 'Listenabsatz'),
            style('Verzeichnis1', 'Verzeichnis 1'),
            style('Inhaltsverzeichnisberschrift', 'Inhaltsverzeichnisüberschrift'),
          ],
        },
      },
    );
    const bytes = await withFields(
      document,
      { 'FELD-LINK': field('HYPERLINK "https://www.berlin.de/"', 'Seite des Senats'), 'FELD-SEQ': field('SEQ Abbildung \\* ARABIC', '1') },
      { 'FELD-TOC': toc },
    );
    const { dir, result, read, project } = await importWord(bytes, ['--profile', 'none']);
    expect(result.stderr).not.toContain('ihek:');
    expect(result.code).toBe(0);
    const manifest = await read('ihek.yaml');
    expect(manifest).toContain('title: Integriertes Handlungs- und Entwicklungskonzept 2026–2028');
    expect(manifest).toContain('subtitle: Quartiersmanagement Rosenkiez');
    expect(manifest).toMatch(/^chapters:\n {2}- kapitel\/01-einleitung\.md\n\n/m);
    expect(manifest).toMatch(/^appendix:\n {2}- anhang\/a-quellen\.md\n\n/m);
    const intro = await read('kapitel/01-einleitung.md');
    expect(intro).toContain('## Ausgangslage\n\nMehr auf der [Seite des Senats](https://www.berlin.de/) und im Anhang.\n');
    expect(intro).toContain('![Karte des Rosenkiezes](../bilder/bild-1.png "Lage des Gebiets")');
    expect(intro).toContain('Ein Absatz im Stil Listenabsatz.');
    expect(intro).not.toContain('Inhaltsverzeichnis');
    expect(intro).not.toContain('Quellen');
    const report = await read(REPORT);
    expect(report).toContain('- Inhaltsverzeichnis (Feld) weggelassen; ihek erzeugt es neu\n');
    expect(report).toContain('- Feld: nur das angezeigte Ergebnis übernommen – 1. Einleitung: „HYPERLINK“\n');
    expect(report).toContain('- Feld: nur das angezeigte Ergebnis übernommen – 1. Einleitung: „SEQ“\n');
    expect(report).not.toContain('PAGEREF');
    expect(report).not.toContain('Text vor der ersten Überschrift');
    const check = await checkJson(project, dir);
    expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect((await runCli(['fmt', project, '--check'], { cwd: dir })).code).toBe(0);
  }, 60_000);
});

describe('ihek import of a file written by LibreOffice', () => {
  it('imports it into a project that checks clean, with its measures as data', async () => {
    const { dir, result, read, project } = await importWord(await readFile(path.join(fixturesDir, 'import-libreoffice', 'ihek-libreoffice.docx')));
    expect(result.code).toBe(0);
    const hf1 = await read('kapitel/05-handlungsfeld-1-integration-und-nachbarschaft.md');
    expect(hf1).toContain('## Handlungsbedarfe\n');
    expect(hf1).toContain('## Maßnahmen\n\n{{massnahmenTabelle handlungsfeld="HF1"}}\n');
    expect(await read('daten/massnahmen.yaml')).toContain('- id: M-HF1-01\n  title: Projekt im Handlungsfeld 1\n  handlungsfeld: HF1\n  fonds: Projektfonds\n  traeger: Lindenverein e. V.\n  from: 2026\n  to: 2027\n  amounts: { 2026: 5000, 2027: 5000 }');
    expect(await read('kapitel/01-einleitung.md')).toContain('Das IHEK beschreibt die **Ziele** und *Maßnahmen* im Lindenkiez. Mehr unter [berlin.de](https://www.berlin.de/).\n\n- erster Punkt\n  - Unterpunkt\n- zweiter Punkt');
    expect(await read('anhang/a-quellen.md')).toContain('title: Quellen\ntype: anhang');
    expect(result.stdout).toContain('Nichts – alles wurde übernommen.');
    const check = await checkJson(project, dir);
    expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect((await runCli(['fmt', project, '--check'], { cwd: dir })).code).toBe(0);
  }, 60_000);
});

/** The Senate's outline since 2022 as typed in Word: chapters 0 to 6 numbered without a dot, lettered Handlungsfelder. */
async function outline2022(): Promise<Buffer> {
  const hf = ['Integration und Nachbarschaft', 'Bildung', 'Öffentlicher Raum', 'Gesundheit und Bewegung', 'Beteiligung, Vernetzung und Kooperation'];
  const gebiet = ['Karte des QM-Gebiets', 'Allgemeine Gebietsbeschreibung', 'Bevölkerungs- und Sozialstruktur', 'Wichtigste Partnerschaften der Gebietsentwicklung', 'Einrichtungen und Aktive im QM-Gebiet'];
  return wordFile([
    title('Integriertes Handlungs- und Entwicklungskonzept 2026–2028'),
    new Paragraph({ text: 'Quartiersmanagement Lindenkiez', style: 'Subtitle' }),
    h1('0 Einleitung'),
    p('Das IHEK schreibt das Konzept fort.'),
    h1('1 Gebietsbeschreibung'),
    ...gebiet.flatMap((section, index) => [h2(`1.${index + 1} ${section}`), p(`Text zu ${section}.`)]),
    h1('2 Stand der Gebietsentwicklung nach Handlungsfeldern'),
    ...hf.flatMap((section, index) => [h2(`2.${index + 1} ${section}`), p(`Bilanz zu ${section}.`)]),
    h1('3 Künftiger Handlungsbedarf nach Handlungsfeldern'),
    ...hf.flatMap((section, index) => [
      h2(`${String.fromCharCode(97 + index)}) ${section}`),
      p(`Bedarf zu ${section}.`),
      ...(index === 1
        ? [
            table([
              ['Nr.', 'Maßnahme', 'Fonds', 'Träger', '2026', '2027'],
              ['1', 'Lernwerkstatt', 'Projektfonds', 'Schulverein e. V.', '6.000 €', '6.000 €'],
            ]),
          ]
        : []),
    ]),
    h1('4 Klimaschutz und Klimaanpassung'),
    p('Mehr Schatten und Grün.'),
    h1('5 Beteiligungskonzept'),
    p('Der Quartiersrat tagt monatlich.'),
    h1('6 Strategie zur Verstetigung'),
    p('Netzwerke tragen weiter.'),
    h1('Anhänge'),
    p('Monitoring Soziale Stadtentwicklung 2023.'),
  ]);
}

/** A stand-alone BENN site's Handlungskonzept as typed in Word: five chapters, the four BENN Handlungsfelder, an appendix. */
async function bennOutline(): Promise<Buffer> {
  const felder = ['Begegnung und aktives Miteinander', 'Empowerment und Beteiligung', 'Kommunikation und Dialog', 'Netzwerkarbeit und Quartiersentwicklung'];
  return wordFile([
    title('BENN-Handlungskonzept 2026–2028'),
    new Paragraph({ text: 'BENN – Berlin Entwickelt Neue Nachbarschaften, Standort Mühlenviertel', style: 'Subtitle' }),
    h1('1 Einleitung'),
    p('Der BENN-Standort besteht seit 2017.'),
    h1('2 Aktuelle Situation'),
    p('In der Unterkunft leben 300 Menschen.'),
    h1('3 Ziele und Handlungsbedarfe'),
    ...felder.flatMap((feld, index) => [h2(`3.${index + 1} ${feld}`), p(`Ziele zu ${feld}.`)]),
    h1('4 Handlungsschritte'),
    p('Erst das Fest, dann das Gremium.'),
    h1('5 Öffentlichkeitsarbeit'),
    p('Plakate und ein mehrsprachiger Newsletter.'),
    h1('Anhang'),
    p('Quellen.'),
  ]);
}

describe('ihek import of a stand-alone BENN Handlungskonzept', () => {
  it('recognises the profile benn, writes its benn: block with the site, and the project checks clean', async () => {
    const { dir, result, read, project } = await importWord(await bennOutline());
    expect(result.stderr).not.toContain('interner Fehler');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('- Profil: benn\n');
    const manifest = await read('ihek.yaml');
    expect(manifest).toMatch(/^profile: benn$/m);
    expect(manifest).toContain('subtitle: BENN – Berlin Entwickelt Neue Nachbarschaften, Standort Mühlenviertel\n');
    expect(manifest).toContain('area: Mühlenviertel ');
    expect(manifest).toContain('# BENN-Standort: Das Profil verlangt diesen Block mit dem Standort, der Unterkunft und dem Jahresbudget.\n');
    expect(manifest).toMatch(/^benn: \{ site: Mühlenviertel, /m);
    expect((await readdir(path.join(project, 'kapitel'))).sort()).toEqual([
      '01-einleitung.md',
      '02-aktuelle-situation.md',
      '03-ziele-und-handlungsbedarfe.md',
      '04-handlungsschritte.md',
      '05-oeffentlichkeitsarbeit.md',
    ]);
    const types = await Promise.all(
      ['01-einleitung', '02-aktuelle-situation', '03-ziele-und-handlungsbedarfe', '04-handlungsschritte', '05-oeffentlichkeitsarbeit'].map(
        async (name) => /^type: (.+)$/m.exec(await read(`kapitel/${name}.md`))?.[1],
      ),
    );
    expect(types).toEqual(['einleitung', 'situation', 'ziele', 'handlungsschritte', 'oeffentlichkeitsarbeit']);
    expect([...(await read('kapitel/03-ziele-und-handlungsbedarfe.md')).matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual([
      'Begegnung und aktives Miteinander',
      'Empowerment und Beteiligung',
      'Kommunikation und Dialog',
      'Netzwerkarbeit und Quartiersentwicklung',
    ]);
    expect(await read('anhang/a-anhang.md')).toContain('type: anhang\n');

    await expectChecksAndFormatsClean(project, dir);
  }, 60_000);
});

describe('ihek import of a Word file in the outline of 2022', () => {
  it('recognises the profile berlin-qm-2022 and each chapter type; the project checks clean and is formatted', async () => {
    const { dir, result, read, project } = await importWord(await outline2022());
    expect(result.stderr).not.toContain('interner Fehler');
    expect(result.code).toBe(0);
    const manifest = await read('ihek.yaml');
    expect(manifest).toMatch(/^profile: berlin-qm-2022$/m);
    expect(manifest).toContain('(nummeriert 0, 1, 2 …)');
    expect(manifest).toMatch(/appendix:\n {2}- anhang\/a-anhaenge\.md/);
    expect((await readdir(path.join(project, 'kapitel'))).sort()).toEqual([
      '01-einleitung.md',
      '02-gebietsbeschreibung.md',
      '03-stand-der-gebietsentwicklung-nach-handlungsfeldern.md',
      '04-kuenftiger-handlungsbedarf-nach-handlungsfeldern.md',
      '05-klimaschutz-und-klimaanpassung.md',
      '06-beteiligungskonzept.md',
      '07-strategie-zur-verstetigung.md',
    ]);
    expect(await read('kapitel/01-einleitung.md')).toMatch(/^---\nid: einleitung\ntitle: Einleitung\ntype: einleitung\n/);
    expect(await read('kapitel/02-gebietsbeschreibung.md')).toContain('type: gebiet\n');
    expect(await read('kapitel/03-stand-der-gebietsentwicklung-nach-handlungsfeldern.md')).toContain('type: bilanz\n');
    const bedarf = await read('kapitel/04-kuenftiger-handlungsbedarf-nach-handlungsfeldern.md');
    expect(bedarf).toContain('title: Künftiger Handlungsbedarf nach Handlungsfeldern\ntype: handlungsbedarf\n');
    // The typed letters go: the profile letters the Handlungsfelder of this chapter itself.
    expect(bedarf).toContain('\n## Bildung\n\nBedarf zu Bildung.\n\n{{massnahmenTabelle handlungsfeld="HF2"}}\n');
    expect(bedarf).not.toMatch(/## [a-e]\)/);
    expect(await read('kapitel/05-klimaschutz-und-klimaanpassung.md')).toContain('type: klima\n');
    expect(await read('kapitel/06-beteiligungskonzept.md')).toContain('type: beteiligung\n');
    expect(await read('kapitel/07-strategie-zur-verstetigung.md')).toContain('type: verstetigung\n');
    expect(await read('anhang/a-anhaenge.md')).toContain('title: Anhänge\ntype: anhang\n');
    expect(await read('daten/massnahmen.yaml')).toContain('- id: M-HF2-01\n  title: Lernwerkstatt\n  handlungsfeld: HF2\n  fonds: Projektfonds');
    expect(result.stdout).toContain('- Profil: berlin-qm-2022\n');
    expect(result.stdout).toContain('| 3 Künftiger Handlungsbedarf nach Handlungsfeldern | kapitel/04-kuenftiger-handlungsbedarf-nach-handlungsfeldern.md | handlungsbedarf |');

    await expectChecksAndFormatsClean(project, dir);
  }, 60_000);

  it('takes the profile --profile names instead of the one that fits best', async () => {
    const { result, read } = await importWord(await outline2022(), ['--profile', 'berlin-qm']);
    expect(result.code).toBe(0);
    expect(await read('ihek.yaml')).toMatch(/^profile: berlin-qm$/m);
    expect(result.stdout).toContain('- Profil: berlin-qm\n');
  }, 60_000);

  it('keeps a lone number at the start of a chapter title: "10 Jahre QM" is a title', async () => {
    const { result, read } = await importWord(await wordFile([h1('Einleitung'), p('Text.'), h1('10 Jahre QM'), p('Rückblick.')]), ['--profile', 'none']);
    expect(result.code).toBe(0);
    expect(await read('kapitel/02-10-jahre-qm.md')).toContain('title: 10 Jahre QM\n');
  }, 60_000);
});
