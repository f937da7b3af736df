import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { handlungsfeldNames } from '../src/pipeline/check-document.js';
import { IhekError } from '../src/errors.js';
import { prepareDocument } from '../src/pipeline/prepare-document.js';
import { createChapterFormatter } from '../src/fmt/format-markdown.js';
import { loadProject } from '../src/project/load-project.js';
import { splitFrontMatter } from '../src/project/split-front-matter.js';
import type { Project } from '../src/project/types.js';
import { renderChapters } from '../src/render/render-chapters.js';
import { exampleDir, fixturesDir } from './support/fixture.js';

/**
 * "fmt never loses content": the HTML that the project's own pipeline (templates → Markdown →
 * hast → numbering, captions, typography, abbreviations, images) makes of a chapter is the same
 * before and after formatting, and formatting is idempotent. Checked on generated chapters and on
 * every chapter of the example project in content/.
 */

const format = createChapterFormatter();
/** Runs per property; FMT_RUNS=5000 for a longer search. */
const runs = Number(process.env.FMT_RUNS ?? 100);
const formatSentences = createChapterFormatter({ sentencePerLine: true });

/** The rendered HTML of each chapter of `project`, with some chapters' texts (front matter + body) replaced. */
async function renderWith(project: Project, texts: ReadonlyArray<string | undefined>): Promise<string[]> {
  const chapters = project.chapters.map((chapter, index) => {
    const text = texts[index];
    if (text === undefined) return chapter;
    const split = splitFrontMatter(text, chapter.file);
    return { ...chapter, body: split.body, bodyLine: split.bodyLine };
  });
  const document = prepareDocument({ ...project, chapters }, handlungsfeldNames(project.profile));
  const rendered = await renderChapters(document);
  return rendered.chapters.map((chapter) => chapter.html);
}

/**
 * The HTML compared as a browser shows it. Default style: white space at a line end or before a
 * `<br>` is not shown (it differs when a `{{!-- … --}}` comment, which expands to nothing, stands
 * before a hard break). Sentence per line: a soft line break and a space are shown alike too.
 */
const shown = (html: string) => html.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/[ \t]+<br>/g, '<br>');
const collapse = (html: string) => shown(html).replace(/\s+/g, ' ');

// ---------------------------------------------------------------- generated chapters

const word = fc.constantFrom(
  'Quartier', 'Nachbarschaft', 'für', 'Kinder', 'Maßnahmen', 'Straße', 'Bürgerinnen', 'größer', 'Öffentlichkeit',
  'Übergang', 'Jugendliche', 'QM', 'BENN', 'e. V.', 'z. B.', 'bzw.', 'Nr. 5', 'Abs. 2', 'ca.', 'u. a.', 'd. h.',
  'S. 12', 'vgl.', 'ggf.', 'usw.', 'etc.', '3.', 'am 1. Oktober', '31.12.2025', '31.12.', '2024', '15,5\u00a0%',
  '20.000\u00a0€', '„Kiez“', '(Beispiel)', '–', 'a_b', '5 * 3', 'C#', '#7', '1+1', 'x<y', 'A & B', '\\*', 'ä\\_ö',
  'www.example.org', 'info@example.org', '~Tilde~', 'Ende!', 'Warum?', '100 %', '§ 171e', '…',
);
const expression = fc.constantFrom(
  '{{area}}', '{{district}}', '{{period.from}}', '{{euro benn.annualBudget}}', '{{summe fonds="BENN" jahr=2025}}',
  '{{zahl 5800}}', '{{prozent 15.5}}', '{{zahl 3.14159 stellen=2}}', '{{!-- Hinweis --}}', '{{#if area}}ja{{/if}}',
);
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((list) => list.join(' '));
const plainWords = fc.array(fc.constantFrom('Kiez', 'Garten', 'Schule', 'Café', 'Treff', 'Haus'), { minLength: 1, maxLength: 3 }).map((list) => list.join(' '));

