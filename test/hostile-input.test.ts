import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli, stackTraceLines, type CliResult } from './support/cli.js';
import { fixturesDir, makeProject, removeTempDirs, tempDir, type ProjectSetup } from './support/fixture.js';

/**
 * The corpus of broken and hostile projects: each case is one project (test/fixtures/minimal with
 * the files below on top) and one expected answer — the exit code and the first line of the message,
 * which names file and line. None may crash with a stack trace or write a half document.
 */

afterAll(removeTempDirs);

const chapter = 'kapitel/01-einleitung.md';
const minimalChapter = await readFile(path.join(fixturesDir, 'minimal', chapter), 'utf8');
const manifest = await readFile(path.join(fixturesDir, 'minimal', 'ihek.yaml'), 'utf8');

/** A chapter with front matter (lines 1–5), an empty line and `body` from line 7. */
const withBody = (body: string) => `---\nid: einleitung\ntitle: Einleitung\ntype: einleitung\nstatus: entwurf\n---\n${body}`;
/** The minimal chapter with `text` put in after "## Lage"; returns the text and the line it starts on. */
function inserted(text: string): { content: string; line: number } {
  const before = minimalChapter.slice(0, minimalChapter.indexOf('## Lage'));
  return { content: minimalChapter.replace('## Lage', `## Lage\n\n${text}`), line: before.split('\n').length + 2 };
}
const listedAfterBenn = (entry: string) => manifest.replace('  - kapitel/02-benn.md', `  - kapitel/02-benn.md\n  - ${entry}`);
const manifestLine = (needle: string, text = manifest) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

interface RefusedCase {
  name: string;
  setup: ProjectSetup;
  /** The whole first line of stderr (German), without the "ihek: " prefix. */
  message: string;
}

const billionLaughs = [
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
].join('\n');

