import type Handlebars from 'handlebars';
import type { Localized } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { HelperError } from './template-helpers.js';

/**
 * Limits on the `{{…}}` expressions of a chapter. Nested `{{#each}}` blocks multiply: a few lines
 * over the measures can ask for billions of repetitions. Long argument lists and deep nesting make
 * the compiled template call and recurse beyond the stack. A real chapter uses a block or two.
 */
export const TEMPLATE_LIMITS = {
  /** Arguments and `name=value` pairs of one call. */
  arguments: 20,
  /** Blocks and `( )` sub-expressions inside each other. */
  nesting: 10,
  /** Repetitions of all `{{#each}}` blocks of one chapter together. */
  iterations: 200_000,
  /** Characters the `{{#each}}` blocks of one chapter produce, counted at every level. */
  outputChars: 20 * 1024 * 1024,
} as const;

type Node = hbs.AST.Node & { params?: hbs.AST.Expression[]; hash?: hbs.AST.Hash; path?: hbs.AST.Node; program?: hbs.AST.Program; inverse?: hbs.AST.Program; body?: hbs.AST.Statement[] };

/** The first call or block beyond the limits, with what it exceeds; walked with a list, not recursively. */
export function findTemplateLimitExceeded(ast: hbs.AST.Program): { loc: hbs.AST.SourceLocation; text: Localized } | undefined {
  const pending: Array<{ node: Node; depth: number }> = [{ node: ast, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, depth } = next;
    const nests = node.type === 'BlockStatement' || node.type === 'SubExpression';
    if (nests && depth + 1 > TEMPLATE_LIMITS.nesting) {
      return {
        loc: node.loc,
        text: msg('markdown.limits.nesting', { limit: TEMPLATE_LIMITS.nesting }),
      };
    }
    const count = (node.params?.length ?? 0) + (node.hash?.pairs.length ?? 0);
    if (count > TEMPLATE_LIMITS.arguments) {
      return {
        loc: node.loc,
        text: msg('markdown.limits.arguments', { limit: TEMPLATE_LIMITS.arguments }),
      };
    }
    const inner = depth + (nests ? 1 : 0);
    const children: Array<Node | undefined> = [...(node.body ?? []), ...(node.params ?? []), ...(node.hash?.pairs.map((pair) => pair.value) ?? []), node.program, node.inverse];
    for (const child of children) if (child) pending.push({ node: child, depth: inner });
  }
  return undefined;
}

/** What the `{{#each}}` blocks of one expansion have used so far; passed to them in the template's data. */
export interface ExpansionBudget {
  iterations: number;
  outputChars: number;
}

/** An expansion that went over its budget: running its statements again to find more would only repeat the work. */
export class BudgetExceeded extends HelperError {}

export const newBudget = (): ExpansionBudget => ({ iterations: 0, outputChars: 0 });

/** Replaces the runtime's `{{#each}}` by one that counts against the expansion's budget and stops beyond it. */
export function budgetEach(runtime: typeof Handlebars): void {
  const each = runtime.helpers.each as (...args: unknown[]) => string;
  runtime.registerHelper('each', function (this: unknown, ...args: unknown[]) {
    const options = args.at(-1) as { data?: { budget?: ExpansionBudget } };
    const budget = options.data?.budget;
    const list = args[0];
    if (budget && list && typeof list === 'object') {
      budget.iterations += Array.isArray(list) ? list.length : Object.keys(list).length;
      if (budget.iterations > TEMPLATE_LIMITS.iterations) {
        const limit = { de: TEMPLATE_LIMITS.iterations.toLocaleString('de-DE'), en: TEMPLATE_LIMITS.iterations.toLocaleString('en-GB') };
        throw new BudgetExceeded(msg('markdown.limits.iterations', { limit }));
      }
    }
    const output = each.apply(this, args);
    if (budget) {
      budget.outputChars += output.length;
      if (budget.outputChars > TEMPLATE_LIMITS.outputChars) {
        const mb = TEMPLATE_LIMITS.outputChars / 1024 / 1024;
        throw new BudgetExceeded(msg('markdown.limits.output', { mb }));
      }
    }
    return output;
  });
}
