import { isMap, isScalar, LineCounter, Parser, visit, type CST, type Document } from 'yaml';
import { inputError } from '../errors.js';
import { msg } from '../i18n/message.js';

/**
 * Collections inside each other in one YAML file. The YAML library builds its document recursively
 * and runs out of stack a few thousand levels down; real data is a few levels deep.
 */
export const MAX_YAML_DEPTH = 64;

/**
 * Refuses YAML nested deeper than the limit, naming file and line, before the document is built.
 * Measured on the library's syntax tree, which it makes without recursion, and walked with a list.
 */
export function assertYamlDepth(text: string, file: string, lineOffset = 0): void {
  const lineCounter = new LineCounter();
  const pending: Array<{ token: CST.Token | undefined; depth: number }> = [];
  for (const token of new Parser(lineCounter.addNewLine).parse(text)) pending.push({ token, depth: 0 });
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { token, depth } = next;
    if (!token) continue;
    if (token.type === 'document') {
      pending.push({ token: token.value, depth });
      continue;
    }
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth + 1 > MAX_YAML_DEPTH) {
      const pos = lineCounter.linePos(token.offset);
      const line = pos.line + lineOffset;
      throw inputError(msg('project.yaml.tooDeep', { file, line, depth: MAX_YAML_DEPTH }), { file, line, column: pos.col });
    }
    for (const item of token.items) {
      if ('key' in item) pending.push({ token: item.key ?? undefined, depth: depth + 1 });
      if ('value' in item) pending.push({ token: item.value, depth: depth + 1 });
    }
  }
}

/** A key that stands twice in one mapping, where it stands and where the same key stood first. */
export interface DuplicateKey {
  code: 'DUPLICATE_KEY';
  pos: [number, number];
  message: string;
  firstOffset: number;
  /** The key as written. */
  name: string;
}

/**
 * Every key that stands twice in one mapping, as the YAML library's own errors would report them.
 * The library's check (`uniqueKeys`) compares each new key with all before it, which took minutes
 * for a glossary of tens of thousands of entries; this one keeps the keys of each mapping in a map.
 */
export function duplicateKeys(doc: Document.Parsed): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  visit(doc, {
    Map(_key, map) {
      if (!isMap(map)) return undefined;
      const seen = new Map<unknown, number>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        const offset = (pair.key as { range?: [number, number] } | null)?.range?.[0] ?? 0;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, offset);
        else found.push({ code: 'DUPLICATE_KEY', pos: [offset, offset], message: 'Map keys must be unique', firstOffset: first, name: String(key) });
      }
      return undefined;
    },
  });
  return found;
}
