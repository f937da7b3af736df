import { lstat, readdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli, stackTraceLines } from './support/cli.js';
import { bomAndCrlf, fixturesDir, latin1, lineOf, makeProject, packageRoot } from './support/fixture.js';

const MESSY = 'fmt/messy-chapter';
const expectedMessy = () => readFile(path.join(fixturesDir, 'fmt/messy-chapter.expected.md'), 'utf8');
const messyInput = () => readFile(path.join(fixturesDir, MESSY, 'kapitel/01-einleitung.md'), 'utf8');

describe('ihek fmt', () => {
  it('rewrites the chapters that are not canonical, lists them, and a second run changes nothing', async () => {
    const project = await makeProject({ overlay: MESSY });
    const benn = await project.read('kapitel/02-benn.md');
    const first = await runCli(['fmt'], { cwd: project.dir });
    expect(first).toEqual({ code: 0, stdout: 'kapitel/01-einleitung.md\n', stderr: '1 von 3 Dateien neu formatiert.\n' });
    expect(await project.read('kapitel/01-einleitung.md')).toBe(await expectedMessy());
    expect(await project.read('kapitel/02-benn.md')).toBe(benn);

    const second = await runCli(['fmt'], { cwd: project.dir });
    expect(second).toEqual({ code: 0, stdout: '', stderr: 'Alle 3 Dateien sind bereits im kanonischen Stil.\n' });
    expect(await runCli(['fmt', '--check'], { cwd: project.dir })).toMatchObject({ code: 0, stdout: '' });
  });

  it('writes atomically: no temporary file is left beside the chapters', async () => {
    const project = await makeProject({ overlay: MESSY });
    await runCli(['fmt'], { cwd: project.dir });
    expect((await readdir(project.path('kapitel'))).sort()).toEqual(['01-einleitung.md', '02-benn.md']);
  });

  it('a chapter that is a symbolic link stays a link; the file it points to is formatted', async () => {
    const project = await makeProject({ overlay: MESSY });
    await rename(project.path('kapitel/01-einleitung.md'), project.path('kapitel/einleitung-text.md'));
    await symlink('einleitung-text.md', project.path('kapitel/01-einleitung.md'));
    expect((await runCli(['fmt'], { cwd: project.dir })).code).toBe(0);
    expect((await lstat(project.path('kapitel/01-einleitung.md'))).isSymbolicLink()).toBe(true);
    expect(await project.read('kapitel/einleitung-text.md')).toBe(await expectedMessy());
  });

  it('takes the project folder as argument, and shows paths from where the user stands', async () => {
    const project = await makeProject({ overlay: MESSY });
    const result = await runCli(['fmt', 'projekt', '--check'], { cwd: project.parent });
    expect(result).toEqual({
      code: 1,
      stdout: 'projekt/kapitel/01-einleitung.md\n',
      stderr: '1 von 3 Dateien ist nicht im kanonischen Stil; „ihek fmt“ formatiert sie.\n',
    });
  });
});

describe('ihek fmt --check and --diff write nothing', () => {
  it('--check lists the files that would change and exits 1', async () => {
    const project = await makeProject({ overlay: MESSY });
    const result = await runCli(['fmt', '--check'], { cwd: project.dir });
    expect(result).toEqual({
      code: 1,
      stdout: 'kapitel/01-einleitung.md\n',
      stderr: '1 von 3 Dateien ist nicht im kanonischen Stil; „ihek fmt“ formatiert sie.\n',
    });
    expect(await project.read('kapitel/01-einleitung.md')).toBe(await messyInput());
  });

  it('--diff prints a unified diff that applies to the file and gives the formatted text', async () => {
    const project = await makeProject({ overlay: MESSY });
    const result = await runCli(['fmt', '--diff'], { cwd: project.dir });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 3)).toEqual([
      '--- a/kapitel/01-einleitung.md',
      '+++ b/kapitel/01-einleitung.md',
      expect.stringMatching(/^@@ -\d+,\d+ \+\d+,\d+ @@$/),
    ]);
    expect(result.stdout).toContain('\n+## Anlass und Auftrag\n');
    expect(result.stdout).toContain('\n-Anlass und Auftrag\n-------------------\n');
    expect(result.stdout).toContain('\n-* erster Punkt\n-* zweiter Punkt mit `Code`\n');
    expect(result.stdout).toContain('\n+- erster Punkt\n+- zweiter Punkt mit `Code`\n');
    const input = await messyInput();
    expect(await project.read('kapitel/01-einleitung.md')).toBe(input);
    expect(applyPatch(input, result.stdout)).toBe(await expectedMessy());
  });

  it('--check --diff prints the diff and exits 1', async () => {
    const project = await makeProject({ overlay: MESSY });
    const result = await runCli(['fmt', '--check', '--diff'], { cwd: project.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^--- a\/kapitel\/01-einleitung\.md\n/);
  });

  it('speaks English with --lang en, and in a project whose lang is en', async () => {
    const project = await makeProject({ overlay: MESSY });
    const english = await runCli(['fmt', '--check', '--lang', 'en'], { cwd: project.dir });
    expect(english.stderr).toBe('1 of 3 files is not in canonical style; "ihek fmt" formats it.\n');
    const enProject = await makeProject({ overlay: MESSY, transform: { 'ihek.yaml': (bytes) => String(bytes).replace('lang: de', 'lang: en') } });
    const written = await runCli(['fmt'], { cwd: enProject.dir });
    expect(written.stderr).toBe('Reformatted 1 of 3 files.\n');
  });
});

