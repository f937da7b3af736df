import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject } from '../src/api/check.js';
import { diffProject } from '../src/diff/diff-project.js';
import { IhekError } from '../src/errors.js';
import { loadProject } from '../src/project/load-project.js';
import { fixturesDir, removeTempDirs, tempDir } from './support/fixture.js';

/**
 * Arbitrary Markdown and YAML never crash the loader, the check or the diff: the loader either loads
 * or refuses with an input error (exit 2) that names a project file and a line inside it; every
 * finding of the check lies inside its file; the diff of two arbitrary versions answers, and a
 * version compared with itself has no change. ROBUSTNESS_RUNS=2000 for a longer search.
 */

const runs = Number(process.env.ROBUSTNESS_RUNS ?? 60);
const minimal = path.join(fixturesDir, 'minimal');
const chapterFile = 'kapitel/01-einleitung.md';
const frontMatter = '---\nid: einleitung\ntitle: Einleitung\ntype: einleitung\nstatus: entwurf\n---\n\n';

afterAll(removeTempDirs);

/** One project folder reused by every run of a property: the files under test are written anew each time. */
async function scratchProject(): Promise<string> {
  const dir = path.join(await tempDir(), 'projekt');
  await cp(minimal, dir, { recursive: true });
  return dir;
}

// Pieces that reach every branch of the Markdown and template grammar, including broken ones.
const markdownPiece = fc.oneof(
  fc.constantFrom(
    '## Abschnitt', '### Unter', '# Eins', '#### Tief', '- Punkt', '1. Erstens', '  - eingerückt', '> Zitat', '>> doppelt',
    '```', '```js', '~~~', '    code', '| a | b |', '|---|---|', '| 1 | 2 |', 'Tabelle: Titel {#tab-x}', '---', '***', '',
    '[](#nirgends)', '[#](#benn-ziele)', '[x](#einleitung)', '![Bild](../bilder/plan.svg "Plan {#abb-x}")', '![](fehlt.png)',
    '[^1]', '[^1]: Quelle', '[ref]: https://example.org', '<div>', '</div>', '<script>x</script>', '<img src=x onerror=y>',
    '<!-- Kommentar', '-->', '**fett', '_kursiv_', '~~weg~~', '`code', 'TODO', 'Lorem ipsum', '[…]', 'QM und BENN',
    '{{area}}', '{{euro 1500}}', '{{summe fonds="BENN"}}', '{{#if area}}', '{{/if}}', '{{#each}}', '{{', '}}', '{{{x}}}',
    '{{massnahmenTabelle handlungsfeld="HF1"}}', '{{diagramm "budget"}}', '{{constructor}}', '{{> teil}}', '{{!-- c --}}',
    '\u00a0', '\t', '\r', '😀', 'e\u0301', 'Straße', '\u202e', '\\', '&amp;', '&#0;', '<', '>', '|', '*', '_', '[', ']',
  ),
  fc.string({ maxLength: 12 }),
);
const markdownLine = fc.tuple(fc.array(markdownPiece, { maxLength: 6 }), fc.constantFrom(' ', '')).map(([pieces, gap]) => pieces.join(gap));
const markdownBody = fc.array(markdownLine, { maxLength: 25 }).map((lines) => lines.join('\n'));

const yamlPiece = fc.oneof(
  fc.constantFrom(
    'title: Titel', 'area: Kiez', 'period: { from: 2025, to: 2026 }', 'period: { from: 2027, to: 2020 }', 'chapters:',
    '  - kapitel/01-einleitung.md', '  - kapitel/02-benn.md', '  - ../aussen.md', '  - /etc/passwd.md', 'appendix: []',
    'data: { massnahmen: daten/massnahmen.yaml }', 'glossary: daten/abkuerzungen.yaml', 'profile: none', 'profile: gibtsnicht',
    'benn: { site: X, accommodation: Y, annualBudget: -5 }', 'version: 1.0', 'date: 2025-13-45', 'lang: fr', 'output: { formats: [doc] }',
    '&a [1, 2]', '*a', '<<: *a', '!!js/function x', '? komplex', '- liste', '"offen', "'offen", '{', '[', 'key: value: x',
    'title: Titel', 'title: Titel', '  eingerückt: 1', '\t', '---', '...', '%YAML 1.2', '#', '',
  ),
  fc.string({ maxLength: 10 }),
);
const yamlText = fc.array(yamlPiece, { maxLength: 20 }).map((lines) => lines.join('\n'));

const lineCount = (text: string) => text.replace(/\r\n?/g, '\n').split('\n').length;

