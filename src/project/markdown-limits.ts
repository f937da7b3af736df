import { inputError } from '../errors.js';
import type { Localized } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { UnclosedOpeners, type HtmlOpener } from './unclosed-openers.js';

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
  /** Closing brackets `]` in one paragraph. */
  closingBrackets: 2000,
  /** Runs of backticks (code spans begin and end with them) in one paragraph. */
  backtickRuns: 2000,
  /** HTML comments, processing instructions, CDATA sections and declarations (`<!`, `<?`) in one paragraph. */
  htmlSpecials: 2000,
  /**
   * Characters the inline parser reads in vain in one paragraph: after each opener that is never
   * closed (`<!--` without `-->`, a backtick run without its partner) it reads to the paragraph's end.
   */
  unclosedScan: 10_000_000,
  /** Headings underlined with `=` or `-` (setext headings) in one chapter: the parser is quadratic in them. */
  setextHeadings: 500,
  /** Rows of one table, and its cells (rows times columns). */
  tableRows: 5000,
  tableCells: 50_000,
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

export type LimitName = Exclude<keyof typeof MARKDOWN_LIMITS, 'unclosedScan'> | 'unclosed';

interface Exceeded {
  line: number;
  column: number;
  what: LimitName;
}

/** The characters a limit counts, and the end of the line (so a search never runs past it). */
const COUNTED = /[\n*_~[\]<>`]/g;
/** A line of only `=` or only `-` (up to three spaces before): under a line of text, a setext heading. */
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** The delimiter row under a table's header: cells of `-` with optional `:`, separated by `|`. */
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** What the limits count in the paragraph being read; a blank line starts a new one. */
function freshParagraph() {
  return { emphasis: 0, brackets: 0, closingBrackets: 0, backtickRuns: 0, htmlSpecials: 0, unclosed: new UnclosedOpeners() };
}

/**
 * Finds the first place where `text` exceeds a limit; one pass over the text, in which the regular
 * expression engine skips the characters no limit counts (most of them).
 */
export function findLimitExceeded(text: string): Exceeded | undefined {
  let line = 1;
  let lineStart = 0;
  let htmlDepth = 0;
  let paragraph = freshParagraph();
  let setextHeadings = 0;
  /** The table being read: its columns and rows so far (none outside a table). */
  let table: { columns: number; rows: number } | undefined;
  let previousBlank = true;
  const endParagraph = (end: number): Exceeded | undefined => {
    const { characters, place } = paragraph.unclosed.cost(end);
    paragraph = freshParagraph();
    return place && characters > MARKDOWN_LIMITS.unclosedScan ? { ...place, what: 'unclosed' } : undefined;
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const blank = isBlank(text, lineStart, lineEnd);
    if (blank) {
      const exceeded = endParagraph(lineStart);
      if (exceeded) return exceeded;
      table = undefined;
    } else if (containerDepth(text, lineStart, lineEnd) > MARKDOWN_LIMITS.nesting) {
      return { line, column: 1, what: 'nesting' };
    } else {
      const exceeded = countBlock(text, lineStart, lineEnd, previousBlank) ?? countInline(text, lineStart, lineEnd);
      if (exceeded) return exceeded;
    }
    previousBlank = blank;
    line += 1;
    lineStart = lineEnd + 1;
  }
  return endParagraph(text.length);

  /** Setext headings and table rows: each a whole line. */
  function countBlock(text: string, start: number, end: number, afterBlank: boolean): Exceeded | undefined {
    const lead = text.slice(start, Math.min(end, start + 4)).trimStart().charCodeAt(0);
    if (table) {
      table.rows += 1;
      if (table.rows > MARKDOWN_LIMITS.tableRows) return { line, column: 1, what: 'tableRows' };
      if (table.rows * table.columns > MARKDOWN_LIMITS.tableCells) return { line, column: 1, what: 'tableCells' };
      return undefined;
    }
    if (afterBlank || !(lead === 0x3d || lead === 0x2d || lead === 0x7c || lead === 0x3a) /* = - | : */) return undefined;
    const whole = text.slice(start, end);
    if (SETEXT_UNDERLINE.test(whole)) {
      if (++setextHeadings > MARKDOWN_LIMITS.setextHeadings) return { line, column: 1, what: 'setextHeadings' };
    } else if (whole.includes('|') && TABLE_DELIMITER.test(whole)) {
      table = { columns: whole.split('|').filter((cell) => cell.trim() !== '').length, rows: 0 };
    }
    return undefined;
  }

  /** The markers inside the line's text, counted for its paragraph. */
  function countInline(text: string, lineStart: number, lineEnd: number): Exceeded | undefined {
    const at = (i: number, what: LimitName): Exceeded => ({ line, column: i - lineStart + 1, what });
    COUNTED.lastIndex = lineStart;
    for (let match = COUNTED.exec(text); match !== null && match.index < lineEnd; match = COUNTED.exec(text)) {
      const i = match.index;
      const c = text.charCodeAt(i);
      const previous = i > lineStart ? text.charCodeAt(i - 1) : NEWLINE;
      if (c === 0x2a || c === 0x5f || c === 0x7e /* * _ ~ */) {
        // A run of the same marker counts once.
        if (c !== previous && ++paragraph.emphasis > MARKDOWN_LIMITS.emphasisMarkers) return at(i, 'emphasisMarkers');
      } else if (c === 0x5b /* [ */) {
        if (++paragraph.brackets > MARKDOWN_LIMITS.brackets) return at(i, 'brackets');
      } else if (c === 0x5d /* ] */) {
        if (++paragraph.closingBrackets > MARKDOWN_LIMITS.closingBrackets) return at(i, 'closingBrackets');
      } else if (c === 0x60 /* ` */) {
        if (previous === 0x60) continue;
        let end = i + 1;
        while (end < lineEnd && text.charCodeAt(end) === 0x60) end += 1;
        if (++paragraph.backtickRuns > MARKDOWN_LIMITS.backtickRuns) return at(i, 'backtickRuns');
        paragraph.unclosed.backtickRun(end - i, i, { line, column: i - lineStart + 1 });
      } else if (c === 0x3e /* > */) {
        paragraph.unclosed.htmlCloser(text, i);
      } else {
        const special = htmlSpecial(text, i + 1);
        if (special) {
          if (++paragraph.htmlSpecials > MARKDOWN_LIMITS.htmlSpecials) return at(i, 'htmlSpecials');
          paragraph.unclosed.htmlOpener(special, i, { line, column: i - lineStart + 1 });
          continue;
        }
        const tag = htmlTag(text, i + 1, lineEnd);
        if (tag === 'open' && ++htmlDepth > MARKDOWN_LIMITS.htmlNesting) return at(i, 'htmlNesting');
        if (tag === 'close' && htmlDepth > 0) htmlDepth -= 1;
      }
    }
    return undefined;
  }
}

