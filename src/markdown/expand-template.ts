import Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostics.js';
import { quoted } from '../i18n/lang.js';
import { describeLimit, findLimitExceeded } from '../project/markdown-limits.js';
import { unexpanded, type ExpandedText } from './expanded-text.js';
import { HelperError, templateHelpers, type HelperData } from './template-helpers.js';
import { budgetEach, findTemplateLimitExceeded, newBudget } from './template-limits.js';

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
 * the markers are read and removed after rendering.
 */
export function expandTemplate(
  runtime: typeof Handlebars,
  body: string,
  bodyLine: number,
  context: object,
  file: string,
): { expanded: ExpandedText } | { diagnostic: Diagnostic } {
  if (!body.includes('{{')) return { expanded: unexpanded(body, bodyLine) };

  let ast: hbs.AST.Program;
  try {
    ast = runtime.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = Number(/line (\d+)/.exec(message)?.[1] ?? 1);
    const expected = /Expecting (.*), got/.exec(message)?.[1];
    return {
      diagnostic: templateDiagnostic(file, bodyLine + line - 1, 1, {
        de: `Ausdruck in {{ }} ist unvollständig oder fehlerhaft${expected ? ' (erwartet wird z. B. „}}“)' : ''}`,
        en: `expression in {{ }} is incomplete or malformed${expected ? ' (e.g. "}}" expected)' : ''}`,
      }),
    };
  }
  const exceeded = findTemplateLimitExceeded(ast);
  if (exceeded) {
    const { line, column } = exceeded.loc.start;
    return { diagnostic: templateDiagnostic(file, bodyLine + line - 1, column + 1, exceeded.text) };
  }
  markContent(ast, bodyLine);
  let output: string;
  try {
    output = run(runtime, ast, context);
  } catch (error) {
    // A helper's own error knows its place: the statements are not run again to find it.
    const placed = error instanceof HelperError && error.at !== undefined;
    return { diagnostic: runtimeDiagnostic(error, file, bodyLine, placed ? undefined : failingStatement(runtime, ast, context)) };
  }
  const expanded = readMarks(output, bodyLine);
  // What the expressions wrote is held to the same limits as what the author wrote.
  const tooMuch = findLimitExceeded(expanded.text);
  if (tooMuch) {
    const line = expanded.lineMap[tooMuch.line - 1] ?? bodyLine;
    return { diagnostic: templateDiagnostic(file, line, 1, describeLimit(tooMuch.what)) };
  }
  return { expanded };
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
 * Where a failure without a position happened (Handlebars' own errors such as "Must pass iterator
 * to #each" carry none): the first top-level statement that fails when run alone. Only on errors.
 */
function failingStatement(runtime: typeof Handlebars, ast: hbs.AST.Program, context: object): hbs.AST.SourceLocation | undefined {
  for (const statement of ast.body) {
    if (statement.type === 'ContentStatement' || statement.type === 'CommentStatement') continue;
    try {
      run(runtime, { ...ast, body: [statement] }, context);
    } catch {
      return statement.loc;
    }
  }
  return undefined;
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

function templateDiagnostic(file: string, line: number, column: number, text: Diagnostic['text']): Diagnostic {
  return { file, line, column, severity: 'error', rule: 'template-expression', text };
}

function runtimeDiagnostic(error: unknown, file: string, bodyLine: number, failing?: hbs.AST.SourceLocation): Diagnostic {
  if (error instanceof HelperError) {
    const at = error.at ?? failing?.start;
    const line = at ? bodyLine + at.line - 1 : bodyLine;
    const column = at ? at.column + 1 : 1;
    return templateDiagnostic(file, line, column, { de: error.de, en: error.message });
  }
  const message = error instanceof Error ? error.message : String(error);
  const where = / - (\d+):(\d+)$/.exec(message);
  const at = where ? { line: Number(where[1]), column: Number(where[2]) } : failing?.start;
  const line = at ? bodyLine + at.line - 1 : bodyLine;
  const column = at ? at.column + 1 : 1;
  const missing = /^"([^"]+)" not defined/.exec(message);
  if (missing) {
    return templateDiagnostic(file, line, column, {
      de: `unbekannter Wert „${missing[1]}“ in {{ }}; verfügbar sind die Angaben aus ihek.yaml (z. B. area, period.from) und data`,
      en: `unknown value "${missing[1]}" in {{ }}; available are the keys of ihek.yaml (e.g. area, period.from) and data`,
    });
  }
  const helper = /You specified knownHelpersOnly, but used the unknown helper (\S+)/.exec(message);
  if (helper) {
    return templateDiagnostic(file, line, column, {
      de: `unbekannte Funktion „${helper[1]}“ in {{ }}; möglich sind euro, zahl, prozent, summe, massnahmenTabelle, indikatorenTabelle, diagramm`,
      en: `unknown helper "${helper[1]}" in {{ }}; possible are euro, zahl, prozent, summe, massnahmenTabelle, indikatorenTabelle, diagramm`,
    });
  }
  const partial = /^The partial (.+) could not be found/.exec(message);
  if (partial) {
    return templateDiagnostic(file, line, column, {
      de: `Teilvorlage „${partial[1]}“ in {{> }}: in Kapiteln gibt es keine Teilvorlagen`,
      en: `partial "${partial[1]}" in {{> }}: chapters have no partials`,
    });
  }
  if (/^Must pass iterator to #each/.test(message)) {
    return templateDiagnostic(file, line, column, {
      de: '{{#each}} braucht eine Liste, über die es laufen kann (z. B. {{#each data.massnahmen}})',
      en: '{{#each}} needs a list to run over (e.g. {{#each data.massnahmen}})',
    });
  }
  return templateDiagnostic(file, line, column, {
    de: `Ausdruck in {{ }} kann nicht ausgewertet werden: ${quoted(message)}`,
    en: `expression in {{ }} cannot be evaluated: ${quoted(message)}`,
  });
}
