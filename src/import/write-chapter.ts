import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { parse as parseYamlText } from 'yaml';
import { IhekError } from '../errors.js';
import { CANONICAL_STYLE, formatMarkdownBody } from '../fmt/format-markdown.js';
import { createMarkdownParser } from '../markdown/parse-markdown.js';

const parse = createMarkdownParser();
const stringifier = unified().use(remarkGfm).use(remarkStringify, CANONICAL_STYLE);

/**
 * `{{` that Word text holds is text, not an expression of ihek's: written as `\{{`, which the
 * expansion turns back into `{{`. Only the measures tables' calls the import puts in stay calls.
 */
function literalBraces(markdown: string): string {
  return markdown.replace(/(?<!\\)\{\{(?!massnahmenTabelle\b)/g, '\\{{');
}

/**
 * A chapter file: front matter and the body written in the canonical style, then formatted the
 * way `ihek fmt` does until nothing changes, so that `ihek fmt --check` finds nothing to change in
 * a new project. The body is usually canonical already, and then that takes one parse.
 */
export function chapterMarkdown(frontMatter: string, tree: Root, file: string): string {
  const head = frontMatter.replace(/\n*$/, '\n');
  const title = (parseYamlText(head.replace(/^---\n|---\n$/g, '')) as { title?: string }).title;
  const bodyLine = head.split('\n').length + 1;
  let body = literalBraces(stringifier.stringify(tree));
  try {
    for (let pass = 0; pass < 3; pass++) {
      const next = formatMarkdownBody(body, parse, { ...(title !== undefined && { title }) }, file, bodyLine);
      if (next === body) break;
      body = next;
    }
  } catch (error) {
    // A text fmt cannot settle stays as written; `ihek fmt` will name the place.
    if (!(error instanceof IhekError)) throw error;
  }
  return body === '' ? head : `${head}\n${body}`;
}
