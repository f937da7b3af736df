import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/api/check.js';
import { insertListItem } from '../src/init/insert-list-item.js';
import { initProject } from '../src/init/init-project.js';
import { loadProject } from '../src/project/load-project.js';
import { runCli } from './support/cli.js';
import { exampleDir, makeProject, tempDir } from './support/fixture.js';

const NOW = new Date('2025-06-15T10:00:00Z');

/** The findings of a project made from skeletons, besides the guidance they hold on purpose. */
async function findingsBesideGuidance(dir: string) {
  return (await check({ dir })).diagnostics.filter((d) => d.rule !== 'skeleton-text');
}

/** A project in the 2019–2022 outline, whose chapter types (leitbild, handlungsfeld …) these cases add. */
async function freshProject(benn = false): Promise<string> {
  const dir = await tempDir();
  await initProject({ dir, now: NOW, benn, profile: 'berlin-qm' });
  return dir;
}

async function exampleCopy(): Promise<string> {
  const dir = path.join(await tempDir(), 'content');
  await cp(exampleDir, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}out`) });
  return dir;
}

/** `before` with `line` inserted as a whole line directly after the line that ends with `after`. */
function withLineAfter(before: string, after: string, line: string): string {
  const at = before.indexOf(`${after}\n`);
  if (at === -1) throw new Error(`${after} not found`);
  const end = at + after.length + 1;
  return `${before.slice(0, end)}${line}\n${before.slice(end)}`;
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = await readFile(file, 'utf8');
  }
  return out;
}

describe('ihek new chapter', () => {
  it('adds a chapter from its skeleton after the last chapter of the same or an earlier type', async () => {
    const dir = await freshProject(true);
    const before = await readFile(path.join(dir, 'ihek.yaml'), 'utf8');
    const result = await runCli(['new', 'chapter', 'querschnitt', 'klima', '--title', 'Klimaschutz und Klimaanpassung'], { cwd: dir });
    expect(result).toEqual({
      code: 0,
      stdout: 'angelegt: kapitel/09a-klima.md\neingetragen: ihek.yaml (chapters, Position 10)\n',
      stderr: '',
    });
    // One new line between the last Handlungsfeld and the BENN chapter; every other byte as it was.
    // 10 is the BENN chapter's number: the new file sorts between 09 and 10, as in the document.
    expect(await readFile(path.join(dir, 'ihek.yaml'), 'utf8')).toBe(withLineAfter(before, '  - kapitel/09-hf5.md', '  - kapitel/09a-klima.md'));
    const chapter = await readFile(path.join(dir, 'kapitel/09a-klima.md'), 'utf8');
    expect(chapter).toMatch(/^---\nid: klima\ntitle: Klimaschutz und Klimaanpassung\ntype: querschnitt\nstatus: entwurf\n---\n\n/);
    expect(chapter).toContain('## Umsetzung in den Handlungsfeldern');
    const checked = await check({ dir });
    expect(checked.diagnostics.filter((d) => d.rule !== 'skeleton-text')).toEqual([]);
    expect(checked.project.chapters.map((c) => c.frontMatter.id)).toEqual(['einleitung', 'gebiet', 'leitbild', 'bilanz', 'hf1', 'hf2', 'hf3', 'hf4', 'hf5', 'klima', 'benn']);
  });

  it('keeps the comments and layout of a hand-written ihek.yaml byte for byte', async () => {
    const dir = await exampleCopy();
    const before = await readFile(path.join(dir, 'ihek.yaml'), 'utf8');
    const result = await runCli(['new', 'chapter', 'querschnitt', 'laerm', '--title', 'Lärmschutz'], { cwd: path.dirname(dir) });
    expect(result.stdout).toBe('angelegt: content/kapitel/10a-laerm.md\neingetragen: content/ihek.yaml (chapters, Position 11)\n');
    expect(result.code).toBe(0);
    expect(await readFile(path.join(dir, 'ihek.yaml'), 'utf8')).toBe(withLineAfter(before, '  - kapitel/10-klima.md', '  - kapitel/10a-laerm.md'));
    expect((await check({ dir })).errors).toBe(0);
  });

  it('puts an appendix (type anhang) under appendix:, lettered by its place', async () => {
    const dir = await exampleCopy();
    const before = await readFile(path.join(dir, 'ihek.yaml'), 'utf8');
    const result = await runCli(['new', 'chapter', 'anhang', 'glossar', '--dir', dir, '--title', 'Begriffe'], { cwd: await tempDir() });
    expect(result.code).toBe(0);
    expect(await readFile(path.join(dir, 'ihek.yaml'), 'utf8')).toBe(withLineAfter(before, '  - anhang/b-beteiligung.md', '  - anhang/c-glossar.md'));
    const project = await loadProject({ dir });
    const last = project.chapters.at(-1)!;
    expect([last.kind, last.file, last.frontMatter]).toEqual(['appendix', 'anhang/c-glossar.md', { id: 'glossar', title: 'Begriffe', type: 'anhang', status: 'entwurf' }]);
    expect((await check({ dir })).errors).toBe(0);
  });

  it('adds appendix: when the manifest has none', async () => {
    const dir = await freshProject();
    const before = await readFile(path.join(dir, 'ihek.yaml'), 'utf8');
    expect((await runCli(['new', 'chapter', 'anhang', 'quellen'], { cwd: dir })).code).toBe(0);
    expect(await readFile(path.join(dir, 'ihek.yaml'), 'utf8')).toBe(`${before}appendix:\n  - anhang/a-quellen.md\n`);
    expect(await findingsBesideGuidance(dir)).toEqual([]);
  });

  it('places a Handlungsfeld among the others in the profile\'s order, titled after the field', async () => {
    const dir = await freshProject();
    const manifest = path.join(dir, 'ihek.yaml');
    const full = await readFile(manifest, 'utf8');
    await writeFile(manifest, full.replace('  - kapitel/07-hf3.md\n', ''));
    await rm(path.join(dir, 'kapitel/07-hf3.md'));
    const result = await runCli(['new', 'chapter', 'handlungsfeld', 'hf3', '--handlungsfeld', 'HF3'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(await readFile(manifest, 'utf8')).toBe(full);
    const chapter = await readFile(path.join(dir, 'kapitel/07-hf3.md'), 'utf8');
    expect(chapter).toMatch(/^---\nid: hf3\ntitle: Öffentlicher Raum\ntype: handlungsfeld\nhandlungsfeld: HF3\nstatus: entwurf\n---\n/);
    expect(chapter).toContain('{{massnahmenTabelle handlungsfeld="HF3"}}');
    expect(await findingsBesideGuidance(dir)).toEqual([]);
  });

  it('never reuses a file number that exists: folder order stays document order', async () => {
    const dir = await freshProject(true);
    const kapitel = () => readdir(path.join(dir, 'kapitel')).then((names) => names.sort());
    const add = async (...args: string[]) => {
      const result = await runCli(['new', 'chapter', ...args], { cwd: dir });
      expect(result.stderr, args.join(' ')).toBe('');
      return result.stdout.split('\n')[0];
    };
    // 01…09 and 10-benn: between 09 and 10 only a letter is left.
    expect(await add('querschnitt', 'klima')).toBe('angelegt: kapitel/09a-klima.md');
    expect(await add('querschnitt', 'laerm')).toBe('angelegt: kapitel/09b-laerm.md');
    // An unlisted draft holds its number as well.
    await writeFile(path.join(dir, 'kapitel/09c-notizen.md'), 'Notizen\n');
    expect(await add('querschnitt', 'hitze')).toBe('angelegt: kapitel/09d-hitze.md');
    const project = await loadProject({ dir });
    const listed = project.chapters.map((c) => path.posix.basename(c.file));
    expect(listed).toEqual((await kapitel()).filter((name) => name !== '09c-notizen.md'));
    expect(new Set((await kapitel()).map((name) => /^\d+[a-z]?/.exec(name)![0])).size).toBe((await kapitel()).length);

    // A gap in the numbers is used before a letter.
    const gap = await freshProject(true);
    const manifest = path.join(gap, 'ihek.yaml');
    await writeFile(manifest, (await readFile(manifest, 'utf8')).replace('kapitel/10-benn.md', 'kapitel/12-benn.md'));
    await cp(path.join(gap, 'kapitel/10-benn.md'), path.join(gap, 'kapitel/12-benn.md'));
    await rm(path.join(gap, 'kapitel/10-benn.md'));
    expect((await runCli(['new', 'chapter', 'querschnitt', 'klima'], { cwd: gap })).stdout).toMatch(/^angelegt: kapitel\/10-klima\.md\n/);
    expect((await runCli(['new', 'chapter', 'querschnitt', 'laerm'], { cwd: gap })).stdout).toMatch(/^angelegt: kapitel\/11-laerm\.md\n/);
  });

  it('quotes a title YAML would misread', async () => {
    const dir = await freshProject();
    expect((await runCli(['new', 'chapter', 'querschnitt', 'hitze', '--title', 'Hitze: "Kühle Orte" # neu'], { cwd: dir })).code).toBe(0);
    const project = await loadProject({ dir });
    expect(project.chapters.find((c) => c.frontMatter.id === 'hitze')?.frontMatter.title).toBe('Hitze: "Kühle Orte" # neu');
  });

  it('refuses with exit code 2 and changes nothing', async () => {
    const dir = await freshProject();
    await writeFile(path.join(dir, 'kapitel/10-laerm.md'), 'nicht gelistet\n');
    const before = await snapshot(dir);
    const cases: Array<[string[], string]> = [
      [['querschnitt', 'gebiet'], 'ihek: die Kapitel-id „gebiet“ gibt es schon (kapitel/02-gebiet.md)\n'],
      [['querschnitt', 'laerm'], 'ihek: kapitel/10-laerm.md gibt es schon; nichts wurde geändert\n'],
      [['kapitel', 'x'], 'ihek: unbekannter Kapiteltyp „kapitel“; das Profil berlin-qm kennt: einleitung, gebiet, leitbild, bilanz, handlungsfeld, querschnitt, benn, anhang\n'],
      [['querschnit', 'x'], 'ihek: unbekannter Kapiteltyp „querschnit“ – meinten Sie „querschnitt“? Das Profil berlin-qm kennt: einleitung, gebiet, leitbild, bilanz, handlungsfeld, querschnitt, benn, anhang\n'],
      [['querschnitt', 'Klima!'], 'ihek: „Klima!“ taugt nicht als Kapitel-id: nur Kleinbuchstaben, Ziffern und Bindestriche, am Anfang ein Buchstabe oder eine Ziffer\n'],
      [['handlungsfeld', 'hf6'], 'ihek: ein Kapitel vom Typ „handlungsfeld“ braucht --handlungsfeld (HF1, HF2, HF3, HF4, HF5)\n'],
      [['handlungsfeld', 'hf6', '--handlungsfeld', 'HF6'], 'ihek: unbekanntes Handlungsfeld „HF6“; das Profil kennt: HF1, HF2, HF3, HF4, HF5\n'],
      [['handlungsfeld', 'bildung', '--handlungsfeld', 'HF2'], 'ihek: Handlungsfeld HF2 hat schon ein Kapitel (kapitel/06-hf2.md)\n'],
      [['querschnitt', 'klima', '--handlungsfeld', 'HF2'], 'ihek: --handlungsfeld gilt nur für Kapitel vom Typ handlungsfeld, nicht für „querschnitt“\n'],
      [['einleitung', 'vorwort'], 'ihek: das Profil erlaubt höchstens 1 Kapitel vom Typ „einleitung“; vorhanden: kapitel/01-einleitung.md\n'],
      [['benn', 'benn'], 'ihek: ein Kapitel vom Typ „benn“ braucht in ihek.yaml zuerst einen Block benn: (site, annualBudget)\n'],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(['new', 'chapter', ...args], { cwd: dir });
      expect(result, args.join(' ')).toEqual({ code: 2, stdout: '', stderr: message });
    }
    expect(await snapshot(dir)).toEqual(before);
    const usage = await runCli(['new', 'chapter', 'querschnitt'], { cwd: dir });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/argument 'id'/);
    const noProject = await runCli(['new', 'chapter', 'querschnitt', 'x'], { cwd: await tempDir() });
    expect(noProject.code).toBe(2);
    expect(noProject.stderr).toMatch(/^ihek: Keine ihek.yaml gefunden/);
  });

  it('works in a project with flow-style lists, CRLF line ends and a byte order mark', async () => {
    const project = await makeProject({
      transform: {
        'ihek.yaml': (bytes) =>
          `\uFEFF${bytes
            .toString('utf8')
            .replace('chapters:\n  - kapitel/01-einleitung.md\n  - kapitel/02-benn.md\n', 'chapters: [kapitel/01-einleitung.md, kapitel/02-benn.md] # Reihenfolge\n')
            .replace(/\n/g, '\r\n')}`,
      },
    });
    const before = await readFile(project.path('ihek.yaml'), 'utf8');
    const result = await runCli(['new', 'chapter', 'bericht', 'rueckblick', '--title', 'Rückblick'], { cwd: project.dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // Profile `none`: any type; an unknown type goes last.
    expect(await readFile(project.path('ihek.yaml'), 'utf8')).toBe(
      before.replace('kapitel/02-benn.md] # Reihenfolge', 'kapitel/02-benn.md, kapitel/03-rueckblick.md] # Reihenfolge'),
    );
    expect((await loadProject({ dir: project.dir })).manifest.chapters).toEqual(['kapitel/01-einleitung.md', 'kapitel/02-benn.md', 'kapitel/03-rueckblick.md']);
  });
});

describe('insertListItem', () => {
  const file = 'ihek.yaml';
  it('inserts into a block list after an item, keeping a comment on its line', () => {
    const text = '# Kopf\nchapters:\n  - a.md   # erstes\n\n  # Mitte\n  - b.md\nappendix: []\n';
    expect(insertListItem(text, file, 'chapters', 1, 'n.md')).toBe('# Kopf\nchapters:\n  - a.md   # erstes\n  - n.md\n\n  # Mitte\n  - b.md\nappendix: []\n');
    expect(insertListItem(text, file, 'chapters', 0, 'n.md')).toBe('# Kopf\nchapters:\n  - n.md\n  - a.md   # erstes\n\n  # Mitte\n  - b.md\nappendix: []\n');
    expect(insertListItem(text, file, 'chapters', 2, 'n.md')).toBe('# Kopf\nchapters:\n  - a.md   # erstes\n\n  # Mitte\n  - b.md\n  - n.md\nappendix: []\n');
  });

  it('inserts into flow lists, empty ones, lists without indentation and a last line without newline', () => {
    expect(insertListItem('appendix: []\n', file, 'appendix', 0, 'x.md')).toBe('appendix: [x.md]\n');
    expect(insertListItem('appendix: [ a.md ,b.md ]\n', file, 'appendix', 1, 'x.md')).toBe('appendix: [ a.md, x.md ,b.md ]\n');
    expect(insertListItem('chapters:\n- a.md\n- "b c.md"', file, 'chapters', 2, 'x.md')).toBe('chapters:\n- a.md\n- "b c.md"\n- x.md\n');
    expect(insertListItem('chapters:\n  - a.md\nappendix:\nx: 1\n', file, 'appendix', 0, 'z.md')).toBe('chapters:\n  - a.md\nappendix:\n  - z.md\nx: 1\n');
    expect(insertListItem('chapters: [a.md]', file, 'appendix', 0, 'z: y.md')).toBe('chapters: [a.md]\nappendix:\n  - "z: y.md"\n');
  });

  it('refuses what it cannot insert safely', () => {
    expect(() => insertListItem('chapters: 3\n', file, 'chapters', 0, 'x.md')).toThrow(/cannot be inserted safely/);
    expect(() => insertListItem('chapters: [a.md\n', file, 'chapters', 0, 'x.md')).toThrow(/not a valid YAML mapping/);
    expect(() => insertListItem('chapters:\n  - [a.md]\n', file, 'chapters', 1, 'x.md')).toThrow(/something other than file names/);
  });
});
