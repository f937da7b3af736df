import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignOrder, longestIncreasing, movedPairs } from '../src/diff/align-order.js';
import { escapeMarkdown } from '../src/diff/format-markdown.js';
import { hunkLine } from '../src/diff/format-text.js';
import { cleanupSegments, diffSequences, type Segment } from '../src/diff/sequence-diff.js';
import { insertAtFront } from '../src/diff/render-diff-html.js';
import { readVersion, readVersionTexts, type LocatedVersion } from '../src/diff/load-version.js';
import type { ChapterTokens } from '../src/diff/section-texts.js';
import { tokenize } from '../src/diff/tokenize.js';
import { toHunks, wordDiff } from '../src/diff/word-diff.js';

const texts = (value: string) => tokenize(value).map((t) => t.text);

describe('German-aware tokens', () => {
  it('keeps umlauts and ß inside words, numbers with separators whole, punctuation apart', () => {
    expect(texts('Väter und Mütter zahlen 20.000 € (15,5 %) an der Straße.')).toEqual([
      'Väter', 'und', 'Mütter', 'zahlen', '20.000', '€', '(', '15,5', '%', ')', 'an', 'der', 'Straße', '.',
    ]);
    expect(texts('1.234,56 im Jahr 2025. HF1, M-HF1-02; „Kiez“')).toEqual([
      '1.234,56', 'im', 'Jahr', '2025', '.', 'HF1', ',', 'M', '-', 'HF1', '-', '02', ';', '„', 'Kiez', '“',
    ]);
  });

  it('treats any white space, also a no-break space or a line break, as the same separator', () => {
    const a = tokenize('20.000\u00a0€ im\nJahr');
    const b = tokenize('20.000 €   im Jahr');
    expect(a.map((t) => t.key)).toEqual(b.map((t) => t.key));
  });
});

/** Length of a longest common subsequence, by dynamic programming. */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function equalCount(segments: readonly Segment[]): number {
  return segments.filter((s) => s.equal).reduce((sum, s) => sum + s.aEnd - s.aStart, 0);
}

/** Checks that the segments cover both sequences in order and that equal segments are equal. */
function assertCovers(segments: readonly Segment[], a: readonly string[], b: readonly string[]): void {
  let i = 0;
  let j = 0;
  for (const s of segments) {
    expect([s.aStart, s.bStart]).toEqual([i, j]);
    if (s.equal) expect(a.slice(s.aStart, s.aEnd)).toEqual(b.slice(s.bStart, s.bEnd));
    i = s.aEnd;
    j = s.bEnd;
  }
  expect([i, j]).toEqual([a.length, b.length]);
}

describe('sequence diff (jsdiff)', () => {
  it('finds a shortest edit script (as many equal tokens as a longest common subsequence)', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 300; round++) {
      const alphabet = 'abcde'.slice(0, 2 + Math.floor(random() * 4));
      const make = () => Array.from({ length: Math.floor(random() * 25) }, () => alphabet[Math.floor(random() * alphabet.length)]!);
      const a = make();
      const b = make();
      const segments = diffSequences(a, b);
      assertCovers(segments, a, b);
      expect(equalCount(segments)).toBe(lcsLength(a, b));
    }
  });

  it('treats a very different middle as replaced when the edit budget is exceeded', () => {
    const a = ['x', ...'abcdefgh'.split(''), 'y'];
    const b = ['x', ...'hgfedcba'.split(''), 'y'];
    const segments = diffSequences(a, b, 2);
    assertCovers(segments, a, b);
    expect(segments.map((s) => s.equal)).toEqual([true, false, true]);
  });

  it('folds a short equal run between two larger changes into one change', () => {
    const a = 'the old red house stands here'.split(' ');
    const b = 'a new red building stands here'.split(' ');
    const segments = cleanupSegments([
      { equal: false, aStart: 0, aEnd: 2, bStart: 0, bEnd: 2 },
      { equal: true, aStart: 2, aEnd: 3, bStart: 2, bEnd: 3 },
      { equal: false, aStart: 3, aEnd: 4, bStart: 3, bEnd: 4 },
      { equal: true, aStart: 4, aEnd: 6, bStart: 4, bEnd: 6 },
    ]);
    assertCovers(segments, a, b);
    // "red" (1 token) is not shorter than the change after it (1 token): it stays.
    expect(segments).toHaveLength(4);
    const longer = cleanupSegments([
      { equal: false, aStart: 0, aEnd: 2, bStart: 0, bEnd: 2 },
      { equal: true, aStart: 2, aEnd: 3, bStart: 2, bEnd: 3 },
      { equal: false, aStart: 3, aEnd: 5, bStart: 3, bEnd: 5 },
    ]);
    expect(longer).toEqual([{ equal: false, aStart: 0, aEnd: 5, bStart: 0, bEnd: 5 }]);
  });
});

