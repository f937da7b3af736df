import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { binPath, runCli, stackTraceLines, type CliResult } from './support/cli.js';
import { fixturesDir, makeProject, removeTempDirs } from './support/fixture.js';

/**
 * Inputs that are not broken but too large or too deep for the machine: each is refused in
 * seconds with one message that names the file and line and the limit (SECURITY.md lists them).
 */

afterAll(removeTempDirs);

/**
 * Long enough that a refusal on a busy, shared machine stays under it, far below what the work the
 * limit prevents would take; it tells "refused" from "hung", it is not a speed target.
 */
const REFUSED_WITHIN_MS = 40_000;

const chapter = 'kapitel/01-einleitung.md';
const manifest = await readFile(path.join(fixturesDir, 'minimal', 'ihek.yaml'), 'utf8');
/** A chapter with front matter (lines 1–5), an empty line and `body` from line 7. */
const withBody = (body: string) => `---\nid: einleitung\ntitle: Einleitung\ntype: einleitung\nstatus: entwurf\n---\n${body}`;
/** ihek.yaml with 60 keywords: a list every chapter's `{{#each}}` can run over. */
const withKeywords = manifest.replace('authors: [QM-Team Musterkiez]', `authors: [QM-Team Musterkiez]\nkeywords: [${Array.from({ length: 60 }, (_, i) => `w${i}`).join(', ')}]`);

function expectRefused(result: CliResult, started: number, firstLine: string): void {
  expect(stackTraceLines(result.stderr)).toEqual([]);
  expect(result.stderr.split('\n')[0]).toBe(`ihek: ${firstLine}`);
  expect(result.code).toBe(2);
  expect(Date.now() - started).toBeLessThan(REFUSED_WITHIN_MS);
}

async function check(files: Record<string, string>, extra: string[] = []): Promise<{ result: CliResult; started: number }> {
  const project = await makeProject({ files });
  const started = Date.now();
  const result = await runCli(['check', project.dir, ...extra], { cwd: project.parent });
  return { result, started };
}

/** The template findings of a check in JSON: [line, German message]. */
async function templateFindings(body: string): Promise<{ findings: Array<[number, string]>; result: CliResult; started: number }> {
  const { result, started } = await check({ 'ihek.yaml': withKeywords, [chapter]: withBody(body) }, ['--format', 'json']);
  const report = JSON.parse(result.stdout) as { diagnostics: Array<{ rule: string; line: number; message: string }> };
  const findings = report.diagnostics.filter((d) => d.rule === 'template-expression').map((d): [number, string] => [d.line, d.message]);
  return { findings, result, started };
}

describe('YAML nesting depth', () => {
  it('a data file nested 3,000 deep: refused before the YAML library runs out of stack', async () => {
    const { result, started } = await check({ 'daten/massnahmen.yaml': `${'['.repeat(3000)}${']'.repeat(3000)}\n` });
    expectRefused(result, started, 'daten/massnahmen.yaml:1: YAML ist mehr als 64 Ebenen tief verschachtelt; diese Grenze schützt den Rechner – bitte flacher gliedern');
    expect(result.stderr).not.toMatch(/call stack|Syntaxfehler/);
  });

  it('front matter nested by indentation: the line in the chapter file', async () => {
    const deep = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n');
    const { result, started } = await check({ [chapter]: `---\nid: einleitung\ntitle: Einleitung\ntype: einleitung\nextra:\n${deep} 1\n---\n\n## Text\n` });
    // The front matter's mapping is the first level, `a:` on line 6 opens the second on line 7: the 65th is on line 70.
    expectRefused(result, started, `${chapter}:70: YAML ist mehr als 64 Ebenen tief verschachtelt; diese Grenze schützt den Rechner – bitte flacher gliedern`);
  });

  it('64 levels are accepted (the schema then judges the content)', async () => {
    const { result } = await check({ 'daten/abkuerzungen.yaml': `QM: Quartiersmanagement\nX: ${'['.repeat(63)}${']'.repeat(63)}\n` });
    expect(result.stderr).not.toMatch(/Ebenen tief/);
  });
});

