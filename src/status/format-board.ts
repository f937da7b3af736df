import type { Lang } from '../i18n/lang.js';
import { msgIn } from '../i18n/message.js';
import type { BoardRow, StatusBoard } from './status-board.js';

export type BoardFormat = 'text' | 'json' | 'markdown';

/** The board in one of its formats, in `lang`. */
export function formatBoard(board: StatusBoard, format: BoardFormat, lang: Lang): string {
  if (format === 'json') return formatJson(board);
  return format === 'markdown' ? formatMarkdown(board, lang) : formatText(board, lang);
}

/** The JSON shape README.md documents: one object, the same keys in every run. */
export function formatJson(board: StatusBoard): string {
  const { manifest } = board.project;
  return `${JSON.stringify(
    {
      project: { title: manifest.title, area: manifest.area, profile: manifest.profile, lang: manifest.lang },
      git: board.git,
      rows: board.rows.map((row) => ({
        kind: row.kind,
        file: row.file,
        id: row.id ?? null,
        number: row.number ?? null,
        title: row.title ?? null,
        type: row.type ?? null,
        status: row.status ?? null,
        words: row.words ?? null,
        errors: row.errors,
        warnings: row.warnings,
        guidance: row.guidance,
        lastCommit: row.history?.last ?? null,
        uncommitted: row.history ? row.history.uncommitted : null,
      })),
      total: board.total,
    },
    null,
    2,
  )}\n`;
}

const COLUMNS = ['number', 'chapter', 'status', 'words', 'errors', 'warnings', 'guidance', 'lastChange'] as const;
/** Columns of counts, set flush right. */
const NUMERIC = new Set<(typeof COLUMNS)[number]>(['words', 'errors', 'warnings', 'guidance']);
/** Longest title a terminal line shows; JSON and Markdown keep the whole title. */
const TITLE_WIDTH = 44;

function headers(lang: Lang): string[] {
  return COLUMNS.map((column) => msgIn(lang, `status.column.${column}`));
}

/**
 * Control characters shown as "�": an author name or a title could otherwise move the cursor,
 * recolour the terminal or turn the rest of a line around (bidi overrides). JSON escapes the
 * control characters itself.
 */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}

/** The cells of a row, as text and Markdown show them. */
function cells(row: BoardRow, board: StatusBoard, lang: Lang): string[] {
  return rawCells(row, board, lang).map(printable);
}

function rawCells(row: BoardRow, board: StatusBoard, lang: Lang): string[] {
  const file = row.kind === 'file';
  return [
    row.number ?? '',
    file ? row.file : (row.title ?? ''),
    file ? '' : (row.status ?? msgIn(lang, 'status.value.missing')),
    row.words === undefined ? (file ? '' : '–') : formatCount(row.words, lang),
    String(row.errors),
    String(row.warnings),
    file ? '' : String(row.guidance),
    lastChange(row, board, lang),
  ];
}

function totalCells(board: StatusBoard, lang: Lang): string[] {
  const { total } = board;
  return ['', msgIn(lang, 'status.total'), '', formatCount(total.words, lang), String(total.errors), String(total.warnings), String(total.guidance), ''];
}

function lastChange(row: BoardRow, board: StatusBoard, lang: Lang): string {
  if (board.git === 'missing') return msgIn(lang, 'status.git.missing');
  if (board.git === 'refused') return msgIn(lang, 'status.git.refused');
  if (board.git === 'none' || !row.history) return msgIn(lang, 'status.git.none');
  const { last, uncommitted } = row.history;
  if (!last) return msgIn(lang, 'status.git.untracked');
  const date = lang === 'de' ? last.date.slice(0, 10).split('-').reverse().join('.') : last.date.slice(0, 10);
  const text = msgIn(lang, 'status.git.commit', { author: last.author, date });
  return uncommitted ? `${text} ${msgIn(lang, 'status.git.changed')}` : text;
}

function formatCount(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB');
}

function summary(board: StatusBoard, lang: Lang): string {
  const { byStatus } = board.total;
  const chapters = byStatus.entwurf + byStatus.abstimmung + byStatus.final + byStatus.missing;
  return msgIn(lang, 'status.summary', { chapters, ...byStatus });
}

function shorten(text: string): string {
  const chars = [...text];
  return chars.length > TITLE_WIDTH ? `${chars.slice(0, TITLE_WIDTH - 1).join('')}…` : text;
}

/** Aligned columns for a terminal, the total under a rule, then the status count and where the details are. */
export function formatText(board: StatusBoard, lang: Lang): string {
  const table = [headers(lang), ...board.rows.map((row) => cells(row, board, lang)), totalCells(board, lang)].map((line) =>
    line.map((cell, index) => (index === 1 ? shorten(cell) : cell)),
  );
  const widths = COLUMNS.map((_, index) => Math.max(...table.map((line) => [...line[index]!].length)));
  const pad = (line: string[]) =>
    line
      .map((cell, index) => {
        const gap = ' '.repeat(widths[index]! - [...cell].length);
        return NUMERIC.has(COLUMNS[index]!) ? gap + cell : cell + gap;
      })
      .join('  ')
      .trimEnd();
  const lines = table.map(pad);
  const rule = '─'.repeat(Math.max(...lines.map((line) => [...line].length)));
  lines.splice(1, 0, rule);
  lines.splice(lines.length - 1, 0, rule);
  return `${[...lines, '', summary(board, lang), msgIn(lang, 'status.details')].join('\n')}\n`;
}

function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`[\]<>])/g, '\\$1');
}

/** A Markdown table for a pull-request comment or the minutes of the Steuerungsrunde. */
export function formatMarkdown(board: StatusBoard, lang: Lang): string {
  const row = (line: string[]) => `| ${line.map(markdownCell).join(' | ')} |`;
  const align = COLUMNS.map((column) => (NUMERIC.has(column) ? '---:' : '---'));
  const total = totalCells(board, lang).map((cell) => (cell === '' ? '' : `**${markdownCell(cell)}**`));
  return `${[
    `**${markdownCell(printable(board.project.manifest.title))}**`,
    '',
    row(headers(lang)),
    `| ${align.join(' | ')} |`,
    ...board.rows.map((line) => row(cells(line, board, lang))),
    `| ${total.join(' | ')} |`,
    '',
    summary(board, lang),
  ].join('\n')}\n`;
}