const refused: RefusedCase[] = [
  { name: 'an empty chapter file', setup: { files: { [chapter]: '' } }, message: `${chapter}:1: Kapitelkopf fehlt; die Datei muss mit einer Zeile „---“ und den Angaben id, title und type beginnen` },
  { name: 'an empty ihek.yaml', setup: { files: { 'ihek.yaml': '' } }, message: 'ihek.yaml:1: muss eine Zuordnung (Schlüssel: Wert) sein' },
  { name: 'a binary file (PNG) named .md', setup: { files: { [chapter]: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) } }, message: `${chapter}:1: kein gültiges UTF-8 (Byte 0x89); bitte als UTF-8 speichern` },
  { name: 'a chapter saved as Latin-1', setup: { files: { [chapter]: Buffer.from(withBody('\nDie Straße am Park.\n'), 'latin1') } }, message: `${chapter}:8: kein gültiges UTF-8 (Byte 0xDF); bitte als UTF-8 speichern` },
  { name: 'a chapter saved as UTF-16 with byte order mark', setup: { files: { [chapter]: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(withBody('\nText\n'), 'utf16le')]) } }, message: `${chapter}:1: ist in UTF-16 gespeichert; bitte als UTF-8 speichern` },
  { name: 'a chapter saved as UTF-16 without byte order mark', setup: { files: { [chapter]: Buffer.from(withBody('\nText\n'), 'utf16le') } }, message: `${chapter}:1: enthält ein NUL-Zeichen; ist das eine Binärdatei?` },
  { name: 'a NUL byte in the text', setup: { files: { [chapter]: withBody('\nText\u0000mehr\n') } }, message: `${chapter}:8: enthält ein NUL-Zeichen; ist das eine Binärdatei?` },
  { name: '10,000 block quotes inside each other', setup: { files: { [chapter]: withBody(`\n## Zitat\n\n${'>'.repeat(10_000)} tief\n`) } }, message: `${chapter}:10: mehr als 100 Ebenen verschachtelter Listen oder Zitate; diese Grenze schützt den Rechner – bitte den Text vereinfachen` },
  { name: 'a list nested 10,000 levels on one line', setup: { files: { [chapter]: withBody(`\n## Liste\n\n${'- '.repeat(10_000)}x\n`) } }, message: `${chapter}:10: mehr als 100 Ebenen verschachtelter Listen oder Zitate; diese Grenze schützt den Rechner – bitte den Text vereinfachen` },
  { name: 'a list nested by indentation, 150 levels', setup: { files: { [chapter]: withBody(`\n## Liste\n\n${Array.from({ length: 150 }, (_, i) => `${'  '.repeat(i)}- Ebene ${i}`).join('\n')}\n`) } }, message: `${chapter}:110: mehr als 100 Ebenen verschachtelter Listen oder Zitate; diese Grenze schützt den Rechner – bitte den Text vereinfachen` },
  { name: '10,000 nested <div> elements', setup: { files: { [chapter]: withBody(`\n## HTML\n\n${'<div>'.repeat(10_000)}x${'</div>'.repeat(10_000)}\n`) } }, message: `${chapter}:10: mehr als 100 ineinander verschachtelte HTML-Elemente; diese Grenze schützt den Rechner – bitte den Text vereinfachen` },
  { name: '10,000 nested emphasis markers (quadratic for the inline parser)', setup: { files: { [chapter]: withBody(`\n## Betonung\n\n${'*a '.repeat(10_000)}x${' b*'.repeat(10_000)}\n`) } }, message: `${chapter}:10: mehr als 2.000 Hervorhebungszeichen (*, _, ~) in einem Absatz; diese Grenze schützt den Rechner – bitte den Text vereinfachen` },
  { name: '10,000 nested link brackets', setup: { files: { [chapter]: withBody(`\n## Klammern\n\n${'['.repeat(10_000)}x${'](#a)'.repeat(10_000)}\n`) } }, message: `${chapter}:10: mehr als 2.000 eckige Klammern in einem Absatz; diese Grenze schützt den Rechner – bitte den Text vereinfachen` },
  { name: 'a YAML bomb (billion laughs) in the glossary', setup: { files: { 'daten/abkuerzungen.yaml': billionLaughs } }, message: 'daten/abkuerzungen.yaml:2: zu viele YAML-Aliase (*…); solche Verweise werden nur sparsam zugelassen' },
  { name: 'a duplicate key in ihek.yaml', setup: { files: { 'ihek.yaml': manifest.replace('area: Musterkiez', 'area: Musterkiez\narea: Anderkiez') } }, message: `ihek.yaml:${manifestLine('area:') + 1}: der Schlüssel „area“ steht doppelt (zuerst in Zeile ${manifestLine('area:')}) – einen der beiden entfernen` },
  { name: 'a YAML tag that tries to construct a function', setup: { files: { 'ihek.yaml': manifest.replace('area: Musterkiez', 'area: !!js/function "function () { return process }"') } }, message: `ihek.yaml:${manifestLine('area:')}: YAML-Tag wird nicht unterstützt (Unresolved tag: tag:yaml.org,2002:js/function); bitte nur einfache Werte verwenden` },
  { name: 'a YAML tag that tries to construct a Python object', setup: { files: { 'daten/massnahmen.yaml': '!!python/object/apply:os.system ["id"]\n' } }, message: 'daten/massnahmen.yaml:1: YAML-Tag wird nicht unterstützt (Unresolved tag: tag:yaml.org,2002:python/object/apply:os.system); bitte nur einfache Werte verwenden' },
  { name: 'the same chapter listed twice', setup: { files: { 'ihek.yaml': listedAfterBenn('kapitel/02-benn.md') } }, message: `ihek.yaml:${manifestLine('02-benn') + 1}: kapitel/02-benn.md ist doppelt aufgeführt (zuerst in Zeile ${manifestLine('02-benn')})` },
  { name: 'front matter that is a list', setup: { files: { [chapter]: '---\n- id\n- title\n---\n\n## Text\n' } }, message: `${chapter}:2: muss eine Zuordnung (Schlüssel: Wert) sein` },
  { name: 'front matter that is a string', setup: { files: { [chapter]: '---\nnur ein Satz\n---\n\n## Text\n' } }, message: `${chapter}:2: muss eine Zuordnung (Schlüssel: Wert) sein` },
  { name: 'a chapter path that climbs out of the project', setup: { files: { 'ihek.yaml': listedAfterBenn('../../geheim.md') } }, message: `ihek.yaml:${manifestLine('02-benn') + 1}: der Pfad „../../geheim.md“ führt aus dem Projektordner hinaus; Pfade müssen im Projekt bleiben` },
  { name: 'an absolute chapter path', setup: { files: { 'ihek.yaml': listedAfterBenn('/etc/ihek.md') } }, message: `ihek.yaml:${manifestLine('02-benn') + 1}: der Pfad „/etc/ihek.md“ führt aus dem Projektordner hinaus; Pfade müssen im Projekt bleiben` },
  { name: 'a chapter that is a symbolic link to a file outside', setup: { outside: { 'geheim.md': withBody('\n## Geheim\n') }, symlinks: { 'kapitel/03-link.md': '../../geheim.md' }, files: { 'ihek.yaml': listedAfterBenn('kapitel/03-link.md') } }, message: `ihek.yaml:${manifestLine('02-benn') + 1}: der Pfad „kapitel/03-link.md“ führt aus dem Projektordner hinaus; Pfade müssen im Projekt bleiben` },
];

