import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check, checkProject } from '../src/api/check.js';
import { loadProject } from '../src/project/load-project.js';
import { runCli } from './support/cli.js';
import { exampleDir, fixturesDir, makeProject, removeTempDirs, type TestProject } from './support/fixture.js';

afterAll(removeTempDirs);

const qmValid = path.join(fixturesDir, 'qm-valid');
const checkCases = (await readdir(path.join(fixturesDir, 'check'))).sort();

async function json(project: TestProject, ...extra: string[]) {
  const result = await runCli(['check', project.dir, '--format', 'json', '--lang', 'en', ...extra], { cwd: project.parent });
  return { code: result.code, stdout: result.stdout, stderr: result.stderr };
}

const cacheOf = (project: TestProject) => project.path('.ihek-cache/check.json');

describe('ihek check --cache: the same findings as without it', () => {
  it.each([
    ...checkCases.map((name) => ({ name, setup: { base: qmValid, overlay: `check/${name}` } })),
    { name: 'the example in content/ (figures, charts, captions, cross-references)', setup: { base: exampleDir } },
    ...['broken-link', 'line-map-broken-link', 'template-helper-error', 'template-unknown-variable', 'hostile-raw-html'].map((name) => ({
      name,
      setup: { overlay: name },
    })),
  ])('$name: uncached, filling the cache, from the cache, and the full document', async ({ setup }) => {
    const project = await makeProject(setup);
    const plain = await json(project);
    const filling = await json(project, '--cache');
    const cached = await json(project, '--cache');
    expect(filling).toEqual(plain);
    expect(cached).toEqual(plain);
    expect(plain.stderr).toBe('');
    // The check keeps only what the document-wide rules need of each chapter; the whole
    // document (as `ihek build` checks it) must give the same findings.
    const whole = await checkProject(await loadProject({ dir: project.dir }));
    expect((await check({ dir: project.dir, cache: true })).diagnostics).toEqual(whole.diagnostics);
  });
});

describe('ihek check --cache: after edits', () => {
  it('reports an error introduced in one chapter and forgets it when the edit is reverted', async () => {
    const project = await makeProject({ base: qmValid });
    const file = project.path('kapitel/01-einleitung.md');
    const original = await readFile(file, 'utf8');
    const clean = await json(project, '--cache');
    expect(clean.code).toBe(0);

    await writeFile(file, `${original}\n## Verweise\n\nSiehe [](#gibt-es-nicht) und TODO.\n\n### Tief\n\n##### Zu tief\n`);
    const broken = await json(project, '--cache');
    expect(broken).toEqual(await json(project));
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout).diagnostics.map((d: { rule: string }) => d.rule).sort()).toEqual(['broken-link', 'heading-level', 'placeholder']);

    await writeFile(file, original);
    expect(await json(project, '--cache')).toEqual(clean);
  });

  it('follows a change of the glossary and of the data the expressions read, not only of chapters', async () => {
    const project = await makeProject({ base: exampleDir });
    const before = await json(project, '--cache');
    expect(before.code).toBe(0);
    const glossary = project.path('daten/abkuerzungen.yaml');
    await writeFile(glossary, (await readFile(glossary, 'utf8')).replace(/^BENN:.*$/m, ''));
    const withoutBenn = await json(project, '--cache');
    expect(withoutBenn).toEqual(await json(project));
    const messages = JSON.parse(withoutBenn.stdout).diagnostics.map((d: { message: string }) => d.message);
    expect(messages).toContain('abbreviation "BENN" is missing from the glossary (daten/abkuerzungen.yaml)');
  });

  it('follows a file named by --cache-location, relative to the current folder, and a folder', async () => {
    const project = await makeProject({ base: qmValid });
    const plain = await json(project);
    expect(await json(project, '--cache', '--cache-location', 'eigener-cache.json')).toEqual(plain);
    expect(JSON.parse(await readFile(path.join(project.parent, 'eigener-cache.json'), 'utf8')).entries).toBeTypeOf('object');
    expect(await json(project, '--cache', '--cache-location', 'cache-ordner/')).toEqual(plain);
    expect(JSON.parse(await readFile(path.join(project.parent, 'cache-ordner', 'check.json'), 'utf8')).entries).toBeTypeOf('object');
    await expect(readFile(cacheOf(project))).rejects.toThrow();
  });
});

describe('ihek check --cache: a cache that cannot be used', () => {
  const broken: Array<[string, (text: string) => string]> = [
    ['cut off in the middle', (text) => text.slice(0, Math.floor(text.length / 2))],
    ['not JSON at all', () => '\u0000\u0001garbage'],
    ['empty', () => ''],
    ['written by another version of ihek', (text) => text.replace(/"tool":"ihek [^"]+"/, '"tool":"ihek 0.0.0-other"')],
    ['with entries of the wrong shape', (text) => text.replace(/"entries":\{"([0-9a-f]+)":/, '"entries":{"$1":{"findings":5},"x":')],
    ['with a finding that lacks its message', (text) => text.replace(/,"text":\{"de":"(?:[^"\\]|\\.)*","en":"(?:[^"\\]|\\.)*"\}/, '')],
    ['with a tree node that is a number', (text) => text.replace(/"children":\[\{"type":"heading"/, '"children":[7,{"type":"heading"')],
    ['with links that lack their target (the shape passes, a rule breaks)', (text) => text.replaceAll(/"url":"#[^"]*"/g, '"title":null')],
  ];

  it.each(broken)('is ignored silently and rewritten when %s', async (_name, spoil) => {
    // A chapter with findings of its own (warnings) and links in its kept tree.
    const project = await makeProject({
      base: qmValid,
      overlay: 'check/warnings-only',
      files: { 'kapitel/02-gebiet.md': (await readFile(path.join(qmValid, 'kapitel/02-gebiet.md'), 'utf8')) + '\nSiehe [die Ziele](#benn-ziele) und [](#nirgends).\n' },
    });
    const plain = await json(project);
    await json(project, '--cache');
    const good = await readFile(cacheOf(project), 'utf8');
    const spoilt = spoil(good);
    expect(spoilt).not.toBe(good);
    await writeFile(cacheOf(project), spoilt);
    expect(await json(project, '--cache')).toEqual(plain);
    expect(JSON.parse(await readFile(cacheOf(project), 'utf8'))).toEqual(JSON.parse(good));
  });
});

describe('ihek check --help', () => {
  it('names --cache and --cache-location in German and English', async () => {
    const help = async (...lang: string[]) => (await runCli(['check', '--help', ...lang], { cwd: fixturesDir })).stdout.replace(/\s+/g, ' ');
    const de = await help();
    expect(de).toContain('--cache-location <path> Datei oder Ordner des Zwischenspeichers (relativ zum aktuellen Ordner)');
    expect(de).toContain('--cache Ergebnisse je Kapitel zwischenspeichern und nur geänderte Kapitel neu prüfen (Standard-Ort: .ihek-cache/ im Projektordner)');
    expect(await help('--lang', 'en')).toContain('--cache keep results per chapter and check only changed chapters again');
  });
});
