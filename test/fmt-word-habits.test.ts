import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createChapterFormatter } from '../src/fmt/format-markdown.js';
import { runCli, type JsonDiagnostic } from './support/cli.js';
import { fixturesDir, makeProject, removeTempDirs } from './support/fixture.js';

/** `ihek fmt` fixes what a Word user writes where the fix is sure (src/fmt/fix-word-habits.ts). */

afterAll(removeTempDirs);

const format = createChapterFormatter();
const formatSentences = createChapterFormatter({ sentencePerLine: true });
const head = '---\nid: leitbild\ntitle: Unser Leitbild\ntype: leitbild\n---\n';
const chapter = (body: string) => `${head}\n${body}`;
const bodyOf = (text: string) => text.slice(head.length + 1);
const formatted = (body: string) => bodyOf(format(chapter(body), 'kapitel/03-leitbild.md'));

describe('fmt: # Titel at the top of a chapter', () => {
  it.each([
    ['the same as title', '# Unser Leitbild\n\nText.\n', 'Text.\n'],
    ['other case, spacing and decomposed umlauts', `#  UNSER   leitbild\n\nText.\n`, 'Text.\n'],
    ['with a hand-typed number', '# 3. Unser Leitbild\n\nText.\n', 'Text.\n'],
    ['as a setext heading', 'Unser Leitbild\n==============\n\nText.\n', 'Text.\n'],
    ['below a comment', '<!-- Entwurf -->\n\n# Unser Leitbild\n\nText.\n', '<!-- Entwurf -->\n\nText.\n'],
  ])('is removed when it repeats the title: %s', (_name, input, expected) => {
    expect(formatted(input)).toBe(expected);
  });

  it('is removed when the title has decomposed umlauts and the heading composed ones', () => {
    const text = '---\nid: raum\ntitle: Öffentlicher Raum\ntype: leitbild\n---\n\n' + `# ${'Öffentlicher'.normalize('NFD')} Raum\n\nText.\n`;
    expect(format(text, 'x.md')).toBe('---\nid: raum\ntitle: Öffentlicher Raum\ntype: leitbild\n---\n\nText.\n');
  });

  it.each([
    ['a different text', '# Unser Kiez\n\nText.\n'],
    ['below other text', 'Text.\n\n# Unser Leitbild\n'],
    ['a level-2 heading', '## Unser Leitbild\n\nText.\n'],
  ])('stays when it is %s', (_name, input) => {
    expect(formatted(input)).toBe(input);
  });

  it('stays when a {{!-- comment --}} stands above it, and the file is still formatted', () => {
    expect(formatted('{{!-- Hinweis --}}\n# Unser Leitbild\n\n• eins\n')).toBe('{{!-- Hinweis --}}\n\n# Unser Leitbild\n\n- eins\n');
  });
});

describe('fmt: hand-typed numbers in headings', () => {
  it.each([
    ['## 5.1 Handlungsbedarfe\n', '## Handlungsbedarfe\n'],
    ['## 2.1. Ziele\n', '## Ziele\n'],
    ['### a) Bildung\n', '### Bildung\n'],
    ['## (1) Bildung\n', '## Bildung\n'],
    ['## II. Analyse\n', '## Analyse\n'],
    ['## A.1 Quellen\n', '## Quellen\n'],
    ['## 5.1 **Ziele**\n', '## **Ziele**\n'],
  ])('%j loses its number', (input, expected) => {
    expect(formatted(input)).toBe(expected);
  });

  it.each([
    ['a year', '## 2025 im Rückblick\n'],
    ['a number without a dot', '## 10 Jahre Quartiersmanagement\n'],
    ['a thousands separator', '## 1.500 Menschen im Kiez\n'],
    ['a date', '## 1. Mai im Kiez\n'],
    ['a full date', '## 31.12.2025 Stichtag\n'],
    ['nothing but a number', '## 5.1\n'],
    ['a level ihek does not number', '##### a) Einzelheit\n'],
  ])('stays with %s', (_name, input) => {
    expect(formatted(input)).toBe(input);
  });
});

