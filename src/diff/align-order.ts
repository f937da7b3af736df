/** Two lists matched item by item; an entry with only `from` was removed, only `to` was added. */
export interface Aligned<T> {
  from?: T;
  to?: T;
}

/**
 * Positions (in `values`) of one longest strictly increasing subsequence. Used on the new
 * positions of matched items listed in the old order: the items outside it are the ones that moved.
 */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = []; // index into values of the smallest tail of each length
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((values[tails[mid]!] ?? 0) < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const kept = new Set<number>();
  let at = tails.length > 0 ? tails[tails.length - 1]! : -1;
  while (at !== -1) {
    kept.add(at);
    at = previous[at]!;
  }
  return kept;
}

/**
 * Lists matched and unmatched items in the new order; a removed item stands right after the item
 * that came before it in the old order (at the start when none did). `pairs` maps old to new indexes.
 */
export function alignOrder<T>(from: readonly T[], to: readonly T[], pairs: ReadonlyMap<number, number>): Array<Aligned<T>> {
  const matchedFrom = new Map<number, number>([...pairs].map(([f, t]) => [t, f]));
  const after = new Map<number, number[]>();
  let anchor = -1;
  from.forEach((_item, index) => {
    const target = pairs.get(index);
    if (target !== undefined) {
      anchor = target;
      return;
    }
    const list = after.get(anchor) ?? [];
    list.push(index);
    after.set(anchor, list);
  });
  const result: Array<Aligned<T>> = [];
  const removedAfter = (position: number) => {
    for (const index of after.get(position) ?? []) result.push({ from: from[index]! });
  };
  removedAfter(-1);
  to.forEach((item, index) => {
    const source = matchedFrom.get(index);
    result.push(source === undefined ? { to: item } : { from: from[source]!, to: item });
    removedAfter(index);
  });
  return result;
}

/** The matched pairs whose relative order changed (by old index). */
export function movedPairs(pairs: ReadonlyMap<number, number>): Set<number> {
  const ordered = [...pairs].sort((x, y) => x[0] - y[0]);
  const kept = longestIncreasing(ordered.map(([, t]) => t));
  const moved = new Set<number>();
  ordered.forEach(([f], position) => {
    if (!kept.has(position)) moved.add(f);
  });
  return moved;
}
