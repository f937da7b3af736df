/**
 * Handlebars expressions (`{{area}}`, `{{euro benn.annualBudget}}`, `{{!-- … --}}`) are evaluated
 * before the Markdown is parsed, so the formatter must not touch them: no escaping, no re-wrapping
 * inside them. Each one is swapped for a plain alphanumeric token that Markdown leaves alone, and
 * put back after the Markdown was written.
 */

export interface ProtectedText {
  /** The text with every expression replaced by its token. */
  text: string;
  /** The expressions in order of appearance; token `i` stands for `expressions[i]`. */
  expressions: string[];
  /** Matches one token; group 1 is its index. Global: reset `lastIndex` or use `replace`. */
  token: RegExp;
  /** The expression whose token starts at `index` of `value`, if one does. */
  expressionAt(value: string, index: number): string | undefined;
  /** Whether `value` ends with a token. */
  endsWithToken(value: string): boolean;
  /** Puts the expressions back in place of their tokens. */
  restore(value: string): string;
}

/** Where one `{{…}}` (with a leading escape backslash, if any) starts and ends in a text. */
export interface ExpressionSpan {
  start: number;
  end: number;
}

/**
 * Finds the Handlebars expressions of a text: `{{…}}`, `{{{…}}}`, `{{!-- … --}}` and escaped
 * `\{{…}}`, skipping quoted strings inside an expression. Returns undefined when an expression is
 * not closed (the template cannot be parsed; the caller leaves such a file alone).
 */
export function findExpressions(text: string): ExpressionSpan[] | undefined {
  const spans: ExpressionSpan[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('{{', from);
    if (open === -1) return spans;
    let start = open;
    while (start > 0 && text[start - 1] === '\\') start -= 1;
    const end = closingOf(text, open);
    if (end === -1) return undefined;
    spans.push({ start, end });
    from = end;
  }
}

function closingOf(text: string, open: number): number {
  if (text.startsWith('{{!--', open)) return after(text.indexOf('--}}', open + 5), 4);
  if (text.startsWith('{{!', open)) return after(text.indexOf('}}', open + 3), 2);
  const triple = text.startsWith('{{{', open);
  const close = triple ? '}}}' : '}}';
  let index = open + (triple ? 3 : 2);
  while (index < text.length) {
    const char = text[index]!;
    if (char === '"' || char === "'") {
      const quoteEnd = text.indexOf(char, index + 1);
      if (quoteEnd === -1) return -1;
      index = quoteEnd + 1;
      continue;
    }
    if (text.startsWith(close, index)) return index + close.length;
    index += 1;
  }
  return -1;
}

function after(index: number, length: number): number {
  return index === -1 ? -1 : index + length;
}

/**
 * Replaces each expression by a token `<marker><index>x`. The marker is lower-case letters that do
 * not occur in the text, so tokens cannot clash with what the author wrote, and they read as one
 * ordinary word to the Markdown parser and writer.
 */
export function protectExpressions(text: string): ProtectedText | undefined {
  const spans = findExpressions(text);
  if (!spans) return undefined;
  let marker = 'ihekexpr';
  while (text.includes(marker)) marker += 'q';
  const expressions: string[] = [];
  let out = '';
  let last = 0;
  for (const span of spans) {
    out += text.slice(last, span.start) + `${marker}${expressions.length}x`;
    expressions.push(text.slice(span.start, span.end));
    last = span.end;
  }
  out += text.slice(last);
  const token = new RegExp(`${marker}(\\d+)x`, 'g');
  const sticky = new RegExp(`${marker}(\\d+)x`, 'y');
  const atEnd = new RegExp(`${marker}\\d+x$`);
  return {
    text: out,
    expressions,
    token,
    expressionAt: (value, index) => {
      sticky.lastIndex = index;
      const found = sticky.exec(value);
      return found ? expressions[Number(found[1])] : undefined;
    },
    endsWithToken: (value) => atEnd.test(value),
    restore: (value) => value.replace(token, (whole, index: string) => expressions[Number(index)] ?? whole),
  };
}

/** Whether an expression shows nothing itself: a comment, or a block tag (`{{#if …}}`, `{{/if}}`, `{{else}}`). */
export function isSilent(expression: string): boolean {
  return /^\{\{\{?~?\s*(?:[!#/^]|else\b)/.test(expression);
}

/**
 * The text as the Markdown parser will see it after the expressions are evaluated, as far as that
 * is known without the data: comments and block tags vanish, every value becomes one word.
 */
export function evaluatedView(text: string): string {
  const spans = findExpressions(text) ?? [];
  let out = '';
  let last = 0;
  for (const span of spans) {
    const expression = text.slice(span.start, span.end);
    out += text.slice(last, span.start) + (isSilent(expression) ? '' : 'Wert');
    last = span.end;
  }
  return out + text.slice(last);
}
