import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { afterAll, describe, expect, it } from 'vitest';
import { IncrementalBuilder } from '../src/watch/incremental-build.js';
import { runCli, type JsonDiagnostic } from './support/cli.js';
import { fixturesDir, makeProject, removeTempDirs, tempDir, type TestProject } from './support/fixture.js';
import { attr, parseHtml, select, selectAll, textOf } from './support/html.js';

/**
 * What an author used to Word writes: a `# Titel` at the top of a chapter, hand-typed numbers in
 * headings, bullets, tabs and soft hyphens pasted from a word processor. Each case replaces
 * chapters of test/fixtures/qm-valid (which checks clean) and runs `ihek check` and `ihek build`.
 */

const qmValid = path.join(fixturesDir, 'qm-valid');

afterAll(removeTempDirs);

function chapter(frontMatter: string, body: string): string {
  return `---\n${frontMatter.trim()}\n---\n\n${body}`;
}

const hf1 = (title: string, body: string) => chapter(`id: hf1\ntitle: ${title}\ntype: handlungsfeld\nhandlungsfeld: HF1`, body);

async function project(files: Record<string, string>): Promise<TestProject> {
  return makeProject({ base: qmValid, files });
}

async function check(target: TestProject, lang = 'de') {
  const result = await runCli(['check', target.dir, '--format', 'json', '--lang', lang], { cwd: target.parent });
  return { ...result, report: JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[]; errors: number; warnings: number } };
}

async function build(target: TestProject) {
  const out = await tempDir();
  const result = await runCli(['build', target.dir, '--out', out], { cwd: target.parent });
  const html = result.code === 0 ? await readFile(path.join(out, 'ihek.html'), 'utf8') : '';
  return { ...result, html };
}

/** The rendered `<section>` of a chapter: the one whose chapter heading has the chapter's id. */
function chapterSection(tree: Root, id: string): Element | undefined {
  return selectAll('main > section.chapter', tree).find((section) => attr(select('h1', section), 'id') === id);
}

/** The 1-based line of the first line of `text` that contains `needle`. */
function lineIn(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`"${needle}" not found`);
  return index + 1;
}