describe('template expansion', () => {
  it('nested {{#each}} over a list: stopped by the count of repetitions, at the block', async () => {
    const block = `${'{{#each @root.keywords}}'.repeat(4)}x${'{{/each}}'.repeat(4)}`;
    const { findings, result, started } = await templateFindings(`\n## Liste\n\n${block}\n`);
    expect(findings).toEqual([[10, '{{#each}} wiederholt insgesamt mehr als 200.000-mal (verschachtelte Blöcke vervielfachen sich); diese Grenze schützt den Rechner']]);
    expect(result.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(REFUSED_WITHIN_MS);
  });

  it('{{#each}} that produces more than 20 MB of text: stopped by its output', async () => {
    const block = `{{#each @root.keywords}}{{#each @root.keywords}}${'Text '.repeat(1200)}{{/each}}{{/each}}`;
    const { findings, started } = await templateFindings(`\n## Liste\n\n${block}\n`);
    expect(findings).toEqual([[10, '{{#each}} erzeugt mehr als 20 MB Text; diese Grenze schützt den Rechner']]);
    expect(Date.now() - started).toBeLessThan(REFUSED_WITHIN_MS);
  });

  it('a table written by {{#each}}: held to the table limit at the line of the block', async () => {
    // The rows on line 12, the block closed on line 13 (the line the rows after the first one come from).
    const rows = '{{#each @root.keywords}}{{#each @root.keywords}}{{#each @root.authors}}| {{this}} | x |\n{{/each}}{{/each}}{{/each}}';
    const twoAuthors = withKeywords.replace('authors: [QM-Team Musterkiez]', 'authors: [A, B]');
    const { result } = await check({ 'ihek.yaml': twoAuthors, [chapter]: withBody(`\n## Tabelle\n\n| Wort | x |\n|---|---|\n${rows}\n`) }, ['--format', 'json']);
    const report = JSON.parse(result.stdout) as { diagnostics: Array<{ rule: string; line: number; message: string }> };
    expect(report.diagnostics.filter((d) => d.rule === 'template-expression').map((d) => [d.line, d.message])).toEqual([
      [13, 'mehr als 5.000 Zeilen in einer Tabelle; diese Grenze schützt den Rechner – bitte den Text vereinfachen'],
    ]);
  });

  it('a helper call with 100,000 arguments: refused by their number, not a stack overflow', async () => {
    const { findings, result } = await templateFindings(`\n## Zahl\n\n{{zahl ${'1 '.repeat(100_000)}}}\n`);
    expect(findings).toEqual([[10, 'mehr als 20 Angaben in einem {{ }}-Aufruf']]);
    expect(result.stdout).not.toMatch(/call stack/);
  });

  it('sub-expressions eleven deep: refused by their nesting', async () => {
    const { findings } = await templateFindings(`\n## Zahl\n\n{{zahl ${'(zahl '.repeat(11)}1${')'.repeat(11)}}}\n`);
    expect(findings).toEqual([[10, 'mehr als 10 Blöcke oder Klammern in {{ }} ineinander; bitte einfacher schreiben']]);
  });

  it('{{zahl data}}: the value in the message is cut to 80 characters', async () => {
    const { findings } = await templateFindings('\n## Zahl\n\n{{zahl data}}\n');
    expect(findings).toHaveLength(1);
    const [line, message] = findings[0]!;
    expect(line).toBe(10);
    const value = message.replace('{{zahl}} braucht eine Zahl, bekam ', '');
    expect(value).toHaveLength(80);
    expect(value.startsWith('{"massnahmen":[{')).toBe(true);
    expect(value.endsWith('…')).toBe(true);
  });
});

describe('glossary size', () => {
  const entries = (n: number) => Array.from({ length: n }, (_, i) => `Q${i.toString(36).toUpperCase()}X: Eintrag ${i}\n`).join('');

  it('600,000 entries: refused in seconds at the 10,001st', async () => {
    const { result, started } = await check({ 'daten/abkuerzungen.yaml': entries(600_000) });
    expectRefused(result, started, 'daten/abkuerzungen.yaml:10001: mehr als 10.000 Abkürzungen im Abkürzungsverzeichnis; diese Grenze schützt den Rechner');
  }, 60_000);

  it('the same limit for a glossary written as one flow mapping', async () => {
    const flow = `{${Array.from({ length: 10_001 }, (_, i) => `Q${i.toString(36).toUpperCase()}X: e`).join(', ')}}\n`;
    const { result, started } = await check({ 'daten/abkuerzungen.yaml': flow });
    expectRefused(result, started, 'daten/abkuerzungen.yaml:1: mehr als 10.000 Abkürzungen im Abkürzungsverzeichnis; diese Grenze schützt den Rechner');
  }, 60_000);

  it('10,000 entries are checked, and a duplicate among them is still found', async () => {
    const { result } = await check({ 'daten/abkuerzungen.yaml': entries(10_000) });
    expect(stackTraceLines(result.stderr)).toEqual([]);
    expect([0, 1]).toContain(result.code);
    const duplicate = await check({ 'daten/abkuerzungen.yaml': `${entries(9_998)}Q0X: nochmal\n` });
    expect(duplicate.result.stderr).toBe('ihek: daten/abkuerzungen.yaml:9999: der Schlüssel „Q0X“ steht doppelt (zuerst in Zeile 1) – einen der beiden entfernen\n');
  }, 60_000);
});

describe('number of chapters', () => {
  it('100,000 chapters listed: refused at the line of the 20,001st entry, before any is read', async () => {
    const entries = Array.from({ length: 100_000 }, (_, i) => `  - kapitel/viele/k${i}.md`);
    const text = manifest.replace('  - kapitel/02-benn.md', ['  - kapitel/02-benn.md', ...entries].join('\n'));
    // Two chapters come before the list, the appendix after it.
    const line = text.split('\n').indexOf('  - kapitel/viele/k19998.md') + 1;
    const { result, started } = await check({ 'ihek.yaml': text });
    expectRefused(result, started, `ihek.yaml:${line}: mehr als 20.000 Kapitel und Anhänge; diese Grenze schützt den Rechner – bitte Kapitel zusammenfassen`);
  }, 60_000);

  it('2,000 chapters with only 200 open files allowed: read a few at a time, no EMFILE', async () => {
    const files: Record<string, string> = {};
    const entries: string[] = [];
    for (let i = 0; i < 2000; i++) {
      files[`kapitel/viele/k${i}.md`] = `---\nid: k${i}\ntitle: Kapitel ${i}\ntype: einleitung\n---\n\n## Abschnitt\n\nText ${i}.\n`;
      entries.push(`  - kapitel/viele/k${i}.md`);
    }
    files['ihek.yaml'] = manifest.replace('  - kapitel/02-benn.md', ['  - kapitel/02-benn.md', ...entries].join('\n'));
    const project = await makeProject({ files });
    const result = await new Promise<CliResult>((resolve) => {
      execFile('sh', ['-c', `ulimit -n 200 && exec "${process.execPath}" "${binPath}" check .`], { cwd: project.dir, env: { PATH: process.env.PATH ?? '' } }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      );
    });
    expect(result.stderr).not.toMatch(/EMFILE|too many open files/i);
    expect(stackTraceLines(result.stderr)).toEqual([]);
    expect([0, 1]).toContain(result.code);
  }, 120_000);
});
