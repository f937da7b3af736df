import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import { inputError } from '../errors.js';
import { msg } from '../i18n/message.js';
import type { Localized } from '../i18n/lang.js';
import { yamlScalar } from './chapter-skeleton.js';

const BOM = '\uFEFF';

function cannot(file: string, why: Localized) {
  return inputError(msg('init.listItem.cannotInsert', { file, why }), { file });
}

/** Offset just after the end of the line that holds `offset` (after its line break). */
function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

function startOfLine(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function rangeOf(node: unknown): [number, number, number] | undefined {
  return (node as YamlNode | null)?.range ?? undefined;
}

/**
 * Inserts `value` at `index` of the list under the top-level `key` of a YAML text by splicing the
 * text: one new line in a block list (`  - value`, indented like its neighbours), `, value` in a
 * flow list (`[a, b]`), or a new `key:` block at the end when the key is missing. Everything else –
 * comments, blank lines, quoting, key order, line ends, a byte order mark – stays byte for byte.
 * The result is parsed again and must differ from the original only by the new entry.
 */
export function insertListItem(original: string, file: string, key: string, index: number, value: string): string {
  const bom = original.startsWith(BOM) ? BOM : '';
  const text = original.slice(bom.length);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    throw cannot(file, msg('init.listItem.notYamlMapping'));
  }
  const before = doc.toJS() as Record<string, unknown>;
  const list = before[key];
  const current = Array.isArray(list) ? (list as unknown[]) : [];
  if (index < 0 || index > current.length) throw new RangeError(`index ${index} outside 0…${current.length}`);
  const item = yamlScalar(value);
  const pair = doc.contents.items.find((p: Pair) => isScalar(p.key) && p.key.value === key) as Pair | undefined;

  let result: string;
  if (!pair) {
    const indent = blockIndent(doc, text) ?? '  ';
    const end = text.length === 0 || text.endsWith('\n') ? text : `${text}${eol}`;
    result = `${end}${key}:${eol}${indent}- ${item}${eol}`;
  } else if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) {
    const keyRange = rangeOf(pair.key);
    if (!keyRange) throw cannot(file, msg('init.listItem.noPosition', { key }));
    const at = endOfLine(text, keyRange[1]);
    const lineBreak = at === text.length && !text.endsWith('\n') ? eol : '';
    const indent = blockIndent(doc, text) ?? '  ';
    result = `${text.slice(0, at)}${lineBreak}${indent}- ${item}${eol}${text.slice(at)}`;
  } else if (isSeq(pair.value)) {
    const seq = pair.value;
    const items = seq.items.map(rangeOf);
    if (items.some((range, i) => !range || !isScalar(seq.items[i]))) {
      throw cannot(file, msg('init.listItem.notFileNames', { key }));
    }
    const ranges = items as Array<[number, number, number]>;
    if (seq.flow) {
      const seqRange = rangeOf(seq)!;
      if (ranges.length === 0) {
        const open = text.indexOf('[', seqRange[0]);
        result = `${text.slice(0, open + 1)}${item}${text.slice(open + 1)}`;
      } else if (index > 0) {
        const at = ranges[index - 1]![1];
        result = `${text.slice(0, at)}, ${item}${text.slice(at)}`;
      } else {
        const at = ranges[0]![0];
        result = `${text.slice(0, at)}${item}, ${text.slice(at)}`;
      }
    } else {
      const neighbour = ranges[Math.max(0, index - 1)]!;
      const lineStart = startOfLine(text, neighbour[0]);
      const prefix = text.slice(lineStart, neighbour[0]);
      if (!/^[ \t]*-[ \t]+$/.test(prefix)) {
        throw cannot(file, msg('init.listItem.unusualList', { key }));
      }
      if (index > 0) {
        const at = endOfLine(text, neighbour[1]);
        const lineBreak = at === text.length && !text.endsWith('\n') ? eol : '';
        result = `${text.slice(0, at)}${lineBreak}${prefix}${item}${eol}${text.slice(at)}`;
      } else {
        result = `${text.slice(0, lineStart)}${prefix}${item}${eol}${text.slice(lineStart)}`;
      }
    }
  } else {
    throw cannot(file, msg('init.listItem.notAList', { key }));
  }

  // The promise: the new text means the old one plus exactly this entry.
  const after = parseDocument(result, { uniqueKeys: true });
  const expected = { ...before, [key]: [...current.slice(0, index), value, ...current.slice(index)] };
  if (after.errors.length > 0 || JSON.stringify(after.toJS()) !== JSON.stringify(reorder(expected, after.toJS()))) {
    throw cannot(file, msg('init.listItem.probeFailed'));
  }
  return `${bom}${result}`;
}

/** `expected` with its keys in the order of `actual` (a key added at the end stays at the end). */
function reorder(expected: Record<string, unknown>, actual: unknown): Record<string, unknown> {
  const order = actual && typeof actual === 'object' ? Object.keys(actual) : [];
  const out: Record<string, unknown> = {};
  for (const k of order) if (k in expected) out[k] = expected[k];
  for (const k of Object.keys(expected)) if (!(k in out)) out[k] = expected[k];
  return out;
}

/** The indentation of the first block list's items in the document (`  ` in `  - kapitel/…`). */
function blockIndent(doc: ReturnType<typeof parseDocument>, text: string): string | undefined {
  if (!isMap(doc.contents)) return undefined;
  for (const pair of doc.contents.items) {
    if (isSeq(pair.value) && !pair.value.flow && pair.value.items[0]) {
      const start = rangeOf(pair.value.items[0])?.[0];
      if (start === undefined) continue;
      const match = /^([ \t]*)-[ \t]+$/.exec(text.slice(startOfLine(text, start), start));
      if (match) return match[1];
    }
  }
  return undefined;
}
