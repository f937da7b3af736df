import { chmod, mkdir } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { IhekError } from '../src/errors.js';
import { loadProject } from '../src/project/load-project.js';
import { runCli, stackTraceLines } from './support/cli.js';
import { latin1, lineOf, makeProject, tempDir, type ProjectSetup, type TestProject } from './support/fixture.js';

/**
 * Every bad input (an unreadable file, bad YAML, a bad manifest) ends in exit code 2 with
 * one message that names the file, the line and (for schema errors) the key — in German by default,
 * in English with --lang en — and never with a stack trace.
 */
interface BadInput {
  name: string;
  setup: ProjectSetup;
  /** File named by the error, relative to the project. */
  file: string;
  /** The line the message must name; a function reads it from the fixture. */
  line: () => Promise<number>;
  key?: string;
  /** The whole message after "ihek: ", German and English. */
  de: (line: number) => string | RegExp;
  en: (line: number) => string | RegExp;
}

const manifestLine = (needle: string, fixture = 'minimal') => () => lineOf(`${fixture}/ihek.yaml`, needle);

const cases: BadInput[] = [
  {
    name: 'YAML syntax error in ihek.yaml',
    setup: { overlay: 'yaml-syntax-error' },
    file: 'ihek.yaml',
    line: manifestLine('district: Mitte: Nord', 'yaml-syntax-error'),
    de: (line) => new RegExp(`^ihek\\.yaml:${line}: YAML-Syntaxfehler: \\S.*$`),
    en: (line) => new RegExp(`^ihek\\.yaml:${line}: YAML syntax error: \\S.*$`),
  },
  {
    name: 'YAML syntax error in a chapter front matter',
    setup: { overlay: 'front-matter-yaml-error' },
    file: 'kapitel/02-benn.md',
    line: () => lineOf('front-matter-yaml-error/kapitel/02-benn.md', 'title: BENN: am Musterweg'),
    de: (line) => new RegExp(`^kapitel/02-benn\\.md:${line}: YAML-Syntaxfehler: \\S.*$`),
    en: (line) => new RegExp(`^kapitel/02-benn\\.md:${line}: YAML syntax error: \\S.*$`),
  },
  {
    name: 'unknown key in ihek.yaml',
    setup: { overlay: 'unknown-manifest-key' },
    file: 'ihek.yaml',
    key: 'autor',
    line: manifestLine('autor:', 'unknown-manifest-key'),
    // The allowed keys are listed, so a typo can be corrected without opening the docs.
    de: (line) => new RegExp(`^ihek\\.yaml:${line}: „autor“: unbekannter Schlüssel „autor“; erlaubt sind: title, subtitle, area, .*\\bauthors\\b.*$`),
    en: (line) => new RegExp(`^ihek\\.yaml:${line}: "autor": unknown key "autor"; allowed: title, subtitle, area, .*\\bauthors\\b.*$`),
  },
  {
    name: 'wrong type for period',
    setup: { overlay: 'wrong-type-period' },
    file: 'ihek.yaml',
    key: 'period',
    line: manifestLine('period: 2025 bis 2026', 'wrong-type-period'),
    de: (line) => `ihek.yaml:${line}: „period“: muss eine Zuordnung (Schlüssel: Wert) sein`,
    en: (line) => `ihek.yaml:${line}: "period": must be a mapping (key: value)`,
  },
  {
    name: 'period ends before it starts',
    setup: { overlay: 'period-end-before-start' },
    file: 'ihek.yaml',
    key: 'period.to',
    line: manifestLine('period:', 'period-end-before-start'),
    de: (line) => `ihek.yaml:${line}: „period“: das Ende (2025) liegt vor dem Beginn (2026)`,
    en: (line) => `ihek.yaml:${line}: "period": the end (2025) is before the start (2026)`,
  },
  {
    name: 'required key area missing',
    setup: { overlay: 'missing-area' },
    file: 'ihek.yaml',
    key: 'area',
    // A missing key has no line of its own: the message points at the mapping that lacks it.
    line: manifestLine('title:', 'missing-area'),
    de: (line) => `ihek.yaml:${line}: „area“: Pflichtangabe „area“ fehlt`,
    en: (line) => `ihek.yaml:${line}: "area": required key "area" is missing`,
  },
  {
    name: 'listed chapter file missing',
    setup: { overlay: 'missing-chapter-file' },
    file: 'ihek.yaml',
    key: 'chapters.2',
    line: manifestLine('kapitel/03-fehlt.md', 'missing-chapter-file'),
    de: (line) => `ihek.yaml:${line}: kapitel/03-fehlt.md gibt es nicht`,
    en: (line) => `ihek.yaml:${line}: kapitel/03-fehlt.md does not exist`,
  },
  {
    name: 'listed chapter is a folder, not a file',
    setup: { remove: ['kapitel/02-benn.md'], dirs: ['kapitel/02-benn.md'] },
    file: 'ihek.yaml',
    key: 'chapters.1',
    line: manifestLine('kapitel/02-benn.md'),
    de: (line) => `ihek.yaml:${line}: kapitel/02-benn.md ist ein Ordner, keine Datei`,
    en: (line) => `ihek.yaml:${line}: kapitel/02-benn.md is a folder, not a file`,
  },
  {
    name: 'chapter file not valid UTF-8 (Latin-1 umlaut)',
    setup: { overlay: 'not-utf8-chapter', transform: { 'kapitel/01-einleitung.md': latin1 } },
    file: 'kapitel/01-einleitung.md',
    line: () => lineOf('not-utf8-chapter/kapitel/01-einleitung.md', 'Hauptstraße'),
    de: (line) => `kapitel/01-einleitung.md:${line}: kein gültiges UTF-8 (Byte 0xDF); bitte als UTF-8 speichern`,
    en: (line) => `kapitel/01-einleitung.md:${line}: not valid UTF-8 (byte 0xDF); save it as UTF-8`,
  },
  {
    name: 'chapter without front matter',
    setup: { overlay: 'front-matter-missing' },
    file: 'kapitel/02-benn.md',
    line: async () => 1,
    de: () =>
      'kapitel/02-benn.md:1: Kapitelkopf fehlt; die Datei muss mit einer Zeile „---“ und den Angaben id, title und type beginnen',
    en: () => 'kapitel/02-benn.md:1: front matter missing; the file must start with a "---" line and the keys id, title and type',
  },
  {
    name: 'two chapters with the same id',
    setup: { overlay: 'duplicate-chapter-id' },
    file: 'kapitel/02-benn.md',
    key: 'id',
    line: () => lineOf('duplicate-chapter-id/kapitel/02-benn.md', 'id: einleitung'),
    de: (line) => `kapitel/02-benn.md:${line}: die Kapitel-id „einleitung“ ist schon in kapitel/01-einleitung.md:2 vergeben`,
    en: (line) => `kapitel/02-benn.md:${line}: the chapter id "einleitung" is already used in kapitel/01-einleitung.md:2`,
  },
  {
    name: 'measures data not matching the schema',
    setup: { overlay: 'bad-measures-data' },
    file: 'daten/massnahmen.yaml',
    key: '[1].fonds',
    line: () => lineOf('bad-measures-data/daten/massnahmen.yaml', 'Lottofonds'),
    de: (line) =>
      `daten/massnahmen.yaml:${line}: Maßnahme M-HF1-02 „Café am Musterweg“, fonds: muss einer dieser Werte sein: Aktionsfonds, Projektfonds, Baufonds, Netzwerkfonds, BENN, Sonstige`,
    en: (line) =>
      `daten/massnahmen.yaml:${line}: measure M-HF1-02 "Café am Musterweg", fonds: must be one of: Aktionsfonds, Projektfonds, Baufonds, Netzwerkfonds, BENN, Sonstige`,
  },
  {
    name: 'chapter path that leaves the project (../x.md)',
    setup: { overlay: 'path-leaves-project', outside: { 'aussen.md': '---\nid: aussen\ntitle: Außen\ntype: x\n---\n' } },
    file: 'ihek.yaml',
    key: 'chapters.1',
    line: manifestLine('../aussen.md', 'path-leaves-project'),
    de: (line) =>
      `ihek.yaml:${line}: der Pfad „../aussen.md“ führt aus dem Projektordner hinaus; Pfade müssen im Projekt bleiben`,
    en: (line) => `ihek.yaml:${line}: the path "../aussen.md" leaves the project folder; paths must stay inside the project`,
  },
  {
    name: 'chapter file that is a symlink to a file outside the project',
    setup: {
      outside: { 'aussen.md': '---\nid: aussen\ntitle: Außen\ntype: x\n---\n' },
      symlinks: { 'kapitel/02-benn.md': '../../aussen.md' },
    },
    file: 'ihek.yaml',
    key: 'chapters.1',
    line: manifestLine('kapitel/02-benn.md'),
    de: (line) =>
      `ihek.yaml:${line}: der Pfad „kapitel/02-benn.md“ führt aus dem Projektordner hinaus; Pfade müssen im Projekt bleiben`,
    en: (line) =>
      `ihek.yaml:${line}: the path "kapitel/02-benn.md" leaves the project folder; paths must stay inside the project`,
  },
  {
    name: 'appendix folder that is a symlink to a folder outside the project',
    setup: {
      outside: { 'fremd/a-quellen.md': '---\nid: quellen\ntitle: Quellen\ntype: quellen\n---\n' },
      symlinks: { anhang: '../fremd' },
    },
    file: 'ihek.yaml',
    key: 'appendix.0',
    line: manifestLine('anhang/a-quellen.md'),
    de: (line) =>
      `ihek.yaml:${line}: der Pfad „anhang/a-quellen.md“ führt aus dem Projektordner hinaus; Pfade müssen im Projekt bleiben`,
    en: (line) =>
      `ihek.yaml:${line}: the path "anhang/a-quellen.md" leaves the project folder; paths must stay inside the project`,
  },
  {
    name: 'same chapter listed twice (./kapitel/… and kapitel/…)',
    setup: { overlay: 'chapter-listed-twice' },
    file: 'ihek.yaml',
    key: 'chapters.2',
    line: manifestLine('./kapitel/01-einleitung.md', 'chapter-listed-twice'),
    de: (line) => `ihek.yaml:${line}: ./kapitel/01-einleitung.md ist doppelt aufgeführt (zuerst in Zeile 16)`,
    en: (line) => `ihek.yaml:${line}: ./kapitel/01-einleitung.md is listed twice (first on line 16)`,
  },
];