function expectRefusal(result: CliResult, code: number, firstLine: string) {
  expect(stackTraceLines(result.stderr)).toEqual([]);
  expect(result.stderr.split('\n')[0]).toBe(`ihek: ${firstLine}`);
  expect(result.code).toBe(code);
}

describe('broken and hostile input is refused with exit 2, file:line, and nothing written', () => {
  for (const { name, setup, message } of refused) {
    it(name, async () => {
      const project = await makeProject(setup);
      const out = await tempDir();
      const result = await runCli(['build', project.dir, '--html', '--out', out], { cwd: project.parent });
      expectRefusal(result, 2, message);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(await readdir(out)).toEqual([]);
    });
  }

  it('a 50 MB chapter: refused by its size before it is read, at the line of ihek.yaml that lists it', async () => {
    const project = await makeProject({ files: { [chapter]: withBody(`\n## Groß\n\n${'Wort '.repeat(10 * 1024 * 1024)}\n`) } });
    const result = await spawnCli(['check', project.dir], { cwd: project.parent });
    expectRefusal(result, 2, `ihek.yaml:${manifestLine('01-einleitung')}: ${chapter} ist größer als 20 MB; teilen Sie den Text auf mehrere Dateien auf`);
  });

  it('in English with --lang en', async () => {
    const project = await makeProject({ files: { [chapter]: withBody(`\n## Zitat\n\n${'>'.repeat(10_000)} tief\n`) } });
    const result = await runCli(['check', project.dir, '--lang', 'en'], { cwd: project.parent });
    expectRefusal(result, 2, `${chapter}:10: more than 100 levels of nested lists or quotes; this limit protects the machine – please simplify the text`);
  });
});

interface FindingCase {
  name: string;
  setup: ProjectSetup;
  /** [rule, file, line] of every finding, in order. */
  expected: Array<[string, string, number]>;
}

