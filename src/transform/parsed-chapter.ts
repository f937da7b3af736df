import type { Root } from 'mdast';
import type { ChapterSource } from '../project/types.js';

/** A chapter after its template was expanded and its Markdown parsed. */
export interface ParsedChapter {
  source: ChapterSource;
  /** "5" for the fifth chapter, "A" for the first appendix. */
  number: string;
  /** Undefined when the template could not be expanded (a diagnostic says why). */
  tree?: Root;
}

/** 1 → "A", 26 → "Z", 27 → "AA". */
export function appendixLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Numbers chapters 1, 2, … and appendices A, B, … in manifest order. */
export function chapterNumbers(sources: readonly ChapterSource[]): string[] {
  let chapter = 0;
  let appendix = 0;
  return sources.map((source) =>
    source.kind === 'chapter' ? String((chapter += 1)) : appendixLetter((appendix += 1)),
  );
}
