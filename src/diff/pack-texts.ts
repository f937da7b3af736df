import type { ChapterTokens, SectionTokens } from './section-texts.js';
import type { Token } from './tokenize.js';

type Range = [start: number, end: number];

interface PackedSection extends Omit<SectionTokens, 'titleTokens' | 'tokens'> {
  titleTokens: Range;
  tokens: Range;
}

interface PackedChapter extends Omit<ChapterTokens, 'sections'> {
  sections: PackedSection[];
}

/**
 * The chapter texts of a version in a form that passes to another thread cheaply: every token's
 * text in one string, lengths and flags in typed arrays, instead of a million small objects.
 */
export interface PackedTexts {
  chapters: PackedChapter[];
  text: string;
  lengths: Uint32Array;
  /** 1 when white space stands before the token. */
  spaces: Uint8Array;
  /** Tokens whose key is not their text (numbers that only count, table cell separators). */
  keyIndex: number[];
  keyValues: string[];
}

export function packTexts(chapters: readonly ChapterTokens[]): PackedTexts {
  const count = chapters.reduce((n, c) => n + c.sections.reduce((m, s) => m + s.titleTokens.length + s.tokens.length, 0), 0);
  const parts: string[] = [];
  const lengths = new Uint32Array(count);
  const spaces = new Uint8Array(count);
  const keyIndex: number[] = [];
  const keyValues: string[] = [];
  let at = 0;
  const pack = (tokens: readonly Token[]): Range => {
    const start = at;
    for (const token of tokens) {
      parts.push(token.text);
      lengths[at] = token.text.length;
      spaces[at] = token.space ? 1 : 0;
      if (token.key !== token.text) {
        keyIndex.push(at);
        keyValues.push(token.key);
      }
      at += 1;
    }
    return [start, at];
  };
  const packed = chapters.map(({ id, kind, number, title, file, frontMatter, sections }) => ({
    id,
    kind,
    number,
    title,
    file,
    frontMatter,
    sections: sections.map((section) => ({
      id: section.id,
      level: section.level,
      number: section.number,
      title: section.title,
      titleTokens: pack(section.titleTokens),
      tokens: pack(section.tokens),
    })),
  }));
  return { chapters: packed, text: parts.join(''), lengths, spaces, keyIndex, keyValues };
}

export function unpackTexts(packed: PackedTexts): ChapterTokens[] {
  const tokens: Token[] = new Array<Token>(packed.lengths.length);
  let offset = 0;
  for (let index = 0; index < tokens.length; index++) {
    const text = packed.text.slice(offset, offset + packed.lengths[index]!);
    offset += packed.lengths[index]!;
    tokens[index] = { text, key: text, space: packed.spaces[index] === 1 };
  }
  packed.keyIndex.forEach((index, n) => {
    tokens[index]!.key = packed.keyValues[n]!;
  });
  return packed.chapters.map((chapter) => ({
    ...chapter,
    sections: chapter.sections.map((section) => ({
      ...section,
      titleTokens: tokens.slice(...section.titleTokens),
      tokens: tokens.slice(...section.tokens),
    })),
  }));
}
