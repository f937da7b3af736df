import type { Root } from 'mdast';
import { parse as parseYamlText } from 'yaml';
import { stringifyCanonical } from '../fmt/format-markdown.js';
import { fixWordHabits } from '../fmt/fix-word-habits.js';
import { createMarkdownParser } from '../markdown/parse-markdown.js';

const parse = createMarkdownParser();

/**
 * `{{` that Word text holds is text, not an expression of ihek's: written as `\{{`, which the
 * expansion turns back into `{{`. Only the measures tables' calls the import puts in stay calls.
 */
function literalBraces(markdown: string): string {
  return markdown.replace(/(?<!\\)\{\{(?!massnahmenTabelle\b)/g, '\\{{');
}

/**
 * A chapter file: front matter and the body written in the canonical style of `ihek fmt`, so that
 * `ihek fmt --check` finds nothing to change in a new project. The tree is built from Word's
 * paragraphs, not parsed from text, so it is written directly: what `ihek fmt` would still change
 * (a paragraph starting with a pasted bullet, a heading repeating the title) is fixed in the tree
 * first, the same way, instead of formatting the written text once more.
 */
export function chapterMarkdown(frontMatter: string, tree: Root): string {
  const head = frontMatter.replace(/\n*$/, '\n');
  const title = (parseYamlText(head.replace(/^---\n|---\n$/g, '')) as { title?: string }).title;
  // Code blocks (the only fix that re-parses) come from text positions the Word tree does not have.
  const fixed = fixWordHabits(tree, '', title, parse);
  const body = literalBraces(stringifyCanonical(fixed));
  return body.trim() === '' ? head : `${head}\n${body.replace(/\n+$/, '')}\n`;
}
