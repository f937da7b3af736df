import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IhekError } from '../src/errors.js';
import { createChapterFormatter } from '../src/fmt/format-markdown.js';
import { findExpressions, protectExpressions } from '../src/fmt/protect-expressions.js';
import { isSentenceBoundary } from '../src/fmt/sentence-ends.js';
import { fixturesDir } from './support/fixture.js';

const format = createChapterFormatter();
const formatSentences = createChapterFormatter({ sentencePerLine: true });
const head = '---\nid: test\ntitle: Test\ntype: einleitung\n---\n';
const chapter = (body: string) => `${head}\n${body}`;
/** The body of a formatted chapter, without its front matter. */
const bodyOf = (text: string) => text.slice(head.length + 1);

function thrown(run: () => unknown): IhekError {
  try {
    run();
  } catch (error) {
    if (error instanceof IhekError) return error;
    throw error;
  }
  throw new Error('expected an IhekError');
}

describe('the canonical style', () => {
  it('formats a messy chapter exactly as documented (fixture with expected output)', async () => {
    const input = await readFile(path.join(fixturesDir, 'fmt/messy-chapter/kapitel/01-einleitung.md'), 'utf8');
    const expected = await readFile(path.join(fixturesDir, 'fmt/messy-chapter.expected.md'), 'utf8');
    expect(format(input, 'kapitel/01-einleitung.md')).toBe(expected);
    expect(format(expected, 'kapitel/01-einleitung.md')).toBe(expected);
  });

  it.each([
    ['bullets become -', '* a\n* b\n', '- a\n- b\n'],
    ['+ bullets become -', '+ a\n+ b\n', '- a\n- b\n'],
    ['ordered lists use 1. 2. 3.', '1) a\n1) b\n1) c\n', '1. a\n2. b\n3. c\n'],
    ['emphasis uses *', '_betont_ und *betont*\n', '*betont* und *betont*\n'],
    ['strong uses **', '__fett__ und **fett**\n', '**fett** und **fett**\n'],
    ['setext headings become ATX', 'Titel\n=====\n\nAbschnitt\n---------\n', '# Titel\n\n## Abschnitt\n'],
    ['closed ATX headings lose the closing #', '## Ziele ##\n', '## Ziele\n'],
    ['thematic breaks are ---', 'a\n\n***\n\nb\n\n_ _ _\n', 'a\n\n---\n\nb\n\n---\n'],
    ['indented code becomes fenced', 'Text:\n\n    code()\n', 'Text:\n\n```\ncode()\n```\n'],
    ['tilde fences become backticks', '~~~js\ncode()\n~~~\n', '```js\ncode()\n```\n'],
    ['one blank line between blocks', '# A\n\n\n\nText\n- a\n', '# A\n\nText\n\n- a\n'],
    ['link titles use double quotes', "[QM](https://example.org 'Seite')\n", '[QM](https://example.org "Seite")\n'],
    ['soft line breaks stay as written', 'Erste Zeile\nzweite Zeile.\n', 'Erste Zeile\nzweite Zeile.\n'],
    ['nested lists are indented under their text', '- a\n    - b\n', '- a\n  - b\n'],
  ])('%s', (_name, input, expected) => {
    expect(bodyOf(format(chapter(input), 'x.md'))).toBe(expected);
  });

  it('aligns tables: padded cells, pipes in columns, alignment kept', () => {
    const input = '| Jahr | Betrag |\n|--|--:|\n| 2025 | 8.000 € |\n| 2026 | 12.500 € |\n';
    expect(bodyOf(format(chapter(input), 'x.md'))).toBe(
      '| Jahr |   Betrag |\n| ---- | -------: |\n| 2025 |  8.000 € |\n| 2026 | 12.500 € |\n',
    );
  });

  it('keeps the front matter byte for byte: key order, comments, spacing, odd quoting', () => {
    const front = "---\n# Kopf\nstatus: 'entwurf'   # noch nicht final\nid:    benn\ntype: benn\ntitle: \"BENN: Ziele\"\n...\n";
    const formatted = format(`${front}Text\n`, 'x.md');
    expect(formatted).toBe(`${front}\nText\n`);
  });

  it('ends the file with exactly one newline; a chapter without body is its front matter', () => {
    expect(format(chapter('Text\n\n\n\n'), 'x.md')).toBe(chapter('Text\n'));
    expect(format(chapter('Text'), 'x.md')).toBe(chapter('Text\n'));
    expect(format(`${head}\n\n\n`, 'x.md')).toBe(head);
  });

  it('keeps umlauts, ß, typographic quotes and no-break spaces as they are', () => {
    const input = 'Größere „Übergänge“ für 20.000\u00a0€ – straßenweise.\n';
    expect(bodyOf(format(chapter(input), 'x.md'))).toBe(input);
  });
});