/** Which construct `<` at i-1 begins, when it is one whose end the parser searches for: `<!--`, `<?`, `<![CDATA[`, `<!X`. */
function htmlSpecial(text: string, i: number): HtmlOpener | undefined {
  const c = text.charCodeAt(i);
  if (c === 0x3f /* ? */) return 'instruction';
  if (c !== 0x21 /* ! */) return undefined;
  if (text.startsWith('--', i + 1)) return 'comment';
  if (text.startsWith('[CDATA[', i + 1)) return 'cdata';
  return /[A-Za-z]/.test(text[i + 1] ?? '') ? 'declaration' : undefined;
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

/** Made when a limit is hit, not when the module loads: the numbers' German formatting has a cost of its own. */
const describe: Record<LimitName, () => Localized> = {
  nesting: () => msg('project.markdownLimits.nesting', { limit: MARKDOWN_LIMITS.nesting }),
  htmlNesting: () => msg('project.markdownLimits.htmlNesting', { limit: MARKDOWN_LIMITS.htmlNesting }),
  emphasisMarkers: () => msg('project.markdownLimits.emphasisMarkers', { limit: MARKDOWN_LIMITS.emphasisMarkers }),
  brackets: () => msg('project.markdownLimits.brackets', { limit: MARKDOWN_LIMITS.brackets }),
  closingBrackets: () => msg('project.markdownLimits.closingBrackets', { limit: MARKDOWN_LIMITS.closingBrackets }),
  backtickRuns: () => msg('project.markdownLimits.backtickRuns', { limit: MARKDOWN_LIMITS.backtickRuns }),
  htmlSpecials: () => msg('project.markdownLimits.htmlSpecials', { limit: MARKDOWN_LIMITS.htmlSpecials }),
  unclosed: () => msg('project.markdownLimits.unclosed'),
  setextHeadings: () => msg('project.markdownLimits.setextHeadings', { limit: MARKDOWN_LIMITS.setextHeadings }),
  tableRows: () => msg('project.markdownLimits.tableRows', { limit: MARKDOWN_LIMITS.tableRows }),
  tableCells: () => msg('project.markdownLimits.tableCells', { limit: MARKDOWN_LIMITS.tableCells }),
};

/**
 * Refuses Markdown beyond the limits, naming the file and line: exit 2 before any parser sees it.
 * `file` is the path shown to the user; `lineOffset` the lines of the file before `text`.
 */
export function assertMarkdownLimits(text: string, file: string, lineOffset = 0): void {
  const exceeded = findLimitExceeded(text);
  if (!exceeded) return;
  const found = { ...exceeded, line: exceeded.line + lineOffset };
  const what = describeLimit(found.what);
  throw inputError(msg('project.markdownLimits.at', { file, line: found.line, what }), { file, line: found.line, column: found.column });
}

/** What was exceeded, and why it matters. */
export function describeLimit(what: LimitName): Localized {
  return msg('project.markdownLimits.exceeded', { what: describe[what]() });
}
