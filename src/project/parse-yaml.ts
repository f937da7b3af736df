import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import { inputError, throwAll } from '../errors.js';
import { msg } from '../i18n/message.js';
import { assertYamlDepth, duplicateKeys } from './yaml-limits.js';
import { describeYamlProblem } from './yaml-problem.js';

export interface Position {
  line: number;
  column: number;
}

/** A parsed YAML text that can still tell where each key and value stands in its file. */
export interface PositionedYaml {
  value: unknown;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Added to every line number: the line of the file on which this YAML text starts, minus one. */
  lineOffset: number;
  file: string;
  /** The YAML text as parsed: what the author wrote at each node's range. */
  text: string;
}

/**
 * Parses YAML strictly (YAML 1.2 core schema, unique keys, few aliases, no custom tags) and turns
 * the first problem into an error naming file and line. A syntax error can make the parser stumble
 * over everything after it, so only the first is told; duplicate keys stand each on their own and
 * are all told.
 */
export function parseYaml(text: string, file: string, lineOffset = 0): PositionedYaml {
  assertYamlDepth(text, file, lineOffset);
  const lineCounter = new LineCounter();
  // The library's own duplicate-key check is quadratic in the keys of a mapping; ours is not.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true });
  const first = doc.errors[0] ?? doc.warnings[0];
  const told = first ? [first] : duplicateKeys(doc);
  if (told.length) {
    throwAll(
      told.map((problem) => {
        const pos = lineCounter.linePos(problem.pos[0]);
        const line = pos.line + lineOffset;
        return inputError(describeYamlProblem(problem, text, doc, lineCounter, file, line, lineOffset), {
          file,
          line,
          column: pos.col,
        });
      }),
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    // Point at the first alias: the expansion (a "billion laughs" bomb) starts there.
    let offset = 0;
    visit(doc, {
      Alias(_key, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const pos = lineCounter.linePos(offset);
    const line = pos.line + lineOffset;
    throw inputError(msg('project.yaml.tooManyAliases', { file, line }),
      { file, line, column: pos.col },
      error,
    );
  }
  return { value, doc, lineCounter, lineOffset, file, text };
}

/**
 * Where a value (or, with `which: 'key'`, its key) stands. Walks as far down `path` as the document
 * goes and answers with the deepest node found, so a missing key points at its parent.
 */
export function positionOf(
  yaml: PositionedYaml,
  path: ReadonlyArray<string | number>,
  which: 'key' | 'value' = 'value',
): Position {
  const pos = yaml.lineCounter.linePos(offsetOf(yaml, path, which) ?? 0);
  return { line: pos.line + yaml.lineOffset, column: pos.col };
}

/** The offset in the YAML text of the deepest node along `path` (see positionOf). */
export function offsetOf(
  yaml: PositionedYaml,
  path: ReadonlyArray<string | number>,
  which: 'key' | 'value' = 'value',
): number | undefined {
  let node: YamlNode | null | undefined = yaml.doc.contents as YamlNode | null;
  let keyNode: YamlNode | null | undefined;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step));
      if (!pair) break;
      keyNode = pair.key as YamlNode;
      node = pair.value as YamlNode | null;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as YamlNode | undefined;
      if (!item) break;
      keyNode = undefined;
      node = item;
    } else {
      break;
    }
  }
  const target = which === 'key' && keyNode ? keyNode : (node ?? keyNode);
  return target?.range?.[0];
}
