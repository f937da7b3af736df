import Handlebars from 'handlebars';
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { quoted } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { describeLimit, findLimitExceeded } from '../project/markdown-limits.js';
import { blankOut, brokenDiagnostic, brokenExpressions, germanNumberLiterals, syntaxDiagnostic, templateDiagnostic } from './template-mistakes.js';
import { unexpanded, type ExpandedText } from './expanded-text.js';
import { HelperError, templateHelpers, type HelperData } from './template-helpers.js';
import { BudgetExceeded, budgetEach, findTemplateLimitExceeded, newBudget } from './template-limits.js';

export type { ExpandedText } from './expanded-text.js';

const MARK = '\u0000';

/**
 * Creates the Handlebars runtime for chapter bodies: our helpers only, no partials, strict lookups
 * (an unknown variable is an error, not silently empty), and no prototype access.
 */
export function createTemplateRuntime(data: HelperData): typeof Handlebars {
  const runtime = Handlebars.create();
  // `{{log}}` would write to the process's stdout (and break `check --format json`): not offered.
  runtime.unregisterHelper('log');
  // The one built-in decorator defines inline partials; chapters have no partials (see escapeHatch).
  runtime.unregisterDecorator('inline');
  budgetEach(runtime);
  for (const [name, helper] of Object.entries(templateHelpers(data))) {
    runtime.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      try {
        return (helper as (...values: unknown[]) => unknown).apply(this, args);
      } catch (error) {
        // Remember where the failing call stands, so the diagnostic points at it.
        const loc = (args.at(-1) as { loc?: { start: { line: number; column: number } } } | undefined)?.loc;
        if (error instanceof HelperError && loc && !error.at) error.at = loc.start;
        throw error;
      }
    });
  }
  return runtime;
}

/**
 * Evaluates the Handlebars expressions of one chapter body over `context` and keeps track of which
 * source line every output line came from, so diagnostics found later point at the line the author
 * edits. Each newline of literal text is followed by an invisible marker naming its source line;
 * the markers are read and removed after rendering. A body with mistakes yields every one of them
 * (each at its line), not only the first.
 */
export function expandTemplate(
  runtime: typeof Handlebars,
  body: string,
  bodyLine: number,
  context: object,
  file: string,
): { expanded: ExpandedText } | { diagnostics: Diagnostic[] } {
  if (!body.includes('{{')) return { expanded: unexpanded(body, bodyLine) };

  let ast: hbs.AST.Program;
  let syntax: Diagnostic[] = [];
  try {
    ast = runtime.parse(body);
  } catch (error) {
    const broken = brokenExpressions(runtime, body);
    if (broken.length === 0) return { diagnostics: [syntaxDiagnostic(error, bodyLine, file)] };
    syntax = broken.map((expression) => brokenDiagnostic(expression, body, bodyLine, file));
    // The rest of the body, with the broken expressions blanked out, may hold more mistakes.
    try {
      ast = runtime.parse(blankOut(body, broken));
    } catch {
      return { diagnostics: syntax };
    }
  }
  // Found before running: the template may well run, but with other numbers than the author meant.
  const found = [...syntax, ...germanNumberLiterals(ast, body, bodyLine, file)];
  const hatch = escapeHatch(ast);
  if (hatch) {
    found.push(templateDiagnostic(file, bodyLine + hatch.loc.start.line - 1, hatch.loc.start.column + 1, hatch.text));
    return { diagnostics: sortDiagnostics(found) };
  }
  const exceeded = findTemplateLimitExceeded(ast);
  if (exceeded) {
    const { line, column } = exceeded.loc.start;
    found.push(templateDiagnostic(file, bodyLine + line - 1, column + 1, exceeded.text));
    return { diagnostics: sortDiagnostics(found) };
  }
  markContent(ast, bodyLine);
  let output: string;
  try {
    output = run(runtime, ast, context);
  } catch (error) {
    // Every failing statement is reported, unless the expansion ran out of its budget: then only the
    // first is looked for, since running more statements again would only repeat the work the budget stopped.
    const failures = failingStatements(runtime, ast, context, error instanceof BudgetExceeded);
    const diagnostics = failures.length
      ? failures.map((failure) => runtimeDiagnostic(failure.error, file, bodyLine, failure.loc))
      : [runtimeDiagnostic(error, file, bodyLine)];
    return { diagnostics: sortDiagnostics([...found, ...diagnostics]) };
  }
  if (found.length) return { diagnostics: sortDiagnostics(found) };
  const expanded = readMarks(output, bodyLine);
  // What the expressions wrote is held to the same limits as what the author wrote.
  const tooMuch = findLimitExceeded(expanded.text);
  if (tooMuch) {
    const line = expanded.lineMap[tooMuch.line - 1] ?? bodyLine;
    return { diagnostics: [templateDiagnostic(file, line, 1, describeLimit(tooMuch.what))] };
  }
  return { expanded };
}

/**
 * The first use of a Handlebars feature chapters do not have: partials (`{{> x}}`, also with a
 * fallback block `{{#> x}}…{{/x}}`, which would otherwise show its fallback), inline partials
 * (`{{#*inline}}`) and other decorators. Chapters hold text and our helpers only; a fallback block
 * or an inline partial would quietly work around that.
 */