describe('Handlebars expressions survive unescaped', () => {
  it.each([
    ['inline in running text', 'Es hat {{euro benn.annualBudget}} im Jahr.\n'],
    ['a table helper alone on a line', 'Maßnahmen:\n\n{{massnahmenTabelle handlungsfeld="HF1"}}\n\nDanach.\n'],
    ['a helper with a string and a number in a table cell', '| Jahr | verplant |\n| ---- | -------- |\n| 2025 | {{summe fonds="BENN" jahr=2025}} |\n'],
    ['next to Markdown syntax characters', '*{{area}}*_{{district}}_ [{{area}}](#{{area}}) `{{area}}` {{area}}*\n'],
    ['with characters Markdown would escape', '{{summe fonds="A_B" jahr=2025}} {{zahl 3.14159 stellen=2}} {{#if area}}*{{/if}}\n'],
    ['comments, triple braces and escaped braces', '{{!-- Hinweis: _nicht_ *ändern* --}} {{{area}}} \\{{area}}\n'],
    ['at the start of a line, where # or - would start a block', 'Text\n{{area}} # kein Titel\n'],
  ])('%s', (_name, body) => {
    const formatted = bodyOf(format(chapter(body), 'x.md'));
    const expressions = (text: string) => findExpressions(text)!.map((span) => text.slice(span.start, span.end));
    expect(expressions(formatted)).toEqual(expressions(body));
    expect(formatted).toBe(bodyOf(format(chapter(formatted), 'x.md')));
  });

  it('aligns a table by the width of the expression as written, not of its token', () => {
    const input = '| Jahr | verplant |\n|---|---|\n| 2025 | {{summe fonds="BENN" jahr=2025}} |\n';
    expect(bodyOf(format(chapter(input), 'x.md'))).toBe(
      '| Jahr | verplant                         |\n' +
        '| ---- | -------------------------------- |\n' +
        '| 2025 | {{summe fonds="BENN" jahr=2025}} |\n',
    );
  });

  it('tokens cannot clash with the text: the marker is made longer until it is unique', () => {
    const text = 'ihekexpr0x steht schon da: {{area}}';
    const protectedText = protectExpressions(text)!;
    expect(protectedText.text).toBe('ihekexpr0x steht schon da: ihekexprq0x');
    expect(protectedText.restore(protectedText.text)).toBe(text);
  });

  it('finds expressions whose quoted strings contain braces', () => {
    const text = 'a {{summe fonds="}}"}} b {{!-- }} --}} c';
    const spans = findExpressions(text)!;
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['{{summe fonds="}}"}}', '{{!-- }} --}}']);
  });

  it('a comment that hides Markdown (it vanishes on evaluation) leaves the file alone, reported', () => {
    // Once the comment is gone this is a link definition; formatted as text, it would show.
    const error = thrown(() => format(chapter('Text.\n\n- [ref]: /x {{!-- Hinweis --}}\n'), 'kapitel/x.md'));
    expect(error.text.de).toBe(
      'kapitel/x.md:9: ein Kommentar {{!-- … --}} oder Block {{#…}} ändert hier, was das Markdown um ihn bedeutet; die Datei bleibt unverändert',
    );
  });

  it('a broken expression leaves the file alone, reported with file and line', () => {
    const error = thrown(() => format(chapter('Erste Zeile.\n\nDas {{euro benn.annualBudget ist offen.\n'), 'kapitel/x.md'));
    expect(error.text.de).toBe('kapitel/x.md:9: Ausdruck in {{ }} ist unvollständig oder fehlerhaft; die Datei bleibt unverändert');
    expect(error.text.en).toBe('kapitel/x.md:9: expression in {{ }} is incomplete or malformed; the file is left unchanged');
    expect(error.exitCode).toBe(2);
  });
});

describe('front matter that cannot be parsed safely', () => {
  it('not closed: file:line, and nothing is formatted', () => {
    const error = thrown(() => format('---\nid: a\ntitle: A\n\n* Text\n', 'kapitel/a.md'));
    expect(error.text.de).toBe('kapitel/a.md:1: Kapitelkopf wird nicht mit einer Zeile „---“ geschlossen');
  });

  it('missing', () => {
    const error = thrown(() => format('# Titel\n', 'kapitel/a.md'));
    expect(error.text.en).toMatch(/^kapitel\/a\.md:1: front matter missing/);
  });
});

