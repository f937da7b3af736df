import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { Localized } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import type { PositionedYaml } from './parse-yaml.js';

/**
 * A number written the German way: `8.000`, `1.500.000`, `1.500,50`. The first group has no
 * leading zero, so `0.125` stays the decimal it looks like.
 */
const GROUPED = /^([-+]?)([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/;
/** Thousands set apart by a (narrow or no-break) space, as Word does: `8 000`. */
const SPACED = /^([-+]?)([1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+)(?:[,.](\d+))?$/;
/** A German decimal comma without thousands points: `15,5`. */
const COMMA_DECIMAL = /^([-+]?)(\d+),(\d+)$/;
/** A plain number with a unit the author typed after it: `8000 €`. */
const UNIT = /\s*(?:€|EUR|Euro|%|Prozent)$/i;

/** What to write instead of a German spelling, or undefined when the text is not one. */
export function plainNumberFor(written: string): string | undefined {
  const text = written.trim().replace(UNIT, '').trim();
  const grouped = GROUPED.exec(text);
  if (grouped) return `${grouped[1]}${grouped[2]!.replace(/\./g, '')}${grouped[3] ? `.${grouped[3]}` : ''}`;
  const spaced = SPACED.exec(text);
  if (spaced) return `${spaced[1]}${spaced[2]!.replace(/\D/g, '')}${spaced[3] ? `.${spaced[3]}` : ''}`;
  const comma = COMMA_DECIMAL.exec(text);
  if (comma) return `${comma[1]}${comma[2]}.${comma[3]}`;
  if (text !== written.trim() && /^[-+]?\d+(?:\.\d+)?$/.test(text)) return text;
  return undefined;
}

export interface NumberProblem {
  /** The key path of the value, as the schema validator names it. */
  path: Array<string | number>;
  /** Offsets of what the author wrote in the YAML text, for the line and to recognise follow-on errors. */
  start: number;
  end: number;
  text: Localized;
}

/**
 * Every value at a numeric path (`*` for any key or index) that is written in German notation.
 * YAML reads `8.000` as the number 8 and `1.500,50` in a flow mapping as 1.5 followed by a key
 * `50`, so the source text is what counts, not the parsed value.
 */
export function numberProblems(
  yaml: PositionedYaml,
  paths: ReadonlyArray<ReadonlyArray<string>>,
  options: { decimalsLikely?: boolean } = {},
): NumberProblem[] {
  const problems: NumberProblem[] = [];
  for (const pattern of paths) {
    for (const { node, path } of nodesAt(yaml.doc.contents as YamlNode | null, pattern, [])) {
      if (!isScalar(node) || !node.range) continue;
      const problem = describe(yaml.text, node.range[0], node.range[1], node.value, options);
      if (problem) problems.push({ path, ...problem });
    }
  }
  return problems.sort((a, b) => a.start - b.start);
}

function describe(
  text: string,
  start: number,
  end: number,
  value: unknown,
  options: { decimalsLikely?: boolean },
): Omit<NumberProblem, 'path'> | undefined {
  if (typeof value === 'number') {
    // A comma ends a plain scalar in a flow mapping: look past it for `,50`, unless a key follows.
    const raw = /^[-+]?[\d.]+(?:,\d+(?![\d.]|\s*:))?/.exec(text.slice(start, end + 12))?.[0] ?? '';
    const plain = GROUPED.test(raw) ? plainNumberFor(raw) : undefined;
    if (!plain) return undefined;
    const meant = Number.isInteger(value) || options.decimalsLikely !== true ? undefined : String(value);
    return {
      start,
      end: start + raw.length,
      text: msg('project.numbers.readAs', { raw, value, plain, meant: meant ?? '' }),
    };
  }
  if (typeof value === 'string') {
    const plain = plainNumberFor(value);
    if (!plain) return undefined;
    return {
      start,
      end,
      text: msg('project.numbers.textNotNumber', { value, plain }),
    };
  }
  return undefined;
}

function* nodesAt(
  node: YamlNode | null | undefined,
  pattern: ReadonlyArray<string>,
  path: Array<string | number>,
): Generator<{ node: YamlNode; path: Array<string | number> }> {
  if (!node) return;
  if (pattern.length === 0) {
    yield { node, path };
    return;
  }
  const [step, ...rest] = pattern;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (step === '*' || step === key) yield* nodesAt(pair.value as YamlNode | null, rest, [...path, key]);
    }
  } else if (isSeq(node) && step === '*') {
    for (const [index, item] of node.items.entries()) yield* nodesAt(item as YamlNode | null, rest, [...path, index]);
  }
}
