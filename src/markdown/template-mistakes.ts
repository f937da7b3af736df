import type Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostics.js';
import { msg } from '../i18n/message.js';
import { plainNumberFor } from '../project/german-numbers.js';

/**
 * Mistakes in a chapter's `{{…}}` expressions that Handlebars itself reports badly or not at all:
 * several syntax errors in one body (it stops at the first), and numbers in German notation, which
 * it reads as other numbers (`{{euro 8.000}}` is 8 €).
 */

interface Broken {
  index: number;
  text: string;
}

/**
 * Handlebars stops at the first syntax error: every `{{…}}` that does not parse on its own, so each
 * is reported at its line. None is found for, say, an unclosed block; then the parser's first
 * complaint stands for the body.
 */
export function brokenExpressions(runtime: typeof Handlebars, body: string): Broken[] {
  const found: Broken[] = [];
  for (const expression of body.matchAll(/\{\{(?!!)[^{}]*\}\}/g)) {
    const text = expression[0];
    if (/^\{\{~?\s*(?:[#/^]|else\b)/.test(text)) continue;
    try {
      runtime.parse(text);
    } catch {
      found.push({ index: expression.index, text });
    }
  }
  return found;
}

export function blankOut(body: string, broken: Broken[]): string {
  let out = body;
  for (const { index, text } of broken) out = out.slice(0, index) + ' '.repeat(text.length) + out.slice(index + text.length);
  return out;
}

export function brokenDiagnostic({ index, text }: Broken, body: string, bodyLine: number, file: string): Diagnostic {
  const { line, column } = lineAndColumn(body, index);
  const german = germanNumberIn(text);
  return templateDiagnostic(
    file,
    bodyLine + line - 1,
    column + 1,
    german
      ? numberText(text, german)
      : msg('markdown.template.brokenExpression', { text }),
  );
}

export function syntaxDiagnostic(error: unknown, bodyLine: number, file: string): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  const line = Number(/line (\d+)/.exec(message)?.[1] ?? 1);
  const expected = /Expecting (.*), got/.exec(message)?.[1];
  return templateDiagnostic(file, bodyLine + line - 1, 1, msg('markdown.template.syntax', { expected: expected !== undefined }));
}

/** A number in German notation outside quotes in one `{{…}}`, e.g. `8.000` or `1.500,50`. */
function germanNumberIn(expression: string): string | undefined {
  const unquoted = expression.replace(/"[^"]*"|'[^']*'/g, (quoted) => ' '.repeat(quoted.length));
  return /(?<![\w.,])[-+]?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?(?![\w.,])/.exec(unquoted)?.[0];
}

/** What a German number in `{{…}}` became (`read`: the number Handlebars made of it, if any). */
function numberText(expression: string, written: string, read?: number): Diagnostic['text'] {
  const plain = plainNumberFor(written)!;
  return read === undefined
    ? msg('markdown.template.germanNumber', { expression, written, plain })
    : Number.isInteger(read)
      ? msg('markdown.template.readAsInteger', { expression, written, read, plain })
      : msg('markdown.template.readAsFraction', { expression, written, read, plain });
}

/**
 * Numbers written the German way as helper arguments (`{{euro 8.000}}`): Handlebars reads 8.000 as
 * 8, so the literal's source text is what counts.
 */
export function germanNumberLiterals(ast: hbs.AST.Program, body: string, bodyLine: number, file: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  const starts = lineStarts(body);
  const visit = (node: unknown, statement?: hbs.AST.Node): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, statement);
      return;
    }
    const typed = node as hbs.AST.Node;
    const owner = typed.type === 'MustacheStatement' || typed.type === 'BlockStatement' ? typed : statement;
    if (typed.type === 'NumberLiteral' && typed.loc) {
      const start = starts[typed.loc.start.line - 1]! + typed.loc.start.column;
      const written = /^[-+]?[\d.]+(?:,\d+)?/.exec(body.slice(start))?.[0] ?? '';
      if (germanNumberIn(` ${written} `) === written) {
        const expression = owner?.loc ? sourceOf(body, starts, owner.loc) : written;
        const text = numberText(expression, written, (typed as hbs.AST.NumberLiteral).value);
        found.push(templateDiagnostic(file, bodyLine + typed.loc.start.line - 1, typed.loc.start.column + 1, text));
      }
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'loc' && key !== 'strip' && key !== 'openStrip' && key !== 'closeStrip' && key !== 'inverseStrip') visit(value, owner);
    }
  };
  visit(ast.body);
  return found;
}

function sourceOf(body: string, starts: number[], loc: hbs.AST.SourceLocation): string {
  const text = body.slice(starts[loc.start.line - 1]! + loc.start.column, starts[loc.end.line - 1]! + loc.end.column);
  // A block's location spans its whole content: its opening tag is enough to recognise it.
  return /^\{\{[^}]*\}\}/.exec(text)?.[0] ?? text;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) };
}

export function templateDiagnostic(file: string, line: number, column: number, text: Diagnostic['text']): Diagnostic {
  return { file, line, column, severity: 'error', rule: 'template-expression', text };
}