const inline = fc.oneof(
  { weight: 6, arbitrary: words },
  { weight: 3, arbitrary: expression },
  { weight: 1, arbitrary: plainWords.map((text) => `*${text}*`) },
  { weight: 1, arbitrary: plainWords.map((text) => `_${text}_`) },
  { weight: 1, arbitrary: plainWords.map((text) => `**${text}**`) },
  { weight: 1, arbitrary: plainWords.map((text) => `__${text}__`) },
  { weight: 1, arbitrary: plainWords.map((text) => `~~${text}~~`) },
  { weight: 1, arbitrary: plainWords.map((text) => `\`${text}\``) },
  { weight: 1, arbitrary: plainWords.map((text) => `[${text}](https://example.org/${encodeURIComponent(text)})`) },
  { weight: 1, arbitrary: plainWords.map((text) => `[${text}](#benn-ziele "Ziele")`) },
  { weight: 1, arbitrary: fc.constant('[](#benn)') },
  { weight: 1, arbitrary: fc.constant('<https://example.org>') },
  { weight: 1, arbitrary: fc.constant('[^n1]') },
  { weight: 1, arbitrary: fc.constant('<abbr title="Quartiersmanagement">QM</abbr>') },
);

const sentence = fc
  .tuple(
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('Das', 'Im', 'Für', 'Die', 'Ab', 'Unter', '{{area}}', 'Z. B.', 'Laut', '„Wir') },
      // What would start a block at the beginning of a line: the writer must escape it there.
      { weight: 2, arbitrary: fc.constantFrom('- Das', '+ Das', '1. Das', '2) Das', '# Das', '> Das', '=== Das', '| Das |', '<div>', '***', '```', '[^n1]: Das', '[ref]: /x') },
    ),
    fc.array(inline, { minLength: 1, maxLength: 6 }),
    fc.constantFrom('.', '!', '?', '.', ':', ''),
  )
  .map(([first, rest, end]) => `${first} ${rest.join(' ')}${end}`);
const lineBreak = fc.constantFrom(' ', ' ', '\n', '  \n', '\\\n');
const paragraph = fc
  .tuple(sentence, fc.array(fc.tuple(lineBreak, sentence), { maxLength: 4 }))
  .map(([first, rest]) => first + rest.map(([gap, next]) => gap + next).join(''));

const heading = fc.oneof(
  fc.tuple(fc.integer({ min: 2, max: 4 }), words).map(([level, text]) => `${'#'.repeat(level)} ${text}`),
  words.map((text) => `${text}\n${'-'.repeat(text.length)}`),
  words.map((text) => `### ${text} ###`),
);
const list = fc
  .tuple(fc.constantFrom('-', '*', '+', '1.', '1)'), fc.array(fc.tuple(paragraph, fc.boolean()), { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([marker, items, loose]) =>
    items
      .map(([text, nested], index) => {
        const bullet = /\d/.test(marker) ? marker.replace('1', String(index + 1)) : marker;
        const indent = ' '.repeat(bullet.length + 1);
        const body = text.split('\n').join(`\n${indent}`);
        return `${bullet} ${body}${nested ? `\n${indent}- ${'Unterpunkt'}` : ''}`;
      })
      .join(loose ? '\n\n' : '\n'),
  );
const cell = fc.oneof(words, expression, plainWords.map((text) => `**${text}**`), fc.constant(''), fc.constant('a \\| b'));
const table = fc
  .integer({ min: 1, max: 4 })
  .chain((columns) =>
    fc.tuple(
      fc.array(words, { minLength: columns, maxLength: columns }),
      fc.array(fc.constantFrom('---', ':--', '--:', ':-:', '-'), { minLength: columns, maxLength: columns }),
      fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 4 }),
      fc.boolean(),
    ),
  )
  .map(([head, align, rows, caption]) => {
    const row = (cells: string[]) => `|${cells.join('|')}|`;
    return `${caption ? 'Tabelle: Beispielwerte\n\n' : ''}${[row(head), row(align), ...rows.map(row)].join('\n')}`;
  });
