import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { Element } from 'hast';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { runCli, stackTraceLines } from './support/cli.js';
import { fixturesDir, makeProject, removeTempDirs, tempDir } from './support/fixture.js';
import { git, makeRepo } from './support/git-repo.js';
import { attr, parseHtml, select, selectAll, textOf } from './support/html.js';

afterAll(removeTempDirs);

const NBSP = '\u00a0';

// The report's JSON, typed as far as the tests read it.
interface Pair<T> {
  from: T | null;
  to: T | null;
}
interface HunkJson {
  moreBefore: boolean;
  moreAfter: boolean;
  parts: Array<{ op: 'equal' | 'delete' | 'insert'; text: string }>;
}
interface SectionJson {
  id: string;
  status: string;
  moved: boolean;
  anchor: Pair<string>;
  level: Pair<number>;
  number: Pair<string>;
  title: Pair<string>;
  words: { inserted: number; deleted: number };
  hunks: HunkJson[];
}
interface ChapterJson {
  id: string;
  status: string;
  moved: boolean;
  kind: Pair<string>;
  number: Pair<string>;
  title: Pair<string>;
  file: Pair<string>;
  fields: Array<{ key: string; from: unknown; to: unknown }>;
  words: { inserted: number; deleted: number };
  sections: SectionJson[];
}
interface DiffJson {
  format: string;
  version: number;
  from: { kind: string; label: string | null; commit: string | null; path: string };
  to: { kind: string; label: string | null; commit: string | null; path: string };
  lang: string;
  changed: boolean;
  summary: Record<string, unknown>;
  manifest: Array<{ key: string; from: unknown; to: unknown }>;
  chapters: ChapterJson[];
  data: {
    measures: {
      added: unknown[];
      removed: unknown[];
      changed: Array<{ id: string; title: string; fields: unknown[]; amounts: Array<{ year: string; from: number | null; to: number | null }> }>;
      totals: Array<{ fonds: string; year: string; from: number; to: number }>;
      yearTotals: Array<{ year: string; from: number; to: number }>;
    };
    indicators: { added: unknown[]; removed: unknown[]; changed: unknown[] };
    glossary: { added: unknown[]; removed: unknown[]; changed: unknown[] };
  };
  warnings: string[];
}

async function diffJson(cwd: string, args: string[]): Promise<{ code: number; report: DiffJson; stderr: string }> {
  const result = await runCli(['diff', ...args, '--format', 'json'], { cwd });
  expect(result.stderr).toBe('');
  return { code: result.code, report: JSON.parse(result.stdout) as DiffJson, stderr: result.stderr };
}

/** The new text of a hunk: its equal and insert parts. */
const newText = (hunk: HunkJson) => hunk.parts.filter((p) => p.op !== 'delete').map((p) => p.text).join('');
/** The old text of a hunk: its equal and delete parts. */
const oldText = (hunk: HunkJson) => hunk.parts.filter((p) => p.op !== 'insert').map((p) => p.text).join('');

async function diffTempFolders(): Promise<string[]> {
  return (await readdir(os.tmpdir())).filter((name) => name.startsWith('ihek-diff-')).sort();
}