describe('# Titel at the top of a chapter', () => {
  // Title with an umlaut, heading in other case, spacing and decomposed (NFD) umlauts.
  const hf3 = chapter(
    'id: hf3\ntitle: Öffentlicher Raum\ntype: handlungsfeld\nhandlungsfeld: HF3',
    `#   ${'ÖFFENTLICHER'.normalize('NFD')}    raum\n\n## Handlungsbedarfe\n\nText.\n\n## Ziele\n\nText.\n\n## Maßnahmen\n\nText.\n`,
  );

  it('checks clean when it repeats the front-matter title (case, spacing and NFC aside)', async () => {
    const target = await project({ 'kapitel/07-hf3.md': hf3 });
    const { code, report } = await check(target);
    expect(report).toEqual({ diagnostics: [], errors: 0, warnings: 0 });
    expect(code).toBe(0);
  });

  it('leaves it out of the HTML: one numbered chapter heading, the sections numbered as before', async () => {
    const target = await project({ 'kapitel/07-hf3.md': hf3 });
    const { code, html, stderr } = await build(target);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const tree = parseHtml(html);
    const section = chapterSection(tree, 'hf3');
    expect(selectAll('h1', section).map(textOf)).toEqual(['7 Öffentlicher Raum']);
    expect(selectAll('h2', section).map((h) => [attr(h, 'id'), textOf(h)])).toEqual([
      ['hf3-handlungsbedarfe', '7.1 Handlungsbedarfe'],
      ['hf3-ziele', '7.2 Ziele'],
      ['hf3-massnahmen', '7.3 Maßnahmen'],
    ]);
    expect(textOf(section)).not.toContain('ÖFFENTLICHER');
  });

  it('keeps the line numbers of everything after it in messages', async () => {
    const text = hf1('Handlungsfeld HF1', '# Handlungsfeld HF1\n\n## Handlungsbedarfe\n\nNoch offen: TODO.\n\n## Ziele\n\nText.\n\n## Maßnahmen\n\nText.\n');
    const target = await project({ 'kapitel/05-hf1.md': text });
    const { report } = await check(target);
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ rule: 'placeholder', file: 'kapitel/05-hf1.md', line: lineIn(text, 'TODO') }),
    ]);
  });

  it('a different level-1 heading stays an error that says the title wins and what to write', async () => {
    const text = hf1('Handlungsfeld HF1', '# Unser Kiez\n\n## Handlungsbedarfe\n\nText.\n\n## Ziele\n\nText.\n\n## Maßnahmen\n\nText.\n');
    const target = await project({ 'kapitel/05-hf1.md': text });
    const { code, report } = await check(target);
    expect(report.diagnostics).toEqual([
      {
        file: 'kapitel/05-hf1.md',
        line: lineIn(text, '# Unser Kiez'),
        column: 1,
        severity: 'error',
        rule: 'heading-level',
        message:
          'Überschrift „# Unser Kiez“ weicht vom Kapiteltitel „Handlungsfeld HF1“ ab; die Kapitelüberschrift ist title aus dem Kapitelkopf – „## Unser Kiez“ schreiben oder „# Handlungsfeld HF1“ (gleich title, dann wird sie weggelassen)',
        related: [{ file: 'kapitel/05-hf1.md', line: lineIn(text, 'title:') }],
      },
    ]);
    expect(code).toBe(1);
    const english = await check(target, 'en');
    expect(english.report.diagnostics[0]!.message).toBe(
      'heading "# Unser Kiez" differs from the chapter title "Handlungsfeld HF1"; the chapter heading is title from the front matter – write "## Unser Kiez" or "# Handlungsfeld HF1" (the same as title, then it is left out)',
    );
  });

  it('with a hand-typed number it is left out too, with a heading-number warning', async () => {
    const text = hf1('Handlungsfeld HF1', '# 5. Handlungsfeld HF1\n\n## Handlungsbedarfe\n\nText.\n\n## Ziele\n\nText.\n\n## Maßnahmen\n\nText.\n');
    const { code, report } = await check(await project({ 'kapitel/05-hf1.md': text }));
    expect(report.diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([
      ['heading-number', lineIn(text, '# 5.'), 'ihek nummeriert selbst – „5. “ entfernen (ihek fmt tut das); die Nummer wird nicht angezeigt'],
    ]);
    expect(code).toBe(0);
  });

  it('a title heading further down is not the chapter heading', async () => {
    const text = hf1('Handlungsfeld HF1', '## Handlungsbedarfe\n\nText.\n\n# Handlungsfeld HF1\n\n## Ziele\n\nText.\n\n## Maßnahmen\n\nText.\n');
    const { report } = await check(await project({ 'kapitel/05-hf1.md': text }));
    expect(report.diagnostics.map((d) => [d.rule, d.line])).toEqual([['heading-level', lineIn(text, '# Handlungsfeld')]]);
    expect(report.diagnostics[0]!.message).toContain('„## Handlungsfeld HF1“');
  });
});

describe('# Titel and hand numbers in ihek diff', () => {
  it('adding a # title and hand numbers is no change; the version still differs in the text where it does', async () => {
    const body = (numbered: boolean) =>
      `${numbered ? '# Handlungsfeld HF1\n\n' : ''}## ${numbered ? '5.1 ' : ''}Handlungsbedarfe\n\nText.\n\n## ${numbered ? '5.2. ' : ''}Ziele\n\nText.\n\n## Maßnahmen\n\nText.\n`;
    const old = await project({ 'kapitel/05-hf1.md': hf1('Handlungsfeld HF1', body(false)) });
    const word = await project({ 'kapitel/05-hf1.md': hf1('Handlungsfeld HF1', body(true)) });
    const cwd = path.dirname(old.parent);
    const same = await runCli(['diff', old.dir, word.dir, '--format', 'json', '--exit-code'], { cwd });
    expect(JSON.parse(same.stdout)).toMatchObject({ changed: false, chapters: [] });
    expect(same.code).toBe(0);
    await writeFile(word.path('kapitel/05-hf1.md'), hf1('Handlungsfeld HF1', body(true).replace('## Maßnahmen\n\nText.', '## Maßnahmen\n\nNeuer Text.')));
    const changed = await runCli(['diff', old.dir, word.dir, '--format', 'json', '--exit-code'], { cwd });
    expect((JSON.parse(changed.stdout) as { chapters: Array<{ id: string }> }).chapters.map((c) => c.id)).toEqual(['hf1']);
    expect(changed.code).toBe(1);
  });
});

