import { readFile, truncate } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES } from '../src/rules.js';
import { rulesReference } from '../src/check/rules-doc.js';
import { runCli, type JsonDiagnostic } from './support/cli.js';
import { fixturesDir, lineOf, makeProject, packageRoot, removeTempDirs } from './support/fixture.js';

const qmValid = path.join(fixturesDir, 'qm-valid');
const seenRules = new Set<string>();

afterAll(removeTempDirs);

async function checkCase(overlay: string | undefined, extra: string[] = []) {
  const project = await makeProject({ base: qmValid, ...(overlay && { overlay: `check/${overlay}` }) });
  const result = await runCli(['check', project.dir, '--format', 'json', ...extra], { cwd: project.parent });
  const report = JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[]; errors: number; warnings: number };
  for (const d of report.diagnostics) seenRules.add(d.rule);
  return { ...result, report, project };
}

/** The case's own copy of a file if it has one, else qm-valid's. */
async function fixtureLine(overlay: string, file: string, needle: string, occurrence: 'first' | 'last' = 'first') {
  const own = path.join('check', overlay, file);
  const source = await readFile(path.join(fixturesDir, own), 'utf8').then(
    () => own,
    () => path.join('qm-valid', file),
  );
  if (occurrence === 'first') return lineOf(source, needle);
  const lines = (await readFile(path.join(fixturesDir, source), 'utf8')).split('\n');
  return lines.map((line, index) => (line.includes(needle) ? index + 1 : 0)).filter(Boolean).at(-1)!;
}

function only(diagnostics: JsonDiagnostic[], rule: string): JsonDiagnostic[] {
  return diagnostics.filter((d) => d.rule === rule);
}

