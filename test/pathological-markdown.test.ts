import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createChapterDeadline } from '../src/markdown/chapter-deadline.js';
import { runCli, stackTraceLines, type CliResult } from './support/cli.js';
import { makeProject, packageRoot, removeTempDirs, tempDir } from './support/fixture.js';

/**
 * The CommonMark project's pathological inputs (the shapes cmark's test/pathological_tests.py
 * generates, at its sizes) and more of the same kind, each as the body of one chapter. Every one
 * must be checked or refused in seconds: exit 0, 1 or 2, never a stack trace, and a refusal names
 * the chapter and line. The bound is for correctness (no hang), not a performance target.
 */

afterAll(removeTempDirs);

const chapter = 'kapitel/01-einleitung.md';
/** A chapter with front matter (lines 1–5), an empty line and `body` from line 7. */
const withBody = (body: string) => `---\nid: einleitung\ntitle: Einleitung\ntype: einleitung\nstatus: entwurf\n---\n\n${body}\n`;
const BOUND_MS = 30_000;

const range = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('');

export const PATHOLOGICAL: Record<string, () => string> = {
  'nested strong emphasis': () => '*a **a '.repeat(65_000) + 'b' + ' a** a*'.repeat(65_000),
  'many emphasis closers with no openers': () => 'a_ '.repeat(65_000),
  'many emphasis openers with no closers': () => '_a '.repeat(65_000),
  'many 3-emphasis openers with no closers': () => 'a***'.repeat(65_000),
  'many link closers with no openers': () => 'a]'.repeat(100_000),
  'many link openers with no closers': () => '[a'.repeat(65_000),
  'mismatched openers and closers': () => '*a_ '.repeat(50_000),
  'openers and closers multiple of 3': () => 'a**b' + 'c* '.repeat(50_000),
  'link openers and emphasis closers': () => '[ a_'.repeat(50_000),
  'pattern [ (]( repeated': () => '[ (]('.repeat(80_000),
  'pattern ![[]() repeated': () => '![[]()'.repeat(160_000),
  'hard link/emphasis case': () => '**x [a*b**c*](d)',
  'nested brackets': () => '['.repeat(50_000) + 'a' + ']'.repeat(50_000),
  'nested block quotes': () => '>'.repeat(50_000) + 'a',
  'deeply nested lists': () => range(1000, (i) => '  '.repeat(i) + '* a\n'),
  'U+0000 in input': () => 'abc\u0000de\u0000',
  'backticks': () => range(4999, (i) => 'e' + '`'.repeat(i + 1)),
  'unclosed links A': () => '[a](<b'.repeat(30_000),
  'unclosed links B': () => '[a](b'.repeat(30_000),
  'unclosed <!--': () => '</' + '<!--'.repeat(300_000),
  'many html openers and closers': () => '<>'.repeat(50_000),
  'many html processing instruction openers': () => 'x <?'.repeat(50_000),
  'many html CDATA openers': () => 'x <![CDATA['.repeat(50_000),
  'many html declaration openers': () => 'x <!A'.repeat(50_000),
  'many html comment openers': () => 'x <!--'.repeat(50_000),
  'few unclosed comments before much text': () => 'x <!--'.repeat(1500) + ' Text'.repeat(400_000),
  'many link reference definitions': () => range(80_000, (i) => `[${i}]: u\n`) + '[0] '.repeat(1200),
  'many reference lookups': () => '[a]: u\n\n' + '[a] '.repeat(50_000),
  '50,000 stars': () => '*'.repeat(50_000),
  '50,000 underscores': () => '_'.repeat(50_000),
  'star and space runs': () => '* '.repeat(50_000),
  'many setext lines': () => 'a\n='.repeat(50_000),
  'setext heading after a long paragraph': () => 'a\n'.repeat(50_000) + '===\n',
  'many setext headings': () => 'a\n-\n'.repeat(50_000),
  'many setext headings apart': () => 'a\n===\n\n'.repeat(20_000),
  'runs of [': () => '['.repeat(50_000),
  'runs of []( ': () => '[]('.repeat(50_000),
  'runs of ![': () => '!['.repeat(50_000),
  'many autolink openers': () => '<a:'.repeat(50_000),
  'many inline code openers': () => '`a'.repeat(50_000),
  'code span pairs': () => '``a`'.repeat(30_000),
  'many table rows': () => '| a | b |\n|---|---|\n' + '| x | y |\n'.repeat(100_000),
  'wide table': () => '|' + ' a |'.repeat(20_000) + '\n|' + '---|'.repeat(20_000) + '\n| x |\n'.repeat(10),
  'many footnote definitions': () => range(30_000, (i) => `[^${i}]: t\n`),
  'lines of stars': () => '*\n'.repeat(50_000),
  'strikethrough runs': () => '~~a '.repeat(50_000),
  'many fences': () => '```\n'.repeat(50_000),
  'html block lines': () => '<div>\n'.repeat(50_000),
  'nested quote lines': () => range(1000, (i) => '>'.repeat(i) + ' a\n'),
  'many backslashes': () => '\\'.repeat(100_000),
};

