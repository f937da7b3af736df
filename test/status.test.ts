import { access, chmod, chown, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli, stackTraceLines, type JsonDiagnostic } from './support/cli.js';
import { exampleDir, makeProject, removeTempDirs, tempDir } from './support/fixture.js';
import { git } from './support/git-repo.js';

afterAll(removeTempDirs);

/** The board's JSON, typed as far as the tests read it. */
interface BoardJson {
  project: { title: string; area: string; profile: string; lang: string };
  git: 'repository' | 'none' | 'missing' | 'refused';
  rows: Array<{
    kind: 'chapter' | 'appendix' | 'file';
    file: string;
    id: string | null;
    number: string | null;
    title: string | null;
    type: string | null;
    status: string | null;
    words: number | null;
    errors: number;
    warnings: number;
    guidance: number;
    lastCommit: { commit: string; author: string; date: string } | null;
    uncommitted: boolean | null;
  }>;
  total: { words: number; errors: number; warnings: number; guidance: number; byStatus: Record<string, number> };
}

async function board(dir: string, ...args: string[]): Promise<BoardJson> {
  const result = await runCli(['status', dir, '--format', 'json', ...args], { cwd: path.dirname(dir) });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as BoardJson;
}

/** Errors, warnings and skeleton findings per file, as `ihek check --format json` reports them. */
async function checkCounts(dir: string): Promise<{ perFile: Map<string, [number, number, number]>; errors: number; warnings: number }> {
  const result = await runCli(['check', dir, '--format', 'json'], { cwd: path.dirname(dir) });
  const report = JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[]; errors: number; warnings: number };
  const perFile = new Map<string, [number, number, number]>();
  for (const d of report.diagnostics) {
    const counts = perFile.get(d.file) ?? [0, 0, 0];
    counts[d.severity === 'error' ? 0 : 1] += 1;
    if (d.rule === 'skeleton-text') counts[2] += 1;
    perFile.set(d.file, counts);
  }
  return { perFile, errors: report.errors, warnings: report.warnings };
}

function expectSameCounts(json: BoardJson, counts: Awaited<ReturnType<typeof checkCounts>>): void {
  for (const row of json.rows) {
    expect([row.file, row.errors, row.warnings, row.guidance]).toEqual([row.file, ...(counts.perFile.get(row.file) ?? [0, 0, 0])]);
  }
  // Every file with findings has its line, so nothing the check found is left out.
  expect([...counts.perFile.keys()].filter((file) => !json.rows.some((row) => row.file === file))).toEqual([]);
  expect([json.total.errors, json.total.warnings]).toEqual([counts.errors, counts.warnings]);
}

/** The lines of the text board between its two rules. */
function bodyLines(text: string): string[] {
  const lines = text.split('\n');
  const rules = lines.flatMap((line, index) => (/^─+$/.test(line) ? [index] : []));
  expect(rules).toHaveLength(2);
  return lines.slice(rules[0]! + 1, rules[1]);
}

describe('ihek status on the example project', () => {
  it('has one line per chapter and appendix, in the order and with the numbers of the document', async () => {
    const json = await board(exampleDir);
    expect(json.rows.map((row) => [row.number, row.id])).toEqual([
      ['1', 'einleitung'],
      ['2', 'gebiet'],
      ['3', 'leitbild'],
      ['4', 'bilanz'],
      ['5', 'hf1'],
      ['6', 'hf2'],
      ['7', 'hf3'],
      ['8', 'hf4'],
      ['9', 'hf5'],
      ['10', 'klima'],
      ['11', 'benn'],
      ['A', 'quellen'],
      ['B', 'beteiligung-prozess'],
    ]);
    expect(json.rows.every((row) => row.status === 'entwurf' && (row.words ?? 0) > 100)).toBe(true);
    expect(json.total.words).toBe(json.rows.reduce((sum, row) => sum + (row.words ?? 0), 0));
    expect(json.total.byStatus).toEqual({ entwurf: 13, abstimmung: 0, final: 0, missing: 0 });
    expectSameCounts(json, await checkCounts(exampleDir));
  });

  it('prints aligned columns with a total line, in German by default and in English with --lang en', async () => {
    // Without a folder, as check: the current one, then ./content.
    const de = await runCli(['status'], { cwd: path.dirname(exampleDir) });
    expect(de.code).toBe(0);
    const lines = de.stdout.split('\n');
    expect(lines[0]).toMatch(/^Nr\.\s+Kapitel\s+Status\s+Wörter\s+Fehler\s+Warnungen\s+Vorlagentext\s+Letzte Änderung$/);
    const body = bodyLines(de.stdout);
    expect(body[0]).toMatch(/^1 {4}Einleitung {2,}entwurf +[\d.]+ +0 +0 +0 {2}/);
    expect(body[10]).toMatch(/^11 {3}BENN rund um die GU Quittenweg +entwurf/);
    expect(body[12]).toMatch(/^B {4}Beteiligungsprozess zur Fortschreibung +entwurf/);
    // The counts stand flush right, under the right end of their heading.
    const end = lines[0]!.indexOf('Wörter') + 'Wörter'.length;
    for (const line of body) expect(line.slice(0, end)).toMatch(/\d$/);
    const total = lines[lines.indexOf(body.at(-1)!) + 2]!;
    expect(total).toMatch(/^ +Gesamt +\d{1,2}\.\d{3} +0 +0 +0$/);
    expect(de.stdout).toContain('13 Kapitel und Anhänge: 13 entwurf, 0 abstimmung, 0 final, 0 ohne Status');

    const en = await runCli(['status', exampleDir, '--lang', 'en'], { cwd: path.dirname(exampleDir) });
    expect(en.stdout.split('\n')[0]).toMatch(/^No\.\s+Chapter\s+Status\s+Words\s+Errors\s+Warnings\s+Skeleton text\s+Last change$/);
    expect(en.stdout).toMatch(/\n +Total +\d{1,2},\d{3} +0 +0 +0\n/);
  });
});

