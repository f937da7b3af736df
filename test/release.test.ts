import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { releaseBaseName } from '../src/release/release-name.js';
import { sha256sums } from '../src/release/checksums.js';
import { packageVersion } from '../src/version.js';
import { runCli, stackTraceLines } from './support/cli.js';
import { makeProject, tempDir, type TestProject } from './support/fixture.js';
import {
  commitAll,
  commitEpoch,
  finalProject,
  git,
  listFolder,
  pdfInfo,
  pdfPages,
  pdfXmp,
  readRecord,
  RELEASE_FILES_KOSMOSVIERTEL,
  sha256sumCheck,
} from './release-support.js';

const DRAFT = 'Entwurf – nicht freigegeben';
const PDF = 'ihek-kosmosviertel-1-0-0.pdf';
const HTML = 'ihek-kosmosviertel-1-0-0.html';

async function readAll(dir: string, names: string[]): Promise<Record<string, Buffer>> {
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, name))] as const)));
}

describe('release file names', () => {
  it('are ihek-<area>-<version>, both slugged like anchors', () => {
    expect(releaseBaseName({ area: 'Kosmosviertel', version: '1.0.0' })).toBe('ihek-kosmosviertel-1-0-0');
    expect(releaseBaseName({ area: 'Falkenhagener Feld Süd', version: '2.1.0-rc.1' })).toBe('ihek-falkenhagener-feld-sued-2-1-0-rc-1');
    expect(releaseBaseName({ area: 'Weiße Siedlung/Dammweg', version: 'V 3' })).toBe('ihek-weisse-siedlung-dammweg-v-3');
  });

  it('SHA256SUMS is sorted by name in the format sha256sum writes', () => {
    expect(
      sha256sums([
        { name: 'release.json', size: 1, sha256: 'b'.repeat(64) },
        { name: 'ihek-a-1.pdf', size: 1, sha256: 'a'.repeat(64) },
      ]),
    ).toBe(`${'a'.repeat(64)}  ihek-a-1.pdf\n${'b'.repeat(64)}  release.json\n`);
  });
});

