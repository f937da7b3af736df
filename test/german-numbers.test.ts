import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { IhekErrors } from '../src/errors.js';
import { loadProject } from '../src/project/load-project.js';
import { runCli, stackTraceLines } from './support/cli.js';
import { lineOf, makeProject, tempDir } from './support/fixture.js';

/**
 * YAML reads a German `8.000` as the number 8: an author who writes amounts as in Word must get an
 * error at the line, never a document that says "8 €".
 */
const measures = 'german-numbers/daten/massnahmen.yaml';
const indicators = 'german-numbers/daten/indikatoren.yaml';

async function expectedGerman(): Promise<string[]> {
  return [
    `ihek.yaml:${await lineOf('german-numbers/ihek.yaml', 'annualBudget')}: „benn.annualBudget“: 20.000 wird als 20 gelesen – 20000 schreiben`,
    `daten/massnahmen.yaml:${await lineOf(measures, '2026: 8.000')}: Maßnahme M-01 „Nachbarschaftscafé“, amounts 2026: 8.000 wird als 8 gelesen – 8000 schreiben`,
    `daten/massnahmen.yaml:${await lineOf(measures, '2025: 1.500,50')}: Maßnahme M-02 „Sommerfest“, amounts 2025: „1.500,50“ ist Text, keine Zahl – 1500.50 schreiben (ohne Tausenderpunkt und Einheit, Dezimalpunkt statt Komma)`,
    `daten/massnahmen.yaml:${await lineOf(measures, '"8.000 €"')}: Maßnahme M-02 „Sommerfest“, amounts 2026: „8.000 €“ ist Text, keine Zahl – 8000 schreiben (ohne Tausenderpunkt und Einheit, Dezimalpunkt statt Komma)`,
    `daten/massnahmen.yaml:${await lineOf(measures, '1.500.000')}: Maßnahme M-03 „Spielplatz“, amounts 2025: „1.500.000“ ist Text, keine Zahl – 1500000 schreiben (ohne Tausenderpunkt und Einheit, Dezimalpunkt statt Komma)`,
    // In a flow mapping the comma ends the number: YAML reads 2.5 and then a key "75".
    `daten/massnahmen.yaml:${await lineOf(measures, '2.500,75')}: Maßnahme M-04 „Lesepaten“, amounts 2025: 2.500,75 wird als 2,5 gelesen – 2500.75 schreiben`,
    `daten/indikatoren.yaml:${await lineOf(indicators, '12.345')}: Indikator einwohner „Einwohnerinnen und Einwohner“, values 2022: 12.345 wird als 12,345 gelesen – 12345 schreiben (ist wirklich 12,345 gemeint: 12.3450 schreiben)`,
  ];
}

