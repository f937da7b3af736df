import Handlebars from 'handlebars';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { parse as parseYamlText } from 'yaml';
import { inputError } from '../errors.js';
import { msg } from '../i18n/message.js';
import { createChapterDeadline } from '../markdown/chapter-deadline.js';
import { createMarkdownParser } from '../markdown/parse-markdown.js';
import { titleHeading } from '../markdown/title-heading.js';
import { assertMarkdownLimits } from '../project/markdown-limits.js';
import { splitFrontMatter } from '../project/split-front-matter.js';
import { evaluatedView, findExpressions, isSilent, protectExpressions, type ProtectedText } from './protect-expressions.js';
import { fixWordHabits, withoutSoftHyphens } from './fix-word-habits.js';
import { firstDifference } from './same-markdown.js';
import { breakSentences } from './sentence-per-line.js';

export interface FormatOptions {
  /** One sentence per line in paragraphs; otherwise soft line breaks stay as written. */
  sentencePerLine?: boolean;
}

/** The chapter's front-matter title: a `# …` at the top that repeats it is removed. */
interface BodyOptions extends FormatOptions {
  title?: string;
}

function titleOf(yaml: string): string | undefined {
  try {
    const value = parseYamlText(yaml) as { title?: unknown } | null;
    return typeof value?.title === 'string' ? value.title : undefined;
  } catch {
    // A front matter that does not parse is the check's to report; the body is formatted without it.
    return undefined;
  }
}

/** Formats the text of one chapter file; throws an `IhekError` (with file and line) when it cannot safely. */
export type ChapterFormatter = (text: string, file: string) => string;

/**
 * The canonical style (documented in docs/markdown-style.md): `-` bullets, `1.`
 * numbers, `*emphasis*`, `**strong**`, ATX headings, fenced code with backticks, `---` rules,
 * aligned tables with padded cells, one blank line between blocks.
 */
export const CANONICAL_STYLE: StringifyOptions = {
  bullet: '-',
  bulletOther: '*',
  bulletOrdered: '.',
  emphasis: '*',
  strong: '*',
  setext: false,
  closeAtx: false,
  fence: '`',
  fences: true,
  rule: '-',
  ruleRepetition: 3,
  ruleSpaces: false,
  listItemIndent: 'one',
  incrementListMarker: true,
  quote: '"',
  resourceLink: false,
  tightDefinitions: false,
  join: [keepListEnd],
  // Soft hyphens pasted as characters are removed before formatting; one left in the tree was
  // written on purpose as `&shy;` and stays visible in the text as a character reference.
  unsafe: [{ character: '\u00AD' }],
};

/**
 * Inside a block quote or footnote, a list that the next block (another list, a quote) ends without
 * a blank line stays so: with a blank line there, the Markdown parser (mdast-util-from-markdown)
 * takes the list for loose, and the HTML would change (paragraphs in its items).
 */
function keepListEnd(left: Nodes, right: Nodes, parent: Nodes): number | undefined {
  if (parent.type !== 'blockquote' && parent.type !== 'footnoteDefinition') return undefined;
  if (left.type !== 'list' || left.spread) return undefined;
  // No blank line between them in the text as written (a list's end may reach into the next line).
  const end = left.position?.end.line;
  const start = right.position?.start.line;
  return end !== undefined && start !== undefined && start - end <= 1 ? 0 : undefined;
}

/**
 * Creates the formatter: the front matter is kept exactly as written (the YAML is never
 * re-serialised), the body goes through remark with the project's own parser (CommonMark + GFM:
 * tables, footnotes, task lists, strikethrough) and remark-stringify. `{{…}}` expressions are
 * protected by tokens. What was pasted from a word processor or typed by habit is fixed where
 * that is sure (fix-word-habits.ts). Each result is checked: same syntax tree as the fixed input,
 * same expressions, and stable (formatting it again changes nothing).
 */
export function createChapterFormatter(options: FormatOptions = {}): ChapterFormatter {
  const parse = createMarkdownParser();
  const deadline = createChapterDeadline();
  return (text, file) => {
    const split = splitFrontMatter(text, file);
    // The same limits as for the check and the build: fmt reads someone else's chapters too.
    assertMarkdownLimits(split.body, file, split.bodyLine - 1);
    const head = text.split('\n').slice(0, split.bodyLine - 1).join('\n');
    // Each pass parses what the previous one wrote: parse every text only once.
    const trees = new Map<string, Root>();
    const parseOnce = (markdown: string) => {
      let tree = trees.get(markdown);
      if (!tree) trees.set(markdown, (tree = parse(markdown)));
      return tree;
    };
    const title = titleOf(split.yaml);
    let body = split.body;
    for (let pass = 0; pass < 3; pass++) {
      const current = body;
      const next = deadline({ file, bodyLine: split.bodyLine }, current.length, 'parse', () =>
        formatMarkdownBody(current, parseOnce, { ...options, ...(title !== undefined && { title }) }, file, split.bodyLine),
      );
      if (next === body) return body === '' ? `${head}\n` : `${head}\n\n${body}`;
      body = next;
    }
    throw inputError(msg('fmt.format.unstable', { file, line: split.bodyLine }), { file, line: split.bodyLine });
  };
}