function findingCases(): FindingCase[] {
  const at = (text: string) => inserted(text);
  const cases: Array<[string, string, string]> = [
    ['a Handlebars expression that throws', '{{#each}}{{/each}}', 'template-expression'],
    ['a helper that does not exist', '{{gibtsnicht 3}}', 'template-expression'],
    ['an expression reaching for constructor', '{{constructor.constructor "return process"}}', 'template-expression'],
    ['an expression reaching for __proto__', '{{__proto__.polluted}}', 'template-expression'],
    ['a partial (there are none in chapters, so no recursion)', '{{> kapitel}}', 'template-expression'],
    ['a remote image', '![Luftbild](http://127.0.0.1:9/luftbild.png)', 'image-remote'],
    ['an absolute image path, read from the project folder (never from the root of the disk)', '![Passwörter](/etc/passwd)', 'image-missing'],
    ['an image path from the project folder that climbs out', '![Passwörter](/../../../etc/passwd)', 'image-outside'],
    ['an image path that climbs out', '![Passwörter](../../../etc/passwd)', 'image-outside'],
    ['a link out of the project', '[Geheim](../../geheim.txt)', 'link-target'],
    ['a file: link', '[Passwörter](file:///etc/passwd)', 'link-target'],
    ['a javascript: link', '[Klick](javascript:alert(1))', 'link-target'],
    ['a data: link', '[Klick](data:text/html;base64,PHNjcmlwdD4=)', 'link-target'],
    ['a script', '<script>fetch("http://127.0.0.1:9/")</script>', 'raw-html'],
    ['an event handler', '<p onmouseover="alert(1)">Text</p>', 'raw-html'],
    ['an iframe', '<iframe src="http://127.0.0.1:9/"></iframe>', 'raw-html'],
    ['a form', '<form action="http://127.0.0.1:9/"><input name="x"></form>', 'raw-html'],
    ['a <base>', '<base href="http://127.0.0.1:9/">', 'raw-html'],
    ['a <meta http-equiv> redirect', '<meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/">', 'raw-html'],
  ];
  return [
    ...cases.map(([name, text, rule]) => {
      const { content, line } = at(text);
      return { name, setup: { files: { [chapter]: content } }, expected: [[rule, chapter, line]] as Array<[string, string, number]> };
    }),
    {
      name: 'a style sheet with a remote @import and url(http…)',
      setup: { files: { 'templates/style.css': 'h1 { color: #000; }\n@import url("http://127.0.0.1:9/x.css");\nbody { background: url(http://127.0.0.1:9/b.png); }\n' } },
      expected: [
        ['template-external', 'templates/style.css', 2],
        ['template-external', 'templates/style.css', 3],
      ],
    },
    {
      name: 'an image that is a symbolic link to a file outside',
      setup: { outside: { 'geheim.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' }, symlinks: { 'bilder/plan.svg': '../../geheim.svg' } },
      expected: [['image-outside', chapter, manifestLine('![Schematischer Plan', minimalChapter)]],
    },
  ];
}

describe('hostile content is reported by the check (exit 1) at its line; the build writes nothing', () => {
  for (const { name, setup, expected } of findingCases()) {
    it(name, async () => {
      const project = await makeProject(setup);
      const result = await runCli(['check', project.dir, '--format', 'json'], { cwd: project.parent });
      expect(stackTraceLines(result.stderr)).toEqual([]);
      const report = JSON.parse(result.stdout) as { diagnostics: Array<{ rule: string; file: string; line: number }> };
      expect(report.diagnostics.map((d) => [d.rule, d.file, d.line])).toEqual(expected);
      expect(result.code).toBe(1);
      const out = await tempDir();
      const build = await runCli(['build', project.dir, '--html', '--out', out], { cwd: project.parent });
      expect(build.code).toBe(1);
      expect(await readdir(out)).toEqual([]);
    });
  }
});

describe('hostile page templates of the project', () => {
  it('a partial that includes itself: exit 3, says so, no stack trace, nothing written', async () => {
    const project = await makeProject({
      files: {
        'templates/partials/schleife.hbs': '{{> schleife}}',
        'templates/layout.hbs': '<!doctype html><html lang="de"><head><title>x</title></head><body>{{> schleife}}</body></html>',
      },
    });
    const out = await tempDir();
    const result = await runCli(['build', project.dir, '--html', '--out', out], { cwd: project.parent });
    expectRefusal(result, 3, 'templates/layout.hbs: Seitenvorlage ruft sich endlos selbst auf (eine Teilvorlage in templates/partials/ bindet sich selbst ein)');
    expect(await readdir(out)).toEqual([]);
  });

  it('a chapter that looks up "constructor" and "__proto__" gets nothing from the prototype, and no warning', async () => {
    const { content } = inserted('a{{lookup this "constructor"}}b{{lookup period "__proto__"}}c');
    const project = await makeProject({ files: { [chapter]: content } });
    const out = await tempDir();
    const result = await spawnCli(['build', project.dir, '--html', '--out', out], { cwd: project.parent });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(await readFile(path.join(out, 'ihek.html'), 'utf8')).toContain('<p>abc</p>');
  });

  it('a layout that reaches for constructor and __proto__ gets nothing from the prototype', async () => {
    const project = await makeProject({
      files: {
        'templates/layout.hbs':
          '<!doctype html><html lang="de"><head><title>x</title></head><body><p id="a">[{{constructor.name}}]</p><p id="b">[{{lookup this "__proto__"}}]</p><p id="c">[{{#with constructor}}{{name}}{{/with}}]</p><p id="d">[{{manifest.title.constructor.name}}]</p></body></html>',
      },
    });
    const out = await tempDir();
    const result = await runCli(['build', project.dir, '--html', '--out', out], { cwd: project.parent });
    expect(result.code).toBe(0);
    expect(stackTraceLines(result.stderr)).toEqual([]);
    const html = await readFile(path.join(out, 'ihek.html'), 'utf8');
    expect(html).toContain('<p id="a">[]</p><p id="b">[]</p><p id="c">[]</p><p id="d">[]</p>');
  });
});

