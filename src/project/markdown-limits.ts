import { inputError } from '../errors.js';

/**
 * Limits on the shape of a chapter's Markdown that protect the machine. The Markdown and HTML tree
 * code walks nested nodes recursively (a few thousand levels exhaust the stack) and the inline parser
 * is quadratic in the emphasis and bracket markers of one paragraph (minutes for ten thousand). A real
 * IHEK chapter stays far below every limit: lists three levels deep, a handful of bold words per paragraph.
 */
export const MARKDOWN_LIMITS = {
  /** Block quotes and list levels, counted by their markers and by indentation (two columns a level). */
  nesting: 100,
  /** Open HTML elements inside each other (raw HTML in the chapter). */
  htmlNesting: 100,
  /** Runs of `*`, `_` or `~` in one paragraph. */
  emphasisMarkers: 2000,
  /** Opening brackets `[` in one paragraph. */
  brackets: 2000,
} as const;

/** Elements that take no end tag, or whose end tag the HTML parser adds itself: they never nest deeply. */
const SELF_CLOSING = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd tr td th thead tbody tfoot option optgroup rb rt rp colgroup caption html head body'.split(
    ' ',
  ),
);

const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}

/** Container depth a line opens: its leading indentation (two columns a level) plus `>` and list markers. */
function containerDepth(text: string, start: number, end: number): number {
  let i = start;
  let columns = 0;
  let markers = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB) {
      // Indentation before the first marker nests lists; the spaces after a marker only separate.
      if (markers === 0) columns += c === TAB ? 4 - (columns % 4) : 1;
      i += 1;
    } else if (c === 0x3e /* > */) {
      markers += 1;
      i += 1;
    } else if ((c === 0x2d || c === 0x2a || c === 0x2b) /* - * + */ && isMarkerEnd(text, i + 1, end)) {
      markers += 1;
      i += 1;
    } else if (c >= 0x30 && c <= 0x39) {
      let j = i;
      while (j < end && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j += 1;
      const d = text.charCodeAt(j);
      if ((d === 0x2e || d === 0x29) /* . ) */ && isMarkerEnd(text, j + 1, end)) {
        markers += 1;
        i = j + 1;
      } else break;
    } else break;
  }
  return markers + Math.floor(columns / 2);
}

function isMarkerEnd(text: string, i: number, end: number): boolean {
  if (i >= end) return true;
  const c = text.charCodeAt(i);
  return c === SPACE || c === TAB;
}

interface Exceeded {
  line: number;
  column: number;
  what: 'nesting' | 'htmlNesting' | 'emphasisMarkers' | 'brackets';
}

/** The characters a limit counts, and the end of the line (so a search never runs past it). */
const COUNTED = /[\n*_~[<]/g;

/**
 * Finds the first place where `text` exceeds a limit; one pass over the text, in which the regular
 * expression engine skips the characters no limit counts (most of them).
 */
export function findLimitExceeded(text: string): Exceeded | undefined {
  let line = 1;
  let lineStart = 0;
  let htmlDepth = 0;
  let emphasis = 0;
  let brackets = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (isBlank(text, lineStart, lineEnd)) {
      emphasis = 0;
      brackets = 0;
    } else if (containerDepth(text, lineStart, lineEnd) > MARKDOWN_LIMITS.nesting) {
      return { line, column: 1, what: 'nesting' };
    } else {
      COUNTED.lastIndex = lineStart;
      for (let match = COUNTED.exec(text); match !== null && match.index < lineEnd; match = COUNTED.exec(text)) {
        const i = match.index;
        const c = text.charCodeAt(i);
        if (c === 0x2a || c === 0x5f || c === 0x7e /* * _ ~ */) {
          // A run of the same marker counts once.
          const previous = i > lineStart ? text.charCodeAt(i - 1) : NEWLINE;
          if (c !== previous && ++emphasis > MARKDOWN_LIMITS.emphasisMarkers) {
            return { line, column: i - lineStart + 1, what: 'emphasisMarkers' };
          }
        } else if (c === 0x5b /* [ */) {
          if (++brackets > MARKDOWN_LIMITS.brackets) return { line, column: i - lineStart + 1, what: 'brackets' };
        } else {
          const tag = htmlTag(text, i + 1, lineEnd);
          if (tag === 'open' && ++htmlDepth > MARKDOWN_LIMITS.htmlNesting) {
            return { line, column: i - lineStart + 1, what: 'htmlNesting' };
          }
          if (tag === 'close' && htmlDepth > 0) htmlDepth -= 1;
        }
      }
    }
    line += 1;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** Whether `<` at i-1 starts an element that stays open (`open`), an end tag (`close`) or neither. */
function htmlTag(text: string, i: number, end: number): 'open' | 'close' | undefined {
  const closing = text.charCodeAt(i) === 0x2f; /* / */
  let j = closing ? i + 1 : i;
  const nameStart = j;
  while (j < end && /[A-Za-z0-9-]/.test(text[j]!)) j += 1;
  if (j === nameStart || !/[A-Za-z]/.test(text[nameStart]!)) return undefined;
  const name = text.slice(nameStart, j).toLowerCase();
  if (SELF_CLOSING.has(name)) return undefined;
  if (closing) return 'close';
  const gt = text.indexOf('>', j);
  if (gt !== -1 && gt <= end && text.charCodeAt(gt - 1) === 0x2f) return undefined;
  return 'open';
}

const describe = {
  nesting: {
    de: `mehr als ${MARKDOWN_LIMITS.nesting} Ebenen verschachtelter Listen oder Zitate`,
    en: `more than ${MARKDOWN_LIMITS.nesting} levels of nested lists or quotes`,
  },
  htmlNesting: {
    de: `mehr als ${MARKDOWN_LIMITS.htmlNesting} ineinander verschachtelte HTML-Elemente`,
    en: `more than ${MARKDOWN_LIMITS.htmlNesting} HTML elements nested inside each other`,
  },
  emphasisMarkers: {
    de: `mehr als ${MARKDOWN_LIMITS.emphasisMarkers.toLocaleString('de-DE')} Hervorhebungszeichen (*, _, ~) in einem Absatz`,
    en: `more than ${MARKDOWN_LIMITS.emphasisMarkers.toLocaleString('en-GB')} emphasis markers (*, _, ~) in one paragraph`,
  },
  brackets: {
    de: `mehr als ${MARKDOWN_LIMITS.brackets.toLocaleString('de-DE')} eckige Klammern in einem Absatz`,
    en: `more than ${MARKDOWN_LIMITS.brackets.toLocaleString('en-GB')} square brackets in one paragraph`,
  },
};

/**
 * Refuses Markdown beyond the limits, naming the file and line: exit 2 before any parser sees it.
 * `file` is the path shown to the user.
 */
export function assertMarkdownLimits(text: string, file: string): void {
  const found = findLimitExceeded(text);
  if (!found) return;
  const what = describe[found.what];
  throw inputError(
    {
      de: `${file}:${found.line}: ${what.de}; diese Grenze schützt den Rechner – bitte den Text vereinfachen`,
      en: `${file}:${found.line}: ${what.en}; this limit protects the machine – please simplify the text`,
    },
    { file, line: found.line, column: found.column },
  );
}