describe('ihek check: the good cases', () => {
  it('passes a complete berlin-qm project with exit 0 and no findings', async () => {
    const { code, report } = await checkCase(undefined);
    expect(report).toEqual({ diagnostics: [], errors: 0, warnings: 0 });
    expect(code).toBe(0);
  });

  it('passes the example in content/ with zero errors and zero warnings', async () => {
    const result = await runCli(['check', 'content', '--format', 'json'], { cwd: packageRoot });
    expect(JSON.parse(result.stdout)).toEqual({ diagnostics: [], errors: 0, warnings: 0 });
    expect(result.code).toBe(0);
  });

  it('matches required sections by alias, regardless of case, spacing and Unicode composition', async () => {
    const { code, report } = await checkCase('sections-by-alias');
    expect(report.diagnostics).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('ihek check: structure rules', () => {
  it('required-chapter: a missing Handlungsfeld chapter is reported at chapters: in ihek.yaml', async () => {
    const { code, report } = await checkCase('missing-handlungsfeld-chapter');
    const [d] = only(report.diagnostics, 'required-chapter');
    expect(d).toMatchObject({
      file: 'ihek.yaml',
      line: await fixtureLine('missing-handlungsfeld-chapter', 'ihek.yaml', 'chapters:'),
      severity: 'error',
    });
    expect(d!.message).toContain('HF3');
    expect(d!.message).toContain('Öffentlicher Raum');
    expect(report.errors).toBe(1);
    expect(code).toBe(1);
  });

  it('required-chapter: the BENN chapter is required when ihek.yaml has benn:', async () => {
    const { code, report } = await checkCase('missing-benn-chapter');
    expect(report.diagnostics).toHaveLength(1);
    expect(report.diagnostics[0]).toMatchObject({ file: 'ihek.yaml', rule: 'required-chapter', line: 8 });
    expect(report.diagnostics[0]!.message).toContain('benn');
    expect(code).toBe(1);
  });

  it('chapter-count: a BENN chapter without a benn: block in ihek.yaml', async () => {
    const { code, report } = await checkCase('benn-chapter-without-benn-block');
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        file: 'kapitel/10-benn.md',
        line: await fixtureLine('benn-chapter-without-benn-block', 'kapitel/10-benn.md', 'type: benn'),
        rule: 'chapter-count',
        severity: 'error',
      }),
    ]);
    expect(code).toBe(1);
  });

  it('chapter-count: a second Einleitung points at the first one', async () => {
    const { report } = await checkCase('two-einleitung-chapters');
    const [d] = only(report.diagnostics, 'chapter-count');
    expect(d).toMatchObject({ file: 'kapitel/01b-einleitung.md', line: 4 });
    expect(d!.related).toEqual([{ file: 'kapitel/01-einleitung.md', line: 4 }]);
  });

  it('chapter-order: Leitbild listed after Stand der Gebietsentwicklung', async () => {
    const { code, report } = await checkCase('chapter-order-swapped');
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        file: 'ihek.yaml',
        rule: 'chapter-order',
        line: await fixtureLine('chapter-order-swapped', 'ihek.yaml', 'kapitel/03-leitbild.md'),
      }),
    ]);
    expect(report.diagnostics[0]!.message).toContain('leitbild');
    expect(code).toBe(1);
  });

  it('chapter-type: an unknown type is reported at its front matter line', async () => {
    const { report } = await checkCase('unknown-chapter-type');
    const [d] = only(report.diagnostics, 'chapter-type');
    expect(d).toMatchObject({
      file: 'kapitel/03-leitbild.md',
      line: await fixtureLine('unknown-chapter-type', 'kapitel/03-leitbild.md', 'type: vision'),
    });
    expect(d!.message).toContain('einleitung, gebiet, leitbild');
    expect(only(report.diagnostics, 'required-chapter')).toHaveLength(1);
  });

  it('chapter-type: a mistyped type gets "meinten Sie …?" and no second finding that its chapter is missing', async () => {
    const project = await makeProject({
      base: qmValid,
      transform: {
        'kapitel/03-leitbild.md': (bytes) => bytes.toString('utf8').replace('type: leitbild', 'type: leitbidl'),
        'kapitel/06-hf2.md': (bytes) => bytes.toString('utf8').replace('type: handlungsfeld', 'type: Handlungsfeld'),
      },
    });
    const result = await runCli(['check', project.dir, '--format', 'json'], { cwd: project.parent });
    const report = JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[] };
    const known = 'einleitung, gebiet, leitbild, bilanz, handlungsfeld, querschnitt, benn, anhang';
    expect(report.diagnostics.map((d) => [d.file, d.line, d.rule, d.message])).toEqual([
      ['kapitel/03-leitbild.md', 4, 'chapter-type', `unbekannter Kapiteltyp „leitbidl“ – meinten Sie „leitbild“? Das Profil berlin-qm kennt: ${known}`],
      ['kapitel/06-hf2.md', 4, 'chapter-type', `unbekannter Kapiteltyp „Handlungsfeld“ – meinten Sie „handlungsfeld“? Das Profil berlin-qm kennt: ${known}`],
    ]);
    expect(result.code).toBe(1);
  });

  it('skeleton-text: guidance left from a skeleton is a warning at its paragraph or list item', async () => {
    const { code, report } = await checkCase('skeleton-text');
    const at = (needle: string) => fixtureLine('skeleton-text', 'kapitel/03-leitbild.md', needle);
    expect(report.diagnostics.map((d) => [d.file, d.line, d.column, d.severity, d.rule])).toEqual([
      ['kapitel/03-leitbild.md', await at('Fassen Sie'), 1, 'warning', 'skeleton-text'],
      ['kapitel/03-leitbild.md', await at('Im Kiez'), 3, 'warning', 'skeleton-text'],
    ]);
    expect(code).toBe(0);
  });

  it('front-matter: a Handlungsfeld the profile does not know', async () => {
    const { report } = await checkCase('unknown-handlungsfeld');
    const [d] = only(report.diagnostics, 'front-matter');
    expect(d).toMatchObject({ file: 'kapitel/05-hf1.md', line: 5, severity: 'error' });
    expect(d!.message).toContain('HF9');
  });

  it('required-section: a missing ## Budget is reported where it is expected', async () => {
    const { code, report } = await checkCase('missing-benn-budget-section');
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        file: 'kapitel/10-benn.md',
        rule: 'required-section',
        line: await fixtureLine('missing-benn-budget-section', 'kapitel/10-benn.md', '## Beteiligung'),
      }),
    ]);
    expect(report.diagnostics[0]!.message).toContain('## Budget');
    expect(report.diagnostics[0]!.message).toContain('Finanzierung');
    expect(code).toBe(1);
  });

  it('a project profile adds a section, turns a rule off and makes another an error', async () => {
    const { code, report } = await checkCase('profile-extension');
    expect(only(report.diagnostics, 'abbreviation-missing')).toEqual([]);
    const [placeholder] = only(report.diagnostics, 'placeholder');
    expect(placeholder).toMatchObject({ file: 'kapitel/01-einleitung.md', severity: 'error' });
    const [section] = only(report.diagnostics, 'required-section');
    expect(section).toMatchObject({ file: 'kapitel/02-gebiet.md', severity: 'error' });
    expect(section!.message).toContain('Lage im Stadtraum');
    expect(code).toBe(1);
  });
});