describe('ihek diff: chapters, sections and words', () => {
  it('treats a renamed chapter file with the same id as the same chapter, not as removed and added', async () => {
    const repo = await makeRepo();
    await repo.change('renamed-chapter', ['kapitel/02-benn.md']);
    const { code, report } = await diffJson(repo.dir, ['v1', '--exit-code']);
    expect(report.chapters).toEqual([
      expect.objectContaining({
        id: 'benn',
        status: 'unchanged',
        moved: false,
        file: { from: 'kapitel/02-benn.md', to: 'kapitel/07-benn-am-musterweg.md' },
        sections: [],
      }),
    ]);
    expect(report.summary.chapters).toEqual({ added: 0, removed: 0, moved: 0, changed: 0 });
    // A rename alone does not change the document.
    expect(report.changed).toBe(false);
    expect(code).toBe(0);

    const text = await runCli(['diff', 'v1'], { cwd: repo.dir });
    expect(text.stdout).toContain('Kapitel 2 BENN am Musterweg – unverändert\n  Datei umbenannt: kapitel/02-benn.md → kapitel/07-benn-am-musterweg.md\n');
  });

  it('reports chapters added, removed and moved, and shows a removed chapter struck through in --html', async () => {
    const repo = await makeRepo();
    await repo.change('chapters-reordered');
    const { report } = await diffJson(repo.dir, ['v1']);
    expect(report.chapters.map((c) => [c.id, c.status, c.moved, c.number])).toEqual([
      ['quellen', 'removed', false, { from: 'A', to: null }],
      ['einleitung', 'moved', true, { from: '1', to: '2' }],
      ['neu', 'added', false, { from: null, to: '3' }],
    ]);
    expect(report.chapters[2]!.sections.map((s) => [s.id, s.status, newText(s.hunks[0]!)])).toEqual([
      ['neu', 'added', 'Einleitender Satz.'],
      ['neu-erster-abschnitt', 'added', 'Ganz neuer Text mit 1.500 € für die Väter.'],
    ]);
    expect(report.summary.chapters).toEqual({ added: 1, removed: 1, moved: 1, changed: 0 });

    const out = path.join(await tempDir(), 'aenderungen.html');
    expect((await runCli(['diff', 'v1', '--html', out], { cwd: repo.dir })).code).toBe(0);
    const page = parseHtml(await readFile(out, 'utf8'));
    const removed = select('#diff-removed--quellen', page);
    expect(textOf(select('.diff-note', removed))).toBe('Entferntes Kapitel A Quellen');
    expect(textOf(select('del.diff-block', removed))).toContain('Handbuch Quartiersmanagement');
    expect(textOf(select('#einleitung + .diff-note', page))).toBe('Verschoben (vorher 1)');
    expect(textOf(select('#neu + .diff-note', page))).toBe('Neu');
    expect(textOf(select('#neu-erster-abschnitt ins', page))).toBe('Einfügung: Erster Abschnitt');
  });

  it('reports a section moved inside its chapter as moved, with its old number', async () => {
    const repo = await makeRepo();
    await repo.change('moved-section');
    const { report } = await diffJson(repo.dir, ['v1']);
    expect(report.chapters).toHaveLength(1);
    expect(report.chapters[0]).toMatchObject({ id: 'einleitung', status: 'changed', moved: false });
    expect(report.chapters[0]!.sections).toEqual([
      {
        id: 'einleitung-anlass',
        status: 'moved',
        moved: true,
        anchor: { from: 'einleitung-anlass', to: 'einleitung-anlass' },
        level: { from: 2, to: 2 },
        number: { from: '1.1', to: '1.2' },
        title: { from: 'Anlass', to: 'Anlass' },
        words: { inserted: 0, deleted: 0 },
        hunks: [],
      },
    ]);
    expect(report.summary.sections).toEqual({ added: 0, removed: 0, moved: 1, changed: 0 });

    const text = await runCli(['diff', 'v1'], { cwd: repo.dir });
    expect(text.stdout).toContain('Kapitel 1 Einleitung – geändert\n  1.2 Anlass – verschoben (vorher 1.1)\n');
  });

  it('shows a changed amount with old → new value and the totals per Fonds and year', async () => {
    const repo = await makeRepo();
    await repo.change('amount-change');
    const { report } = await diffJson(repo.dir, ['v1']);
    expect(report.data.measures.changed).toEqual([
      { id: 'M-HF1-02', title: 'Café am Musterweg', fields: [], amounts: [{ year: '2026', from: 6000, to: 7000 }] },
    ]);
    expect(report.data.measures.totals).toEqual([
      { fonds: 'Projektfonds', year: '2025', from: 8000, to: 8000 },
      { fonds: 'Projektfonds', year: '2026', from: 8000, to: 8000 },
      { fonds: 'BENN', year: '2025', from: 5000, to: 5000 },
      { fonds: 'BENN', year: '2026', from: 6000, to: 7000 },
    ]);
    expect(report.data.measures.yearTotals).toEqual([
      { year: '2025', from: 13000, to: 13000 },
      { year: '2026', from: 14000, to: 15000 },
    ]);
    // The measures table and the sums in the text are rendered from the data: they changed too.
    const section = report.chapters.find((c) => c.id === 'benn')!.sections.find((s) => s.id === 'benn-massnahmen')!;
    expect(section.status).toBe('changed');
    expect(section.hunks.flatMap((h) => h.parts).filter((p) => p.op !== 'equal')).toContainEqual({ op: 'delete', text: ' 6.000' });
    expect(section.hunks.flatMap((h) => h.parts).filter((p) => p.op !== 'equal')).toContainEqual({ op: 'insert', text: ' 7.000' });

    const text = await runCli(['diff', 'v1'], { cwd: repo.dir });
    expect(text.stdout).toContain(
      [
        'Maßnahmen',
        '  M-HF1-02 Café am Musterweg – geändert',
        `    2026: 6.000${NBSP}€ → 7.000${NBSP}€`,
        '  Summen nach Fonds und Jahr (vorher → nachher)',
        `    BENN 2026: 6.000${NBSP}€ → 7.000${NBSP}€`,
        `    Gesamt 2026: 14.000${NBSP}€ → 15.000${NBSP}€`,
      ].join('\n'),
    );
    expect(text.stdout).toContain('[-6.000-]{+7.000+}');
  });

  it('reports a new section in a Handlungsfeld chapter as added, its neighbours untouched', async () => {
    const repo = await makeRepo({ base: path.join(fixturesDir, 'qm-valid') });
    await repo.change('new-handlungsfeld-section');
    const { report } = await diffJson(repo.dir, ['v1']);
    expect(report.chapters.map((c) => [c.id, c.status])).toEqual([['hf1', 'changed']]);
    expect(report.chapters[0]!.sections).toEqual([
      {
        id: 'hf1-kooperationen',
        status: 'added',
        moved: false,
        anchor: { from: null, to: 'hf1-kooperationen' },
        level: { from: null, to: 2 },
        number: { from: null, to: '5.3' },
        title: { from: null, to: 'Kooperationen' },
        words: { inserted: 11, deleted: 0 },
        hunks: [
          {
            moreBefore: false,
            moreAfter: false,
            parts: [{ op: 'insert', text: 'Der Kiezladen und die Grundschule am Fließ arbeiten ab 2026 zusammen.' }],
          },
        ],
      },
    ]);
    expect(report.summary.sections).toEqual({ added: 1, removed: 0, moved: 0, changed: 0 });
  });

  it('reports re-wrapped lines, extra blanks and aligned tables as no change (exit 0 with --exit-code)', async () => {
    const repo = await makeRepo();
    await repo.change('whitespace-only');
    expect((await git(repo.root, 'status', '--porcelain')).trim()).toBe('M projekt/kapitel/01-einleitung.md');
    const result = await runCli(['diff', 'v1', '--exit-code'], { cwd: repo.dir });
    expect(result.stdout).toMatch(/\nKeine Änderungen\.\n$/);
    expect(result.code).toBe(0);
    const { report } = await diffJson(repo.dir, ['v1']);
    expect(report.changed).toBe(false);
    expect(report.chapters).toEqual([]);

    // The same command exits 1 once a word changes, like git diff --exit-code.
    await repo.change('text-change');
    expect((await runCli(['diff', 'v1', '--exit-code'], { cwd: repo.dir })).code).toBe(1);
    expect((await runCli(['diff', 'v1'], { cwd: repo.dir })).code).toBe(0);
  });

  it('compares words the German way: umlauts and ß inside words, 20.000 as one number, punctuation apart', async () => {
    const repo = await makeRepo();
    await repo.change('text-change');
    const { report } = await diffJson(repo.dir, ['v1']);
    const benn = report.chapters.find((c) => c.id === 'benn')!;
    expect(benn.fields).toEqual([{ key: 'status', from: 'entwurf', to: 'abstimmung' }]);
    expect(benn.sections.map((s) => s.id)).toEqual(['benn-ziele']);
    const [hunk] = benn.sections[0]!.hunks;
    expect(hunk!.parts).toEqual([
      { op: 'equal', text: 'Musterkiez hat 20.000 € im Jahr' },
      { op: 'insert', text: ' für Mütter und Väter' },
      { op: 'equal', text: '.[1]' },
    ]);
    expect(newText(hunk!)).toBe('Musterkiez hat 20.000 € im Jahr für Mütter und Väter.[1]');
    expect(oldText(hunk!)).toBe('Musterkiez hat 20.000 € im Jahr.[1]');
    expect(benn.sections[0]!.words).toEqual({ inserted: 4, deleted: 0 });
  });

  it('keeps a section whose heading was retitled (new anchor, same text) as one changed section', async () => {
    const repo = await makeRepo();
    await repo.change('retitled-section');
    const { report } = await diffJson(repo.dir, ['v1']);
    const benn = report.chapters.find((c) => c.id === 'benn')!;
    expect(benn.sections).toEqual([
      expect.objectContaining({
        id: 'benn-ziele-und-wirkung',
        status: 'changed',
        moved: false,
        anchor: { from: 'benn-ziele', to: 'benn-ziele-und-wirkung' },
        title: { from: 'Ziele', to: 'Ziele und Wirkung' },
        hunks: [],
      }),
    ]);
    expect(report.summary.sections).toMatchObject({ added: 0, removed: 0 });
    // The cross-reference to it shows the new title: a change of the rendered text.
    const anlass = report.chapters.find((c) => c.id === 'einleitung')!.sections[0]!;
    expect(anlass.hunks[0]!.parts.filter((p) => p.op !== 'equal')).toEqual([{ op: 'insert', text: ' und Wirkung' }]);
  });
});