describe('numbers in German notation in ihek.yaml and the data files', () => {
  it('`ihek check` exits 2 and names every one at its line, with what YAML read and what to write', async () => {
    const project = await makeProject({ overlay: 'german-numbers' });
    const result = await runCli(['check'], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(stackTraceLines(result.stderr)).toEqual([]);
    expect(result.stderr).toBe((await expectedGerman()).map((line) => `ihek: ${line}\n`).join(''));
  });

  it('in English with --lang en', async () => {
    const project = await makeProject({ overlay: 'german-numbers' });
    const result = await runCli(['check', '--lang', 'en'], { cwd: project.dir });
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe(`ihek: ihek.yaml:${await lineOf('german-numbers/ihek.yaml', 'annualBudget')}: "benn.annualBudget": 20.000 is read as 20 – write 20000`);
    expect(lines[1]).toBe(
      `ihek: daten/massnahmen.yaml:${await lineOf(measures, '2026: 8.000')}: measure M-01 "Nachbarschaftscafé", amounts 2026: 8.000 is read as 8 – write 8000`,
    );
  });

  it('`ihek build` publishes nothing: no "8 €", no output folder', async () => {
    const project = await makeProject({ overlay: 'german-numbers' });
    const out = await tempDir();
    const result = await runCli(['build', '--out', out], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('8.000 wird als 8 gelesen – 8000 schreiben');
    expect(await readdir(out)).toEqual([]);
  });

  it('loadProject throws one input error that holds every problem with its place', async () => {
    const project = await makeProject({ overlay: 'german-numbers' });
    const error = await loadProject({ dir: project.dir }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(IhekErrors);
    const problems = (error as IhekErrors).problems;
    expect(problems.map((p) => [p.place.file, p.place.line, p.place.key])).toEqual([
      ['ihek.yaml', await lineOf('german-numbers/ihek.yaml', 'annualBudget'), 'benn.annualBudget'],
      ['daten/massnahmen.yaml', await lineOf(measures, '2026: 8.000'), '[0].amounts.2026'],
      ['daten/massnahmen.yaml', await lineOf(measures, '2025: 1.500,50'), '[1].amounts.2025'],
      ['daten/massnahmen.yaml', await lineOf(measures, '"8.000 €"'), '[1].amounts.2026'],
      ['daten/massnahmen.yaml', await lineOf(measures, '1.500.000'), '[2].amounts.2025'],
      ['daten/massnahmen.yaml', await lineOf(measures, '2.500,75'), '[3].amounts.2025'],
      ['daten/indikatoren.yaml', await lineOf(indicators, '12.345'), '[1].values.2022'],
    ]);
    expect(problems.map((p) => p.exitCode)).toEqual(Array(7).fill(2));
  });

  it('decimals are left alone: 12.7, 3.75, 0.125 as indicator values, 12400 as a count', async () => {
    const project = await makeProject({
      overlay: 'german-numbers',
      remove: ['daten/massnahmen.yaml'],
      files: { 'daten/massnahmen.yaml': '[]\n' },
      transform: {
        'ihek.yaml': (bytes) => bytes.toString('utf8').replace('20.000', '20000'),
        'daten/indikatoren.yaml': (bytes) => bytes.toString('utf8').replace('12.345', '12345'),
      },
    });
    const loaded = await loadProject({ dir: project.dir });
    expect(loaded.indicators?.value.map((indicator) => indicator.values)).toEqual([
      { 2022: 12.7, 2023: 3.75, 2024: 0.125 },
      { 2022: 12345, 2024: 12400 },
    ]);
  });

  it('thousands set apart by a space, as Word writes them (8 000), get the same hint', async () => {
    const project = await makeProject({
      transform: { 'daten/massnahmen.yaml': (bytes) => bytes.toString('utf8').replace('{ 2025: 5000, 2026: 6000 }', '{ 2025: 5 000, 2026: 6000 }') },
    });
    const result = await runCli(['check'], { cwd: project.dir });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'ihek: daten/massnahmen.yaml:17: Maßnahme M-HF1-02 „Café am Musterweg“, amounts 2025: „5 000“ ist Text, keine Zahl – 5000 schreiben (ohne Tausenderpunkt und Einheit, Dezimalpunkt statt Komma)\n',
    });
  });

  it('a fund limit of a project profile (maxPerMeasure: 10.000) is caught as well', async () => {
    const project = await makeProject({
      files: { 'profil.yaml': 'extends: none\nfunds:\n  Aktionsfonds:\n    maxPerMeasure: 10.000\n' },
      transform: { 'ihek.yaml': (bytes) => bytes.toString('utf8').replace(/^profile: none$/m, 'profile: profil.yaml') },
    });
    const result = await runCli(['check'], { cwd: project.dir });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ihek: profil.yaml:4: „funds.Aktionsfonds.maxPerMeasure“: 10.000 wird als 10 gelesen – 10000 schreiben\n',
    });
  });
});

describe('every problem of a data file in one run, named by the measure', () => {
  it('schema errors and a duplicate id of several measures are reported together, by id and title', async () => {
    const project = await makeProject({ overlay: 'measures-many-errors' });
    const file = 'measures-many-errors/daten/massnahmen.yaml';
    const result = await runCli(['check'], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `ihek: daten/massnahmen.yaml:${await lineOf(file, 'Lottofonds')}: Maßnahme M-01 „Nachbarschaftscafé“, fonds: muss einer dieser Werte sein: Aktionsfonds, Projektfonds, Baufonds, Netzwerkfonds, BENN, Sonstige`,
      `ihek: daten/massnahmen.yaml:${await lineOf(file, '- id: M-02')}: Maßnahme M-02 „Sommerfest“: Pflichtangabe „amounts“ fehlt`,
      `ihek: daten/massnahmen.yaml:${await lineOf(file, 'zweitausend')}: Maßnahme M-02 „Sommerfest“, from: muss eine ganze Zahl sein`,
      `ihek: daten/massnahmen.yaml:${await lineOf(file, 'amount:')}: Maßnahme M-02 „Sommerfest“, amount: unbekannter Schlüssel „amount“; erlaubt sind: id, title, handlungsfeld, fonds, traeger, goal, status, from, to, amounts`,
      `ihek: daten/massnahmen.yaml:${(await lineOf(file, 'Lesepaten')) - 1}: Maßnahme M-01 „Lesepaten“: die Nummer „M-01“ ist schon in Zeile 2 vergeben`,
      `ihek: daten/massnahmen.yaml:${await lineOf(file, '26: 500')}: Maßnahme M-01 „Lesepaten“, amounts 26: Schlüssel „26“ muss eine Jahreszahl (vier Ziffern) sein`,
      `ihek: daten/massnahmen.yaml:${await lineOf(file, 'Ohne Nummer')}: Maßnahme Nr. 4 (ohne id) „Ohne Nummer“: Pflichtangabe „id“ fehlt`,
    ]);
  });

  it('problems in two files (ihek.yaml and a chapter) come in the same run', async () => {
    const project = await makeProject({
      overlay: 'german-numbers',
      remove: ['daten/massnahmen.yaml', 'daten/indikatoren.yaml'],
      transform: {
        'kapitel/01-einleitung.md': (bytes) => bytes.toString('utf8').replace(/^type: .*$/m, 'type: [einleitung]'),
      },
      files: { 'daten/massnahmen.yaml': '[]\n', 'daten/indikatoren.yaml': '[]\n' },
    });
    const result = await runCli(['check'], { cwd: project.dir });
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^ihek: ihek\.yaml:\d+: „benn\.annualBudget“: 20\.000 wird als 20 gelesen – 20000 schreiben$/);
    expect(lines[1]).toMatch(/^ihek: kapitel\/01-einleitung\.md:\d+: „type“: muss ein Text sein$/);
  });
});

