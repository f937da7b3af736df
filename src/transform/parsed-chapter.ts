import type { Root } from 'mdast';
import type { ChapterSource } from '../project/types.js';

/** A chapter after its template was expanded and its Markdown parsed. */
export interface ParsedChapter {
  source: ChapterSource;
  /** "5" for the fifth chapter, "A" for the first appendix (see numbering.ts). */
  number: string;
  /** Undefined when the template could not be expanded (a diagnostic says why). */
  tree?: Root;
}