describe('a release of a tagged commit with every chapter final', () => {
  let project: TestProject;
  let commit: string;
  let epoch: string;
  let releaseDir: string;
  let first: Record<string, Buffer>;
  let stdout: string;

  beforeAll(async () => {
    project = await finalProject();
    commit = await commitAll(project.parent);
    await git(project.parent, 'tag', '-a', 'v1.0.0', '-m', 'Fassung 1.0.0');
    epoch = await commitEpoch(project.parent);
    releaseDir = project.path('out/release');
    const result = await runCli(['release', 'projekt'], { cwd: project.parent, env: { SOURCE_DATE_EPOCH: epoch } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    stdout = result.stdout;
    first = await readAll(releaseDir, RELEASE_FILES_KOSMOSVIERTEL);
  });

  it('writes the HTML and PDF named by area and version, SHA256SUMS and release.json into out/release', async () => {
    expect(await listFolder(releaseDir)).toEqual(RELEASE_FILES_KOSMOSVIERTEL);
    expect(await listFolder(project.path('out'))).toEqual(['release']);
    expect(stdout).toContain('Kosmosviertel 1.0.0 → projekt/out/release\n');
    expect(stdout).toContain(`Commit ${commit} (Tag v1.0.0), Arbeitsstand sauber\n`);
    expect(stdout).not.toContain(DRAFT);
    expect(stdout).toMatch(/^1 Dokument, 8 Seiten in \d+,\d s – \d+,\d Dokumente\/min, 1 Browser gestartet$/m);
  });

  it('release.json records version, source, build date, tool, check and every file with size and hash', async () => {
    const record = await readRecord(releaseDir);
    expect(record).toMatchObject({
      format: 'ihek-release',
      version: '1.0.0',
      edition: 'Fortschreibung 2025',
      area: 'Kosmosviertel',
      period: { from: 2025, to: 2026 },
      buildDate: new Date(Number(epoch) * 1000).toISOString().replace('.000Z', 'Z'),
      buildDateSource: 'SOURCE_DATE_EPOCH',
      draft: false,
      draftReasons: [],
      git: { commit, tag: 'v1.0.0', dirty: false, path: 'projekt' },
      tool: { name: 'ihek', version: packageVersion() },
      check: { errors: 0, warnings: 0 },
      pages: 8,
    });
    expect(record.chapters.map((c) => c.status)).toEqual(['final', 'final', 'final']);
    expect(record.files.map((f) => f.name)).toEqual([HTML, PDF]);
    for (const file of record.files) {
      expect(file.size).toBe((await stat(path.join(releaseDir, file.name))).size);
      expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('passes sha256sum -c, which covers the documents and release.json', async () => {
    expect(await sha256sumCheck(releaseDir)).toBe(`${HTML}: OK\n${PDF}: OK\nrelease.json: OK\n`);
  });

  it('prints version and commit in the Impressum of the PDF and the HTML, and no draft mark', async () => {
    const pages = await pdfPages(path.join(releaseDir, PDF));
    expect(pages[0]).not.toContain('Entwurf');
    const imprint = pages.find((page) => page.includes('Impressum Testkonzept'))!;
    expect(imprint).toContain('Version 1.0.0');
    expect(imprint).toContain(`Quelle Commit ${commit.slice(0, 12)} (Tag v1.0.0)`);
    expect(imprint).not.toContain(commit);
    expect(imprint).toContain('Freigabe freigegeben (alle Kapitel final, eingecheckter Stand)');
    const html = first[HTML]!.toString('utf8');
    expect(html).toContain(`<dd>Commit ${commit.slice(0, 12)} (Tag v1.0.0)</dd>`);
    expect(html).toContain('<dt>Version</dt><dd>1.0.0</dd>');
    expect(html).not.toContain('cover-draft');
  });

  it('puts version, commit and tag into the PDF metadata: subject, custom info entries and XMP', async () => {
    const file = path.join(releaseDir, PDF);
    const info = await pdfInfo(file);
    expect(info.Subject).toBe(
      `Integriertes Handlungs- und Entwicklungskonzept Kosmosviertel, Mitte, 2025–2026, Fortschreibung 2025, Version 1.0.0, Commit ${commit}`,
    );
    expect(info).toMatchObject({ IhekVersion: '1.0.0', IhekCommit: commit, IhekTag: 'v1.0.0', IhekDirty: 'false', IhekStatus: 'final' });
    expect(info.CreationDate).toBe(new Date(Number(epoch) * 1000).toISOString().replace('.000Z', 'Z'));
    const xmp = await pdfXmp(file);
    expect(xmp).toContain('<xmpMM:VersionID>1.0.0</xmpMM:VersionID>');
    expect(xmp).toContain(`<ihek:commit>${commit}</ihek:commit>`);
    expect(xmp).toContain('<ihek:tag>v1.0.0</ihek:tag>');
    expect(xmp).toContain('<ihek:status>final</ihek:status>');
  });

  it('a second release of the same commit into the same folder is byte-identical (its own output is no change)', async () => {
    const again = await runCli(['release', 'projekt'], { cwd: project.parent, env: { SOURCE_DATE_EPOCH: epoch } });
    expect(again.code).toBe(0);
    expect(await listFolder(project.path('out'))).toEqual(['release']);
    expect(await readAll(releaseDir, RELEASE_FILES_KOSMOSVIERTEL)).toEqual(first);
  });

  it('a release of the same commit from a fresh clone elsewhere is byte-identical', async () => {
    const elsewhere = await tempDir();
    const clone = path.join(elsewhere, 'klon');
    await git(elsewhere, 'clone', '-q', project.parent, clone);
    const out = path.join(elsewhere, 'veroeffentlicht');
    const result = await runCli(['release', 'projekt', '--out', out], { cwd: clone, env: { SOURCE_DATE_EPOCH: epoch } });
    expect(result.code).toBe(0);
    expect(await listFolder(out)).toEqual(RELEASE_FILES_KOSMOSVIERTEL);
    expect(await readAll(out, RELEASE_FILES_KOSMOSVIERTEL)).toEqual(first);
  });

  it('a release whose printing fails exits 3, removes its staging folder and leaves the previous release as it was', async () => {
    const timedOut = await runCli(['release', 'projekt', '--timeout', '0.001'], { cwd: project.parent, env: { SOURCE_DATE_EPOCH: epoch } });
    expect(timedOut.code).toBe(3);
    expect(timedOut.stderr).toMatch(/^ihek: Das Drucken des PDF dauerte länger als 0.001 s und wurde abgebrochen/);
    const noBrowser = await runCli(['release', 'projekt', '--browser', '/nicht/da/chromium'], { cwd: project.parent, env: {} });
    expect(noBrowser.code).toBe(3);
    expect(noBrowser.stderr).toBe('ihek: Der Browser aus --browser (/nicht/da/chromium) ist nicht vorhanden oder nicht ausführbar\n');
    expect(await listFolder(project.path('out'))).toEqual(['release']);
    expect(await readAll(releaseDir, RELEASE_FILES_KOSMOSVIERTEL)).toEqual(first);
  });

  it('a failing check afterwards exits 1, writes nothing and leaves the previous release as it was', async () => {
    const chapter = project.path('kapitel/02-benn.md');
    const before = await readFile(chapter, 'utf8');
    const mtimes = await Promise.all(RELEASE_FILES_KOSMOSVIERTEL.map(async (name) => (await stat(path.join(releaseDir, name))).mtimeMs));
    await appendFile(chapter, '\nSiehe [das Kapitel, das es nicht gibt](#nirgendwo).\n');
    try {
      const result = await runCli(['release', 'projekt'], { cwd: project.parent, env: { SOURCE_DATE_EPOCH: epoch } });
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('broken-link');
      expect(result.stderr).toContain('Die Prüfung hat Fehler gefunden.\nEs wurde nichts geschrieben.\n');
      expect(await listFolder(project.path('out'))).toEqual(['release']);
      expect(await readAll(releaseDir, RELEASE_FILES_KOSMOSVIERTEL)).toEqual(first);
      expect(await Promise.all(RELEASE_FILES_KOSMOSVIERTEL.map(async (name) => (await stat(path.join(releaseDir, name))).mtimeMs))).toEqual(mtimes);
    } finally {
      await writeFile(chapter, before);
    }
  });
});

describe('a release from a work tree with uncommitted changes', () => {
  let project: TestProject;
  let commit: string;
  let releaseDir: string;
  let stdout: string;

  beforeAll(async () => {
    project = await finalProject();
    commit = await commitAll(project.parent);
    await appendFile(project.path('kapitel/01-einleitung.md'), '\nEin Satz, der noch nicht eingecheckt ist.\n');
    releaseDir = project.path('out/release');
    const result = await runCli(['release'], { cwd: project.dir, env: {} });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    stdout = result.stdout;
  });

  it('records dirty: true and marks the release as a draft', async () => {
    const record = await readRecord(releaseDir);
    expect(record.git).toEqual({ commit, tag: null, dirty: true, path: 'projekt' });
    expect(record.draft).toBe(true);
    expect(record.draftReasons).toEqual(['uncommitted-changes']);
    expect(record.buildDateSource).toBe('manifest');
    expect(record.buildDate).toBe('2025-03-31T00:00:00Z');
    expect(stdout).toContain(`Commit ${commit}, mit nicht eingecheckten Änderungen\n`);
    expect(stdout).toContain(`${DRAFT}: nicht eingecheckte Änderungen (projekt/kapitel/01-einleitung.md)\n`);
    await sha256sumCheck(releaseDir);
  });

  it('shows "Entwurf – nicht freigegeben" on the first page of the PDF and on the cover of the HTML', async () => {
    const pages = await pdfPages(path.join(releaseDir, PDF));
    expect(pages[0]).toContain(DRAFT);
    expect(pages[0]!.indexOf(DRAFT)).toBeLessThan(pages[0]!.indexOf('Testkonzept Musterkiez'));
    expect(pages.find((page) => page.includes('Impressum Testkonzept'))).toContain(
      `Quelle Commit ${commit.slice(0, 12)}, mit nicht eingecheckten Änderungen Freigabe ${DRAFT}`,
    );
    const html = await readFile(path.join(releaseDir, HTML), 'utf8');
    expect(html).toMatch(new RegExp(`<header class="cover">\\s*<p class="cover-draft">${DRAFT}</p>`));
  });

  it('says so in the PDF metadata', async () => {
    const file = path.join(releaseDir, PDF);
    const info = await pdfInfo(file);
    expect(info.Subject).toMatch(new RegExp(`, Version 1\\.0\\.0, Commit ${commit}, ${DRAFT}$`));
    expect(info).toMatchObject({ IhekCommit: commit, IhekDirty: 'true', IhekStatus: 'draft' });
    expect(info.IhekTag).toBeUndefined();
    const xmp = await pdfXmp(file);
    expect(xmp).toContain('<ihek:dirty>true</ihek:dirty>');
    expect(xmp).toContain('<ihek:status>draft</ihek:status>');
    expect(xmp).toContain(`${DRAFT}</rdf:li>`);
  });

  it('the HTML with the draft mark and the source still validates', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'long-title': 'off', 'prefer-native-element': ['error', { exclude: ['region'] }] },
    });
    const report = await validator.validateString(await readFile(path.join(releaseDir, HTML), 'utf8'));
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}: ${m.ruleId} ${m.message}`))).toEqual([]);
  });

  it('--require-final refuses it, and an untracked file alone makes the tree dirty too', async () => {
    await git(project.parent, 'checkout', '--', '.');
    await writeFile(project.path('notizen.txt'), 'Gedanken\n');
    const before = await readAll(releaseDir, RELEASE_FILES_KOSMOSVIERTEL);
    const result = await runCli(['release', '--require-final'], { cwd: project.dir, env: {} });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `--require-final: das Dokument wäre ein Entwurf – nicht eingecheckte Änderungen (projekt/notizen.txt).\nEs wurde nichts geschrieben.\n`,
    );
    expect(await readAll(releaseDir, RELEASE_FILES_KOSMOSVIERTEL)).toEqual(before);
  });
});

describe('a release whose chapters are not all final', () => {
  let project: TestProject;

  beforeAll(async () => {
    project = await makeProject({
      files: {
        'kapitel/02-benn.md': '---\nid: benn\ntitle: BENN am Musterweg\ntype: benn\nstatus: abstimmung\n---\n\n## Ziele\n\nTODO: Ziele mit dem Quartiersrat abstimmen.\n',
        // A release spells; the project knows its own words.
        'woerterbuch.txt': 'Quartiersrat\n',
      },
    });
    await commitAll(project.parent);
  });

  it('with a warning and without --allow-warnings: exit 1 and nothing written', async () => {
    const result = await runCli(['release', 'projekt'], { cwd: project.parent, env: {} });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('placeholder');
    expect(result.stderr).toContain(
      'Die Prüfung hat 1 Warnung gefunden; ein Release verlangt eine Prüfung ohne Befund (--allow-warnings lässt Warnungen zu).\nEs wurde nichts geschrieben.\n',
    );
    expect(existsSync(project.path('out'))).toBe(false);
  });

  it('--require-final names the chapters that are not final', async () => {
    const result = await runCli(['release', 'projekt', '--allow-warnings', '--require-final'], { cwd: project.parent, env: {} });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '--require-final: das Dokument wäre ein Entwurf – Kapitel nicht final (kapitel/01-einleitung.md: entwurf, kapitel/02-benn.md: abstimmung, anhang/a-quellen.md: ohne status).\n',
    );
    expect(existsSync(project.path('out'))).toBe(false);
  });

  it('with --allow-warnings: released as a draft, the warning counted in release.json', async () => {
    const result = await runCli(['release', 'projekt', '--allow-warnings'], { cwd: project.parent, env: {} });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('placeholder');
    const releaseDir = project.path('out/release');
    expect(await listFolder(releaseDir)).toEqual(['SHA256SUMS', 'ihek-musterkiez-0-9-0.html', 'ihek-musterkiez-0-9-0.pdf', 'release.json']);
    const record = await readRecord(releaseDir);
    expect(record).toMatchObject({
      version: '0.9.0',
      draft: true,
      draftReasons: ['chapters-not-final'],
      check: { errors: 0, warnings: 1 },
      git: { tag: null, dirty: false, path: 'projekt' },
    });
    expect(record.chapters).toEqual([
      { file: 'kapitel/01-einleitung.md', id: 'einleitung', status: 'entwurf' },
      { file: 'kapitel/02-benn.md', id: 'benn', status: 'abstimmung' },
      { file: 'anhang/a-quellen.md', id: 'quellen', status: null },
    ]);
    expect((await pdfPages(path.join(releaseDir, 'ihek-musterkiez-0-9-0.pdf')))[0]).toContain(DRAFT);
  });
});

describe('releases that are refused', () => {
  it('a failing check of a fresh project: exit 1 and not even the output folder is made', async () => {
    const project = await makeProject({ overlay: 'broken-link' });
    await commitAll(project.parent);
    const result = await runCli(['release'], { cwd: project.dir, env: {} });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('#nirgendwo');
    expect(result.stdout).toBe('');
    expect(existsSync(project.path('out'))).toBe(false);
  });

  it('an input file that git ignores (so not in the commit) makes the tree dirty', async () => {
    const project = await finalProject({ outside: { '.gitignore': 'projekt/daten/abkuerzungen.yaml\n' } });
    await commitAll(project.parent);
    expect(await git(project.parent, 'status', '--porcelain')).toBe('');
    const result = await runCli(['release', '--require-final'], { cwd: project.dir, env: {} });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      '--require-final: das Dokument wäre ein Entwurf – nicht eingecheckte Änderungen (projekt/daten/abkuerzungen.yaml).\nEs wurde nichts geschrieben.\n',
    );
  });

  it('a manifest without version: exit 2', async () => {
    const project = await makeProject({ transform: { 'ihek.yaml': (b) => b.toString('utf8').replace(/^version: .*\n/m, '') } });
    const result = await runCli(['release'], { cwd: project.dir, env: {} });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('ihek: ihek.yaml: „version“ fehlt; ein Release braucht eine Version (z. B. version: 1.0.0)\n');
    expect(existsSync(project.path('out'))).toBe(false);
  });

  it('--out naming the project or a folder that holds something other than a release: exit 2, nothing touched', async () => {
    const project = await makeProject();
    const itself = await runCli(['release', '--out', '.'], { cwd: project.dir, env: {} });
    expect(itself.code).toBe(2);
    expect(itself.stderr).toBe(`ihek: Der Release-Ordner ${project.dir} enthält das Projekt; ein Release ersetzt seinen Ordner ganz\n`);
    const other = path.join(project.parent, 'andere');
    await mkdir(other);
    await writeFile(path.join(other, 'liste.txt'), 'bleibt\n');
    const result = await runCli(['release', '--out', '../andere'], { cwd: project.dir, env: {} });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `ihek: ${other} ist nicht leer und enthält kein früheres Release (release.json); ein Release ersetzt seinen Ordner ganz, darum wird dieser nicht angetastet. Einen eigenen Ordner mit --out angeben.\n`,
    );
    expect(await listFolder(other)).toEqual(['liste.txt']);
    expect(existsSync(project.path('out'))).toBe(false);
    expect(stackTraceLines(itself.stderr + result.stderr)).toEqual([]);
  });

  it('outside git: released as a draft with git: null; a cover template without the mark is refused', async () => {
    const project = await finalProject();
    const plain = await runCli(['release', '--lang', 'en'], { cwd: project.dir, env: {} });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('  not a git repository\n');
    expect(plain.stdout).toContain('Draft – not approved: not from a git repository\n');
    const record = await readRecord(project.path('out/release'));
    expect(record.git).toBeNull();
    expect(record.draftReasons).toEqual(['not-in-git']);
    const pages = await pdfPages(path.join(project.path('out/release'), PDF));
    expect(pages[0]).toContain(DRAFT);
    expect(pages.find((page) => page.includes('Impressum Testkonzept'))).toContain('Quelle nicht aus einem git-Repository');

    const before = await readAll(project.path('out/release'), RELEASE_FILES_KOSMOSVIERTEL);
    const cover = project.path('templates/partials/cover.hbs');
    await mkdir(path.dirname(cover), { recursive: true });
    await writeFile(cover, '<header class="cover"><p class="cover-title">{{manifest.title}}</p></header>\n');
    const hidden = await runCli(['release'], { cwd: project.dir, env: {} });
    expect(hidden.code).toBe(2);
    expect(hidden.stderr).toContain('Das Deckblatt zeigt die Markierung „Entwurf – nicht freigegeben“ nicht');
    expect(await listFolder(project.path('out'))).toEqual(['release']);
    expect(await readAll(project.path('out/release'), RELEASE_FILES_KOSMOSVIERTEL)).toEqual(before);
  });
});