describe('# Titel and the check cache', () => {
  it('a changed title is not answered from the cache', async () => {
    const body = '# Handlungsfeld HF1\n\n## Handlungsbedarfe\n\nText.\n\n## Ziele\n\nText.\n\n## Maßnahmen\n\nText.\n';
    const target = await project({ 'kapitel/05-hf1.md': hf1('Handlungsfeld HF1', body) });
    const run = async () => JSON.parse((await runCli(['check', target.dir, '--format', 'json', '--cache'], { cwd: target.parent })).stdout) as { diagnostics: JsonDiagnostic[] };
    expect((await run()).diagnostics).toEqual([]);
    await writeFile(target.path('kapitel/05-hf1.md'), hf1('Integration im Kiez', body));
    expect((await run()).diagnostics.map((d) => d.rule)).toEqual(['heading-level']);
  });
});

describe('# Titel in ihek watch', () => {
  it('is left out of the preview, and comes back as an error when the title changes', async () => {
    const body = '# Handlungsfeld HF1\n\n## 5.1 Handlungsbedarfe\n\nText.\n\n## Ziele\n\nText.\n\n## Maßnahmen\n\nText.\n';
    const target = await project({ 'kapitel/05-hf1.md': hf1('Handlungsfeld HF1', body) });
    const builder = new IncrementalBuilder({ dir: target.dir });
    const first = await builder.rebuild();
    if (!first.ok) throw first.error;
    const html = (page: typeof first) => parseHtml(page.chapters.find((c) => c.id === 'hf1')!.html);
    expect(selectAll('h1, h2', html(first)).map(textOf)).toEqual(['5 Handlungsfeld HF1', '5.1 Handlungsbedarfe', '5.2 Ziele', '5.3 Maßnahmen']);
    expect(first.diagnostics.map((d) => d.rule)).toEqual(['heading-number']);

    // Only the title changes, the body stays: the parsed body must not be reused.
    const changed = hf1('Integration im Kiez', body);
    await writeFile(target.path('kapitel/05-hf1.md'), changed);
    const second = await builder.rebuild([target.path('kapitel/05-hf1.md')]);
    if (!second.ok) throw second.error;
    expect(second.diagnostics.map((d) => [d.rule, d.line])).toEqual([
      ['heading-level', lineIn(changed, '# Handlungsfeld HF1')],
      ['heading-number', lineIn(changed, '## 5.1')],
    ]);
  });
});

describe('hand-typed numbers in headings', () => {
  const body = [
    '## 5.1 Handlungsbedarfe',
    '',
    'Text.',
    '',
    '### a) Bildung',
    '',
    'Text.',
    '',
    '## 5.2. Ziele',
    '',
    'Text.',
    '',
    '## II. Maßnahmen',
    '',
    'Text.',
    '',
    '## 2025 im Rückblick',
    '',
    'Text.',
    '',
    '## 1. Mai im Kiez',
    '',
    'Text.',
    '',
    '##### a) Unnummerierte Ebene',
    '',
    'Text.',
    '',
  ].join('\n');
  const text = hf1('Handlungsfeld HF1', body);

  it('warn at the heading line, and the required sections are still found', async () => {
    const target = await project({ 'kapitel/05-hf1.md': text });
    const { code, report } = await check(target);
    const numbers = report.diagnostics.filter((d) => d.rule === 'heading-number');
    expect(numbers.map((d) => [d.line, d.severity, d.message])).toEqual([
      [lineIn(text, '## 5.1'), 'warning', 'ihek nummeriert selbst – „5.1 “ entfernen (ihek fmt tut das); die Nummer wird nicht angezeigt'],
      [lineIn(text, '### a)'), 'warning', 'ihek nummeriert selbst – „a) “ entfernen (ihek fmt tut das); die Nummer wird nicht angezeigt'],
      [lineIn(text, '## 5.2.'), 'warning', 'ihek nummeriert selbst – „5.2. “ entfernen (ihek fmt tut das); die Nummer wird nicht angezeigt'],
      [lineIn(text, '## II.'), 'warning', 'ihek nummeriert selbst – „II. “ entfernen (ihek fmt tut das); die Nummer wird nicht angezeigt'],
    ]);
    // A heading-level finding for the jump to ##### is expected; no section is missing.
    expect(report.diagnostics.filter((d) => d.rule !== 'heading-number').map((d) => d.rule)).toEqual(['heading-level']);
    expect(report.errors).toBe(1);
    expect(code).toBe(1);
  });

  it('are not shown, nor part of the anchors: never "5.1 5.1"', async () => {
    const clean = text.replace('##### a) Unnummerierte Ebene', '### a) Unnummerierte Ebene');
    const { code, html } = await build(await project({ 'kapitel/05-hf1.md': clean }));
    expect(code).toBe(0);
    const section = chapterSection(parseHtml(html), 'hf1');
    expect(selectAll('h2, h3', section).map((h) => [attr(h, 'id'), textOf(h)])).toEqual([
      ['hf1-handlungsbedarfe', '5.1 Handlungsbedarfe'],
      ['hf1-bildung', '5.1.1 Bildung'],
      ['hf1-ziele', '5.2 Ziele'],
      ['hf1-massnahmen', '5.3 Maßnahmen'],
      ['hf1-2025-im-rueckblick', '5.4 2025 im Rückblick'],
      ['hf1-1-mai-im-kiez', '5.5 1.\u00a0Mai im Kiez'],
      ['hf1-unnummerierte-ebene', '5.5.1 Unnummerierte Ebene'],
    ]);
  });
});