describe('numbers in German notation as helper arguments in a chapter', () => {
  it('{{euro 8.000}}, {{zahl 1.500.000}}, {{euro "8.000"}}: each an error at its line and column, with the other mistakes', async () => {
    const body = [
      '',
      '## Budget',
      '',
      'Budget: {{euro 8.000}} und {{zahl 1.500.000}}.',
      '',
      'In Anführungszeichen: {{euro "8.000"}}, richtig: {{euro 8000}} und {{prozent 12.5}}.',
      '',
      'Tippfehler: {{aera}}.',
      '',
    ].join('\n');
    const project = await makeProject({
      files: { 'anhang/a-quellen.md': `---\nid: quellen\ntitle: Quellen\ntype: quellen\n---\n${body}` },
    });
    const result = await runCli(['check', '--format', 'json'], { cwd: project.dir });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { diagnostics: Array<{ line: number; column: number; message: string }> };
    expect(report.diagnostics.map(({ line, column, message }) => ({ line, column, message }))).toEqual([
      { line: 9, column: 16, message: '{{euro 8.000}}: 8.000 wird als 8 gelesen – 8000 schreiben' },
      { line: 9, column: 28, message: '{{zahl 1.500.000}}: 1.500.000 ist in {{ }} keine Zahl – 1500000 schreiben' },
      { line: 11, column: 23, message: '{{euro}}: „8.000“ ist keine Zahl in der Schreibweise von {{ }} – 8000 schreiben' },
      {
        line: 13,
        column: 15,
        message: 'unbekannter Wert „aera“ in {{ }}; verfügbar sind die Angaben aus ihek.yaml (z. B. area, period.from) und data',
      },
    ]);
  });

  it('{{prozent 12.500}}: the hint also says how to write 12,5 if that is meant', async () => {
    const project = await makeProject({
      files: { 'anhang/a-quellen.md': '---\nid: quellen\ntitle: Quellen\ntype: quellen\n---\n\nQuote: {{prozent 12.500}}.\n' },
    });
    const result = await runCli(['check', '--format', 'json'], { cwd: project.dir });
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as { diagnostics: Array<{ line: number; message: string }> }).diagnostics).toMatchObject([
      { line: 7, message: '{{prozent 12.500}}: 12.500 wird als 12,5 gelesen – 12500 schreiben (ist wirklich 12,5 gemeint: 12.5 schreiben)' },
    ]);
  });

  it('`ihek build` of such a chapter writes nothing', async () => {
    const project = await makeProject({
      files: { 'anhang/a-quellen.md': '---\nid: quellen\ntitle: Quellen\ntype: quellen\n---\n\nBudget: {{euro 8.000}}.\n' },
    });
    const out = await tempDir();
    const result = await runCli(['build', '--out', out], { cwd: project.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('{{euro 8.000}}: 8.000 wird als 8 gelesen – 8000 schreiben');
    expect(await readdir(out)).toEqual([]);
  });
});

describe('several problems inside a labelled error', () => {
  it('`ihek diff` names the version on every line', async () => {
    const old = await makeProject();
    const changed = await makeProject({ overlay: 'german-numbers' });
    const result = await runCli(['diff', old.dir, changed.dir], { cwd: old.parent });
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    for (const line of lines) expect(line).toMatch(new RegExp(`^ihek: Version „${changed.dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}“: \\S+:\\d+: `));
  });
});

describe('the preview of a project with several problems', () => {
  it('`ihek watch` shows every problem, each with its file and line', async () => {
    const { watchProject } = await import('../src/watch/watch-project.js');
    const project = await makeProject({ overlay: 'german-numbers' });
    const handle = await watchProject({ dir: project.dir, port: 0, debounceMs: 20 });
    try {
      const page = await (await fetch(handle.url)).text();
      // Every file:line of the report is on the page, not only the first.
      for (const line of await expectedGerman()) expect(page).toContain(line.split(': ')[0]!);
      expect(page).toContain('8.000 wird als 8 gelesen – 8000 schreiben');
      expect(page).toContain('12.345 wird als 12,345 gelesen');
    } finally {
      await handle.close();
    }
  });
});