function assertHandled(result: CliResult, started: number, file = chapter): void {
  expect(stackTraceLines(result.stderr)).toEqual([]);
  expect([0, 1, 2]).toContain(result.code);
  if (result.code === 2) {
    // A refusal is one line that names the chapter and a line in it.
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(new RegExp(`^ihek: ${file.replace(/[.]/g, '\\.')}:\\d+: `));
  }
  expect(Date.now() - started).toBeLessThan(BOUND_MS);
}

describe('the CommonMark pathological corpus: checked or refused in seconds, never a crash', () => {
  for (const [name, generate] of Object.entries(PATHOLOGICAL)) {
    it(name, async () => {
      const project = await makeProject({ files: { [chapter]: withBody(generate()) } });
      const started = Date.now();
      const result = await runCli(['check', project.dir], { cwd: project.parent });
      assertHandled(result, started);
    }, BOUND_MS * 2);
  }
});

describe('a build of HTML for part of the corpus', () => {
  for (const name of ['unclosed <!--', 'backticks', 'many setext headings', 'many table rows', 'many link closers with no openers', 'hard link/emphasis case']) {
    it(name, async () => {
      const project = await makeProject({ files: { [chapter]: withBody(PATHOLOGICAL[name]!()) } });
      const out = await tempDir();
      const started = Date.now();
      const result = await runCli(['build', project.dir, '--html', '--out', out], { cwd: project.parent });
      assertHandled(result, started);
    }, BOUND_MS * 2);
  }
});

describe('fmt holds chapters to the same limits', () => {
  for (const name of ['many link closers with no openers', 'backticks', 'many setext headings']) {
    it(name, async () => {
      const project = await makeProject({ files: { [chapter]: withBody(PATHOLOGICAL[name]!()) } });
      const before = await project.read(chapter);
      const started = Date.now();
      const result = await runCli(['fmt', project.dir], { cwd: project.parent });
      expect(stackTraceLines(result.stderr)).toEqual([]);
      expect(result.code).toBe(2);
      // fmt names each file as seen from where it was started, then sums up.
      expect(result.stderr.split('\n')[0]).toMatch(/^ihek: projekt\/kapitel\/01-einleitung\.md:\d+: mehr als /);
      expect(Date.now() - started).toBeLessThan(BOUND_MS);
      expect(await project.read(chapter)).toBe(before);
    }, BOUND_MS * 2);
  }
});

describe('findings on a pathological chapter stay few and one line each', () => {
  it('a heading of 50.000 lines of one word: one line per message, at most 20 repeated words reported', async () => {
    const project = await makeProject({ files: { [chapter]: withBody(PATHOLOGICAL['setext heading after a long paragraph']!()) } });
    const result = await runCli(['check', project.dir, '--format', 'json'], { cwd: project.parent });
    expect(result.code).toBe(1);
    const diagnostics = (JSON.parse(result.stdout) as { diagnostics: Array<{ rule: string; message: string }> }).diagnostics;
    expect(diagnostics.filter((d) => d.message.includes('\n'))).toEqual([]);
    expect(diagnostics.filter((d) => d.rule === 'repeated-word')).toHaveLength(20);
  }, BOUND_MS * 2);
});