describe('ihek status on a berlin-qm-2022 project made by ihek init', () => {
  it('numbers the chapters 0 to 6 and counts the skeleton text the check finds', async () => {
    const parent = await tempDir();
    const dir = path.join(parent, 'ihek');
    const init = await runCli(['init', dir, '--profile', 'berlin-qm-2022', '--area', 'Testkiez'], { cwd: parent });
    expect(init.code).toBe(0);
    const json = await board(dir);
    expect(json.rows.map((row) => `${row.number} ${row.title}`)).toEqual([
      '0 Einleitung',
      '1 Gebietsbeschreibung',
      '2 Stand der Gebietsentwicklung nach Handlungsfeldern',
      '3 Künftiger Handlungsbedarf nach Handlungsfeldern',
      '4 Klimaschutz und Klimaanpassung in der Gebietsentwicklung',
      '5 Beteiligungskonzept',
      '6 Strategie zur Verstetigung',
    ]);
    expect(json.project.profile).toBe('berlin-qm-2022');
    // Every chapter of a fresh project still holds guidance; a project made in /tmp is not in git.
    expect(json.rows.every((row) => row.guidance > 0 && row.status === 'entwurf' && row.lastCommit === null)).toBe(true);
    expect(json.git).toBe('none');
    const counts = await checkCounts(dir);
    expect(counts.warnings).toBeGreaterThan(0);
    expectSameCounts(json, counts);
    expect(json.total.guidance).toBe(json.rows.reduce((sum, row) => sum + row.guidance, 0));

    const text = await runCli(['status', dir], { cwd: parent });
    expect(text.code).toBe(0);
    const body = bodyLines(text.stdout);
    expect(body.map((line) => line.split(/ {2,}/)[0])).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    expect(body.every((line) => line.endsWith('nicht in git'))).toBe(true);
  });
});

const COUNTED = `---
id: einleitung
title: Einleitung
type: einleitung
status: abstimmung
---

## Anlass im Kiez

Das ist **ein** Text über {{area}} mit *Wort*teil, siehe [den Plan](https://example.org) – und 1.500 €.

<!-- Ein Kommentar zählt nicht mit -->

- Punkt eins
- Punkt zwei
`;

/** The minimal project with a counted first chapter, BENN final, and a measure outside the period. */
function countedProject() {
  return makeProject({
    files: { 'kapitel/01-einleitung.md': COUNTED },
    transform: {
      'kapitel/02-benn.md': (bytes) => bytes.toString('utf8').replace('status: entwurf', 'status: final'),
      'daten/massnahmen.yaml': (bytes) =>
        bytes.toString('utf8').replace('from: 2025', 'from: 2024').replace('{ 2025: 8000, 2026: 8000 }', '{ 2024: 8000, 2025: 8000, 2026: 8000 }'),
    },
  });
}