describe('ihek check: content rules', () => {
  it('heading-level: a jump from ## to ####', async () => {
    const { report } = await checkCase('heading-level-skip');
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        rule: 'heading-level',
        file: 'kapitel/03-leitbild.md',
        line: await fixtureLine('heading-level-skip', 'kapitel/03-leitbild.md', '#### Zu tief'),
      }),
    ]);
  });

  it('heading-level: a level-1 heading in the body', async () => {
    const { report } = await checkCase('heading-level-one');
    expect(only(report.diagnostics, 'heading-level')).toEqual([
      expect.objectContaining({ line: await fixtureLine('heading-level-one', 'kapitel/03-leitbild.md', '# Noch ein Titel') }),
    ]);
  });

  it('duplicate-anchor: two sections with the same title, with the first as related place', async () => {
    const { report } = await checkCase('duplicate-anchor');
    const first = await fixtureLine('duplicate-anchor', 'kapitel/05-hf1.md', '## Ziele');
    const second = await fixtureLine('duplicate-anchor', 'kapitel/05-hf1.md', '## Ziele', 'last');
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        rule: 'duplicate-anchor',
        file: 'kapitel/05-hf1.md',
        line: second,
        related: [{ file: 'kapitel/05-hf1.md', line: first, column: 1 }],
      }),
    ]);
    expect(report.diagnostics[0]!.message).toContain('#hf1-ziele');
  });

  it('broken-link: a link to an anchor nobody has; a valid cross-reference passes', async () => {
    const { report } = await checkCase('broken-link');
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        rule: 'broken-link',
        file: 'kapitel/01-einleitung.md',
        line: await fixtureLine('broken-link', 'kapitel/01-einleitung.md', 'Siehe [das Ziel]'),
        column: 7,
      }),
    ]);
  });

  it('images: missing, without alt text, outside the project, remote', async () => {
    const { code, report } = await checkCase('image-problems');
    const at = (needle: string) => fixtureLine('image-problems', 'kapitel/02-gebiet.md', needle);
    const byRule = Object.fromEntries(report.diagnostics.map((d) => [d.rule, d.line]));
    expect(byRule).toEqual({
      'image-missing': await at('fehlt.png'),
      'image-alt': await at('karte.svg'),
      'image-outside': await at('aussen.png'),
      'image-remote': await at('example.org'),
    });
    expect(code).toBe(1);
  });

  it('image-size: an image over 20 MB, and the uses that take the document over 100 MB in all', async () => {
    const file = 'kapitel/01-einleitung.md';
    const text = `${await readFile(path.join(qmValid, file), 'utf8')}\n![Riesig](../bilder/riesig.png)\n\n${Array.from({ length: 6 }, (_, i) => `![Foto ${i}](../bilder/foto.png)`).join('\n\n')}\n`;
    const project = await makeProject({ base: qmValid, files: { [file]: text, 'bilder/riesig.png': '', 'bilder/foto.png': '' } });
    // Sparse files: no room on the disk, and never read by the check.
    await truncate(project.path('bilder/riesig.png'), 21 * 1024 * 1024);
    await truncate(project.path('bilder/foto.png'), 19 * 1024 * 1024);
    const result = await runCli(['check', project.dir, '--format', 'json'], { cwd: project.parent });
    const report = JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[] };
    for (const d of report.diagnostics) seenRules.add(d.rule);
    const lineIn = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
    expect(report.diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([
      ['image-size', lineIn('![Riesig]'), '../bilder/riesig.png ist größer als 20 MB; verkleinern Sie das Bild (z. B. als JPEG mit 2000 Pixel Breite)'],
      ['image-size', lineIn('![Foto 5]'), 'Bild „../bilder/foto.png“ wird nicht eingebettet: alle Bilder des Dokuments zusammen (jede Verwendung zählt) wären größer als 100 MB; verkleinern Sie die Bilder oder verwenden Sie sie seltener'],
    ]);
    expect(result.code).toBe(1);
  });

  it('image-alt: images inside links, lists, table cells and footnotes are found, in the order of the chapter', async () => {
    const file = 'kapitel/01-einleitung.md';
    const added = [
      '[![](../bilder/a.png)](https://example.org)',
      '',
      '- Punkt mit ![](../bilder/b.png)',
      '',
      '| Spalte |',
      '| --- |',
      '| ![](../bilder/c.png) |',
      '',
      'Text mit Fußnote.[^bild]',
      '',
      '[^bild]: Siehe ![](../bilder/d.png)',
    ];
    const text = `${await readFile(path.join(qmValid, file), 'utf8')}\n${added.join('\n')}\n`;
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const project = await makeProject({ base: qmValid, files: { [file]: text, ...Object.fromEntries(['a', 'b', 'c', 'd'].map((n) => [`bilder/${n}.png`, png])) } });
    const result = await runCli(['check', project.dir, '--format', 'json'], { cwd: project.parent });
    const report = JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[] };
    const lineIn = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
    expect(report.diagnostics.filter((d) => d.rule === 'image-alt').map((d) => d.line)).toEqual(
      ['a.png', 'b.png', 'c.png', 'd.png'].map((name) => lineIn(name)),
    );
  });

  it('image-alt: an image that links to a section stays an image on the page, and its missing alt text is found', async () => {
    const file = 'kapitel/01-einleitung.md';
    const text = `${await readFile(path.join(qmValid, file), 'utf8')}\n[![](../bilder/a.png)](#einleitung)\n`;
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const project = await makeProject({ base: qmValid, files: { [file]: text, 'bilder/a.png': png } });
    const checked = await runCli(['check', project.dir, '--format', 'json'], { cwd: project.parent });
    const report = JSON.parse(checked.stdout) as { diagnostics: JsonDiagnostic[] };
    expect(report.diagnostics.filter((d) => d.rule === 'image-alt').map((d) => d.line)).toEqual([text.split('\n').findIndex((line) => line.includes('a.png')) + 1]);
    // An empty link text asks for a generated reference ("Kapitel 1 …"), but this link shows an image.
    const out = path.join(project.parent, 'out');
    const built = await runCli(['build', project.dir, '--no-check', '--html', '--out', out], { cwd: project.parent });
    expect(built.code).toBe(0);
    const html = await readFile(path.join(out, 'ihek.html'), 'utf8');
    expect(html).toMatch(/<a href="#einleitung"><img [^>]*src="data:image\/png;base64,/);
  });

  it('link-target: links to a file, out of the project, javascript:, data: and file: (also as a reference definition); web, mail and anchor links pass', async () => {
    const { code, report } = await checkCase('link-targets');
    const at = (needle: string) => fixtureLine('link-targets', 'kapitel/01-einleitung.md', needle);
    expect(report.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([
      ['link-target', await at('satzung.pdf'), 22],
      ['link-target', await at('geheim.txt'), 16],
      ['link-target', await at('javascript:'), 5],
      ['link-target', await at('javascript:'), 42],
      ['link-target', await at('file:///'), 1],
    ]);
    const messages = report.diagnostics.map((d) => d.message);
    expect(messages[0]).toBe('Link „satzung.pdf“ zeigt auf eine Datei; das Dokument ist eine einzelne HTML- bzw. PDF-Datei, in der dieser Link ins Leere führt – verlinken Sie eine Webadresse (https:) oder einen Anker (#…)');
    expect(messages[1]).toBe('Link „../../geheim.txt“ führt aus dem Projektordner hinaus; verlinken Sie eine Webadresse (https:) oder einen Anker (#…)');
    expect(messages[2]).toBe('Link „javascript:alert(1)“ verwendet die Adresse „javascript:“, die im Dokument entfernt wird; erlaubt sind #Anker, http:, https:, mailto:, tel:');
    expect(messages[4]).toContain('„file:“');
    expect(code).toBe(1);
  });

  it('raw-html: an iframe and an event handler are reported; sub and details pass', async () => {
    const { report } = await checkCase('raw-html');
    const at = (needle: string) => fixtureLine('raw-html', 'kapitel/01-einleitung.md', needle);
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ rule: 'raw-html', line: await at('<iframe'), column: 1, message: 'HTML-Element <iframe> wird aus Sicherheitsgründen aus dem Dokument entfernt' }),
      expect.objectContaining({ rule: 'raw-html', line: await at('onclick'), column: 16, message: 'Attribut onclick an <span> wird aus Sicherheitsgründen aus dem Dokument entfernt' }),
    ]);
  });

  it('template-external and template-script: @import, url() to a file, a script and a remote image in the project\'s templates; data: passes', async () => {
    const { report } = await checkCase('template-external');
    const css = (needle: string) => fixtureLine('template-external', 'templates/style.css', needle);
    const partial = (needle: string) => fixtureLine('template-external', 'templates/partials/zaehler.hbs', needle);
    expect(report.diagnostics.map((d) => [d.file, d.line, d.rule])).toEqual([
      ['templates/partials/zaehler.hbs', await partial('<script'), 'template-script'],
      ['templates/partials/zaehler.hbs', await partial('<img'), 'template-external'],
      ['templates/style.css', await css('@import'), 'template-external'],
      ['templates/style.css', await css('hintergrund.png'), 'template-external'],
    ]);
    expect(report.diagnostics[2]!.message).toBe('„@import url("https://fonts.example.org/css?family=Fancy")“ wird nicht geladen: das Dokument lädt keine weiteren Stildateien; schreiben Sie die Regeln in diese Datei');
  });

  it('table-header: a table whose first row is empty', async () => {
    const { report } = await checkCase('table-without-header');
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        rule: 'table-header',
        line: await fixtureLine('table-without-header', 'kapitel/04-bilanz.md', '|   |   |'),
      }),
    ]);
  });

  it('template-expression: an unknown value is reported at its source line', async () => {
    const { report } = await checkCase('template-unknown-value');
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        rule: 'template-expression',
        file: 'kapitel/01-einleitung.md',
        line: await fixtureLine('template-unknown-value', 'kapitel/01-einleitung.md', '{{aera}}'),
      }),
    ]);
    expect(report.diagnostics[0]!.message).toContain('aera');
  });

  it('unsupported-character: an emoji the document fonts cannot print, with its code point', async () => {
    const { code, report } = await checkCase('unsupported-character');
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        rule: 'unsupported-character',
        file: 'kapitel/01-einleitung.md',
        line: await fixtureLine('unsupported-character', 'kapitel/01-einleitung.md', 'Wir freuen uns'),
        column: 16,
        severity: 'error',
      }),
    ]);
    expect(report.diagnostics[0]!.message).toContain('U+1F600');
    expect(code).toBe(1);
  });

  it('spelling (with --spell), repeated-word and gender-form are warnings at the word, also after a {{…}} expression', async () => {
    const { code, report } = await checkCase('wording', ['--spell']);
    expect(code).toBe(0);
    const line = await fixtureLine('wording', 'kapitel/05-hf1.md', 'Nachbarschafft');
    const starLine = await fixtureLine('wording', 'kapitel/05-hf1.md', 'Bewohner*innen');
    const shown = report.diagnostics.map((d) => [d.rule, d.severity, d.line, d.column, d.message]);
    expect(shown).toEqual([
      ['spelling', 'warning', line, 42, '„Nachbarschafft“ – meinten Sie „Nachbarschaft“? (Ist das Wort richtig, in woerterbuch.txt aufnehmen)'],
      ['repeated-word', 'warning', line, 74, '„das das“: Wort doppelt – eines streichen'],
      ['gender-form', 'warning', starLine, 5, '„Bewohner*innen“ (Genderstern): das Dokument gendert mit Doppelpunkt (genderForm: doppelpunkt in ihek.yaml) – „Bewohner:innen“ schreiben'],
    ]);
  });

  it('abbreviation-missing and placeholder are warnings: exit 0, unless --max-warnings is exceeded', async () => {
    const { code, report } = await checkCase('warnings-only');
    const line = (needle: string) => fixtureLine('warnings-only', 'kapitel/01-einleitung.md', needle);
    expect(report.errors).toBe(0);
    expect(report.diagnostics.map((d) => [d.rule, d.line, d.severity])).toEqual([
      ['abbreviation-missing', await line('EFRE'), 'warning'],
      ['placeholder', await line('TODO'), 'warning'],
      ['placeholder', await line('TODO'), 'warning'],
    ]);
    expect(report.diagnostics[0]!.message).toContain('EFRE');
    expect(code).toBe(0);
    expect((await checkCase('warnings-only', ['--max-warnings', '3'])).code).toBe(0);
    expect((await checkCase('warnings-only', ['--max-warnings', '2'])).code).toBe(1);
  });
});

