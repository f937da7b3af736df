import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IhekError } from '../src/errors.js';
import { loadProject } from '../src/project/load-project.js';
import { runCli } from './support/cli.js';
import { bomAndCrlf, fixturesDir, lineOf, makeProject, tempDir } from './support/fixture.js';
import { attr, parseHtml, select, textOf } from './support/html.js';

async function textFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(md|yaml)$/.test(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

describe('files saved with BOM and CRLF (Windows editors)', () => {
  it('a whole project in BOM + CRLF builds, and the HTML has no BOM or CR left', async () => {
    const plain = await makeProject();
    const files = await textFiles(plain.dir);
    expect(files).toContain('ihek.yaml');
    const project = await makeProject({ transform: Object.fromEntries(files.map((file) => [file, bomAndCrlf])) });
    expect((await readFile(project.path('kapitel/02-benn.md'))).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));

    const out = await tempDir();
    const result = await runCli(['build', '--out', out], { cwd: project.dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const html = await readFile(path.join(out, 'ihek.html'), 'utf8');
    expect(html).not.toMatch(/[\r\ufeff]/);
    const tree = parseHtml(html);
    // The BOM did not end up in the first key (it would make `title` unknown) nor in the first heading.
    expect(textOf(select('title', tree))).toBe('Testkonzept Musterkiez 2025–2026 – Quartiersmanagement Musterkiez');
    expect(textOf(select('h1#einleitung', tree))).toBe('1 Einleitung');
    expect(attr(select('h2#einleitung-anlass', tree), 'id')).toBe('einleitung-anlass');
  });

  it('positions stay right: a broken link in a BOM + CRLF chapter is reported on its line', async () => {
    const project = await makeProject({
      overlay: 'bom-and-crlf',
      transform: { 'kapitel/02-benn.md': bomAndCrlf, 'ihek.yaml': bomAndCrlf },
    });
    const line = await lineOf('bom-and-crlf/kapitel/02-benn.md', '(#gibt-es-nicht)');
    const result = await runCli(['check', '--format', 'json'], { cwd: project.dir });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { diagnostics: Array<{ file: string; line: number; column: number; rule: string }> };
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ file: 'kapitel/02-benn.md', line, column: 14, rule: 'broken-link' }),
    ]);
  });

  it('positions stay right: a schema error in a BOM + CRLF ihek.yaml is reported on its line', async () => {
    const project = await makeProject({ overlay: 'unknown-manifest-key', transform: { 'ihek.yaml': bomAndCrlf } });
    const line = await lineOf('unknown-manifest-key/ihek.yaml', 'autor:');
    const result = await runCli(['check'], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^ihek: ihek\\.yaml:${line}: „autor“: unbekannter Schlüssel „autor“`));
  });
});

describe('decomposed umlauts (NFD, as macOS tools may write them)', () => {
  const nfd = (bytes: Buffer) => bytes.toString('utf8').normalize('NFD');

  it('are read as composed text (NFC)', async () => {
    const project = await makeProject({ overlay: 'nfd-text', transform: { 'kapitel/01-einleitung.md': nfd } });
    const raw = await project.read('kapitel/01-einleitung.md');
    expect(raw).toContain('u\u0308'); // the file really is decomposed
    const loaded = await loadProject({ dir: project.dir });
    const chapter = loaded.chapters[0]!;
    expect(chapter.frontMatter.title).toBe('Einführung in die Grünflächen'.normalize('NFC'));
    expect(chapter.frontMatter.title).toBe(chapter.frontMatter.title.normalize('NFC'));
    expect(chapter.body).toContain('## Grünfläche am Rathaus');
    expect(chapter.body).not.toMatch(/\p{M}/u);
  });

  it('render composed, and slugs transliterate them (ü → ue)', async () => {
    const project = await makeProject({ overlay: 'nfd-text', transform: { 'kapitel/01-einleitung.md': nfd } });
    const out = await tempDir();
    const result = await runCli(['build', '--out', out], { cwd: project.dir });
    expect(result.code).toBe(0);
    const html = await readFile(path.join(out, 'ihek.html'), 'utf8');
    expect(html).not.toMatch(/\p{M}/u);
    const tree = parseHtml(html);
    expect(textOf(select('h1#einleitung', tree))).toBe('1 Einführung in die Grünflächen');
    expect(textOf(select('h2#einleitung-gruenflaeche-am-rathaus', tree))).toBe('1.1 Grünfläche am Rathaus');
    // The in-chapter link `#gruenflaeche-am-rathaus` found the decomposed heading.
    const xref = select('a.xref', tree);
    expect(attr(xref, 'href')).toBe('#einleitung-gruenflaeche-am-rathaus');
    expect(textOf(xref)).toBe('Kapitel\u00a01.1 Grünfläche am Rathaus');
  });
});

describe('finding the project: [dir] defaults to ., then ./content', () => {
  it('finds ./ihek.yaml in the current folder', async () => {
    const project = await makeProject();
    const loaded = await loadProject({ cwd: project.dir });
    expect(loaded.root).toBe(project.dir);
    expect(loaded.manifest.area).toBe('Musterkiez');
    const result = await runCli(['check'], { cwd: project.dir });
    expect(result).toEqual({ code: 0, stdout: 'Keine Probleme gefunden.\n', stderr: '' });
  });

  it('finds ./content/ihek.yaml when the current folder has none', async () => {
    const parent = await tempDir();
    await cp(path.join(fixturesDir, 'minimal'), path.join(parent, 'content'), { recursive: true });
    const loaded = await loadProject({ cwd: parent });
    expect(loaded.root).toBe(path.join(parent, 'content'));

    const out = path.join(parent, 'ausgabe');
    const result = await runCli(['build', '--out', 'ausgabe'], { cwd: parent });
    expect(result).toEqual({ code: 0, stdout: 'geschrieben: ausgabe/ihek.html\n', stderr: '' });
    expect(await readFile(path.join(out, 'ihek.html'), 'utf8')).toContain('<html lang="de">');
  });

  it('prefers ./ihek.yaml over ./content/ihek.yaml', async () => {
    const project = await makeProject();
    await cp(path.join(fixturesDir, 'minimal'), project.path('content'), { recursive: true });
    const manifest = await readFile(project.path('content/ihek.yaml'), 'utf8');
    await writeFile(project.path('content/ihek.yaml'), manifest.replace('area: Musterkiez', 'area: Anderswo'));
    const loaded = await loadProject({ cwd: project.dir });
    expect(loaded.root).toBe(project.dir);
    expect(loaded.manifest.area).toBe('Musterkiez');
  });

  it('neither: exit 2 with a hint to name the folder', async () => {
    const parent = await tempDir();
    await expect(loadProject({ cwd: parent })).rejects.toBeInstanceOf(IhekError);
    const de = await runCli(['check'], { cwd: parent });
    expect(de).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ihek: Keine ihek.yaml gefunden (gesucht in . und ./content); Projektordner angeben: ihek build <ordner>\n',
    });
    const en = await runCli(['build', '--lang', 'en'], { cwd: parent });
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('ihek: No ihek.yaml found (looked in . and ./content); name the project folder: ihek build <dir>\n');
  });
});