const code = fc.oneof(
  fc.tuple(fc.constantFrom('```', '~~~'), fc.constantFrom('', 'yaml', 'js'), words).map(([fence, lang, text]) => `${fence}${lang}\n${text}\n{{area}}\n${fence}`),
  words.map((text) => `    ${text}`),
);
const quote = paragraph.map((text) => text.split('\n').map((line) => `> ${line}`).join('\n'));
const rule = fc.constantFrom('***', '---', '___', '- - -');
const footnote = paragraph.map((text) => `[^n1]: ${text.split('\n').join('\n    ')}`);
const blockHelper = fc.constantFrom('{{massnahmenTabelle}}', '{{massnahmenTabelle fonds="BENN"}}', '{{indikatorenTabelle}}');
const figure = fc.constant('![Schematischer Plan mit Schule und Park](../bilder/plan.svg "Lageplan")');
const html = fc.constant('<div class="hinweis">\n\nHinweis im Kasten.\n\n</div>');
const block = fc.oneof(
  { weight: 5, arbitrary: paragraph },
  { weight: 2, arbitrary: heading },
  { weight: 2, arbitrary: list },
  { weight: 2, arbitrary: table },
  { weight: 1, arbitrary: code },
  { weight: 1, arbitrary: quote },
  { weight: 1, arbitrary: rule },
  { weight: 1, arbitrary: blockHelper },
  { weight: 1, arbitrary: figure },
  { weight: 1, arbitrary: html },
);
const chapterBody = fc
  .array(fc.tuple(block, fc.constantFrom('\n\n', '\n\n\n', '\n\n  \n')), { minLength: 1, maxLength: 8 })
  .map((blocks) => blocks.map(([text, gap]) => text + gap).join(''))
  .chain((body) => (body.includes('[^n1]') ? footnote.map((definition) => `${body}\n${definition}\n`) : fc.constant(body)));

describe('fmt keeps the content of generated chapters', () => {
  let project: Project;
  let head: string;
  beforeAll(async () => {
    // Read-only: the minimal fixture gives the manifest, data and images the templates need.
    const minimal = await loadProject({ dir: path.join(fixturesDir, 'minimal') });
    project = { ...minimal, chapters: minimal.chapters.slice(0, 1) };
    head = '---\nid: einleitung\ntitle: Einleitung\ntype: einleitung\n---\n\n';
  });

  const property = (formatter: typeof format, compare: (html: string) => string, refused: string[]) =>
    fc.asyncProperty(chapterBody, async (body) => {
      const original = head + body;
      let formatted: string;
      try {
        formatted = formatter(original, 'kapitel/01-einleitung.md');
      } catch (error) {
        // fmt may refuse (and leave the file alone) only where a comment or block tag, which
        // vanishes when the template is evaluated, makes the Markdown around it mean something else.
        expect(error).toBeInstanceOf(IhekError);
        expect(body).toMatch(/\{\{[!#]/);
        refused.push(body);
        return;
      }
      expect(formatter(formatted, 'kapitel/01-einleitung.md')).toBe(formatted);
      const [before] = await renderWith(project, [original]);
      const [after] = await renderWith(project, [formatted]);
      expect(compare(after!)).toBe(compare(before!));
    });

  it('rendered HTML is identical, and format(format(x)) === format(x)', async () => {
    const refused: string[] = [];
    await fc.assert(property(format, shown, refused), { numRuns: runs });
    expect(refused.length).toBeLessThan(runs * 0.05);
  }, 600_000);

  it('with sentencePerLine: the same HTML up to white space, and idempotent', async () => {
    const refused: string[] = [];
    await fc.assert(property(formatSentences, collapse, refused), { numRuns: runs });
    expect(refused.length).toBeLessThan(runs * 0.05);
  }, 600_000);
});

describe('fmt keeps the content of every chapter in content/', () => {
  let project: Project;
  let originals: string[];
  beforeAll(async () => {
    project = await loadProject({ dir: exampleDir });
    originals = await Promise.all(project.chapters.map((chapter) => readFile(chapter.absPath, 'utf8')));
  });

  it.each([
    ['the default style', format, (html: string) => html],
    ['sentence per line', formatSentences, collapse],
  ] as const)('%s: same HTML for all chapters, idempotent', async (_name, formatter, compare) => {
    expect(project.chapters.length).toBeGreaterThanOrEqual(13);
    const formatted = project.chapters.map((chapter, index) => formatter(originals[index]!, chapter.file));
    formatted.forEach((text, index) => expect(formatter(text, project.chapters[index]!.file)).toBe(text));
    const before = await renderWith(project, originals);
    const after = await renderWith(project, formatted);
    expect(after.map(compare)).toEqual(before.map(compare));
    // The front matter is kept byte for byte.
    formatted.forEach((text, index) => {
      const original = originals[index]!;
      const end = original.indexOf('\n---', 4) + 4;
      expect(text.slice(0, end)).toBe(original.slice(0, end));
    });
  });
});