describe('fmt: text pasted from Word', () => {
  it.each([
    ['bullets become a - list', '• eins\n• zwei\n', '- eins\n- zwei\n'],
    ['a tab after the bullet', '•\teins\n▪\tzwei\n', '- eins\n- zwei\n'],
    ['the lines before the first bullet stay a paragraph', 'Wir sehen:\n• eins\n◦ zwei\n', 'Wir sehen:\n\n- eins\n- zwei\n'],
    ['a paragraph starting with a dash', '– eins\n– zwei\n', '- eins\n- zwei\n'],
    ['a line that goes on belongs to its item', '• eins\nund mehr\n• zwei\n', '- eins\n  und mehr\n- zwei\n'],
    ['inside a quote', '> Zitat:\n> • eins\n> • zwei\n', '> Zitat:\n>\n> - eins\n> - zwei\n'],
    ['after a hard break', 'Wir sehen:\\\n• eins\n', 'Wir sehen:\n\n- eins\n'],
  ])('%s', (_name, input, expected) => {
    expect(formatted(input)).toBe(expected);
  });

  it('a dash inside a paragraph, or before a single line, stays a Gedankenstrich', () => {
    expect(formatted('Ein Satz\n– der weitergeht.\n')).toBe('Ein Satz\n– der weitergeht.\n');
    expect(formatted('– und das ist gut so.\n')).toBe('– und das ist gut so.\n');
  });

  it('a tab-indented paragraph is un-indented, never fenced as code', () => {
    expect(formatted('\tDieser Absatz kam aus Word.\n\tUnd dieser auch.\n')).toBe('Dieser Absatz kam aus Word.\nUnd dieser auch.\n');
    expect(formatted('## Ziele\n\tDer Absatz kam aus Word.\n')).toBe('## Ziele\n\nDer Absatz kam aus Word.\n');
    expect(formatted('1. Punkt\n\n\t\tIm Punkt, aus Word eingefügt.\n')).toBe('1. Punkt\n\n   Im Punkt, aus Word eingefügt.\n');
    expect(formatted('\t• eins aus Word\n\t• zwei aus Word\n')).toBe('- eins aus Word\n- zwei aus Word\n');
    expect(bodyOf(formatSentences(chapter('\tErster Satz. Zweiter Satz.\n'), 'x.md'))).toBe('Erster Satz.\nZweiter Satz.\n');
  });

  it('indented code written with spaces, or with a tab but code inside, is fenced as before', () => {
    expect(formatted('Text:\n\n    Mit Leerzeichen eingerückt bleibt Code.\n')).toBe('Text:\n\n```\nMit Leerzeichen eingerückt bleibt Code.\n```\n');
    expect(formatted('Text:\n\n\tcode();\n')).toBe('Text:\n\n```\ncode();\n```\n');
  });

  it('removes soft hyphens; a wanted one written as &shy; stays a character reference', () => {
    expect(formatted('Quartiers\u00ADmaßnahme und Nachbarschafts\u00ADhilfe.\n')).toBe('Quartiersmaßnahme und Nachbarschaftshilfe.\n');
    expect(formatted('## Handlungs\u00ADbedarfe\n')).toBe('## Handlungsbedarfe\n');
    expect(formatted('Stra&shy;ßen\n')).toBe('Stra&#xAD;ßen\n');
  });

  it('leaves tab-separated "tables" to the author (the check says how to write them)', () => {
    expect(formatted('Jahr\tBetrag\n2025\t8000\n')).toBe('Jahr\tBetrag\n2025\t8000\n');
  });
});

describe('ihek fmt on a chapter written the Word way', () => {
  it('fixes it so that the check has only the tab table left to report, and a second run changes nothing', async () => {
    const project = await makeProject({ base: path.join(fixturesDir, 'qm-valid'), overlay: 'check/word-habits' });
    const first = await runCli(['fmt'], { cwd: project.dir });
    expect(first).toMatchObject({ code: 0, stdout: 'kapitel/05-hf1.md\n' });
    expect(await project.read('kapitel/05-hf1.md')).toBe(
      [
        '---',
        'id: hf1',
        'title: Handlungsfeld HF1',
        'type: handlungsfeld',
        'handlungsfeld: HF1',
        '---',
        '',
        '## Handlungsbedarfe',
        '',
        'Die Nachbarschaft nennt:',
        '',
        '- mehr Angebote für Kinder',
        '- bessere Wege zur Schule',
        '',
        '## Ziele',
        '',
        'Dieser Absatz wurde aus Word eingefügt und beginnt mit einem Tabulator.',
        '',
        'Jahr\tBetrag',
        '2025\t8000',
        '',
        '## Maßnahmen',
        '',
        'Eine Quartiersmaßnahme.',
        '',
      ].join('\n'),
    );
    const checked = await runCli(['check', '--format', 'json'], { cwd: project.dir });
    const report = JSON.parse(checked.stdout) as { diagnostics: JsonDiagnostic[] };
    expect(report.diagnostics.map((d) => d.rule)).toEqual(['pasted-tab-table']);
    expect((await runCli(['fmt', '--check'], { cwd: project.dir })).code).toBe(0);
  });
});