async function loadError(dir: string, cwd: string): Promise<IhekError> {
  try {
    await loadProject({ dir, cwd });
  } catch (error) {
    if (error instanceof IhekError) return error;
    throw error;
  }
  throw new Error(`loadProject(${dir}) accepted a bad project`);
}

function expectMessage(actual: string, expected: string | RegExp): void {
  if (typeof expected === 'string') expect(actual).toBe(expected);
  else expect(actual).toMatch(expected);
}

describe.each(cases)('bad input: $name', (bad) => {
  let project: TestProject;
  let line: number;
  beforeAll(async () => {
    project = await makeProject(bad.setup);
    line = await bad.line();
  });

  it('loadProject rejects it with an input error (exit 2) at file, line and key', async () => {
    const error = await loadError(project.dir, project.parent);
    expect(error.exitCode).toBe(2);
    expect(error.place.file).toBe(bad.file);
    expect(error.place.line).toBe(line);
    if (bad.key !== undefined) expect(error.place.key).toBe(bad.key);
    expectMessage(error.text.de, bad.de(line));
    expectMessage(error.text.en, bad.en(line));
  });

  it('`ihek check` exits 2 with the German message and no stack trace', async () => {
    const result = await runCli(['check'], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith('\n')).toBe(true);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith('ihek: ')).toBe(true);
    expectMessage(lines[0]!.slice('ihek: '.length), bad.de(line));
    expect(stackTraceLines(result.stderr)).toEqual([]);
  });

  it('`ihek build <dir> --lang en` exits 2 with the English message', async () => {
    const result = await runCli(['build', project.dir, '--lang', 'en'], { cwd: project.parent });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expectMessage(lines[0]!.slice('ihek: '.length), bad.en(line));
    expect(stackTraceLines(result.stderr)).toEqual([]);
  });
});