function escapeHatch(program: hbs.AST.Program): { loc: hbs.AST.SourceLocation; text: Diagnostic['text'] } | undefined {
  for (const statement of program.body) {
    switch (statement.type) {
      case 'PartialStatement':
      case 'PartialBlockStatement': {
        const name = (statement as hbs.AST.PartialStatement).name;
        const called = 'original' in name ? String(name.original) : '…';
        return {
          loc: statement.loc,
          text: msg('markdown.template.partial', { called }),
        };
      }
      case 'DecoratorBlock':
      case 'Decorator':
        return {
          loc: statement.loc,
          text: msg('markdown.template.decorator'),
        };
      case 'BlockStatement': {
        const block = statement as hbs.AST.BlockStatement;
        const found = (block.program && escapeHatch(block.program)) || (block.inverse && escapeHatch(block.inverse));
        if (found) return found;
      }
    }
  }
  return undefined;
}

function run(runtime: typeof Handlebars, program: hbs.AST.Program, context: object): string {
  const template = runtime.compile(program, {
    strict: true,
    noEscape: true,
    knownHelpersOnly: true,
    // `log` is built into the compiler's list of known helpers; it is switched off here as well.
    knownHelpers: { ...Object.fromEntries(Object.keys(runtime.helpers).map((name) => [name, true])), log: false },
  });
  return template(context, {
    data: { budget: newBudget() },
    allowProtoPropertiesByDefault: false,
    allowProtoMethodsByDefault: false,
  });
}

/**
 * Every top-level statement (or only the first) that fails when run alone, with where it stands (Handlebars' own
 * errors such as "Must pass iterator to #each" carry no position). Only on errors.
 */
function failingStatements(
  runtime: typeof Handlebars,
  ast: hbs.AST.Program,
  context: object,
  firstOnly = false,
): Array<{ error: unknown; loc: hbs.AST.SourceLocation }> {
  const failures: Array<{ error: unknown; loc: hbs.AST.SourceLocation }> = [];
  for (const statement of ast.body) {
    if (statement.type === 'ContentStatement' || statement.type === 'CommentStatement') continue;
    try {
      run(runtime, { ...ast, body: [statement] }, context);
    } catch (error) {
      failures.push({ error, loc: statement.loc });
      if (firstOnly) break;
    }
  }
  return failures;
}

function markContent(node: hbs.AST.Program, bodyLine: number): void {
  for (const statement of node.body) {
    if (statement.type === 'ContentStatement') {
      const content = statement as hbs.AST.ContentStatement;
      const original = String(content.original);
      const value = content.value;
      if (!value.includes('\n')) continue;
      const offset = Math.max(0, original.indexOf(value));
      let line = content.loc.start.line + countNewlines(original.slice(0, offset));
      content.value = value.replace(/\n/g, () => {
        line += 1;
        return `\n${MARK}${bodyLine + line - 1}${MARK}`;
      });
    } else if (statement.type === 'BlockStatement') {
      const block = statement as hbs.AST.BlockStatement;
      if (block.program) markContent(block.program, bodyLine);
      if (block.inverse) markContent(block.inverse, bodyLine);
    }
  }
}

function countNewlines(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count += 1;
  return count;
}

function readMarks(output: string, bodyLine: number): ExpandedText {
  const lines = output.split('\n');
  const lineMap: number[] = [];
  let current = bodyLine;
  const mark = new RegExp(`^${MARK}(\\d+)${MARK}`);
  const stray = new RegExp(`${MARK}\\d+${MARK}`, 'g');
  const text = lines
    .map((line) => {
      const found = mark.exec(line);
      if (found) {
        current = Number(found[1]);
        line = line.slice(found[0].length);
      }
      lineMap.push(current);
      return line.replace(stray, '');
    })
    .join('\n');
  return { text, lineMap };
}


function runtimeDiagnostic(error: unknown, file: string, bodyLine: number, failing?: hbs.AST.SourceLocation): Diagnostic {
  if (error instanceof HelperError) {
    const at = error.at ?? failing?.start;
    const line = at ? bodyLine + at.line - 1 : bodyLine;
    const column = at ? at.column + 1 : 1;
    return templateDiagnostic(file, line, column, error.text);
  }
  const message = error instanceof Error ? error.message : String(error);
  const where = / - (\d+):(\d+)$/.exec(message);
  const at = where ? { line: Number(where[1]), column: Number(where[2]) } : failing?.start;
  const line = at ? bodyLine + at.line - 1 : bodyLine;
  const column = at ? at.column + 1 : 1;
  // Strict lookups below a text value (`{{area.constructor}}`) fail inside Handlebars with a JavaScript message.
  const missing = /^"([^"]+)" not defined/.exec(message) ?? /^Cannot use 'in' operator to search for '([^']+)'/.exec(message);
  if (missing) {
    return templateDiagnostic(file, line, column, msg('markdown.template.unknownValue', { name: missing[1]! }));
  }
  const helper = /You specified knownHelpersOnly, but used the unknown helper (\S+)/.exec(message);
  if (helper) {
    return templateDiagnostic(file, line, column, msg('markdown.template.unknownHelper', { name: helper[1]! }));
  }
  if (/^Must pass iterator to #each/.test(message)) {
    return templateDiagnostic(file, line, column, msg('markdown.template.eachNeedsList'));
  }
  return templateDiagnostic(file, line, column, msg('markdown.template.cannotEvaluate', { message: quoted(message) }));
}
