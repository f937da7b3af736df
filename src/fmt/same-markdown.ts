import type { Nodes, Root } from 'mdast';

/**
 * The formatter's safety net: two Markdown texts say the same when their syntax trees are equal
 * apart from positions and white space a reader does not see: how much of it stands between two
 * words (a soft line break and a space render alike), and any at the start or end of a line of
 * text. Returns the line (in `before`'s tree) of the first difference, or undefined.
 */
export function firstDifference(before: Root, after: Root): number | undefined {
  return compare(before, after);
}

function compare(a: Nodes, b: Nodes): number | undefined {
  const line = a.position?.start.line ?? b.position?.start.line ?? 1;
  if (a.type !== b.type) return line;
  const aChildren = 'children' in a ? normalize(a.children as Nodes[]) : [];
  const bChildren = 'children' in b ? normalize(b.children as Nodes[]) : [];
  if (fingerprint(a) !== fingerprint(b)) return line;
  if (aChildren.length !== bChildren.length) return line;
  for (let index = 0; index < aChildren.length; index++) {
    const found = compare(aChildren[index]!, bChildren[index]!);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Adjacent text nodes read as one (the writer may split or join them around escapes); runs of
 * white space count as one space, none at the start or end of a line (before or after a hard
 * break, at the start or end of the parent); text that is only such white space is dropped.
 */
function normalize(children: Nodes[]): Nodes[] {
  const merged: Nodes[] = [];
  for (const child of children) {
    const previous = merged.at(-1);
    if (child.type === 'text' && previous?.type === 'text') {
      merged[merged.length - 1] = { ...previous, value: previous.value + child.value };
    } else {
      merged.push(child.type === 'text' ? { ...child } : child);
    }
  }
  merged.forEach((node, index) => {
    if (node.type !== 'text') return;
    let value = node.value.replace(/[ \t\n]+/g, ' ');
    if (index === 0 || merged[index - 1]!.type === 'break') value = value.trimStart();
    if (index === merged.length - 1 || merged[index + 1]!.type === 'break') value = value.trimEnd();
    node.value = value;
  });
  return merged.filter((node) => node.type !== 'text' || node.value !== '');
}

/** Every property of a node (text already normalised) except its children, position and parser data. */
function fingerprint(node: Nodes): string {
  const { children: _children, position: _position, data: _data, ...rest } = node as Nodes & {
    children?: unknown;
    data?: unknown;
  };
  return JSON.stringify(rest, Object.keys(rest).sort());
}
