import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { build } from '../src/api/build.js';
import { check } from '../src/api/check.js';
import { GUIDANCE_MARK } from '../src/check/check-guidance.js';
import { normalizeHeading } from '../src/markdown/normalize-heading.js';
import { IhekError } from '../src/errors.js';
import { skeletonsDir } from '../src/init/chapter-skeleton.js';
import { initProject, planProject } from '../src/init/init-project.js';
import { loadProject } from '../src/project/load-project.js';
import { runCli, stackTraceLines } from './support/cli.js';
import { packageRoot, tempDir } from './support/fixture.js';

const { version } = JSON.parse(await readFile(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string };

/** Every file below `dir`, relative, sorted. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

const NOW = new Date('2025-06-15T10:00:00Z');

describe('ihek init', () => {
  it('creates a project whose check finds nothing but the guidance of its skeletons (warnings, exit 0)', async () => {
    const parent = await tempDir();
    const result = await runCli(['init', 'neu'], { cwd: parent });
    expect(result.stderr).not.toMatch(/ihek: /);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('angelegt: neu/ihek.yaml');
    const checked = await runCli(['check', 'neu'], { cwd: parent });
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/^0 Fehler, \d+ Warnungen$/m);
    const report = JSON.parse((await runCli(['check', 'neu', '--format', 'json'], { cwd: parent })).stdout) as { diagnostics: Array<{ rule: string }> };
    expect(new Set(report.diagnostics.map((d) => d.rule))).toEqual(new Set(['skeleton-text']));
    expect(await listFiles(path.join(parent, 'neu'))).toEqual([
      '.github/workflows/ihek.yml',
      '.gitignore',
      'daten/abkuerzungen.yaml',
      'daten/indikatoren.yaml',
      'daten/massnahmen.yaml',
      'ihek.yaml',
      'kapitel/01-einleitung.md',
      'kapitel/02-gebiet.md',
      'kapitel/03-bilanz.md',
      'kapitel/04-handlungsbedarf.md',
      'kapitel/05-klima.md',
      'kapitel/06-beteiligung.md',
      'kapitel/07-verstetigung.md',
      'package.json',
      `vendor/ihek-${version}.tgz`,
    ]);
  });

  it('has one chapter per Handlungsfeld of the profile, the BENN chapter and benn: only with --benn', async () => {
    const plain = await tempDir();
    await initProject({ dir: plain, now: NOW, profile: 'berlin-qm' });
    const without = await loadProject({ dir: plain });
    expect(without.manifest.benn).toBeUndefined();
    expect(without.chapters.map((c) => c.frontMatter.type)).not.toContain('benn');

    const dir = await tempDir();
    await initProject({ dir, now: NOW, benn: true, profile: 'berlin-qm' });
    const project = await loadProject({ dir });
    const fields = project.chapters.filter((c) => c.frontMatter.type === 'handlungsfeld');
    expect(fields.map((c) => [c.frontMatter.handlungsfeld, c.frontMatter.title])).toEqual(
      project.profile.handlungsfelder.map((hf) => [hf.id, hf.title]),
    );
    expect(project.chapters.map((c) => c.frontMatter.id)).toEqual(['einleitung', 'gebiet', 'leitbild', 'bilanz', 'hf1', 'hf2', 'hf3', 'hf4', 'hf5', 'benn']);
    expect(project.manifest.benn).toEqual({ site: 'Musterkiez', accommodation: 'GU Musterweg', annualBudget: 30000 });
    const checked = await check({ dir });
    expect(checked.diagnostics.filter((d) => d.rule !== 'skeleton-text')).toEqual([]);
    expect(checked.errors).toBe(0);
    // Every skeleton's data helpers render: the HTML builds, with the empty measures table text.
    const out = await tempDir();
    const built = await build({ dir, out, formats: ['html'] });
    expect(built.ok).toBe(true);
    const html = await readFile(path.join(out, 'ihek.html'), 'utf8');
    expect(html).toContain('Keine Maßnahmen erfasst.');
    expect(html).not.toContain('%handlungsfeld%');
  });

  it('fills ihek.yaml from --area, --district, --from and --to', async () => {
    const parent = await tempDir();
    const result = await runCli(['init', 'kosmos', '--area', 'Kosmosviertel', '--district', 'Treptow-Köpenick', '--from', '2025', '--to', '2027'], { cwd: parent });
    expect(result.code).toBe(0);
    const { manifest } = await loadProject({ dir: path.join(parent, 'kosmos') });
    expect(manifest).toMatchObject({
      title: 'Integriertes Handlungs- und Entwicklungskonzept 2025–2027',
      subtitle: 'Quartiersmanagement Kosmosviertel',
      area: 'Kosmosviertel',
      district: 'Treptow-Köpenick',
      period: { from: 2025, to: 2027 },
      authors: ['QM-Team Kosmosviertel'],
      profile: 'berlin-qm-2022',
      lang: 'de',
    });
    // Comments explain every key to the authors.
    const text = await readFile(path.join(parent, 'kosmos', 'ihek.yaml'), 'utf8');
    expect(text).toMatch(/^area: Kosmosviertel +# QM-Gebiet/m);
  });

  it('defaults: Musterkiez, Musterbezirk, this year and two more, today as the date', async () => {
    const dir = await tempDir();
    await initProject({ dir, now: NOW });
    const { manifest } = await loadProject({ dir });
    expect(manifest).toMatchObject({ area: 'Musterkiez', district: 'Musterbezirk', period: { from: 2025, to: 2027 }, date: '2025-06-15' });
    const onlyTo = await tempDir();
    await initProject({ dir: onlyTo, now: NOW, to: 2030 });
    expect((await loadProject({ dir: onlyTo })).manifest.period).toEqual({ from: 2028, to: 2030 });
  });

  it('quotes values YAML would misread', async () => {
    const dir = await tempDir();
    await initProject({ dir, now: NOW, area: 'Kiez: Nord # Süd', district: "'Mitte'" });
    const { manifest } = await loadProject({ dir });
    expect(manifest.area).toBe('Kiez: Nord # Süd');
    expect(manifest.district).toBe("'Mitte'");
    expect((await check({ dir })).errors).toBe(0);
  });

  it('refuses with exit code 2, names the file and changes nothing when a file exists', async () => {
    const parent = await tempDir();
    await mkdir(path.join(parent, 'p', 'kapitel'), { recursive: true });
    await writeFile(path.join(parent, 'p', 'kapitel', '02-gebiet.md'), 'meins\n');
    const result = await runCli(['init', 'p', '--benn'], { cwd: parent });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'ihek: p/kapitel/02-gebiet.md gibt es schon; ihek init überschreibt nichts und hat nichts geändert (--force überschreibt)\n',
    );
    expect(await listFiles(path.join(parent, 'p'))).toEqual(['kapitel/02-gebiet.md']);
    expect(await readFile(path.join(parent, 'p', 'kapitel', '02-gebiet.md'), 'utf8')).toBe('meins\n');
  });

  it('names every file that exists, in English with --lang en', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'ihek.yaml'), 'title: x\n');
    await writeFile(path.join(dir, '.gitignore'), '*.log\n');
    const result = await runCli(['init', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('ihek: ihek.yaml, .gitignore already exist; ihek init overwrites nothing and changed nothing (--force overwrites)\n');
    expect(await listFiles(dir)).toEqual(['.gitignore', 'ihek.yaml']);
  });

  it('--force overwrites what exists and says so', async () => {
    const parent = await tempDir();
    await mkdir(path.join(parent, 'p', 'kapitel'), { recursive: true });
    await writeFile(path.join(parent, 'p', 'kapitel', '02-gebiet.md'), 'meins\n');
    const result = await runCli(['init', 'p', '--force'], { cwd: parent });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('überschrieben: p/kapitel/02-gebiet.md\n');
    expect(result.stdout).toContain('angelegt: p/kapitel/01-einleitung.md\n');
    expect(await readFile(path.join(parent, 'p', 'kapitel', '02-gebiet.md'), 'utf8')).toMatch(/^---\nid: gebiet\n/);
    expect((await check({ dir: path.join(parent, 'p') })).errors).toBe(0);
  });

  it('refuses bad options with exit code 2 and one line', async () => {
    const dir = await tempDir();
    for (const [args, message] of [
      [['--from', '2030', '--to', '2025'], 'ihek: Der Zeitraum endet (--to 2025) vor seinem Beginn (--from 2030)\n'],
      [['--from', 'nächstes'], 'ihek: --from braucht eine ganze Zahl von 1990 bis 2100, nicht „nächstes“\n'],
      [['--to', '1800'], 'ihek: --to braucht eine ganze Zahl von 1990 bis 2100, nicht „1800“\n'],
      [['--area', '  '], 'ihek: --area braucht einen Text in einer Zeile, nicht „  “\n'],
    ] as const) {
      const result = await runCli(['init', 'x', ...args], { cwd: dir });
      expect(result).toEqual({ code: 2, stdout: '', stderr: message });
    }
    await writeFile(path.join(dir, 'datei'), '');
    const onFile = await runCli(['init', 'datei'], { cwd: dir });
    expect(onFile.code).toBe(2);
    expect(onFile.stderr).toBe('ihek: datei ist eine Datei, kein Ordner\n');
    expect(stackTraceLines(onFile.stderr)).toEqual([]);
    expect(await listFiles(dir)).toEqual(['datei']);
  });

  it('writes a CI workflow that checks pull requests and builds the PDF, and a .gitignore', async () => {
    const dir = await tempDir();
    await initProject({ dir, now: NOW });
    const workflow = parse(await readFile(path.join(dir, '.github/workflows/ihek.yml'), 'utf8')) as {
      on: Record<string, unknown>;
      permissions: Record<string, string>;
      jobs: Record<string, { 'runs-on': string; steps: Array<{ run?: string; uses?: string; with?: Record<string, unknown> }> }>;
    };
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const [job] = Object.values(workflow.jobs);
    const runs = job!.steps.map((s) => s.run ?? s.uses);
    expect(runs).toContain('npx ihek check --format github');
    expect(runs.some((r) => r?.startsWith('npx ihek build --pdf'))).toBe(true);
    expect(runs.indexOf('npx ihek check --format github')).toBeLessThan(runs.findIndex((r) => r?.startsWith('npx ihek build')));
    expect(job!.steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with).toEqual({ 'node-version': 20 });
    expect(job!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))?.with).toMatchObject({ path: 'out/' });
    const ignore = (await readFile(path.join(dir, '.gitignore'), 'utf8')).split('\n');
    expect(ignore).toContain('out/');
    expect(ignore).toContain('node_modules/');
    expect(ignore).toContain('.ihek-cache/');
    const pkg = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as { private: boolean; devDependencies: Record<string, string> };
    expect(pkg.private).toBe(true);
    expect(pkg.devDependencies.ihek).toBe(`file:vendor/ihek-${version}.tgz`);
  });

  it('vendors the ihek that made it: a complete package tarball, the same bytes every time, that runs', async () => {
    const [one, two] = [await tempDir(), await tempDir()];
    await initProject({ dir: one, now: NOW, benn: true });
    await initProject({ dir: two, now: NOW, benn: true });
    const tarball = path.join(one, `vendor/ihek-${version}.tgz`);
    expect((await readFile(tarball)).equals(await readFile(path.join(two, `vendor/ihek-${version}.tgz`)))).toBe(true);
    // Unpacked as npm would install it, next to this checkout's dependencies.
    const unpacked = await tempDir();
    execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    expect(listing.every((name) => name === '' || name.startsWith('package/'))).toBe(true);
    expect(listing).toEqual(expect.arrayContaining(['package/package.json', 'package/bin/ihek.js', 'package/dist/cli/main.js', 'package/templates/layout.hbs', 'package/schemas/ihek.schema.json']));
    expect(listing.some((name) => name.startsWith('package/src/') || name.startsWith('package/test/') || name.startsWith('package/node_modules/'))).toBe(false);
    await symlink(path.join(packageRoot, 'node_modules'), path.join(unpacked, 'package', 'node_modules'));
    const run = (args: string[]) => spawnSync(process.execPath, [path.join(unpacked, 'package', 'bin', 'ihek.js'), ...args], { encoding: 'utf8', cwd: one });
    expect(run(['--version']).stdout.trim()).toBe(version);
    const checked = run(['check']);
    expect(checked.stderr + checked.stdout).toMatch(/^0 Fehler, \d+ Warnungen$/m);
    expect(checked.status).toBe(0);
  });

  it('writes an empty but valid measures file and a glossary with the abbreviations the skeletons use', async () => {
    const dir = await tempDir();
    await initProject({ dir, now: NOW, benn: true });
    expect(parse(await readFile(path.join(dir, 'daten/massnahmen.yaml'), 'utf8'))).toEqual([]);
    expect(parse(await readFile(path.join(dir, 'daten/indikatoren.yaml'), 'utf8'))).toEqual([]);
    const glossary = parse(await readFile(path.join(dir, 'daten/abkuerzungen.yaml'), 'utf8')) as Record<string, string>;
    expect(glossary).toMatchObject({ QM: 'Quartiersmanagement', IHEK: 'Integriertes Handlungs- und Entwicklungskonzept', BENN: 'Berlin Entwickelt Neue Nachbarschaften' });
  });

  it('plans each file once, and a second init into the same folder refuses', async () => {
    const dir = await tempDir();
    const files = await planProject({ now: NOW });
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
    await initProject({ dir, now: NOW });
    await expect(initProject({ dir, now: NOW })).rejects.toBeInstanceOf(IhekError);
  });
});

describe('the chapter skeletons (templates/skeletons)', () => {
  it('exist for every chapter type of berlin-qm, with its required sections, in German, without placeholders', async () => {
    const dir = await tempDir();
    await initProject({ dir, now: NOW, profile: 'berlin-qm' });
    const { profile } = await loadProject({ dir });
    const allowed = new Set(['area', 'district', 'period.from', 'period.to', 'benn.site', 'indikatorenTabelle', 'massnahmenTabelle']);
    for (const spec of profile.chapterTypes) {
      const text = await readFile(path.join(skeletonsDir, `${spec.type}.md`), 'utf8');
      const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => normalizeHeading(m[1]!));
      for (const section of spec.sections) expect(headings, `${spec.type}: ${section.title}`).toContain(normalizeHeading(section.title));
      expect(text, spec.type).not.toMatch(/TODO|FIXME|XXX|TBD|lorem ipsum|\[(…|\.\.\.)\]/i);
      expect(text.startsWith('---'), `${spec.type} has no front matter of its own`).toBe(false);
      for (const [, expression] of text.matchAll(/\{\{\s*([\w.]+)/g)) expect(allowed, `${spec.type}: {{${expression}}}`).toContain(expression);
      const marks = text.match(/%[a-z]+%/g) ?? [];
      expect(marks.every((m) => m === '%handlungsfeld%') && (marks.length === 0 || spec.type === 'handlungsfeld')).toBe(true);
      expect(text).toMatch(/Sie/); // guidance addresses the authors
      // Every line of guidance carries the mark the check finds; headings and data tables do not.
      for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
        expect(line.endsWith(GUIDANCE_MARK), `${spec.type}: ${line}`).toBe(!/^(#|\{\{)/.test(line));
      }
    }
  });
});
