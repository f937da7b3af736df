import { execFile, execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rename, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGitState } from '../src/release/git-provenance.js';
import { binPath, runCli, stackTraceLines, type CliResult } from './support/cli.js';
import { fixturesDir, makeProject, removeTempDirs, tempDir, type TestProject } from './support/fixture.js';
import { makeRepo } from './support/git-repo.js';

/**
 * Files that are not what they seem: FIFOs, devices, links out of the project, huge images, names
 * that only look like a step out of the folder, and output places that lead out of the project.
 * Each is refused quickly with a message naming the file, or accepted when it is harmless.
 */

afterAll(removeTempDirs);

const chapter = 'kapitel/01-einleitung.md';
const minimalChapter = await readFile(path.join(fixturesDir, 'minimal', chapter), 'utf8');
const manifest = await readFile(path.join(fixturesDir, 'minimal', 'ihek.yaml'), 'utf8');
const manifestLine = (needle: string, text = manifest) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const noFifos = process.platform === 'win32';

interface TimedResult extends CliResult {
  ms: number;
}

/** Runs the built command line in a child process that is killed after `ms`: a hang fails the test instead of stalling it. */
function runWithin(argv: string[], cwd: string, ms = 15_000): Promise<TimedResult> {
  const started = Date.now();
  const env = { ...process.env };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'IHEK_LANG']) delete env[name];
  return new Promise((resolve) => {
    execFile(process.execPath, [binPath, ...argv], { cwd, env, timeout: ms, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

function mkfifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

/** The first line on stderr without the "ihek: " prefix; a stack trace fails the test. */
function refusal(result: CliResult): string {
  expect(stackTraceLines(result.stderr)).toEqual([]);
  return result.stderr.split('\n')[0]!.replace(/^ihek: /, '');
}

const fifoText = (file: string) => `${file} ist eine Pipe (FIFO), keine gewöhnliche Datei; ihek liest nur gewöhnliche Dateien`;
const linkText = (file: string) => `${file} führt über einen symbolischen Verweis aus dem Projektordner hinaus; Dateien müssen im Projekt liegen`;

describe.skipIf(noFifos)('a FIFO where a file is expected is refused at once, naming the file', () => {
  const listed = manifest.replace('  - kapitel/02-benn.md', '  - kapitel/02-benn.md\n  - kapitel/03-pipe.md');
  it.each([
    { name: 'a chapter', fifo: 'kapitel/03-pipe.md', files: { 'ihek.yaml': listed }, message: `ihek.yaml:${manifestLine('02-benn') + 1}: ${fifoText('kapitel/03-pipe.md')}` },
    { name: 'the glossary', fifo: 'daten/abkuerzungen.yaml', files: {}, remove: ['daten/abkuerzungen.yaml'], message: `ihek.yaml:${manifestLine('glossary:')}: ${fifoText('daten/abkuerzungen.yaml')}` },
    { name: 'the measures', fifo: 'daten/massnahmen.yaml', files: {}, remove: ['daten/massnahmen.yaml'], message: `ihek.yaml:${manifestLine('massnahmen:')}: ${fifoText('daten/massnahmen.yaml')}` },
    { name: 'a profile file', fifo: 'profil.yaml', files: { 'ihek.yaml': manifest.replace('\nprofile: none', '\nprofile: profil.yaml') }, message: `ihek.yaml:${manifest.split('\n').indexOf('profile: none') + 1}: „profile“: ${fifoText('profil.yaml')}; eingebaut sind berlin-qm-2022, berlin-qm, berlin-qm-2019, benn, none` },
    { name: 'a partial', fifo: 'templates/partials/cover.hbs', files: {}, message: fifoText('templates/partials/cover.hbs') },
    { name: 'the layout', fifo: 'templates/layout.hbs', files: {}, message: fifoText('templates/layout.hbs') },
    { name: 'the style sheet', fifo: 'templates/style.css', files: {}, message: fifoText('templates/style.css') },
  ])('$name: check and build exit 2 within seconds', async ({ fifo, files, remove, message }) => {
    const project = await makeProject({ files, remove: remove ?? [], dirs: ['templates/partials'] });
    mkfifo(project.path(fifo));
    const out = await tempDir();
    for (const argv of [['check', project.dir], ['build', project.dir, '--html', '--out', out]]) {
      const result = await runWithin(argv, project.parent);
      expect(refusal(result)).toBe(message);
      expect(result.code).toBe(2);
      // Node's start-up is most of it; a FIFO that is opened for reading would wait until killed.
      expect(result.ms).toBeLessThan(10_000);
    }
    expect(await readdir(out)).toEqual([]);
  });

  it('an image that is a FIFO is reported at its line as no regular file, without waiting', async () => {
    const project = await makeProject({ files: { [chapter]: minimalChapter.replace('../bilder/plan.svg', '../bilder/pipe.png') } });
    mkfifo(project.path('bilder/pipe.png'));
    const result = await runWithin(['check', project.dir], project.parent);
    expect(result.code).toBe(1);
    const line = manifestLine('![Schematischer Plan', minimalChapter);
    expect(result.stdout).toContain(`  ${line}:1  Fehler  ../bilder/pipe.png ist eine Pipe (FIFO), keine gewöhnliche Datei; ihek liest nur gewöhnliche Dateien  image-missing\n`);
    expect(result.ms).toBeLessThan(10_000);
  });

  it('ihek fmt skips a chapter that is a FIFO and names it', async () => {
    const project = await makeProject();
    await writeFile(project.path('ihek.yaml'), manifest.replace('  - kapitel/02-benn.md', '  - kapitel/02-benn.md\n  - kapitel/03-pipe.md'));
    mkfifo(project.path('kapitel/03-pipe.md'));
    const result = await runWithin(['fmt', project.dir, '--check'], project.parent);
    expect(result.code).toBe(2);
    // fmt names files as seen from the current folder.
    expect(result.stderr).toContain(`projekt/ihek.yaml:${manifestLine('02-benn') + 1}: ${fifoText('projekt/kapitel/03-pipe.md')}\n`);
  });
});

describe('templates and styles that lead out of the project are not read', () => {
  const secret = 'GEHEIM-7f3a: nicht ins Dokument';
  it.each([
    { name: 'a style sheet linked to /dev/zero', link: 'templates/style.css', target: () => '/dev/zero', message: linkText('templates/style.css') },
    { name: 'a partial linked to /etc/passwd', link: 'templates/partials/cover.hbs', target: () => '/etc/passwd', message: linkText('templates/partials/cover.hbs') },
    { name: 'a style sheet linked to a file in another temp folder', link: 'templates/style.css', target: (other: string) => path.join(other, 'fremd.css'), message: linkText('templates/style.css') },
    { name: 'a partial linked to a file in another temp folder', link: 'templates/partials/toc.hbs', target: (other: string) => path.join(other, 'fremd.hbs'), message: linkText('templates/partials/toc.hbs') },
    { name: 'a templates folder linked to another temp folder', link: 'templates', target: (other: string) => other, message: linkText('templates') },
    { name: 'a partials folder linked to another temp folder', link: 'templates/partials', target: (other: string) => other, message: linkText('templates/partials') },
  ])('$name: check and build exit 2, nothing inlined', async ({ link, target, message }) => {
    const other = await tempDir();
    // Files an attacker would like to see inlined, under every name the templates folder may hold.
    for (const name of ['fremd.css', 'fremd.hbs', 'style.css', 'layout.hbs']) await writeFile(path.join(other, name), secret);
    await mkdir(path.join(other, 'partials'));
    await writeFile(path.join(other, 'partials', 'cover.hbs'), secret);
    await writeFile(path.join(other, 'cover.hbs'), secret);
    const project = await makeProject({ dirs: ['templates/partials'], symlinks: { [link]: target(other) } });
    const out = await tempDir();
    for (const argv of [['check', project.dir], ['build', project.dir, '--html', '--out', out]]) {
      const result = await runWithin(argv, project.parent);
      expect(result.code).toBe(2);
      expect(refusal(result)).toBe(message);
      expect(result.stdout + result.stderr).not.toContain('GEHEIM');
      expect(result.ms).toBeLessThan(10_000);
    }
    expect(await readdir(out)).toEqual([]);
  });

  it('a style sheet linked to another file inside the project is used', async () => {
    const project = await makeProject({
      files: { 'gestaltung/eigen.css': 'body { --eigene-farbe: #123456; }\n' },
      dirs: ['templates'],
      symlinks: { 'templates/style.css': '../gestaltung/eigen.css' },
    });
    const out = await tempDir();
    const result = await runCli(['build', project.dir, '--html', '--out', out], { cwd: project.parent });
    expect(result.code).toBe(0);
    expect(await readFile(path.join(out, 'ihek.html'), 'utf8')).toContain('--eigene-farbe: #123456;');
  });
});

describe('images over the size limits', () => {
  const imageLine = manifestLine('![Schematischer Plan', minimalChapter);

  it('a 600 MB image is refused at its line, without reading it and without a stack trace', async () => {
    const project = await makeProject({ files: { [chapter]: minimalChapter.replace('../bilder/plan.svg', '../bilder/riesig.png') } });
    // Sparse: takes no room on the disk, but is 600 MB to whoever reads it.
    await writeFile(project.path('bilder/riesig.png'), '');
    await truncate(project.path('bilder/riesig.png'), 600 * 1024 * 1024);
    const expected = `  ${imageLine}:1  Fehler  ../bilder/riesig.png ist größer als 20 MB; verkleinern Sie das Bild (z. B. als JPEG mit 2000 Pixel Breite)  image-size\n`;
    const checked = await runWithin(['check', project.dir], project.parent);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain(expected);
    expect(stackTraceLines(checked.stderr)).toEqual([]);
    const out = await tempDir();
    const built = await runWithin(['build', project.dir, '--html', '--out', out], project.parent);
    expect(built.code).toBe(1);
    expect(built.stdout + built.stderr).toContain(expected);
    expect(stackTraceLines(built.stderr)).toEqual([]);
    expect(built.stderr).not.toContain('interner Fehler');
    expect(await readdir(out)).toEqual([]);
  });

  it('one 19 MB image used 40 times: the uses beyond 100 MB in all are refused at their lines, the rest embedded once each', async () => {
    const uses = Array.from({ length: 40 }, (_, i) => `![Foto ${i + 1}](../bilder/foto.png)`);
    const text = minimalChapter.replace('## Lage\n', `## Lage\n\n${uses.join('\n\n')}\n`);
    const project = await makeProject({ files: { [chapter]: text } });
    await writeFile(project.path('bilder/foto.png'), '');
    await truncate(project.path('bilder/foto.png'), 19 * 1024 * 1024);
    const lineOfUse = (i: number) => manifestLine(`![Foto ${i + 1}]`, text);
    const overTotal = 'Bild „../bilder/foto.png“ wird nicht eingebettet: alle Bilder des Dokuments zusammen (jede Verwendung zählt) wären größer als 100 MB; verkleinern Sie die Bilder oder verwenden Sie sie seltener  image-size';

    const checked = await runWithin(['check', project.dir], project.parent, 60_000);
    expect(checked.code).toBe(1);
    // 5 × 19 MB fit into 100 MB (the example plan.svg is a few kilobytes), the sixth does not.
    expect(checked.stdout).not.toContain(`  ${lineOfUse(4)}:1  Fehler  ${overTotal}`);
    for (let i = 5; i < 40; i++) expect(checked.stdout).toContain(`  ${lineOfUse(i)}:1  Fehler  ${overTotal}\n`);
    expect(checked.stdout).toContain('35 Fehler, 0 Warnungen');

    // Without the check the build embeds what fits and drops the rest: the HTML stays bounded.
    const out = await tempDir();
    const built = await runWithin(['build', project.dir, '--html', '--no-check', '--out', out], project.parent, 120_000);
    expect(built.code).toBe(0);
    expect(stackTraceLines(built.stderr)).toEqual([]);
    const html = path.join(out, 'ihek.html');
    expect((await stat(html)).size).toBeLessThan(140 * 1024 * 1024);
    expect((await readFile(html, 'latin1')).split('data:image/png;base64,').length - 1).toBe(5);
  }, 240_000);
});

describe('file names that begin with two dots are names, not a step out', () => {
  it('a chapter "..notizen.md" and an image "../..bild.svg" are accepted', async () => {
    const body = minimalChapter.replace('id: einleitung', 'id: notizen').replace('type: einleitung', 'type: anhang');
    const project = await makeProject({
      files: {
        'anhang/..notizen.md': body.replace('../bilder/plan.svg', '../..bild.svg'),
        '..bild.svg': await readFile(path.join(fixturesDir, 'minimal', 'bilder', 'plan.svg')),
        'ihek.yaml': manifest.replace('  - anhang/a-quellen.md', '  - anhang/a-quellen.md\n  - anhang/..notizen.md'),
      },
    });
    const checked = await runCli(['check', project.dir], { cwd: project.parent });
    expect(checked.stderr).toBe('');
    expect(checked.stdout).not.toMatch(/außerhalb|hinaus/);
    const out = await tempDir();
    const built = await runCli(['build', project.dir, '--html', '--out', out], { cwd: project.parent });
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    const html = await readFile(path.join(out, 'ihek.html'), 'utf8');
    expect(html.match(/<img [^>]*src="data:image\/svg\+xml;base64,/g)).toHaveLength(2);
  });
});

describe('an output folder named with two leading dots', () => {
  it('is left out of the release\'s "uncommitted changes" like any output folder', async () => {
    const repo = await makeRepo();
    await repo.commit('Projekt');
    await mkdir(repo.path('..ausgabe'));
    await writeFile(repo.path('..ausgabe/ihek.html'), '<p>gebaut</p>');
    const state = await readGitState(repo.dir, [repo.path('..ausgabe')]);
    expect(state).toMatchObject({ inRepository: true, dirty: false });
  });
});

describe('outputs and caches never land outside the project through a link', () => {
  async function withLinkOut(link: string): Promise<{ project: TestProject; outside: string }> {
    const outside = await tempDir();
    const project = await makeProject({ symlinks: { [link]: outside } });
    return { project, outside };
  }

  it('output.dir through a linked folder that leads out is refused with the line of ihek.yaml; nothing is written there', async () => {
    const { project, outside } = await withLinkOut('boese');
    const text = manifest.replace('output: { dir: out, formats: [html] }', 'output: { dir: boese/neu, formats: [html] }');
    await writeFile(project.path('ihek.yaml'), text);
    const result = await runCli(['build', project.dir], { cwd: project.parent });
    expect(result.code).toBe(2);
    expect(refusal(result)).toBe(`ihek.yaml:${manifestLine('output:', text)}: der Pfad „boese/neu“ führt aus dem Projektordner hinaus; Pfade müssen im Projekt bleiben`);
    expect(await readdir(outside)).toEqual([]);
  });

  it('output.dir through a link that leads nowhere is refused too', async () => {
    const project = await makeProject({ symlinks: { boese: '/gibt/es/nicht/ihek-test' } });
    const text = manifest.replace('output: { dir: out, formats: [html] }', 'output: { dir: boese/neu, formats: [html] }');
    await writeFile(project.path('ihek.yaml'), text);
    const result = await runCli(['build', project.dir], { cwd: project.parent });
    expect(result.code).toBe(2);
    expect(refusal(result)).toBe(`ihek.yaml:${manifestLine('output:', text)}: der Pfad „boese/neu“ führt aus dem Projektordner hinaus; Pfade müssen im Projekt bleiben`);
  });

  it('--out on the command line is the user\'s own choice and may lie anywhere', async () => {
    const outside = await tempDir();
    const project = await makeProject();
    const result = await runCli(['build', project.dir, '--html', '--out', path.join(outside, 'neu')], { cwd: project.parent });
    expect(result.code).toBe(0);
    expect(await readdir(path.join(outside, 'neu'))).toEqual(['ihek.html']);
  });

  it('an output folder that is a link inside the project is used', async () => {
    const project = await makeProject({ dirs: ['ausgabe'], symlinks: { out: 'ausgabe' } });
    const result = await runCli(['build', project.dir], { cwd: project.parent });
    expect(result.code).toBe(0);
    expect(await readdir(project.path('ausgabe'))).toEqual(['ihek.html']);
  });

  it('check --cache with .ihek-cache linked out of the project is refused; nothing is written there', async () => {
    const { project, outside } = await withLinkOut('.ihek-cache');
    const result = await runCli(['check', project.dir, '--cache'], { cwd: project.parent });
    expect(result.code).toBe(2);
    expect(refusal(result)).toBe(
      '.ihek-cache/check.json führt über einen symbolischen Verweis aus dem Projektordner hinaus; check --cache schreibt dort nicht. Entfernen Sie den Verweis oder nennen Sie mit --cache-location einen eigenen Ort',
    );
    expect(await readdir(outside)).toEqual([]);
    // The user may still name a place of their own.
    const own = await runCli(['check', project.dir, '--cache', '--cache-location', path.join(outside, 'eigen.json')], { cwd: project.parent });
    expect(own.code).toBe(0);
    expect(await readdir(outside)).toEqual(['eigen.json']);
  });

  it('check --cache with check.json linked out of the project is refused too', async () => {
    const outside = await tempDir();
    await writeFile(path.join(outside, 'fremd.json'), '{}');
    const project = await makeProject({ dirs: ['.ihek-cache'], symlinks: { '.ihek-cache/check.json': path.join(outside, 'fremd.json') } });
    const result = await runCli(['check', project.dir, '--cache'], { cwd: project.parent });
    expect(result.code).toBe(2);
    expect(await readFile(path.join(outside, 'fremd.json'), 'utf8')).toBe('{}');
  });

  it.skipIf(noFifos)('check --cache with a FIFO as check.json starts from an empty cache instead of waiting', async () => {
    const project = await makeProject({ dirs: ['.ihek-cache'] });
    mkfifo(project.path('.ihek-cache/check.json'));
    const result = await runWithin(['check', project.dir, '--cache'], project.parent);
    expect(result.code).toBe(0);
    expect(result.ms).toBeLessThan(10_000);
    expect((await stat(project.path('.ihek-cache/check.json'))).isFile()).toBe(true);
  });

  it('release with out/release linked out of the project is refused before anything is rendered', async () => {
    const outside = await tempDir();
    const project = await makeProject({ dirs: ['out'] });
    await symlink(outside, project.path('out/release'));
    const result = await runCli(['release', project.dir], { cwd: project.parent });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`ihek.yaml:${manifestLine('output:')}: der Pfad „out/release“ führt aus dem Projektordner hinaus; Pfade müssen im Projekt bleiben`);
    expect(await readdir(outside)).toEqual([]);
    expect((await readdir(project.path('out'))).sort()).toEqual(['release']);
  });

  it('ihek new with kapitel/ linked out of the project is refused; nothing is written there', async () => {
    const outside = await tempDir();
    // The chapters live in texte/, so the project loads; only the folder a new chapter goes to leads out.
    const project = await makeProject();
    await rename(project.path('kapitel'), project.path('texte'));
    await symlink(outside, project.path('kapitel'));
    await writeFile(project.path('ihek.yaml'), manifest.replaceAll('- kapitel/', '- texte/'));
    const result = await runCli(['new', 'chapter', 'extra', 'extra', '--dir', project.dir], { cwd: project.parent });
    expect(result.code).toBe(2);
    expect(refusal(result)).toBe('kapitel/03-extra.md: der Pfad „kapitel/03-extra.md“ führt aus dem Projektordner hinaus; Pfade müssen im Projekt bleiben');
    expect(await readdir(outside)).toEqual([]);
    expect(await project.read('ihek.yaml')).not.toContain('extra');
  });

  it('ihek init into a folder whose kapitel/ is a link out of it writes nothing', async () => {
    const outside = await tempDir();
    const parent = await tempDir();
    await mkdir(path.join(parent, 'neu'));
    await symlink(outside, path.join(parent, 'neu', 'kapitel'));
    const result = await runCli(['init', 'neu'], { cwd: parent });
    expect(result.code).toBe(2);
    expect(refusal(result)).toMatch(/^kapitel\/[^:]+\.md: der Pfad „kapitel\/[^“]+“ führt aus dem Projektordner hinaus; Pfade müssen im Projekt bleiben$/);
    expect(await readdir(outside)).toEqual([]);
    expect(await readdir(path.join(parent, 'neu'))).toEqual(['kapitel']);
  });
});