describe('text pasted from Word', () => {
  const body = [
    '## Handlungs\u00ADbedarfe',
    '',
    'Wir sehen:',
    '• mehr Angebote für Kinder',
    '•\tbessere Wege zur Schule',
    '',
    '– erstens',
    '– zweitens',
    '',
    'Ein Satz – mit Gedankenstrich',
    '– der hier weitergeht.',
    '',
    '## Ziele',
    '',
    '\tDieser Absatz wurde aus Word eingefügt und beginnt mit einem Tabulator.',
    '',
    '    Mit Leerzeichen eingerückt bleibt es Code.',
    '',
    'Jahr\tBetrag\tFonds',
    '2025\t8000\tProjektfonds',
    '',
    '## Maßnahmen',
    '',
    'Eine Quartiers\u00ADmaßnahme und noch eine Nachbarschafts\u00ADmaßnahme.',
    '',
  ].join('\n');
  const text = hf1('Handlungsfeld HF1', body);

  it('each warns at its line with what to write instead; no section is missing', async () => {
    const { code, report } = await check(await project({ 'kapitel/05-hf1.md': text }));
    expect(report.diagnostics.map((d) => [d.rule, d.line, d.severity])).toEqual([
      ['soft-hyphen', lineIn(text, '## Handlungs'), 'warning'],
      ['pasted-bullet', lineIn(text, '• mehr'), 'warning'],
      ['pasted-bullet', lineIn(text, '•\tbessere'), 'warning'],
      ['pasted-bullet', lineIn(text, '– erstens'), 'warning'],
      ['pasted-bullet', lineIn(text, '– zweitens'), 'warning'],
      ['pasted-tab-indent', lineIn(text, '\tDieser Absatz'), 'warning'],
      ['pasted-tab-table', lineIn(text, 'Jahr\t'), 'warning'],
      ['soft-hyphen', lineIn(text, 'Eine Quartiers'), 'warning'],
    ]);
    const message = (rule: string) => report.diagnostics.find((d) => d.rule === rule)!.message;
    expect(message('pasted-bullet')).toBe('„•“ als Aufzählungszeichen (aus Word eingefügt) ergibt keine Liste – „- “ schreiben (ihek fmt tut das)');
    expect(message('pasted-tab-indent')).toContain('Tabulator entfernen');
    expect(message('pasted-tab-table')).toContain('als Markdown-Tabelle schreiben');
    expect(message('soft-hyphen')).toContain('„Handlungsbedarfe“');
    expect(report.errors).toBe(0);
    expect(code).toBe(0);
  });

  it('a soft hyphen changes neither the anchor nor the section match', async () => {
    const { code, html } = await build(await project({ 'kapitel/05-hf1.md': text }));
    expect(code).toBe(0);
    const section = chapterSection(parseHtml(html), 'hf1');
    expect(attr(select('h2', section), 'id')).toBe('hf1-handlungsbedarfe');
  });
});