describe('sentence per line (fmt.sentencePerLine)', () => {
  it.each([
    ['splits sentences', 'Erster Satz. Zweiter Satz! Dritter? Vierter.\n', 'Erster Satz.\nZweiter Satz!\nDritter?\nVierter.\n'],
    ['joins the lines of one sentence', 'Ein Satz\nüber zwei Zeilen. Noch einer.\n', 'Ein Satz über zwei Zeilen.\nNoch einer.\n'],
    ['z. B., bzw., u. a., d. h.', 'Das gilt z. B. für Kinder bzw. Eltern, u. a. Väter, d. h. alle. Ende.\n', 'Das gilt z. B. für Kinder bzw. Eltern, u. a. Väter, d. h. alle.\nEnde.\n'],
    ['Nr., Abs., S., vgl., ca., ggf.', 'Siehe Nr. 5 und Abs. 2, vgl. S. 12 oben. Es sind ca. Zehn. Ggf. Mehr.\n', 'Siehe Nr. 5 und Abs. 2, vgl. S. 12 oben.\nEs sind ca. Zehn.\nGgf. Mehr.\n'],
    ['a number of up to three digits before a period reads as an ordinal', 'Es waren 240. Später 12. Dann 2025. Ende.\n', 'Es waren 240. Später 12. Dann 2025.\nEnde.\n'],
    ['usw. and etc. do not end a sentence', 'Bälle, Seile usw. Dazu Tische etc. Alles.\n', 'Bälle, Seile usw. Dazu Tische etc. Alles.\n'],
    ['ordinals and dates do not end a sentence', 'Am 3. Oktober und bis 31.12. Des Jahres, am 31.12.2025 Abends. Ende.\n', 'Am 3. Oktober und bis 31.12. Des Jahres, am 31.12.2025 Abends.\nEnde.\n'],
    ['a year at the end of a sentence does', 'Das war 2024. Danach kam mehr.\n', 'Das war 2024.\nDanach kam mehr.\n'],
    ['quotes and brackets around the boundary', 'Er sagte: „Gut.“ (Das stimmt.) „Weiter“ geht es.\n', 'Er sagte: „Gut.“\n(Das stimmt.)\n„Weiter“ geht es.\n'],
    ['lower case after a period is no new sentence', 'Die Kiezstr. wird gebaut. Fertig.\n', 'Die Kiezstr. wird gebaut.\nFertig.\n'],
    ['inside emphasis, lists, quotes and footnotes', '- *Eins. Zwei.*\n\n> Drei. Vier.\n\nText.[^1]\n\n[^1]: Fünf. Sechs.\n', '- *Eins.\n  Zwei.*\n\n> Drei.\n> Vier.\n\nText.[^1]\n\n[^1]: Fünf.\n    Sechs.\n'],
    ['an expression may start a sentence', 'Es liegt in Berlin. {{area}} ist groß.\n', 'Es liegt in Berlin.\n{{area}} ist groß.\n'],
    ['a table helper keeps its own line', 'Die Tabelle:\n{{massnahmenTabelle}}\nund danach. Ende.\n', 'Die Tabelle:\n{{massnahmenTabelle}}\nund danach.\nEnde.\n'],
    ['a line break next to an expression stays (a comment may hide spaces of a hard break)', 'Das {{!-- a --}} {{!-- b --}}\nDas {{area}}. Ende\n{{!-- c --}} - kein Punkt.\n', 'Das {{!-- a --}} {{!-- b --}}\nDas {{area}}.\nEnde\n{{!-- c --}} - kein Punkt.\n'],
    ['no new line before a comment or block tag, which expand to nothing', 'Ende. {{!-- x --}} - Punkt. Da. {{#if area}}Ja.{{/if}}\n', 'Ende. {{!-- x --}} - Punkt.\nDa. {{#if area}}Ja.{{/if}}\n'],
    ['hard breaks stay', 'Zeile eins.\\\nZeile zwei. Und drei.\n', 'Zeile eins.\\\nZeile zwei.\nUnd drei.\n'],
    ['no new line before raw HTML or code, which could start a block', 'Satz. <!-- x --> Satz. `Code` Satz. <div>Kasten</div> Satz.\n', 'Satz. <!-- x --> Satz. `Code` Satz. <div>Kasten</div> Satz.\n'],
    ['headings and table cells are not split', '## Eins. Zwei.\n\n| A. B. |\n| ----- |\n', '## Eins. Zwei.\n\n| A. B. |\n| ----- |\n'],
  ])('%s', (_name, input, expected) => {
    const formatted = bodyOf(formatSentences(chapter(input), 'x.md'));
    expect(formatted).toBe(expected);
    expect(bodyOf(formatSentences(chapter(formatted), 'x.md'))).toBe(expected);
  });

  it('isSentenceBoundary looks at both sides of the space', () => {
    const at = (text: string) => {
      const space = text.indexOf('|');
      const clean = text.replace('|', ' ');
      return isSentenceBoundary(clean, space, space + 1);
    };
    expect(at('Ende.|Anfang')).toBe(true);
    expect(at('Ende.|anfang')).toBe(false);
    expect(at('z.|B. so')).toBe(false);
    expect(at('z. B.|So')).toBe(false);
    expect(at('i. d.|R. so')).toBe(false);
    expect(at('Ende|Anfang')).toBe(false);
    expect(at('Frage?|Antwort')).toBe(true);
    expect(at('Dr.|Müller')).toBe(false);
  });
});
