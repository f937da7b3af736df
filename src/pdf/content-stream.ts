/**
 * Just enough of a PDF content-stream reader to find the glyphs shown with a given font: the
 * hex strings of `Tj` and `TJ` operators, with their byte offsets, so they can be replaced.
 */

export interface ShownGlyphs {
  /** Resource name of the font in force (`/F4`), without the slash. */
  font: string;
  /** Offset of `<` and one past `>` in the stream. */
  start: number;
  end: number;
  /** Two-byte glyph ids (CID fonts with Identity-H, as Chromium writes them). */
  glyphs: number[];
  /** Shown by `Tj` (a lone string; `end` then reaches past the operator) or inside a `TJ` array. */
  operator: 'Tj' | 'TJ';
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

type Token =
  | { kind: 'hex'; start: number; end: number; value: string }
  | { kind: 'name'; value: string }
  | { kind: 'other'; value: string }
  | { kind: 'operator'; value: string; end: number }
  | { kind: 'open-array' }
  | { kind: 'close-array' };

function* tokens(text: string): Generator<Token> {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (WHITESPACE.has(c)) {
      i += 1;
    } else if (c === 0x25) {
      // comment
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i += 1;
    } else if (c === 0x3c && text[i + 1] === '<') {
      yield { kind: 'other', value: '<<' };
      i += 2;
    } else if (c === 0x3e && text[i + 1] === '>') {
      yield { kind: 'other', value: '>>' };
      i += 2;
    } else if (c === 0x3c) {
      const end = text.indexOf('>', i);
      if (end === -1) return;
      yield { kind: 'hex', start: i, end: end + 1, value: text.slice(i + 1, end).replace(/\s+/g, '') };
      i = end + 1;
    } else if (c === 0x28) {
      // literal string with nesting and escapes
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        const ch = text[j];
        if (ch === '\\') j += 1;
        else if (ch === '(') depth += 1;
        else if (ch === ')' && --depth === 0) break;
      }
      yield { kind: 'other', value: text.slice(i, j + 1) };
      i = j + 1;
    } else if (c === 0x5b) {
      yield { kind: 'open-array' };
      i += 1;
    } else if (c === 0x5d) {
      yield { kind: 'close-array' };
      i += 1;
    } else if (c === 0x2f) {
      let j = i + 1;
      while (j < n && !WHITESPACE.has(text.charCodeAt(j)) && !DELIMITERS.has(text.charCodeAt(j))) j += 1;
      yield { kind: 'name', value: text.slice(i + 1, j) };
      i = j;
    } else {
      let j = i;
      while (j < n && !WHITESPACE.has(text.charCodeAt(j)) && !DELIMITERS.has(text.charCodeAt(j))) j += 1;
      if (j === i) j += 1;
      const word = text.slice(i, j);
      const isOperand = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) || word === 'true' || word === 'false' || word === 'null';
      if (word === 'BI') {
        // inline image: skip its data up to EI
        const end = text.indexOf('EI', j);
        i = end === -1 ? n : end + 2;
        continue;
      }
      yield isOperand ? { kind: 'other', value: word } : { kind: 'operator', value: word, end: j };
      i = j;
    }
  }
}

function glyphsOf(hex: string): number[] {
  const glyphs: number[] = [];
  for (let k = 0; k + 4 <= hex.length; k += 4) glyphs.push(Number.parseInt(hex.slice(k, k + 4), 16));
  return glyphs;
}

/** Every glyph string shown with a `Tj` or `TJ`, with the font in force. */
export function shownGlyphs(stream: string): ShownGlyphs[] {
  const found: ShownGlyphs[] = [];
  let font = '';
  let operands: Token[] = [];
  let arrayDepth = 0;
  for (const token of tokens(stream)) {
    if (token.kind === 'open-array') arrayDepth += 1;
    if (token.kind === 'close-array') arrayDepth -= 1;
    if (token.kind !== 'operator' || arrayDepth > 0) {
      operands.push(token);
      continue;
    }
    if (token.value === 'Tf') {
      const name = operands.find((t) => t.kind === 'name');
      if (name && name.kind === 'name') font = name.value;
    } else if (token.value === 'Tj') {
      const operand = operands.at(-1);
      if (operand?.kind === 'hex') {
        found.push({ font, start: operand.start, end: token.end, glyphs: glyphsOf(operand.value), operator: 'Tj' });
      }
    } else if (token.value === 'TJ') {
      for (const operand of operands) {
        if (operand.kind === 'hex') {
          found.push({ font, start: operand.start, end: operand.end, glyphs: glyphsOf(operand.value), operator: 'TJ' });
        }
      }
    }
    operands = [];
  }
  return found;
}

/** Glyph id → text, from a font's ToUnicode CMap. */
export function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hexText = (hex: string) => {
    let out = '';
    for (let k = 0; k + 4 <= hex.length; k += 4) out += String.fromCharCode(Number.parseInt(hex.slice(k, k + 4), 16));
    return out;
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(Number.parseInt(pair[1]!, 16), hexText(pair[2]!));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<([0-9a-fA-F]+)>|\[([^\]]*)\])/g)) {
      const low = Number.parseInt(range[1]!, 16);
      const high = Number.parseInt(range[2]!, 16);
      if (range[4] !== undefined) {
        const base = Number.parseInt(range[4], 16);
        for (let g = low; g <= high; g++) map.set(g, String.fromCharCode(base + g - low));
      } else {
        const items = [...range[5]!.matchAll(/<([0-9a-fA-F]+)>/g)].map((m) => hexText(m[1]!));
        items.forEach((value, k) => map.set(low + k, value));
      }
    }
  }
  return map;
}

/** Glyph id → advance width (1/1000 em) from a CIDFont's /W array, as text. */
export function parseWidths(w: string, defaultWidth: number): (glyph: number) => number {
  const widths = new Map<number, number>();
  const items = [...w.matchAll(/\[([^\]]*)\]|[-+]?\d*\.?\d+/g)];
  for (let k = 0; k < items.length; ) {
    const first = Number(items[k]![0]);
    const next = items[k + 1];
    if (next?.[1] !== undefined) {
      next[1].trim().split(/\s+/).filter(Boolean).forEach((value, offset) => widths.set(first + offset, Number(value)));
      k += 2;
    } else {
      const last = Number(items[k + 1]?.[0]);
      const width = Number(items[k + 2]?.[0]);
      for (let g = first; g <= last; g++) widths.set(g, width);
      k += 3;
    }
  }
  return (glyph) => widths.get(glyph) ?? defaultWidth;
}

function hex4(glyph: number): string {
  return glyph.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * The text that replaces a shown string when some of its glyphs change and some are left out:
 * a `TJ` array in which a left-out glyph becomes a gap of its width, so everything after it stays
 * where it was.
 */
export function replacementFor(shown: ShownGlyphs, slots: Array<{ glyph: number } | { gap: number }>): string {
  const parts: string[] = [];
  let run: number[] = [];
  let gap = 0;
  const flush = () => {
    if (run.length) parts.push(`<${run.map(hex4).join('')}>`);
    run = [];
  };
  for (const slot of slots) {
    if ('gap' in slot) {
      flush();
      gap += slot.gap;
      continue;
    }
    if (gap) parts.push(String(-gap));
    gap = 0;
    run.push(slot.glyph);
  }
  flush();
  if (gap) parts.push(String(-gap));
  const body = parts.join(' ');
  return shown.operator === 'Tj' ? `[${body}] TJ` : body;
}