/** An input error must name a file of the project and a line inside it, and carry exit status 2. */
async function expectWellPlacedInputError(error: unknown, dir: string): Promise<void> {
  if (!(error instanceof IhekError)) throw error;
  expect(error.exitCode).toBe(2);
  expect(error.text.de).not.toBe('');
  expect(error.text.en).not.toBe('');
  const { file, line } = error.place;
  if (file === undefined || line === undefined) return;
  expect(path.isAbsolute(file)).toBe(false);
  expect(file.startsWith('..')).toBe(false);
  const text = await readFile(path.join(dir, file), 'utf8').catch(() => undefined);
  if (text !== undefined) expect(line).toBeLessThanOrEqual(lineCount(text));
  expect(line).toBeGreaterThanOrEqual(1);
}

describe('the loader on arbitrary input', () => {
  it('arbitrary ihek.yaml: loads, or refuses with exit 2 at a line of a project file', async () => {
    const dir = await scratchProject();
    await fc.assert(
      fc.asyncProperty(yamlText, async (yaml) => {
        await writeFile(path.join(dir, 'ihek.yaml'), yaml);
        await loadProject({ dir }).then(
          () => undefined,
          (error: unknown) => expectWellPlacedInputError(error, dir),
        );
      }),
      { numRuns: runs },
    );
  });

  it('arbitrary front matter and bytes in a chapter: loads, or refuses with exit 2 at a line of that chapter', async () => {
    const dir = await scratchProject();
    const chapterText = fc.oneof(
      fc.tuple(yamlText, markdownBody).map(([yaml, body]) => `---\n${yaml}\n---\n\n${body}`),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.concat([Buffer.from(frontMatter), Buffer.from(bytes)])),
      fc.string({ maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(chapterText, async (text) => {
        await writeFile(path.join(dir, chapterFile), text);
        await loadProject({ dir }).then(
          () => undefined,
          (error: unknown) => expectWellPlacedInputError(error, dir),
        );
      }),
      { numRuns: runs },
    );
  });
});

describe('the check on arbitrary Markdown', () => {
  it('places a character the fonts lack inside a code block on the line it stands on', async () => {
    const dir = await scratchProject();
    const cases = [
      { body: '```\n## Abschnitt 😀', line: 9 }, // an unclosed fence: the text starts after the fence line
      { body: 'Text\n\n```js\nx\ny = "😀"\n```\n', line: 12 },
      { body: 'Text\n\n    code 😀\n', line: 10 }, // indented code starts on its own line
    ];
    for (const { body, line } of cases) {
      await writeFile(path.join(dir, chapterFile), frontMatter + body);
      const result = await checkProject(await loadProject({ dir }));
      const found = result.diagnostics.filter((d) => d.rule === 'unsupported-character').map((d) => d.line);
      expect(found, body).toEqual([line]);
    }
  });

  it('never throws; every finding lies inside its file (line and column), with a known rule and both languages', async () => {
    const dir = await scratchProject();
    await fc.assert(
      fc.asyncProperty(markdownBody, async (body) => {
        await writeFile(path.join(dir, chapterFile), frontMatter + body);
        let project;
        try {
          project = await loadProject({ dir });
        } catch (error) {
          await expectWellPlacedInputError(error, dir);
          return;
        }
        const result = await checkProject(project);
        for (const d of result.diagnostics) {
          const lines = (await readFile(path.join(dir, d.file), 'utf8')).replace(/\r\n?/g, '\n').split('\n');
          expect(d.line, `${d.rule} at ${d.file}:${d.line}`).toBeGreaterThanOrEqual(1);
          expect(d.line, `${d.rule} at ${d.file}:${d.line}`).toBeLessThanOrEqual(lines.length);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.column, `${d.rule} at ${d.file}:${d.line}:${d.column}`).toBeLessThanOrEqual(lines[d.line - 1]!.length + 1);
          expect(d.text.de).not.toBe('');
          expect(d.text.en).not.toBe('');
        }
      }),
      { numRuns: runs },
    );
  });
});

describe('the diff on arbitrary versions', () => {
  it('two arbitrary versions of a chapter: an answer, never a crash; each version against itself: no change', async () => {
    const parent = await tempDir();
    const from = path.join(parent, 'alt');
    const to = path.join(parent, 'neu');
    await fc.assert(
      fc.asyncProperty(markdownBody, markdownBody, async (before, after) => {
        await rm(parent, { recursive: true, force: true });
        await mkdir(parent, { recursive: true });
        await cp(minimal, from, { recursive: true });
        await cp(minimal, to, { recursive: true });
        await writeFile(path.join(from, chapterFile), frontMatter + before);
        await writeFile(path.join(to, chapterFile), frontMatter + after);
        let outcome;
        try {
          outcome = await diffProject({ from, to, cwd: parent });
        } catch (error) {
          await expectWellPlacedInputError(error, error instanceof IhekError && error.place.file?.startsWith('alt') ? from : to);
          return;
        }
        expect(typeof outcome.result.changed).toBe('boolean');
        const same = await diffProject({ from: to, to, cwd: parent });
        expect(same.result.changed).toBe(false);
        expect(same.result.chapters).toEqual([]);
      }),
      { numRuns: Math.max(10, Math.round(runs / 3)) },
    );
  });
});
