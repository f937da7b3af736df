import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GUIDANCE_MARK } from '../src/check/check-guidance.js';
import { initProject } from '../src/init/init-project.js';
import { runCli, type JsonDiagnostic } from './support/cli.js';
import { removeTempDirs, tempDir } from './support/fixture.js';

const NOW = new Date('2025-06-15T10:00:00Z');

afterAll(removeTempDirs);

/**
 * A project of a built-in profile as `ihek init` makes it, with the guidance taken out of the
 * skeletons: what is left is the outline, which must check clean.
 */
async function outlineProject(profile: string, benn = false): Promise<string> {
  const dir = await tempDir();
  await initProject({ dir, now: NOW, profile, benn });
  for (const folder of ['kapitel', 'anhang']) {
    const files = await readdir(path.join(dir, folder)).catch(() => [] as string[]);
    for (const file of files) {
      const at = path.join(dir, folder, file);
      await writeFile(at, (await readFile(at, 'utf8')).replaceAll(` ${GUIDANCE_MARK}`, '').replaceAll(GUIDANCE_MARK, ''));
    }
  }
  return dir;
}

async function checkJson(dir: string): Promise<{ code: number; diagnostics: JsonDiagnostic[] }> {
  const result = await runCli(['check', dir, '--format', 'json'], { cwd: dir });
  return { code: result.code, diagnostics: (JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics };
}

async function edit(file: string, change: (text: string) => string): Promise<void> {
  await writeFile(file, change(await readFile(file, 'utf8')));
}

/** The line (1-based) of the first line of `file` that starts with `start`. */
async function lineOf(file: string, start: string): Promise<number> {
  const index = (await readFile(file, 'utf8')).split('\n').findIndex((line) => line.startsWith(start));
  expect(index, `${start} in ${file}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

describe('profile berlin-qm-2022 (the Senate outline since 2022)', () => {
  it('a project in the outline with a BENN chapter checks clean: exit 0, no findings', async () => {
    const dir = await outlineProject('berlin-qm-2022', true);
    const manifest = parse(await readFile(path.join(dir, 'ihek.yaml'), 'utf8')) as { profile: string; chapters: string[] };
    expect(manifest.profile).toBe('berlin-qm-2022');
    expect(manifest.chapters).toEqual([
      'kapitel/01-einleitung.md',
      'kapitel/02-gebiet.md',
      'kapitel/03-bilanz.md',
      'kapitel/04-handlungsbedarf.md',
      'kapitel/05-klima.md',
      'kapitel/06-beteiligung.md',
      'kapitel/07-verstetigung.md',
      'kapitel/08-benn.md',
    ]);
    expect(await checkJson(dir)).toEqual({ code: 0, diagnostics: [] });
  });

  it('each missing chapter is an error at chapters: in ihek.yaml naming it', async () => {
    const cases: Array<[string, string]> = [
      ['kapitel/05-klima.md', 'Klimaschutz und Klimaanpassung in der Gebietsentwicklung'],
      ['kapitel/04-handlungsbedarf.md', 'Künftiger Handlungsbedarf nach Handlungsfeldern'],
      ['kapitel/07-verstetigung.md', 'Strategie zur Verstetigung'],
      ['kapitel/08-benn.md', 'BENN'],
    ];
    const dir = await outlineProject('berlin-qm-2022', true);
    const manifestFile = path.join(dir, 'ihek.yaml');
    const original = await readFile(manifestFile, 'utf8');
    const chaptersLine = await lineOf(manifestFile, 'chapters:');
    for (const [file, title] of cases) {
      await writeFile(manifestFile, original.replace(`  - ${file}\n`, ''));
      const { code, diagnostics } = await checkJson(dir);
      expect(code, file).toBe(1);
      expect(diagnostics, file).toEqual([expect.objectContaining({ file: 'ihek.yaml', line: chaptersLine, rule: 'required-chapter', severity: 'error' })]);
      expect(diagnostics[0]!.message).toContain(title);
    }
  });

  it('each missing section of the Gebietsbeschreibung is an error naming it, at the heading it belongs before', async () => {
    const dir = await outlineProject('berlin-qm-2022');
    const file = path.join(dir, 'kapitel/02-gebiet.md');
    const original = await readFile(file, 'utf8');
    const sections = ['Karte des QM-Gebiets', 'Allgemeine Gebietsbeschreibung', 'Bevölkerungs- und Sozialstruktur', 'Wichtigste Partnerschaften der Gebietsentwicklung', 'Einrichtungen und Aktive im QM-Gebiet'];
    for (const [index, section] of sections.slice(0, -1).entries()) {
      await writeFile(file, original.replace(`## ${section}\n`, 'Absatz ohne Überschrift.\n'));
      const { code, diagnostics } = await checkJson(dir);
      expect(code, section).toBe(1);
      expect(diagnostics, section).toEqual([
        expect.objectContaining({ file: 'kapitel/02-gebiet.md', line: await lineOf(file, `## ${sections[index + 1]}`), rule: 'required-section' }),
      ]);
      expect(diagnostics[0]!.message).toContain(`## ${section}`);
    }
  });

  it('finds sections by the wordings of real documents (Bevölkerungsstruktur, Partnerschaften, Akteure)', async () => {
    const dir = await outlineProject('berlin-qm-2022');
    await edit(path.join(dir, 'kapitel/02-gebiet.md'), (text) =>
      text
        .replace('## Bevölkerungs- und Sozialstruktur', '## Bevölkerungsstruktur')
        .replace('## Wichtigste Partnerschaften der Gebietsentwicklung', '## Partnerschaften')
        .replace('## Einrichtungen und Aktive im QM-Gebiet', '## Akteure'),
    );
    expect(await checkJson(dir)).toEqual({ code: 0, diagnostics: [] });
  });

  it('chapters 2 and 3 need each Handlungsfeld once: a missing one and one written twice are errors naming it', async () => {
    const dir = await outlineProject('berlin-qm-2022');
    const file = path.join(dir, 'kapitel/04-handlungsbedarf.md');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace('## Bildung\n', 'Bildung ohne Überschrift.\n'));
    let { code, diagnostics } = await checkJson(dir);
    expect(code).toBe(1);
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'kapitel/04-handlungsbedarf.md', line: await lineOf(file, '## Öffentlicher Raum'), rule: 'required-section' })]);
    expect(diagnostics[0]!.message).toContain('## Bildung');
    expect(diagnostics[0]!.message).toContain('HF2');

    await writeFile(file, `${original}\n## HF2 Bildung\n\nNoch einmal.\n`);
    ({ code, diagnostics } = await checkJson(dir));
    expect(code).toBe(1);
    const second = (await readFile(file, 'utf8')).split('\n').lastIndexOf('## HF2 Bildung') + 1;
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: 'kapitel/04-handlungsbedarf.md', line: second, rule: 'required-section', related: [expect.objectContaining({ line: await lineOf(file, '## Bildung') })] }),
    ]);
    expect(diagnostics[0]!.message).toContain('zweimal');
  });

  it('recognises a Handlungsfeld section with a typed letter ("a) Integration und Nachbarschaft")', async () => {
    const dir = await outlineProject('berlin-qm-2022');
    await edit(path.join(dir, 'kapitel/04-handlungsbedarf.md'), (text) =>
      text.replace('## Integration und Nachbarschaft', '## a) Integration und Nachbarschaft').replace('## Bildung', '## b) Bildung'),
    );
    const { diagnostics } = await checkJson(dir);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('ihek profile show prints the outline, numbering and fund rules', async () => {
    const dir = await outlineProject('berlin-qm-2022');
    const result = await runCli(['profile', 'show', dir], { cwd: dir });
    expect(result.code).toBe(0);
    const shown = parse(result.stdout) as { name: string; chapterTypes: Array<{ type: string }>; numbering: unknown; funds: Record<string, unknown> };
    expect(shown.name).toBe('berlin-qm-2022');
    expect(shown.chapterTypes.map((t) => t.type)).toEqual(['einleitung', 'gebiet', 'bilanz', 'handlungsbedarf', 'klima', 'beteiligung', 'verstetigung', 'benn', 'anhang']);
    expect(shown.numbering).toEqual({ start: 0, letteredSections: ['handlungsbedarf'], appendix: 'Anhang A' });
    expect(shown.funds['Aktionsfonds']).toEqual({ maxPerMeasure: 1500, maxPerYear: 10000 });
  });
});