describe('ihek diff: versions', () => {
  let before: string[];
  beforeEach(async () => {
    before = await diffTempFolders();
  });

  it('reads a revision\'s own style sheet and images from git, not from the work tree, and writes nothing', async () => {
    const repo = await makeRepo();
    const plan = await readFile(repo.path('bilder/plan.svg'), 'utf8');
    await mkdir(repo.path('templates'));
    await writeFile(repo.path('templates/style.css'), '.nur-in-der-revision { color: rgb(1, 2, 3); }\n');
    await writeFile(repo.path('bilder/plan.svg'), plan.replace('<svg', '<svg data-fassung="revision-zwei"'));
    await repo.commit('v2', 'v2');
    // The work tree goes back to v1: what the diff shows of v2 can only come from git.
    await git(repo.root, 'checkout', '--quiet', 'v1', '--', '.');
    await rm(repo.path('templates'), { recursive: true });
    const status = () => git(repo.root, 'status', '--porcelain', '--untracked-files=all');
    const statusBefore = await status();
    const out = path.join(await tempDir(), 'aenderungen.html');
    const result = await runCli(['diff', 'v1', 'v2', '--html', out], { cwd: repo.dir });
    expect(result.stderr).toBe(`geschrieben: ${out}\n`);
    expect(result.code).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('.nur-in-der-revision');
    const images = selectAll('img', parseHtml(html)).map((img) => String(attr(img, 'src')));
    const svgs = images.filter((src) => src.startsWith('data:image/svg+xml;base64,')).map((src) => Buffer.from(src.split(',')[1]!, 'base64').toString('utf8'));
    expect(svgs.some((svg) => svg.includes('data-fassung="revision-zwei"'))).toBe(true);
    expect(await status()).toBe(statusBefore);
    expect(await diffTempFolders()).toEqual(before);
  }, 60_000);

  it('names a revision that does not exist in one line and exits 2', async () => {
    const repo = await makeRepo();
    const result = await runCli(['diff', 'v9'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'ihek: Die Revision „v9“ gibt es nicht: kein Commit, Branch oder Tag dieses Namens und kein Ordner\n',
    );
    const english = await runCli(['diff', 'main~5', '--lang', 'en'], { cwd: repo.dir });
    expect(english.code).toBe(2);
    expect(english.stderr).toBe('ihek: The revision "main~5" does not exist: no commit, branch or tag of that name and no folder\n');
    // An argument that looks like an option is refused, never handed to git as one.
    const option = await runCli(['diff', '--', '--output=/tmp/x'], { cwd: repo.dir });
    expect(option.code).toBe(2);
    expect(stackTraceLines(result.stderr + english.stderr + option.stderr)).toEqual([]);
    expect(await diffTempFolders()).toEqual(before);
  });

  it('says which version has an input error, and removes the temporary folder', async () => {
    const repo = await makeRepo();
    await cp(path.join(fixturesDir, 'yaml-syntax-error'), repo.dir, { recursive: true, force: true });
    const broken = await runCli(['diff', 'v1'], { cwd: repo.dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^ihek: Version Arbeitsverzeichnis: ihek\.yaml:\d+: YAML-Syntaxfehler: .+\n$/);

    await repo.commit('kaputt', 'kaputt');
    await cp(path.join(fixturesDir, 'minimal', 'ihek.yaml'), repo.path('ihek.yaml'));
    const old = await runCli(['diff', 'kaputt', '--lang', 'en'], { cwd: repo.dir });
    expect(old.code).toBe(2);
    expect(old.stderr).toMatch(/^ihek: version "kaputt": ihek\.yaml:\d+: YAML syntax error: .+\n$/);
    expect(stackTraceLines(broken.stderr + old.stderr)).toEqual([]);
    expect(await diffTempFolders()).toEqual(before);
  });

  it('compares two revisions from the repository root with --dir, and from the project folder without', async () => {
    const repo = await makeRepo();
    await repo.change('manifest-change');
    await repo.commit('v2', 'v2');
    await repo.change('text-change');
    const fromRoot = await diffJson(repo.root, ['v1', 'v2', '--dir', 'projekt']);
    const fromProject = await diffJson(repo.dir, ['v1', 'v2']);
    expect(fromRoot.report).toEqual(fromProject.report);
    expect(fromRoot.report.from).toMatchObject({ kind: 'revision', label: 'v1', path: 'projekt' });
    expect(fromRoot.report.to).toMatchObject({ kind: 'revision', label: 'v2', path: 'projekt' });
    expect(fromRoot.report.manifest).toEqual([
      { key: 'version', from: '0.9.0', to: '1.0.0' },
      { key: 'date', from: '2025-03-31', to: '2025-06-30' },
    ]);
    // v2 does not have the working tree's text change.
    expect(fromRoot.report.chapters).toEqual([]);
    // The user's work tree and index are untouched.
    expect((await git(repo.root, 'status', '--porcelain')).trim()).toBe('M projekt/kapitel/02-benn.md');
    expect(await diffTempFolders()).toEqual(before);
  });

  it('works in a bare clone and explains a revision missing from a shallow clone', async () => {
    const repo = await makeRepo();
    await repo.change('amount-change');
    await repo.commit('v2', 'v2');
    const clones = await tempDir();
    await git(clones, 'clone', '--quiet', '--bare', repo.root, 'bare.git');
    const bare = await diffJson(path.join(clones, 'bare.git'), ['v1', 'v2', '--dir', 'projekt']);
    expect(bare.report.data.measures.changed.map((m) => m.id)).toEqual(['M-HF1-02']);

    await git(clones, 'clone', '--quiet', '--depth', '1', `file://${repo.root}`, 'shallow');
    const shallow = await runCli(['diff', 'HEAD~1', '--dir', 'projekt'], { cwd: path.join(clones, 'shallow') });
    expect(shallow.code).toBe(2);
    expect(shallow.stderr).toContain('flacher Klon');
    expect(shallow.stderr).toContain('fetch-depth: 0');
  });

  it('compares two folders without git', async () => {
    const old = await makeProject();
    const updated = await makeProject({ overlay: ['diff/text-change', 'diff/amount-change'] });
    const { report, code } = await diffJson(os.tmpdir(), [old.dir, updated.dir, '--exit-code']);
    expect(code).toBe(1);
    expect(report.from).toEqual({ kind: 'folder', label: old.dir, commit: null, path: path.relative(os.tmpdir(), old.dir) });
    expect(report.to.kind).toBe('folder');
    expect(report.chapters.map((c) => c.id)).toEqual(['benn']);
    expect(report.data.measures.changed.map((m) => m.id)).toEqual(['M-HF1-02']);

    // Outside a repository, a name that is no folder cannot be a revision either.
    const nowhere = await tempDir();
    const missing = await runCli(['diff', 'gibt-es-nicht', updated.dir], { cwd: nowhere });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`ihek: „gibt-es-nicht“ ist kein Ordner, und ${nowhere} liegt in keinem git-Repository, in dem es eine Revision sein könnte\n`);
  });
});

describe('ihek diff: output', () => {
  it('prints JSON in the documented shape', async () => {
    const repo = await makeRepo();
    await repo.change(['text-change', 'amount-change', 'manifest-change']);
    const commit = (await git(repo.root, 'rev-parse', 'v1')).trim();
    const { report, code } = await diffJson(repo.dir, ['v1']);
    expect(code).toBe(0);
    expect(Object.keys(report)).toEqual(['format', 'version', 'from', 'to', 'lang', 'changed', 'summary', 'manifest', 'chapters', 'data', 'warnings']);
    expect(report).toMatchObject({
      format: 'ihek-diff',
      version: 1,
      from: { kind: 'revision', label: 'v1', commit, path: 'projekt' },
      to: { kind: 'worktree', label: null, commit: null, path: '.' },
      lang: 'de',
      changed: true,
      warnings: [],
    });
    expect(report.summary).toEqual({
      chapters: { added: 0, removed: 0, moved: 0, changed: 1 },
      sections: { added: 0, removed: 0, moved: 0, changed: 2 },
      words: { inserted: 10, deleted: 6 },
      manifest: 2,
      measures: { added: 0, removed: 0, changed: 1 },
      indicators: { added: 0, removed: 0, changed: 0 },
      glossary: { added: 0, removed: 0, changed: 0 },
    });
    const [chapter] = report.chapters;
    expect(Object.keys(chapter!)).toEqual(['id', 'status', 'moved', 'kind', 'number', 'title', 'file', 'fields', 'words', 'sections']);
    expect(chapter).toMatchObject({
      id: 'benn',
      kind: { from: 'chapter', to: 'chapter' },
      number: { from: '2', to: '2' },
      title: { from: 'BENN am Musterweg', to: 'BENN am Musterweg' },
    });
    expect(Object.keys(chapter!.sections[0]!)).toEqual(['id', 'status', 'moved', 'anchor', 'level', 'number', 'title', 'words', 'hunks']);
    expect(Object.keys(report.data)).toEqual(['measures', 'indicators', 'glossary']);
    expect(Object.keys(report.data.measures)).toEqual(['added', 'removed', 'changed', 'totals', 'yearTotals']);
  });

  it('prints Markdown for a pull-request comment, and English labels with --lang en', async () => {
    const repo = await makeRepo();
    await repo.change(['text-change', 'amount-change', 'manifest-change']);
    const short = (await git(repo.root, 'rev-parse', '--short=7', 'v1')).trim();
    const result = await runCli(['diff', 'v1', '--format', 'markdown'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    const md = result.stdout;
    expect(md.startsWith(`## Änderungen: v1 (${short}) → Arbeitsverzeichnis\n\nKapitel: 1 geändert · Abschnitte: 2 geändert`)).toBe(true);
    expect(md).toContain('### Angaben in ihek.yaml\n\n| Angabe | vorher | nachher |\n|---|---|---|\n| `version` | 0.9.0 | 1.0.0 |\n| `date` | 2025-03-31 | 2025-06-30 |\n');
    expect(md).toContain('### Kapitel 2 BENN am Musterweg — geändert\n\n- status: entwurf → abstimmung\n');
    expect(md).toContain('**2.1 Ziele** — geändert\n\n> … Musterkiez hat 20.000 € im Jahr <ins>für Mütter und Väter</ins>.\\[1\\]\n');
    expect(md).toContain('<del>6.000</del><ins>7.000</ins>');
    expect(md).toContain('| Maßnahme | Änderung | vorher → nachher |\n|---|---|---|\n| M-HF1-02 Café am Musterweg | geändert | 2026: 6.000 € → 7.000 € |');
    expect(md).toContain('| **Gesamt** | 2026 | 14.000 € | 15.000 € |');

    const english = await runCli(['diff', 'v1', '--format', 'markdown', '--lang', 'en'], { cwd: repo.dir });
    expect(english.stdout.startsWith(`## Changes: v1 (${short}) → working tree\n\nChapters: 1 changed · Sections: 2 changed`)).toBe(true);
    expect(english.stdout).toContain('### Chapter 2 BENN am Musterweg — changed');

    const stat = await runCli(['diff', 'v1', '--stat'], { cwd: repo.dir });
    expect(stat.stdout.split('\n')[0]).toMatch(/^ Kapitel 2 BENN am Musterweg \| geändert \+10 −6 Wörter \++-+$/);
  });

  it('colours only on a terminal, and not with NO_COLOR or --no-color', async () => {
    const repo = await makeRepo();
    await repo.change('text-change');
    const runTty = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
      const chunks: string[] = [];
      const sink = new Writable({
        write(chunk, _encoding, callback) {
          chunks.push(String(chunk));
          callback();
        },
      });
      await run(['diff', 'v1', ...args], { stdout: sink, stderr: sink, env, cwd: repo.dir, isTTY: true });
      return chunks.join('');
    };
    const ESC = '\u001b[';
    expect(await runTty([])).toContain(`${ESC}32mfür Mütter und Väter${ESC}0m`);
    expect(await runTty([], { NO_COLOR: '1' })).not.toContain(ESC);
    expect(await runTty(['--no-color'])).not.toContain(ESC);
    expect(await runTty(['--format', 'json'])).not.toContain(ESC);
    expect((await runCli(['diff', 'v1'], { cwd: repo.dir })).stdout).not.toContain(ESC);
  });

  it('writes the new version as HTML with <ins>/<del> and an overview whose links all resolve', async () => {
    const repo = await makeRepo();
    await repo.change(['text-change', 'amount-change', 'removed-section', 'manifest-change']);
    const out = path.join(await tempDir(), 'aenderungen.html');
    const result = await runCli(['diff', 'v1', '--html', out], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`geschrieben: ${out}\n`);
    const html = await readFile(out, 'utf8');
    const page = parseHtml(html);

    const inserted = selectAll('main ins.diff-ins', page).map((node) => textOf(node));
    expect(inserted).toContain('Einfügung: für Mütter und Väter');
    expect(inserted).toContain('Einfügung: 7.000');
    expect(selectAll('main del.diff-del', page).map((node) => textOf(node))).toContain('Streichung: 6.000');
    // The removed section stands where it was, struck through, with its table.
    const removed = select('#diff-removed--einleitung-lage', page);
    expect(textOf(select('.diff-note', removed))).toBe('Entfernter Abschnitt 1.2 Lage');
    expect(textOf(select('del.diff-block', removed))).toContain('Kennzahlen des Gebiets');
    expect(select('del.diff-block h2, del.diff-block [id]', removed)).toBeUndefined();

    // The overview comes first, before the cover, and every link in it leads somewhere on the page.
    const overview = select('section.diff-overview', page)!;
    expect(textOf(select('h1', overview))).toBe('Änderungsübersicht');
    expect(html.indexOf('class="diff-overview"')).toBeLessThan(html.indexOf('class="cover"'));
    const ids = selectAll('[id]', page).map((node) => attr(node, 'id')!);
    expect(new Set(ids).size).toBe(ids.length);
    const links = selectAll('a[href^="#"]', overview).map((node: Element) => attr(node, 'href')!.slice(1));
    expect(links).toEqual(
      expect.arrayContaining(['einleitung', 'diff-removed--einleitung-lage', 'benn', 'diff-benn-ziele--1', 'diff-benn-massnahmen--1']),
    );
    for (const id of links) expect(ids).toContain(id);
    expect(textOf(overview)).toContain(`version0.9.01.0.0`);
  });
});