describe('ihek check: what a Word user writes', () => {
  it('a # title, hand-typed numbers, pasted bullets, tabs and soft hyphens: warnings at their lines, no missing section', async () => {
    const { code, report } = await checkCase('word-habits');
    const line = (needle: string) => fixtureLine('word-habits', 'kapitel/05-hf1.md', needle);
    expect(report.diagnostics.map((d) => [d.rule, d.line, d.severity])).toEqual([
      ['heading-number', await line('## 5.1'), 'warning'],
      ['pasted-bullet', await line('• mehr'), 'warning'],
      ['pasted-bullet', await line('bessere Wege'), 'warning'],
      ['heading-number', await line('## 5.2'), 'warning'],
      ['pasted-tab-indent', await line('Dieser Absatz'), 'warning'],
      ['pasted-tab-table', await line('Jahr'), 'warning'],
      ['heading-number', await line('## 5.3'), 'warning'],
      ['soft-hyphen', await line('Eine Quartiers'), 'warning'],
    ]);
    expect(report.errors).toBe(0);
    expect(code).toBe(0);
  });
});

describe('ihek check: measures', () => {
  it('measure-handlungsfeld: a Handlungsfeld the profile does not know', async () => {
    const { report } = await checkCase('measure-unknown-handlungsfeld');
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        rule: 'measure-handlungsfeld',
        file: 'daten/massnahmen.yaml',
        line: await fixtureLine('measure-unknown-handlungsfeld', 'daten/massnahmen.yaml', 'HF7'),
      }),
    ]);
  });

  it('measure-period: a measure running past the IHEK period', async () => {
    const { report } = await checkCase('measure-outside-period');
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        rule: 'measure-period',
        line: await fixtureLine('measure-outside-period', 'daten/massnahmen.yaml', 'to: 2028'),
      }),
    ]);
    expect(report.diagnostics[0]!.message).toContain('2025–2027');
  });

  it('fund-limit: an Aktionsfonds measure over 1.500 €', async () => {
    const { report } = await checkCase('aktionsfonds-over-limit');
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        rule: 'fund-limit',
        line: await fixtureLine('aktionsfonds-over-limit', 'daten/massnahmen.yaml', '2025: 2000'),
      }),
    ]);
    expect(report.diagnostics[0]!.message).toContain('2.000\u00a0€');
    expect(report.diagnostics[0]!.message).toContain('1.500\u00a0€');
  });

  it('fund-minimum: a Projektfonds measure under 5.000 €, a Baufonds and a Netzwerkfonds measure under 50.000 €', async () => {
    const { code, report } = await checkCase('fonds-below-minimum');
    const line = (needle: string) => fixtureLine('fonds-below-minimum', 'daten/massnahmen.yaml', needle);
    const amountsOf = async (id: string) => (await line(`id: ${id}`)) + 6;
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ rule: 'fund-minimum', severity: 'error', file: 'daten/massnahmen.yaml', line: await amountsOf('M-HF2-01') }),
      expect.objectContaining({ rule: 'fund-minimum', severity: 'error', file: 'daten/massnahmen.yaml', line: await amountsOf('M-HF3-01') }),
      expect.objectContaining({ rule: 'fund-minimum', severity: 'error', file: 'daten/massnahmen.yaml', line: await amountsOf('M-HF5-01') }),
    ]);
    const [projekt, bau, netzwerk] = report.diagnostics.map((d) => d.message);
    expect(projekt).toBe('Maßnahme M-HF2-01 (Projektfonds) kostet 4.500\u00a0€; der Projektfonds fördert erst ab 5.000\u00a0€ je Maßnahme – Betrag erhöhen oder einen anderen Fonds wählen');
    expect(bau).toContain('M-HF3-01 (Baufonds) kostet 40.000\u00a0€');
    expect(bau).toContain('50.000\u00a0€');
    expect(netzwerk).toContain('M-HF5-01 (Netzwerkfonds) kostet 30.000\u00a0€');
    expect(code).toBe(1);
  });

  it('fund-year-limit: Aktionsfonds measures over 10.000 € in one year, at the amount that goes over it', async () => {
    const { code, report } = await checkCase('aktionsfonds-year-limit');
    const line = await fixtureLine('aktionsfonds-year-limit', 'daten/massnahmen.yaml', 'id: M-HF1-08');
    expect(report.diagnostics).toEqual([expect.objectContaining({ rule: 'fund-year-limit', file: 'daten/massnahmen.yaml', line: line + 6 })]);
    const [d] = report.diagnostics;
    expect(d!.message).toBe('Aktionsfonds 2025: 8 Maßnahmen zusammen 12.000\u00a0€, mit Maßnahme M-HF1-08 über dem Höchstbetrag von 10.000\u00a0€ je Jahr im Gebiet');
    expect(d!.related).toHaveLength(7);
    expect(d!.related![0]).toMatchObject({ file: 'daten/massnahmen.yaml', line: (await fixtureLine('aktionsfonds-year-limit', 'daten/massnahmen.yaml', 'id: M-HF1-02')) + 6 });
    expect(code).toBe(1);
  });

  it('fund-duration: a Projektfonds measure over five years, at its "to"', async () => {
    const { code, report } = await checkCase('projektfonds-five-years');
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ rule: 'fund-duration', file: 'daten/massnahmen.yaml', line: await fixtureLine('projektfonds-five-years', 'daten/massnahmen.yaml', 'to: 2029') }),
    ]);
    expect(report.diagnostics[0]!.message).toBe('Maßnahme M-HF2-01 (Projektfonds) läuft 2025–2029, 5 Jahre; erlaubt sind höchstens 4 Jahre je Maßnahme');
    expect(code).toBe(1);
  });

  it('a project profile lowers a fund rule to a warning and changes a figure', async () => {
    const project = await makeProject({
      base: qmValid,
      overlay: 'check/fonds-below-minimum',
      files: { 'profil.yaml': 'extends: berlin-qm\nfunds:\n  Baufonds: { minPerMeasure: 30000 }\nrules:\n  fund-minimum: warning\n' },
      transform: { 'ihek.yaml': (bytes) => bytes.toString('utf8').replace('profile: berlin-qm', 'profile: profil.yaml') },
    });
    const result = await runCli(['check', project.dir, '--format', 'json'], { cwd: project.parent });
    const report = JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[] };
    expect(report.diagnostics.map((d) => [d.rule, d.severity, d.message.split(' ')[1]])).toEqual([
      ['fund-minimum', 'warning', 'M-HF2-01'],
      ['fund-minimum', 'warning', 'M-HF5-01'],
    ]);
    expect(result.code).toBe(0);
  });

  it('benn-budget: names the year, the sum and the cap, and points at every contributing amount', async () => {
    const { code, report } = await checkCase('benn-budget-exceeded');
    const [d] = report.diagnostics;
    expect(report.diagnostics).toHaveLength(1);
    expect(d).toMatchObject({
      rule: 'benn-budget',
      file: 'daten/massnahmen.yaml',
      line: await fixtureLine('benn-budget-exceeded', 'daten/massnahmen.yaml', '2025: 9000'),
    });
    expect(d!.message).toContain('2025');
    expect(d!.message).toContain('21.000\u00a0€');
    expect(d!.message).toContain('20.000\u00a0€');
    expect(d!.related).toEqual([
      expect.objectContaining({ file: 'daten/massnahmen.yaml', line: await fixtureLine('benn-budget-exceeded', 'daten/massnahmen.yaml', '2025: 12000') }),
      expect.objectContaining({ file: 'ihek.yaml', line: 7 }),
    ]);
    expect(code).toBe(1);
  });
});