describe('hunks', () => {
  it('rebuild the old and the new text from their parts, with context and "…" marks', () => {
    const a = tokenize('Eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn.');
    const b = tokenize('Eins zwei drei vier fünf sechs sieben ACHT neun zehn elf zwölf dreizehn vierzehn fünfzehn.');
    const [hunk, ...rest] = toHunks(a, b, wordDiff(a, b));
    expect(rest).toEqual([]);
    expect(hunk).toEqual({
      moreBefore: true,
      moreAfter: true,
      parts: [
        { op: 'equal', text: 'zwei drei vier fünf sechs sieben' },
        { op: 'delete', text: ' acht' },
        { op: 'insert', text: ' ACHT' },
        { op: 'equal', text: ' neun zehn elf zwölf dreizehn vierzehn' },
      ],
    });
    expect(hunkLine(hunk!, { color: false })).toBe('… zwei drei vier fünf sechs sieben [-acht-]{+ACHT+} neun zehn elf zwölf dreizehn vierzehn …');
  });

  it('keeps changes close to each other in one hunk and far ones apart', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const changed = words.map((w, i) => (i === 5 || i === 9 || i === 35 ? w.toUpperCase() : w));
    const a = tokenize(words.join(' '));
    const b = tokenize(changed.join(' '));
    const hunks = toHunks(a, b, wordDiff(a, b));
    expect(hunks.map((h) => h.parts.filter((p) => p.op === 'insert').map((p) => p.text.trim()))).toEqual([['W5', 'W9'], ['W35']]);
  });
});

describe('order of chapters and sections', () => {
  it('finds the items that moved as those outside a longest increasing run', () => {
    expect([...longestIncreasing([0, 2, 1, 3])].sort()).toEqual([0, 2, 3]);
    expect(movedPairs(new Map([[0, 1], [1, 0], [2, 2]])).size).toBe(1);
    expect(movedPairs(new Map([[0, 0], [1, 1], [2, 2]])).size).toBe(0);
  });

  it('lists removed items after the item that came before them in the old order', () => {
    const aligned = alignOrder(['a', 'b', 'c'], ['a', 'x', 'c'], new Map([[0, 0], [2, 2]]));
    expect(aligned).toEqual([{ from: 'a', to: 'a' }, { from: 'b' }, { to: 'x' }, { from: 'c', to: 'c' }]);
  });
});

describe('Markdown escaping', () => {
  it('shows HTML and Markdown characters as they are', () => {
    expect(escapeMarkdown('<b>*fett*</b> & [Link](#x) | ~~')).toBe('&lt;b&gt;\\*fett\\*&lt;/b&gt; &amp; \\[Link\\](\\#x) \\| \\~\\~');
  });
});

describe('the overview in front of the page', () => {
  it('goes after <body> and the skip link, else before <main>, else after the doctype', () => {
    expect(insertAtFront('<html><body>\n<a class="skip-link" href="#x">Skip</a><p>Deckblatt</p>', '<O>')).toBe(
      '<html><body>\n<a class="skip-link" href="#x">Skip</a>\n<O>\n<p>Deckblatt</p>',
    );
    expect(insertAtFront('<p>Deckblatt</p><main>', '<O>')).toBe('<p>Deckblatt</p>\n<O>\n<main>');
    expect(insertAtFront('<!DOCTYPE html><p>x</p>', '<O>')).toBe('<!DOCTYPE html>\n<O>\n<p>x</p>');
  });
});

describe('a version read for its text only', () => {
  it('holds the same tokens as a version read for the marked document, and none points into the page', async () => {
    const located: LocatedVersion = { source: { kind: 'worktree' }, cwd: path.resolve('content') };
    const whole = await readVersion(located);
    const texts = await readVersionTexts(located);
    const compared = (chapters: readonly ChapterTokens[]) =>
      chapters.map((chapter) => ({
        id: chapter.id,
        number: chapter.number,
        sections: chapter.sections.map((section) => ({
          id: section.id,
          level: section.level,
          number: section.number,
          title: section.title,
          titleTokens: section.titleTokens.map(({ text, key, space }) => ({ text, key, space })),
          tokens: section.tokens.map(({ text, key, space }) => ({ text, key, space })),
        })),
      }));
    expect(compared(texts.chapters)).toEqual(compared(whole.chapters));
    const tokens = texts.chapters.flatMap((chapter) => chapter.sections.flatMap((section) => [...section.titleTokens, ...section.tokens]));
    // The example has tables (cell separators), footnotes and numbered references.
    expect(tokens.filter((token) => token.key === '\u0001|').length).toBeGreaterThan(10);
    expect(tokens.filter((token) => token.key === '#').length).toBeGreaterThan(0);
    expect(tokens.length).toBeGreaterThan(5000);
    expect(tokens.some((token) => 'ref' in token)).toBe(false);
    expect(texts.chapters.some((chapter) => 'element' in chapter || chapter.sections.some((section) => 'heading' in section))).toBe(false);
  });
});
