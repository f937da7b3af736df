import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { CANONICAL_STYLE, createChapterFormatter } from '../fmt/format-markdown.js';
import { IhekError } from '../errors.js';

const formatChapter = createChapterFormatter();

/**
 * A chapter file: front matter and the body written in the canonical style, then passed through
 * `ihek fmt` itself, so that `ihek fmt --check` finds nothing to change in a new project.
 */
export function chapterMarkdown(frontMatter: string, tree: Root, file: string): string {
  const body = unified().use(remarkGfm).use(remarkStringify, CANONICAL_STYLE).stringify(tree);
  const text = `${frontMatter.replace(/\n*$/, '\n')}\n${body}`;
  try {
    return formatChapter(text, file);
  } catch (error) {
    // A text fmt cannot settle stays as written; `ihek fmt` will name the place.
    if (error instanceof IhekError) return text;
    throw error;
  }
}