describe('ihek status: status, words, findings', () => {
  it('shows each status (a missing one as such), counts the words the reader sees, and gives a data file with findings its own line', async () => {
    const project = await countedProject();
    const json = await board(project.dir);
    expect(json.rows.map((row) => [row.kind, row.number, row.file, row.status])).toEqual([
      ['chapter', '1', 'kapitel/01-einleitung.md', 'abstimmung'],
      ['chapter', '2', 'kapitel/02-benn.md', 'final'],
      ['appendix', 'A', 'anhang/a-quellen.md', null],
      ['file', null, 'daten/massnahmen.yaml', null],
    ]);
    // "Anlass im Kiez" (3); "Das ist ein Text über Musterkiez mit Wortteil, siehe den Plan und 1.500" (13,
    // the dash and "€." are no words); two list items (4). The comment is not counted.
    expect(json.rows[0]!.words).toBe(20);
    // The JSON keeps its keys in every run, with null where a value does not apply.
    expect(Object.keys(json)).toEqual(['project', 'git', 'rows', 'total']);
    expect(Object.keys(json.project)).toEqual(['title', 'area', 'profile', 'lang']);
    for (const row of json.rows) {
      expect(Object.keys(row)).toEqual(['kind', 'file', 'id', 'number', 'title', 'type', 'status', 'words', 'errors', 'warnings', 'guidance', 'lastCommit', 'uncommitted']);
    }
    expect(Object.keys(json.total)).toEqual(['words', 'errors', 'warnings', 'guidance', 'byStatus']);
    expect(json.rows[3]).toMatchObject({ words: null, errors: 1, warnings: 0, guidance: 0 });
    expect(json.total.byStatus).toEqual({ entwurf: 0, abstimmung: 1, final: 1, missing: 1 });
    expectSameCounts(json, await checkCounts(project.dir));

    // The board is printed and ihek exits 0 although the check found an error (check itself exits 1).
    const text = await runCli(['status', project.dir], { cwd: project.parent });
    expect(text.code).toBe(0);
    const body = bodyLines(text.stdout);
    expect(body[2]).toMatch(/^A {4}Quellen +fehlt +\d+ +0 +0 +0 {2}nicht in git$/);
    expect(body[3]).toMatch(/^ +daten\/massnahmen\.yaml +1 +0 {2,}nicht in git$/);
    expect(text.stdout).toContain('3 Kapitel und Anhänge: 0 entwurf, 1 abstimmung, 1 final, 1 ohne Status');
    expect((await runCli(['check', project.dir], { cwd: project.parent })).code).toBe(1);
  });

  it('writes a Markdown table for a pull request, with the total in bold and table characters escaped', async () => {
    const project = await makeProject({
      transform: { 'kapitel/01-einleitung.md': (bytes) => bytes.toString('utf8').replace('title: Einleitung', 'title: "Einleitung | Anlass"') },
    });
    const result = await runCli(['status', project.dir, '--format', 'markdown'], { cwd: project.parent });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '**Testkonzept Musterkiez 2025–2026**',
      '',
      '| Nr. | Kapitel | Status | Wörter | Fehler | Warnungen | Vorlagentext | Letzte Änderung |',
      '| --- | --- | --- | ---: | ---: | ---: | ---: | --- |',
    ]);
    expect(lines[4]).toMatch(/^\| 1 \| Einleitung \\\| Anlass \| entwurf \| \d+ \| 0 \| 0 \| 0 \| nicht in git \|$/);
    expect(lines[6]).toMatch(/^\| A \| Quellen \| fehlt \| \d+ \| 0 \| 0 \| 0 \| nicht in git \|$/);
    expect(lines[7]).toMatch(/^\|  \| \*\*Gesamt\*\* \|  \| \*\*\d+\*\* \| \*\*0\*\* \| \*\*0\*\* \| \*\*0\*\* \|  \|$/);
    expect(lines.at(-1)).toBe('3 Kapitel und Anhänge: 2 entwurf, 0 abstimmung, 0 final, 1 ohne Status');
  });

  it('counts no words in a chapter whose expressions fail, rather than a wrong number', async () => {
    const project = await makeProject({ overlay: 'template-helper-error' });
    const json = await board(project.dir);
    expect(json.rows[1]).toMatchObject({ file: 'kapitel/02-benn.md', words: null });
    expect(json.rows[1]!.errors).toBeGreaterThan(0);
    expect(json.total.words).toBe(json.rows[0]!.words! + json.rows[2]!.words!);
    const text = await runCli(['status', project.dir], { cwd: project.parent });
    expect(bodyLines(text.stdout)[1]).toMatch(/^2 {4}BENN am Musterweg +entwurf +– +[1-9]\d* +/);
  });

  it('fails with exit 2 and the file and line when the manifest cannot be read, printing no board', async () => {
    const project = await makeProject({ overlay: 'yaml-syntax-error' });
    const result = await runCli(['status', project.dir], { cwd: project.parent });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^ihek: ihek\.yaml:5: /);
    expect(stackTraceLines(result.stderr)).toEqual([]);
  });
});