describe('ihek check: output formats', () => {
  it('text groups findings per file and ends with a summary line', async () => {
    const project = await makeProject({ base: qmValid, overlay: 'check/benn-budget-exceeded' });
    const result = await runCli(['check', project.dir], { cwd: project.parent });
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('projekt/daten/massnahmen.yaml');
    expect(lines[1]).toMatch(/^ {2}\d+:\d+ {2}Fehler {2}BENN-Maßnahmen 2025: zusammen 21\.000.€.* {2}benn-budget$/);
    expect(lines.at(-1)).toBe('1 Fehler, 0 Warnungen');
    expect(result.code).toBe(1);
  });

  it('github prints one workflow command per finding, with the path from the working folder', async () => {
    const project = await makeProject({ base: qmValid, overlay: 'check/broken-link' });
    const result = await runCli(['check', project.dir, '--format', 'github', '--lang', 'en'], { cwd: project.parent });
    expect(result.stdout).toMatch(/^::error file=projekt\/kapitel\/01-einleitung\.md,line=\d+,col=7,title=broken-link::link to #nirgends points nowhere/);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('ihek build stops on check errors with exit 1; --no-check builds anyway', async () => {
    const project = await makeProject({ base: qmValid, overlay: 'check/missing-benn-budget-section' });
    const failed = await runCli(['build', project.dir], { cwd: project.parent });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('required-section');
    const forced = await runCli(['build', project.dir, '--no-check'], { cwd: project.parent });
    expect(forced.code).toBe(0);
    expect(await project.read('out/ihek.html')).toContain('BENN rund um die GU Testweg');
  });
});

describe('the rules reference', () => {
  it('docs/rules.md is the one generated from the rule definitions', async () => {
    expect(await readFile(path.join(packageRoot, 'docs', 'rules.md'), 'utf8')).toBe(rulesReference());
  });

  it('every rule id the code reports is in the rule list', async () => {
    const { execFileSync } = await import('node:child_process');
    const source = execFileSync('grep', ['-rhoE', "(finding\\('|rule: ')[a-z][a-z-]+'", ...['check', 'transform', 'markdown', 'document', 'render', 'api'].map((dir) => path.join(packageRoot, 'src', dir))], { encoding: 'utf8' });
    const used = new Set([...source.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]));
    const known = new Set(RULES.map((r) => r.id));
    expect([...used].filter((id) => !known.has(id!))).toEqual([]);
  });

  it('this file has a failing case for every rule (runs last)', () => {
    expect(RULES.map((r) => r.id).filter((id) => !seenRules.has(id))).toEqual(['image-format']);
  });
});