describe('project folder without a usable ihek.yaml', () => {
  it('a folder without ihek.yaml: exit 2, names the folder', async () => {
    const parent = await tempDir();
    await mkdir(`${parent}/leer`);
    const error = await loadError('leer', parent);
    expect(error.exitCode).toBe(2);
    expect(error.text.de).toBe('In leer gibt es keine ihek.yaml');

    const de = await runCli(['check', 'leer'], { cwd: parent });
    expect(de).toEqual({ code: 2, stdout: '', stderr: 'ihek: In leer gibt es keine ihek.yaml\n' });
    const en = await runCli(['build', 'leer', '--lang', 'en'], { cwd: parent });
    expect(en).toEqual({ code: 2, stdout: '', stderr: 'ihek: There is no ihek.yaml in leer\n' });
  });

  it('a folder that does not exist: exit 2, says so', async () => {
    const parent = await tempDir();
    const de = await runCli(['check', 'gibt-es-nicht'], { cwd: parent });
    expect(de).toEqual({ code: 2, stdout: '', stderr: 'ihek: Den Ordner gibt-es-nicht gibt es nicht\n' });
    const en = await runCli(['check', 'gibt-es-nicht', '--lang', 'en'], { cwd: parent });
    expect(en).toEqual({ code: 2, stdout: '', stderr: 'ihek: The folder gibt-es-nicht does not exist\n' });
  });

  it('ihek.yaml that cannot be read (a folder named ihek.yaml): exit 2, says what it is', async () => {
    // Running as root, file permissions do not stop reading; a folder in its place does.
    const project = await makeProject({ remove: ['ihek.yaml'], dirs: ['ihek.yaml'] });
    const error = await loadError(project.dir, project.parent);
    expect(error.exitCode).toBe(2);
    expect(error.place.file).toBe('ihek.yaml');
    expect(error.text.de).toBe('ihek.yaml ist ein Ordner, keine Datei');

    const de = await runCli(['check'], { cwd: project.dir });
    expect(de).toEqual({ code: 2, stdout: '', stderr: 'ihek: ihek.yaml ist ein Ordner, keine Datei\n' });
    const en = await runCli(['build', project.dir, '--lang', 'en'], { cwd: project.parent });
    expect(en).toEqual({ code: 2, stdout: '', stderr: 'ihek: ihek.yaml is a folder, not a file\n' });
  });

  it.skipIf(process.getuid?.() === 0)(
    'ihek.yaml without read permission: exit 2 (skipped as root, where permissions do not apply)',
    async () => {
      const project = await makeProject();
      await chmod(project.path('ihek.yaml'), 0o000);
      try {
        const de = await runCli(['check'], { cwd: project.dir });
        expect(de).toEqual({ code: 2, stdout: '', stderr: 'ihek: ihek.yaml kann nicht gelesen werden (EACCES)\n' });
      } finally {
        await chmod(project.path('ihek.yaml'), 0o644);
      }
    },
  );
});