describe('the limits name what was exceeded', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['a]', 'many link closers with no openers', /:8: mehr als 2\.000 schließende eckige Klammern in einem Absatz; diese Grenze schützt den Rechner/],
    ['backticks', 'backticks', /:8: mehr als 2\.000 Backtick-Folgen \(`\) in einem Absatz/],
    ['<!--', 'unclosed <!--', /:8: mehr als 2\.000 HTML-Kommentare oder <!…>\/<\?…> in einem Absatz/],
    ['unclosed comments before much text', 'few unclosed comments before much text', /:8: nicht geschlossene HTML-Kommentare \(<!-- ohne -->, <\? ohne \?>\) oder Backtick-Folgen/],
    ['setext', 'many setext headings', /:1009: mehr als 500 mit = oder - unterstrichene Überschriften in einem Kapitel \(bitte ## verwenden\)/],
    ['table rows', 'many table rows', /:5010: mehr als 5\.000 Zeilen in einer Tabelle/],
  ];
  for (const [short, name, message] of cases) {
    it(short, async () => {
      const project = await makeProject({ files: { [chapter]: withBody(PATHOLOGICAL[name]!()) } });
      const result = await runCli(['check', project.dir], { cwd: project.parent });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^ihek: ${chapter.replace('.', '\\.')}${message.source}`));
    });
  }

  it('a table of 5,000 rows is accepted; one of 20 columns by 2,600 rows is refused by its cells', async () => {
    const ok = '| a | b |\n|---|---|\n' + '| x | y |\n'.repeat(5000);
    const accepted = await runCli(['check', (await makeProject({ files: { [chapter]: withBody(ok) } })).dir], { cwd: packageRoot });
    expect(accepted.stderr).not.toMatch(/Tabelle/);
    const wide = `|${' a |'.repeat(20)}\n|${'---|'.repeat(20)}\n` + `|${' x |'.repeat(20)}\n`.repeat(2600);
    const refused = await runCli(['check', (await makeProject({ files: { [chapter]: withBody(wide) } })).dir], { cwd: packageRoot });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`ihek: ${chapter}:2510: mehr als 50.000 Zellen in einer Tabelle; diese Grenze schützt den Rechner – bitte den Text vereinfachen\n`);
  }, 60_000);
});

describe('the deadline of a chapter', () => {
  it('stops work that runs too long and names the chapter and its first line', () => {
    const deadline = createChapterDeadline({ seconds: 1, secondsPerMegabyte: 0 });
    const started = Date.now();
    expect(() =>
      deadline({ file: 'kapitel/x.md', bodyLine: 6 }, 100, 'parse', () => {
        for (;;);
      }),
    ).toThrow(/^kapitel\/x\.md:6: parsing the Markdown took longer than 1 s – /);
    expect(Date.now() - started).toBeLessThan(5000);
    // Work that ends in time gives its result; its own errors pass unchanged.
    expect(deadline({ file: 'kapitel/x.md', bodyLine: 6 }, 100, 'render', () => 42)).toBe(42);
    expect(() => deadline({ file: 'kapitel/x.md', bodyLine: 6 }, 100, 'render', () => { throw new RangeError('own'); })).toThrow(RangeError);
  });
});

/**
 * The CommonMark spec's examples, from the `commonmark-spec` package (the spec writes a tab as →):
 * each as a chapter, checked without a crash or stack trace.
 */
describe('the CommonMark spec examples', () => {
  it('every example is checked or refused, never a crash', async () => {
    const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: Array<{ markdown: string; number: number }> };
    const examples = spec.tests.map((test) => ({ markdown: test.markdown.replace(/→/g, '\t'), example: test.number }));
    expect(examples.length).toBeGreaterThan(600);
    // All examples in one project, one chapter each: one run of the check.
    const files: Record<string, string> = {};
    const entries: string[] = [];
    for (const { markdown, example } of examples) {
      files[`kapitel/spec/e${example}.md`] = `---\nid: e${example}\ntitle: Beispiel ${example}\ntype: einleitung\n---\n\n${markdown}`;
      entries.push(`  - kapitel/spec/e${example}.md`);
    }
    const base = await makeProject();
    const manifest = await base.read('ihek.yaml');
    files['ihek.yaml'] = manifest.replace('  - kapitel/02-benn.md', ['  - kapitel/02-benn.md', ...entries].join('\n'));
    const project = await makeProject({ files });
    const started = Date.now();
    const result = await runCli(['check', project.dir], { cwd: project.parent });
    expect(stackTraceLines(result.stderr)).toEqual([]);
    expect([0, 1]).toContain(result.code);
    expect(Date.now() - started).toBeLessThan(120_000);
  }, 180_000);
});