const HOSTILE = 'kapitel/03-$(touch pwned) [x]*.md';

describe('ihek status in a git repository', () => {
  it('names the author and date of the last commit of each file and marks uncommitted and never committed files', async () => {
    const project = await makeProject({
      files: {
        [HOSTILE]: '---\nid: extra\ntitle: Extra\ntype: extra\nstatus: entwurf\n---\n\nEin Kapitel mit einem schwierigen Dateinamen.\n',
        'anhang/b-neu.md': '---\nid: neu\ntitle: Neu\ntype: anhang\n---\n\nNoch nicht eingecheckt.\n',
      },
    });
    const root = project.parent;
    const commitAs = async (name: string, date: string, message: string) => {
      await git(root, 'add', '--all', '--', 'projekt/kapitel', 'projekt/ihek.yaml', 'projekt/daten', 'projekt/bilder', 'projekt/anhang/a-quellen.md');
      await git(root, '-c', `user.name=${name}`, 'commit', '--quiet', `--date=${date}`, '-m', message);
    };
    await git(root, 'init', '--quiet', '--initial-branch=main');
    await commitAs('Anna Schmidt', '2025-05-02T10:00:00+02:00', 'Erster Stand');
    const benn = await project.read('kapitel/02-benn.md');
    await writeFile(project.path('kapitel/02-benn.md'), `${benn}\nEin neuer Absatz.\n`);
    await writeFile(project.path(HOSTILE), `${await project.read(HOSTILE)}\nNoch ein Satz.\n`);
    await commitAs('Björn Öztürk', '2025-06-10T09:30:00+02:00', 'BENN ergänzt');
    // Changed after the last commit, and listed in the manifest without being committed.
    await writeFile(project.path('anhang/a-quellen.md'), `${await project.read('anhang/a-quellen.md')}\n- Eine neue Quelle.\n`);
    const manifest = await project.read('ihek.yaml');
    await writeFile(
      project.path('ihek.yaml'),
      manifest
        .replace('  - kapitel/02-benn.md\n', `  - kapitel/02-benn.md\n  - "${HOSTILE}"\n`)
        .replace('  - anhang/a-quellen.md\n', '  - anhang/a-quellen.md\n  - anhang/b-neu.md\n'),
    );

    const json = await board(project.dir);
    expect(json.git).toBe('repository');
    const byFile = Object.fromEntries(json.rows.map((row) => [row.file, row]));
    expect(byFile['kapitel/01-einleitung.md']).toMatchObject({ lastCommit: { author: 'Anna Schmidt', date: '2025-05-02T10:00:00+02:00' }, uncommitted: false });
    expect(byFile['kapitel/02-benn.md']).toMatchObject({ lastCommit: { author: 'Björn Öztürk', date: '2025-06-10T09:30:00+02:00' }, uncommitted: false });
    expect(byFile[HOSTILE]).toMatchObject({ number: '3', lastCommit: { author: 'Björn Öztürk' }, uncommitted: false });
    expect(byFile['anhang/a-quellen.md']).toMatchObject({ lastCommit: { author: 'Anna Schmidt' }, uncommitted: true });
    expect(byFile['anhang/b-neu.md']).toMatchObject({ number: 'B', lastCommit: null, uncommitted: true });
    expect(byFile['kapitel/02-benn.md']!.lastCommit!.commit).toBe((await git(root, 'rev-parse', 'HEAD')).trim());

    const text = await runCli(['status', project.dir], { cwd: project.parent });
    const body = bodyLines(text.stdout);
    expect(body[0]).toMatch(/ {2}Anna Schmidt, 02\.05\.2025$/);
    expect(body[1]).toMatch(/ {2}Björn Öztürk, 10\.06\.2025$/);
    expect(body[3]).toMatch(/ {2}Anna Schmidt, 02\.05\.2025 \(lokal geändert\)$/);
    expect(body[4]).toMatch(/^B {4}Neu .* {2}noch nicht eingecheckt$/);
    const en = await runCli(['status', project.dir, '--lang', 'en'], { cwd: project.parent });
    expect(bodyLines(en.stdout)[3]).toMatch(/ {2}Anna Schmidt, 2025-05-02 \(changed locally\)$/);
    // The file name went to git as it is, never through a shell.
    for (const folder of [root, project.dir, project.path('kapitel')]) await expect(access(path.join(folder, 'pwned'))).rejects.toThrow();
  });

  it('still prints the board when git is not installed, and says so in the last column', async () => {
    const project = await makeProject();
    const result = await spawnCli(['status', project.dir], { cwd: project.parent, env: { PATH: path.join(project.parent, 'no-bin') } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const body = bodyLines(result.stdout);
    expect(body).toHaveLength(3);
    expect(body.every((line) => line.endsWith('  git nicht installiert'))).toBe(true);
  });

  // Only root can give a folder to another user; git refuses such a repository for everyone else too.
  it.skipIf(process.getuid?.() !== 0)('says that git refuses a repository owned by another user, rather than "not in git"', async () => {
    const project = await makeProject();
    await git(project.parent, 'init', '--quiet', '--initial-branch=main');
    await chown(project.parent, 12345, 12345);
    const json = await board(project.dir);
    expect(json.git).toBe('refused');
    expect(json.rows.every((row) => row.lastCommit === null && row.uncommitted === null)).toBe(true);
    const text = await runCli(['status', project.dir], { cwd: project.parent });
    expect(bodyLines(text.stdout).every((line) => line.endsWith('  git verweigert das Repository eines anderen Benutzers (safe.directory)'))).toBe(true);
  });

  it('runs no command the repository\'s configuration names (fsmonitor, filters, diff drivers, hooks)', async () => {
    const project = await makeProject();
    const root = project.parent;
    const canaries = await tempDir('ihek-canaries-');
    await git(root, 'init', '--quiet', '--initial-branch=main');
    await git(root, 'add', '--all');
    // An author name with an escape sequence that would clear the terminal and a right-to-left override.
    await git(root, '-c', 'user.name=Eve \u001b[2J\u202e', 'commit', '--quiet', '-m', 'Erster Stand');
    // The clean filter passes the content through; the others only leave their mark.
    const script = async (name: string, then = '') => {
      const file = path.join(canaries, `${name}.sh`);
      await writeFile(file, `#!/bin/sh\ntouch '${canaries}/${name}-ran'\n${then}\n`);
      await chmod(file, 0o755);
      return file;
    };
    await git(root, 'config', 'core.fsmonitor', await script('fsmonitor'));
    await git(root, 'config', 'filter.boese.clean', await script('filter', 'cat'));
    await git(root, 'config', 'diff.external', await script('external'));
    await git(root, 'config', 'diff.boese.textconv', await script('textconv'));
    await writeFile(path.join(root, '.gitattributes'), '*.md filter=boese diff=boese\n');
    await writeFile(path.join(root, '.git', 'hooks', 'post-index-change'), `#!/bin/sh\ntouch '${canaries}/hook-ran'\n`);
    await chmod(path.join(root, '.git', 'hooks', 'post-index-change'), 0o755);
    const touchChapters = async () => {
      // A changed time makes git look at the chapters' content again (through the clean filter).
      const later = new Date(Date.now() + 60_000);
      for (const file of ['kapitel/01-einleitung.md', 'kapitel/02-benn.md']) await utimes(project.path(file), later, later);
    };
    const ran = async () => (await readdir(canaries)).filter((name) => name.endsWith('-ran')).sort();
    // Asked plainly, the repository runs them: a test that cannot fail proves nothing.
    await touchChapters();
    await git(root, '--no-optional-locks', 'status', '--porcelain').catch(() => '');
    await git(root, 'log', '-p', '-1', '--ext-diff').catch(() => '');
    expect(await ran()).toEqual(expect.arrayContaining(['external-ran', 'fsmonitor-ran', 'filter-ran']));
    for (const name of await ran()) await rm(path.join(canaries, name));

    await touchChapters();
    const json = await board(project.dir);
    expect(json.rows[0]!.lastCommit).toMatchObject({ author: 'Eve \u001b[2J\u202e' });
    expect(await ran()).toEqual([]);
    const text = await runCli(['status', project.dir], { cwd: root });
    expect(bodyLines(text.stdout)[0]).toMatch(/ {2}Eve \ufffd\[2J\ufffd, \d\d\.\d\d\.\d{4}$/);
    expect(text.stdout).not.toMatch(/[\u001b\u202e]/);
  });
});
