import type { Lang } from '../i18n/lang.js';
import type { DataChanges, DiffResult } from './diff-model.js';
import {
  chapterName,
  diffLabels,
  fieldLine,
  formatAmount,
  sectionName,
  statusText,
  summaryLine,
  versionLabel,
} from './diff-labels.js';
import type { Hunk, PartOp } from './word-diff.js';

export interface TextStyle {
  color: boolean;
}

const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', red: '\u001b[31m', green: '\u001b[32m', cyan: '\u001b[36m', dim: '\u001b[2m' };

function paint(style: TextStyle, code: keyof typeof ANSI, text: string): string {
  return style.color && text !== '' ? `${ANSI[code]}${text}${ANSI.reset}` : text;
}

/** A hunk on one line: `[-old-]{+new+}` without colour (as git --word-diff=plain), red/green with it. */
export function hunkLine(hunk: Hunk, style: TextStyle): string {
  let out = hunk.moreBefore ? '… ' : '';
  let previous: PartOp | undefined;
  for (const part of hunk.parts) {
    let lead = part.text.startsWith(' ') ? ' ' : '';
    const body = part.text.trimStart();
    if (part.op === 'insert' && previous === 'delete') lead = '';
    if (part.op === 'equal') out += lead + body;
    else if (part.op === 'delete') out += lead + (style.color ? paint(style, 'red', body) : `[-${body}-]`);
    else out += lead + (style.color ? paint(style, 'green', body) : `{+${body}+}`);
    previous = part.op;
  }
  return hunk.moreAfter ? `${out} …` : out;
}

function dataLines(data: DataChanges, lang: Lang, style: TextStyle): string[] {
  const labels = diffLabels(lang);
  const lines: string[] = [];
  const { measures, indicators, glossary } = data;
  const amountsChanged = measures.totals.some((t) => t.from !== t.to);
  if (measures.added.length + measures.removed.length + measures.changed.length > 0 || amountsChanged) {
    lines.push('', paint(style, 'bold', labels.measures));
    for (const m of measures.added) {
      lines.push(paint(style, 'green', `  + ${m.id} ${m.title} (${m.fonds}, ${m.handlungsfeld}): ${formatAmount(m.total, lang)} – ${labels.status.added}`));
    }
    for (const m of measures.removed) {
      lines.push(paint(style, 'red', `  − ${m.id} ${m.title} (${m.fonds}, ${m.handlungsfeld}): ${formatAmount(m.total, lang)} – ${labels.status.removed}`));
    }
    for (const m of measures.changed) {
      lines.push(`  ${m.id} ${m.title} – ${labels.status.changed}`);
      for (const field of m.fields) lines.push(`    ${fieldLine(field, lang)}`);
      for (const amount of m.amounts) {
        lines.push(`    ${amount.year}: ${formatAmount(amount.from, lang)} → ${formatAmount(amount.to, lang)}`);
      }
    }
    if (amountsChanged) {
      lines.push(`  ${labels.totals} (${labels.before} → ${labels.after})`);
      for (const t of measures.totals.filter((t) => t.from !== t.to)) {
        lines.push(`    ${t.fonds} ${t.year}: ${formatAmount(t.from, lang)} → ${formatAmount(t.to, lang)}`);
      }
      for (const t of measures.yearTotals.filter((t) => t.from !== t.to)) {
        lines.push(`    ${labels.total} ${t.year}: ${formatAmount(t.from, lang)} → ${formatAmount(t.to, lang)}`);
      }
    }
  }
  if (indicators.added.length + indicators.removed.length + indicators.changed.length > 0) {
    lines.push('', paint(style, 'bold', labels.indicators));
    for (const i of indicators.added) lines.push(paint(style, 'green', `  + ${i.id} ${i.title} – ${labels.status.added}`));
    for (const i of indicators.removed) lines.push(paint(style, 'red', `  − ${i.id} ${i.title} – ${labels.status.removed}`));
    for (const i of indicators.changed) {
      lines.push(`  ${i.id} ${i.title} – ${labels.status.changed}`);
      for (const field of i.fields) lines.push(`    ${fieldLine(field, lang)}`);
      for (const v of i.values) lines.push(`    ${v.year}: ${v.from ?? labels.none} → ${v.to ?? labels.none}`);
    }
  }
  if (glossary.added.length + glossary.removed.length + glossary.changed.length > 0) {
    lines.push('', paint(style, 'bold', labels.glossary));
    for (const g of glossary.added) lines.push(paint(style, 'green', `  + ${g.abbr}: ${g.expansion}`));
    for (const g of glossary.removed) lines.push(paint(style, 'red', `  − ${g.abbr}: ${g.expansion}`));
    for (const g of glossary.changed) lines.push(`  ${g.abbr}: ${g.from} → ${g.to}`);
  }
  return lines;
}

/** The report for a terminal: what changed, chapter by chapter, with the words in context. */
export function formatDiffText(result: DiffResult, style: TextStyle): string {
  const { lang } = result;
  const labels = diffLabels(lang);
  const lines: string[] = [
    paint(style, 'bold', `ihek diff: ${versionLabel(result.from, lang)} → ${versionLabel(result.to, lang)}`),
  ];
  if (result.manifest.length > 0) {
    lines.push('', paint(style, 'bold', labels.manifest));
    for (const change of result.manifest) lines.push(`  ${fieldLine(change, lang)}`);
  }
  for (const chapter of result.chapters) {
    const color = chapter.status === 'added' ? 'green' : chapter.status === 'removed' ? 'red' : 'cyan';
    lines.push('', `${paint(style, 'bold', chapterName(chapter, lang))} – ${paint(style, color, statusText(chapter, lang))}`);
    if (chapter.file.from && chapter.file.to && chapter.file.from !== chapter.file.to) {
      lines.push(`  ${labels.renamed}: ${chapter.file.from} → ${chapter.file.to}`);
    }
    for (const field of chapter.fields) lines.push(`  ${fieldLine(field, lang)}`);
    for (const section of chapter.sections) {
      lines.push(`  ${paint(style, 'bold', sectionName(section, lang))} – ${statusText(section, lang)}`);
      for (const hunk of section.hunks) lines.push(`    ${hunkLine(hunk, style)}`);
    }
  }
  lines.push(...dataLines(result.data, lang, style));
  lines.push('', summaryLine(result, lang));
  for (const warning of result.warnings) lines.push(`${labels.warning}: ${warning[lang]}`);
  return `${lines.join('\n')}\n`;
}

/** `--stat`: one line per changed chapter (and per changed data file), then the summary. */
export function formatDiffStat(result: DiffResult, style: TextStyle): string {
  const { lang } = result;
  const labels = diffLabels(lang);
  const rows: Array<{ name: string; text: string; inserted: number; deleted: number }> = result.chapters.map((chapter) => ({
    name: chapterName(chapter, lang),
    text: statusText(chapter, lang),
    inserted: chapter.words.inserted,
    deleted: chapter.words.deleted,
  }));
  if (result.manifest.length > 0) {
    rows.push({ name: 'ihek.yaml', text: result.manifest.map((c) => c.key).join(', '), inserted: 0, deleted: 0 });
  }
  const { measures } = result.data;
  const measureCount = measures.added.length + measures.removed.length + measures.changed.length;
  if (measureCount > 0) {
    const parts = [
      [measures.added.length, labels.status.added],
      [measures.removed.length, labels.status.removed],
      [measures.changed.length, labels.status.changed],
    ]
      .filter(([n]) => Number(n) > 0)
      .map(([n, word]) => `${n} ${word}`);
    rows.push({ name: labels.measures, text: parts.join(', '), inserted: 0, deleted: 0 });
  }
  const width = Math.max(0, ...rows.map((row) => [...row.name].length));
  const most = Math.max(1, ...rows.map((row) => row.inserted + row.deleted));
  const lines = rows.map((row) => {
    const total = row.inserted + row.deleted;
    const bar = Math.min(30, Math.max(total > 0 ? 1 : 0, Math.round((total / most) * 30)));
    const plus = total > 0 ? Math.round((row.inserted / total) * bar) : 0;
    const counts = total > 0 ? ` ${labels.words(row.inserted, row.deleted)} ` : ' ';
    const graph = paint(style, 'green', '+'.repeat(plus)) + paint(style, 'red', '-'.repeat(bar - plus));
    return ` ${row.name}${' '.repeat(width - [...row.name].length)} | ${row.text}${counts}${graph}`.trimEnd();
  });
  lines.push(` ${summaryLine(result, lang)}`);
  return `${lines.join('\n')}\n`;
}