describe('ihek fmt with named files', () => {
  it('formats only the files named', async () => {
    const project = await makeProject({ overlay: MESSY, transform: { 'anhang/a-quellen.md': (bytes) => String(bytes).replace(/^- /gm, '* ') } });
    const result = await runCli(['fmt', 'anhang/a-quellen.md'], { cwd: project.dir });
    expect(result).toEqual({ code: 0, stdout: 'anhang/a-quellen.md\n', stderr: '1 von 1 Datei neu formatiert.\n' });
    expect(await project.read('kapitel/01-einleitung.md')).toBe(await messyInput());
  });

  it('finds the project above a named file, and takes a folder followed by files', async () => {
    const project = await makeProject({ overlay: MESSY });
    const above = await runCli(['fmt', '--check', 'projekt/kapitel/01-einleitung.md'], { cwd: project.parent });
    expect(above).toMatchObject({ code: 1, stdout: 'projekt/kapitel/01-einleitung.md\n' });
    const both = await runCli(['fmt', '--check', 'projekt', 'projekt/kapitel/02-benn.md'], { cwd: project.parent });
    expect(both).toMatchObject({ code: 0, stdout: '' });
  });

  it('refuses a file outside the project or not Markdown, and still formats the others (exit 2)', async () => {
    const project = await makeProject({ overlay: MESSY, outside: { 'fremd.md': '* fremd\n' } });
    const result = await runCli(['fmt', 'kapitel/01-einleitung.md', '../fremd.md', 'ihek.yaml'], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('kapitel/01-einleitung.md\n');
    expect(result.stderr).toBe(
      'ihek: ../fremd.md: der Pfad „../fremd.md“ führt aus dem Projektordner hinaus; Pfade müssen im Projekt bleiben\n' +
        'ihek: ihek.yaml ist keine Markdown-Datei (.md)\n' +
        '1 von 1 Datei neu formatiert.\n' +
        '2 Dateien konnten nicht formatiert werden und bleiben unverändert.\n',
    );
    expect(await project.read('kapitel/01-einleitung.md')).toBe(await expectedMessy());
  });
});

describe('files that cannot be formatted safely are left alone (exit 2); the others are formatted', () => {
  it('front matter that is not closed', async () => {
    const project = await makeProject({ overlay: [MESSY, 'fmt/unclosed-front-matter'] });
    const broken = await project.read('kapitel/02-benn.md');
    const result = await runCli(['fmt'], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('kapitel/01-einleitung.md\n');
    expect(result.stderr).toBe(
      'ihek: kapitel/02-benn.md:1: Kapitelkopf wird nicht mit einer Zeile „---“ geschlossen\n' +
        '1 von 2 Dateien neu formatiert.\n' +
        '1 Datei konnte nicht formatiert werden und bleibt unverändert.\n',
    );
    expect(await project.read('kapitel/02-benn.md')).toBe(broken);
    expect(await project.read('kapitel/01-einleitung.md')).toBe(await expectedMessy());
  });

  it('invalid UTF-8, reported on its line; also in English', async () => {
    const project = await makeProject({ overlay: MESSY, transform: { 'kapitel/02-benn.md': latin1 } });
    const line = await lineOf('minimal/kapitel/02-benn.md', 'Maßnahmen');
    const before = await readFile(project.path('kapitel/02-benn.md'));
    const result = await runCli(['fmt', '--lang', 'en'], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`ihek: kapitel/02-benn.md:${line}: not valid UTF-8 (byte 0xDF); save it as UTF-8\n`);
    expect(result.stderr).toContain('1 file could not be formatted and was left unchanged.\n');
    expect(await readFile(project.path('kapitel/02-benn.md'))).toEqual(before);
    expect(await project.read('kapitel/01-einleitung.md')).toBe(await expectedMessy());
  });

  it('a broken {{ expression, reported on its line', async () => {
    const project = await makeProject({
      transform: { 'kapitel/02-benn.md': (bytes) => String(bytes).replace('{{summe}}', '{{summe') },
    });
    const line = await lineOf('minimal/kapitel/02-benn.md', '{{summe}}');
    const result = await runCli(['fmt', '--check'], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`ihek: kapitel/02-benn.md:${line}: Ausdruck in {{ }} ist unvollständig oder fehlerhaft; die Datei bleibt unverändert\n`);
  });

  it('a chapter file that does not exist is reported at the line of ihek.yaml that lists it', async () => {
    const project = await makeProject({ overlay: MESSY, remove: ['kapitel/02-benn.md'] });
    const line = await lineOf('minimal/ihek.yaml', 'kapitel/02-benn.md');
    const result = await runCli(['fmt'], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`ihek: ihek.yaml:${line}: kapitel/02-benn.md gibt es nicht\n`);
    expect(await project.read('kapitel/01-einleitung.md')).toBe(await expectedMessy());
  });

  it('a broken manifest stops everything: exit 2, one line, no stack trace', async () => {
    const project = await makeProject({ overlay: 'yaml-syntax-error' });
    const result = await runCli(['fmt'], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^ihek: ihek\.yaml:\d+: YAML-Syntaxfehler/);
    expect(stackTraceLines(result.stderr)).toEqual([]);
  });
});

describe('line ends, byte order mark and Unicode composition', () => {
  it('a file in BOM + CRLF is not canonical; --diff says what changes; fmt writes LF without BOM', async () => {
    const project = await makeProject();
    await runCli(['fmt'], { cwd: project.dir });
    await writeFile(project.path('anhang/a-quellen.md'), bomAndCrlf(await readFile(project.path('anhang/a-quellen.md'))));
    const check = await runCli(['fmt', '--check'], { cwd: project.dir });
    expect(check).toMatchObject({ code: 1, stdout: 'anhang/a-quellen.md\n' });
    const diff = await runCli(['fmt', '--diff', 'anhang/a-quellen.md'], { cwd: project.dir });
    expect(diff.stdout).toBe('');
    expect(diff.stderr).toContain('anhang/a-quellen.md: nur Zeilenenden, Byte-Order-Mark oder Unicode-Normalform ändern sich\n');
    await runCli(['fmt'], { cwd: project.dir });
    const bytes = await readFile(project.path('anhang/a-quellen.md'));
    expect(bytes.subarray(0, 3)).not.toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.includes(0x0d)).toBe(false);
  });
});

describe('fmt.sentencePerLine in ihek.yaml', () => {
  const withOption = (value: string) => (bytes: Buffer) => `${String(bytes)}fmt: { sentencePerLine: ${value} }\n`;

  it('puts one sentence on each line', async () => {
    const project = await makeProject({
      files: { 'anhang/a-quellen.md': '---\nid: quellen\ntitle: Quellen\ntype: quellen\n---\n\nErster Satz, z. B. mit Nr. 5 oben. Zweiter\nSatz.\n' },
      transform: { 'ihek.yaml': withOption('true') },
    });
    expect((await runCli(['fmt'], { cwd: project.dir })).code).toBe(0);
    expect(await project.read('anhang/a-quellen.md')).toBe(
      '---\nid: quellen\ntitle: Quellen\ntype: quellen\n---\n\nErster Satz, z. B. mit Nr. 5 oben.\nZweiter Satz.\n',
    );
    expect((await runCli(['check'], { cwd: project.dir })).code).toBe(0);
  });

  it('a value that is not true or false is a manifest error at its line', async () => {
    const project = await makeProject({ transform: { 'ihek.yaml': withOption('ja') } });
    const result = await runCli(['fmt'], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^ihek: ihek\.yaml:\d+: „fmt\.sentencePerLine“: muss ja oder nein \(true\/false\) sein\n$/);
  });
});

describe('the built command line', () => {
  it('bin/ihek.js fmt --check exits 1 for a project that is not canonical, and 0 after fmt', async () => {
    const project = await makeProject({ overlay: MESSY });
    const check = await spawnCli(['fmt', '--check'], { cwd: project.dir });
    expect(check).toMatchObject({ code: 1, stdout: 'kapitel/01-einleitung.md\n' });
    expect((await spawnCli(['fmt'], { cwd: project.dir })).code).toBe(0);
    expect(await spawnCli(['fmt', '--check'], { cwd: project.dir })).toMatchObject({ code: 0, stdout: '' });
  });

  it('fmt --help names the options', async () => {
    const result = await runCli(['fmt', '--help', '--lang', 'en'], { cwd: fixturesDir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: ihek fmt [options] [dir] [files...]');
    expect(result.stdout).toMatch(/--check\s+write nothing; list the files that would change \(exit code 1\)/);
    expect(result.stdout).toMatch(/--diff\s+write nothing; print the changes as a unified diff/);
  });
});

describe('the shipped example', () => {
  it('is in canonical form: ihek fmt --check content exits 0 and lists nothing', async () => {
    const result = await runCli(['fmt', '--check', 'content'], { cwd: packageRoot });
    expect(result.stdout).toBe('');
    expect(result.code).toBe(0);
  });
});
