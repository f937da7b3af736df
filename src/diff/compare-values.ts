import type { FieldChange } from './diff-model.js';

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Nested mappings as dotted keys (`period.from`); lists stay whole values. */
export function flatten(value: Plain, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, inner] of Object.entries(value)) {
    const dotted = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(inner)) for (const [k, v] of flatten(inner, dotted)) out.set(k, v);
    else if (inner !== undefined) out.set(dotted, inner);
  }
  return out;
}

/**
 * The keys whose values differ, in the order of `order` (unlisted keys after it, by name);
 * a key missing on one side is null there.
 */
export function compareValues(from: Plain, to: Plain, order: readonly string[] = []): FieldChange[] {
  const a = flatten(from);
  const b = flatten(to);
  const rank = (key: string) => {
    const exact = order.indexOf(key);
    if (exact !== -1) return exact;
    const parent = order.findIndex((name) => key.startsWith(`${name}.`));
    return parent === -1 ? order.length : parent;
  };
  const all = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => rank(x) - rank(y) || (x < y ? -1 : x > y ? 1 : 0));
  const changes: FieldChange[] = [];
  for (const key of all) {
    const before = a.has(key) ? a.get(key) : null;
    const after = b.has(key) ? b.get(key) : null;
    if (JSON.stringify(before) !== JSON.stringify(after)) changes.push({ key, from: before, to: after });
  }
  return changes;
}