describe('odd but legitimate input is accepted', () => {
  it('file names with spaces and umlauts, decomposed (NFD) on disk and composed in ihek.yaml, for a chapter and an image', async () => {
    const name = 'Grünfläche am Süd-Park';
    const project = await makeProject({
      files: {
        [`kapitel/${name.normalize('NFD')}.md`]: `---\nid: gruen\ntitle: Grünfläche\ntype: einleitung\n---\n\n## Plan\n\n![Plan der Grünfläche](<../bilder/${name}.svg>)\n\n![Derselbe Plan](../bilder/${encodeURIComponent(name)}.svg)\n`,
        [`bilder/${name.normalize('NFD')}.svg`]: await readFile(path.join(fixturesDir, 'minimal/bilder/plan.svg')),
        'ihek.yaml': listedAfterBenn(`"kapitel/${name}.md"`),
      },
    });
    const out = await tempDir();
    const result = await runCli(['build', project.dir, '--html', '--out', out], { cwd: project.parent });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const html = await readFile(path.join(out, 'ihek.html'), 'utf8');
    expect(html).toContain('<h1 id="gruen">');
    const images = [...html.matchAll(/<img src="data:image\/svg\+xml;base64,[^"]+" alt="([^"]+)"/g)].map((m) => m[1]);
    expect(images).toEqual(expect.arrayContaining(['Plan der Grünfläche', 'Derselbe Plan']));
  });

  it('an extremely long line (one paragraph of 1 MB) builds', async () => {
    const line = 'Ein langer Absatz ohne Zeilenumbruch. '.repeat(27_000);
    const project = await makeProject({ files: { [chapter]: withBody(`\n## Lang\n\n${line}\n`) } });
    const out = await tempDir();
    const result = await spawnCli(['build', project.dir, '--html', '--out', out], { cwd: project.parent });
    expect(result.code).toBe(0);
    const html = await readFile(path.join(out, 'ihek.html'), 'utf8');
    expect(html.split('Ein langer Absatz ohne Zeilenumbruch.').length - 1).toBe(27_000);
  });

  it('10,000 chapters: checked and built into one page with 10,002 chapter headings', async () => {
    const files: Record<string, string> = {};
    const entries: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      files[`kapitel/viele/k${i}.md`] = `---\nid: k${i}\ntitle: Kapitel ${i}\ntype: einleitung\n---\n\n## Abschnitt\n\nText ${i}.\n`;
      entries.push(`kapitel/viele/k${i}.md`);
    }
    files['ihek.yaml'] = manifest.replace('  - kapitel/02-benn.md', ['  - kapitel/02-benn.md', ...entries.map((e) => `  - ${e}`)].join('\n'));
    const project = await makeProject({ files });
    const out = await tempDir();
    const result = await spawnCli(['build', project.dir, '--html', '--out', out], { cwd: project.parent });
    expect(stackTraceLines(result.stderr)).toEqual([]);
    expect(result.code).toBe(0);
    const html = await readFile(path.join(out, 'ihek.html'), 'utf8');
    expect(html.match(/<h1 id="/g)?.length).toBeGreaterThanOrEqual(10_002);
    expect(html).toContain('<h1 id="k9999">');
  }, 120_000);
});
