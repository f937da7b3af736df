import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../src/api/build.js';
import { linkProblem } from '../src/check/check-safety.js';
import { IncrementalBuilder } from '../src/watch/incremental-build.js';
import { runCli } from './support/cli.js';
import { makeProject, removeTempDirs, tempDir, type ProjectSetup } from './support/fixture.js';
import { attr, parseHtml, selectAll } from './support/html.js';
import { loadPdf, structElements } from './support/pdf.js';

afterAll(removeTempDirs);

const chapter = 'kapitel/01-einleitung.md';
const written = '../bilder/plan.svg';

/** The minimal project with the figure's path in chapter 1 written as `src`. */
function withImagePath(src: string, extra: ProjectSetup = {}): ProjectSetup {
  return { ...extra, transform: { [chapter]: (bytes) => bytes.toString('utf8').replace(written, src) } };
}

async function lineOf(text: string, needle: string): Promise<number> {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

interface Report {
  diagnostics: Array<{ file: string; line: number; rule: string; message: string }>;
}

async function checkJson(dir: string, cwd: string): Promise<{ code: number; report: Report }> {
  const result = await runCli(['check', dir, '--format', 'json'], { cwd });
  return { code: result.code, report: JSON.parse(result.stdout) as Report };
}

describe('image paths: relative to the chapter, or from the project folder with a leading /', () => {
  it('/bilder/plan.svg passes the check and is embedded in the built HTML', async () => {
    const project = await makeProject(withImagePath('/bilder/plan.svg'));
    const checked = await runCli(['check', project.dir], { cwd: project.parent });
    expect(checked).toMatchObject({ code: 0, stdout: 'Keine Probleme gefunden.\n' });

    const out = await tempDir();
    const build = await runCli(['build', project.dir, '--html', '--out', out], { cwd: project.parent });
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    const images = selectAll('main figure img', parseHtml(await readFile(path.join(out, 'ihek.html'), 'utf8')));
    expect(images).toHaveLength(1);
    expect(attr(images[0], 'src')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(attr(images[0], 'src')!.split(',')[1]!, 'base64').toString('utf8')).toContain('<circle cx="10"');
  });

  it('a PDF build with /bilder/plan.svg prints the figure, with its alt text', async () => {
    const project = await makeProject(withImagePath('/bilder/plan.svg'));
    const out = await tempDir();
    const result = await build({ dir: project.dir, out, formats: ['pdf'], env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } });
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    const figures = structElements(await loadPdf(path.join(out, 'ihek.pdf'))).filter((e) => e.type === 'Figure' && e.alt);
    expect(figures.map((f) => f.alt)).toContain('Schematischer Plan des Musterkiezes mit Schule, Park und Unterkunft');
  }, 120_000);

  it('a relative path that finds nothing next to the chapter, but does from the project folder, names both spellings', async () => {
    const project = await makeProject(withImagePath('bilder/plan.svg'));
    const { code, report } = await checkJson(project.dir, project.parent);
    const line = await lineOf(await project.read(chapter), 'bilder/plan.svg');
    expect(report.diagnostics.map((d) => [d.rule, d.file, d.line, d.message])).toEqual([
      [
        'image-missing',
        chapter,
        line,
        'Bilddatei „bilder/plan.svg“ gibt es im Ordner kapitel/ des Kapitels nicht, aber im Projektordner; schreiben Sie „../bilder/plan.svg“ (vom Kapitel aus) oder „/bilder/plan.svg“ (vom Projektordner aus)',
      ],
    ]);
    expect(code).toBe(1);

    const english = await runCli(['check', project.dir, '--lang', 'en', '--format', 'json'], { cwd: project.parent });
    expect((JSON.parse(english.stdout) as Report).diagnostics[0]!.message).toBe(
      'image file "bilder/plan.svg" does not exist in the chapter\'s folder kapitel/, but in the project folder; write "../bilder/plan.svg" (from the chapter) or "/bilder/plan.svg" (from the project folder)',
    );
  });

  it('a /path that does not exist says it is read from the project folder; the build stops (exit 1)', async () => {
    const project = await makeProject(withImagePath('/bilder/karte.png'));
    const { code, report } = await checkJson(project.dir, project.parent);
    expect(report.diagnostics.map((d) => [d.rule, d.file, d.line, d.message])).toEqual([
      ['image-missing', chapter, await lineOf(await project.read(chapter), '/bilder/karte.png'), 'Bilddatei „/bilder/karte.png“ gibt es nicht (ein Pfad mit / am Anfang gilt vom Projektordner aus)'],
    ]);
    expect(code).toBe(1);
    const out = await tempDir();
    expect((await runCli(['build', project.dir, '--html', '--out', out], { cwd: project.parent })).code).toBe(1);
  });

  it('a /path stays inside the project: climbing out, or a link to a file outside, is image-outside', async () => {
    for (const setup of [
      withImagePath('/../geheim.svg', { outside: { 'geheim.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' } }),
      withImagePath('/bilder/verknuepft.svg', { outside: { 'geheim.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' }, symlinks: { 'bilder/verknuepft.svg': '../../geheim.svg' } }),
    ]) {
      const project = await makeProject(setup);
      const { code, report } = await checkJson(project.dir, project.parent);
      expect(report.diagnostics.map((d) => [d.rule, d.file])).toEqual([['image-outside', chapter]]);
      expect(report.diagnostics[0]!.message).toMatch(/^Bild „\/.*“ liegt außerhalb des Projektordners$/);
      expect(code).toBe(1);
    }
  });

  it('ihek diff --html of two folders embeds an image written as /bilder/…', async () => {
    const before = await makeProject();
    const after = await makeProject(withImagePath('/bilder/plan.svg'));
    const file = path.join(await tempDir(), 'aenderungen.html');
    const result = await runCli(['diff', before.dir, after.dir, '--html', file], { cwd: after.parent });
    expect(result.stderr).toBe(`geschrieben: ${file}\n`);
    expect(result.code).toBe(0);
    const images = selectAll('main figure img', parseHtml(await readFile(file, 'utf8')));
    expect(images.map((img) => attr(img, 'src')?.slice(0, 26))).toEqual(['data:image/svg+xml;base64,']);
  });

  it('the preview rebuilds when an image written as /bilder/… changes', async () => {
    const project = await makeProject(withImagePath('/bilder/plan.svg'));
    const builder = new IncrementalBuilder({ dir: project.dir });
    const first = await builder.rebuild();
    if (!first.ok) throw first.error;
    expect(first.diagnostics).toEqual([]);
    const image = project.path('bilder/plan.svg');
    await writeFile(image, (await readFile(image, 'utf8')).replace('fill="#385"', 'fill="#a21"'));
    const second = await builder.rebuild([image]);
    if (!second.ok) throw second.error;
    expect(second.stats.rendered).toBe(1);
    const src = (html: string) => Buffer.from(/src="data:image\/svg\+xml;base64,([^"]+)"/.exec(html)![1]!, 'base64').toString('utf8');
    const einleitung = (page: typeof second) => page.chapters.find((c) => c.id === 'einleitung')!.html;
    expect(src(einleitung(first))).toContain('fill="#385"');
    expect(src(einleitung(second))).toContain('fill="#a21"');
  });

  it('links read a leading / the same way: a file in the project is "a file", /../ leads out', () => {
    expect(linkProblem('/bilder/plan.pdf', chapter)?.de).toBe(
      'Link „/bilder/plan.pdf“ zeigt auf eine Datei; das Dokument ist eine einzelne HTML- bzw. PDF-Datei, in der dieser Link ins Leere führt – verlinken Sie eine Webadresse (https:) oder einen Anker (#…)',
    );
    expect(linkProblem('/../geheim.txt', chapter)?.de).toBe('Link „/../geheim.txt“ führt aus dem Projektordner hinaus; verlinken Sie eine Webadresse (https:) oder einen Anker (#…)');
  });
});