describe('profile berlin-qm (the outline of 2019–2022)', () => {
  it('is also reachable as berlin-qm-2019, and ihek init --profile berlin-qm makes a project that checks clean', async () => {
    const dir = await outlineProject('berlin-qm', true);
    expect(await checkJson(dir)).toEqual({ code: 0, diagnostics: [] });
    const shown = async () => parse((await runCli(['profile', 'show', dir], { cwd: dir })).stdout) as Record<string, unknown>;
    const before = await shown();
    await edit(path.join(dir, 'ihek.yaml'), (text) => text.replace('profile: berlin-qm', 'profile: berlin-qm-2019'));
    expect(await checkJson(dir)).toEqual({ code: 0, diagnostics: [] });
    expect(await shown()).toEqual(before);
  });
});

describe('ihek init --profile', () => {
  it('refuses an unknown profile with exit 2, naming the built-in ones', async () => {
    const dir = await tempDir();
    const result = await runCli(['init', 'p', '--profile', 'berlin-qm-2030'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('berlin-qm-2030');
    expect(result.stderr).toContain('berlin-qm-2022, berlin-qm, berlin-qm-2019, benn, none');
  });
});

describe('profile benn (a stand-alone BENN Handlungskonzept)', () => {
  it('ihek init --profile benn makes a project with the benn: block and the five chapters that checks clean', async () => {
    const dir = await outlineProject('benn');
    const manifest = parse(await readFile(path.join(dir, 'ihek.yaml'), 'utf8')) as { title: string; profile: string; benn: unknown; chapters: string[] };
    expect(manifest).toMatchObject({ title: 'BENN-Handlungskonzept 2025–2027', profile: 'benn', benn: { annualBudget: 30000 } });
    // The comment on the block says what this profile asks for, not what a QM area's benn chapter needs.
    const text = await readFile(path.join(dir, 'ihek.yaml'), 'utf8');
    expect(text).toContain('# BENN-Standort: Das Profil verlangt diesen Block mit dem Standort, der Unterkunft und dem Jahresbudget.\n');
    expect(text).not.toContain('Kapitel vom Typ „benn“');
    expect(manifest.chapters).toEqual([
      'kapitel/01-einleitung.md',
      'kapitel/02-situation.md',
      'kapitel/03-ziele.md',
      'kapitel/04-handlungsschritte.md',
      'kapitel/05-oeffentlichkeitsarbeit.md',
    ]);
    const ziele = await readFile(path.join(dir, 'kapitel/03-ziele.md'), 'utf8');
    expect([...ziele.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual([
      'Begegnung und aktives Miteinander',
      'Empowerment und Beteiligung',
      'Kommunikation und Dialog',
      'Netzwerkarbeit und Quartiersentwicklung',
    ]);
    expect(await checkJson(dir)).toEqual({ code: 0, diagnostics: [] });
  });

  it('each missing chapter and each missing BENN Handlungsfeld is an error naming it', async () => {
    const dir = await outlineProject('benn');
    const manifestFile = path.join(dir, 'ihek.yaml');
    const original = await readFile(manifestFile, 'utf8');
    for (const [file, title] of [
      ['kapitel/02-situation.md', 'Aktuelle Situation'],
      ['kapitel/03-ziele.md', 'Ziele und Handlungsbedarfe'],
      ['kapitel/04-handlungsschritte.md', 'Handlungsschritte'],
      ['kapitel/05-oeffentlichkeitsarbeit.md', 'Öffentlichkeitsarbeit'],
    ] as const) {
      await writeFile(manifestFile, original.replace(`  - ${file}\n`, ''));
      const { code, diagnostics } = await checkJson(dir);
      expect(code, file).toBe(1);
      expect(diagnostics, file).toEqual([expect.objectContaining({ file: 'ihek.yaml', rule: 'required-chapter' })]);
      expect(diagnostics[0]!.message).toContain(title);
    }
    await writeFile(manifestFile, original);
    const ziele = path.join(dir, 'kapitel/03-ziele.md');
    await edit(ziele, (text) => text.replace('## Kommunikation und Dialog\n', 'Ohne Überschrift.\n'));
    const { code, diagnostics } = await checkJson(dir);
    expect(code).toBe(1);
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'kapitel/03-ziele.md', line: await lineOf(ziele, '## Netzwerkarbeit'), rule: 'required-section' })]);
    expect(diagnostics[0]!.message).toContain('## Kommunikation und Dialog');
  });

  it('needs the benn: block in ihek.yaml, and keeps the BENN measures within benn.annualBudget per year', async () => {
    const dir = await outlineProject('benn');
    const manifestFile = path.join(dir, 'ihek.yaml');
    const original = await readFile(manifestFile, 'utf8');
    await writeFile(manifestFile, original.replace(/^benn: .*\n/m, ''));
    let { code, diagnostics } = await checkJson(dir);
    expect(code).toBe(1);
    // The skeletons' {{benn.site}} cannot be filled either; those are reported at their lines.
    const structure = diagnostics.filter((d) => d.rule !== 'template-expression');
    expect(structure).toEqual([expect.objectContaining({ file: 'ihek.yaml', line: 1, rule: 'required-chapter' })]);
    expect(structure[0]!.message).toContain('benn:');

    await writeFile(manifestFile, original);
    await writeFile(
      path.join(dir, 'daten/massnahmen.yaml'),
      ['- id: M-B1-01', '  title: Begegnungscafé', '  handlungsfeld: B1', '  fonds: BENN', '  from: 2025', '  to: 2025', '  amounts: { 2025: 20000 }',
        '- id: M-B2-01', '  title: Sprachmittlung', '  handlungsfeld: B2', '  fonds: BENN', '  from: 2025', '  to: 2025', '  amounts: { 2025: 15000 }', ''].join('\n'),
    );
    ({ code, diagnostics } = await checkJson(dir));
    expect(code).toBe(1);
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'daten/massnahmen.yaml', line: 14, rule: 'benn-budget' })]);
    expect(diagnostics[0]!.message).toContain('30.000');
  });
});

describe('ihek profile show --profile', () => {
  it('prints a built-in profile without a project, and refuses an unknown name with exit 2', async () => {
    const dir = await tempDir();
    for (const name of ['berlin-qm-2022', 'berlin-qm', 'benn']) {
      const result = await runCli(['profile', 'show', '--profile', name], { cwd: dir });
      expect(result.code, name).toBe(0);
      expect((parse(result.stdout) as { name: string }).name).toBe(name);
    }
    const benn = parse((await runCli(['profile', 'show', '--profile', 'benn'], { cwd: dir })).stdout) as { requiresBenn: boolean; handlungsfelder: Array<{ id: string; title: string }> };
    expect(benn.requiresBenn).toBe(true);
    expect(benn.handlungsfelder.map((hf) => hf.title)).toEqual([
      'Begegnung und aktives Miteinander',
      'Empowerment und Beteiligung',
      'Kommunikation und Dialog',
      'Netzwerkarbeit und Quartiersentwicklung',
    ]);
    const unknown = await runCli(['profile', 'show', '--profile', 'profil.yaml'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('ihek: --profile: kein eingebautes Profil „profil.yaml“; eingebaut sind berlin-qm-2022, berlin-qm, berlin-qm-2019, benn, none\n');
  });
});