/** Formats a Markdown body (no front matter); the result is empty or ends with one newline. */
export function formatMarkdownBody(
  source: string,
  parse: (text: string) => Root,
  options: BodyOptions,
  file: string,
  bodyLine = 1,
): string {
  const body = withoutSoftHyphens(source);
  const protectedText = protect(body, file, bodyLine);
  const asWritten = parse(protectedText.text);
  const tree = fixWordHabits(asWritten, protectedText.text, options.title, parse);
  // A comment above the title heading hides it from the fix here but not once it is evaluated:
  // the check below compares with the same fixes, the title heading included only when removed here.
  const titleRemoved = options.title !== undefined && titleHeading(asWritten, options.title) !== undefined;
  // The tree as parsed, for the check below; rewrapping changes the working copy.
  let parsed = tree;
  if (options.sentencePerLine) {
    parsed = structuredClone(tree);
    breakSentences(tree, {
      startsToken: (value, index) => protectedText.expressionAt(value, index) !== undefined,
      endsWithToken: protectedText.endsWithToken,
      // A value, not a comment or block tag that expands to nothing: `{{area}}`, `{{euro …}}`.
      startsValue: (value, index) => /^\{\{\{?\s*(?!else\b)[\w@.]/.test(protectedText.expressionAt(value, index) ?? ''),
    });
  }
  const written = stringify(tree, protectedText);
  const changedAt = written === protectedText.text ? undefined : firstDifference(parsed, parse(written));
  const restored = protectedText.restore(written);
  const kept = findExpressions(restored)?.map((span) => restored.slice(span.start, span.end));
  // Comments and block tags vanish when the template is evaluated; the text around them must still
  // say the same then (`[ref]: /x {{!-- … --}}` is a link definition only once the comment is gone).
  const silentChangedAt =
    changedAt === undefined && written !== protectedText.text && protectedText.expressions.some(isSilent)
      ? firstDifference(fixWordHabits(parse(evaluatedView(body)), evaluatedView(body), titleRemoved ? options.title : undefined, parse), parse(evaluatedView(restored)))
      : undefined;
  if (silentChangedAt !== undefined) {
    const line = bodyLine + silentChangedAt - 1;
    throw inputError(msg('fmt.format.silentChange', { file, line }), { file, line });
  }
  if (changedAt !== undefined || kept?.join('\u0000') !== protectedText.expressions.join('\u0000')) {
    const line = bodyLine + (changedAt ?? 1) - 1;
    throw inputError(msg('fmt.format.contentChanged', { file, line }), { file, line });
  }
  return restored.trim() === '' ? '' : `${restored.replace(/\n+$/, '')}\n`;
}

function protect(body: string, file: string, bodyLine: number): ProtectedText {
  let problem: string | undefined;
  if (body.includes('{{')) {
    try {
      Handlebars.parse(body);
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
  }
  const protectedText = problem === undefined ? protectExpressions(body) : undefined;
  if (protectedText) return protectedText;
  const line = bodyLine + Number(/line (\d+)/.exec(problem ?? '')?.[1] ?? 1) - 1;
  throw inputError(msg('fmt.format.badExpression', { file, line }), { file, line });
}

/** remark-stringify with GFM; table columns are measured with the expressions put back. */
function stringify(tree: Root, protectedText: ProtectedText): string {
  return stringifyCanonical(tree, (value) => protectedText.restore(value));
}

/**
 * A Markdown tree in the canonical style, table columns padded to the width of their cells as
 * `shown` (the text itself unless expressions are protected by tokens) in characters.
 */
export function stringifyCanonical(tree: Root, shown: (value: string) => string = (value) => value): string {
  const processor = unified()
    .use(remarkGfm, {
      tableCellPadding: true,
      tablePipeAlign: true,
      stringLength: (value: string) => [...shown(value)].length,
    })
    .use(remarkStringify, CANONICAL_STYLE);
  return processor.stringify(tree);
}
