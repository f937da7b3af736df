import type { Lang } from '../i18n/lang.js';
import type { DiffResult } from './diff-model.js';
import {
  chapterName,
  diffLabels,
  formatAmount,
  formatValue,
  sectionName,
  statusText,
  summaryLine,
  versionLabel,
} from './diff-labels.js';
import type { Hunk, PartOp } from './word-diff.js';

/** GitHub refuses comments longer than 65 536 characters; stay well below. */
export const MARKDOWN_LIMIT = 60_000;

/** Text that Markdown shows as it is: HTML and Markdown characters escaped. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~#])/g, '\\$1')
    .replace(/\s+/g, ' ');
}

function cell(text: string): string {
  return escapeMarkdown(text) || ' ';
}

/** A hunk with <del>/<ins>, which GitHub shows struck through and underlined. */
export function hunkMarkdown(hunk: Hunk): string {
  let out = hunk.moreBefore ? '… ' : '';
  let previous: PartOp | undefined;
  for (const part of hunk.parts) {
    let lead = part.text.startsWith(' ') ? ' ' : '';
    const body = escapeMarkdown(part.text.trimStart());
    if (part.op === 'insert' && previous === 'delete') lead = '';
    out += lead + (part.op === 'equal' ? body : part.op === 'delete' ? `<del>${body}</del>` : `<ins>${body}</ins>`);
    previous = part.op;
  }
  if (hunk.moreAfter) out += ' …';
  // A line that starts like a list item or a heading would be read as one.
  return out.replace(/^([-+]|\d+[.)])(\s)/, '\\$1$2');
}

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

function dataBlocks(result: DiffResult, lang: Lang): string[][] {
  const labels = diffLabels(lang);
  const { measures, indicators, glossary } = result.data;
  const blocks: string[][] = [];
  const rows: string[][] = [];
  for (const m of measures.added) {
    rows.push([cell(`${m.id} ${m.title}`), labels.status.added, cell(`${m.fonds}, ${m.handlungsfeld}: ${formatAmount(m.total, lang)}`)]);
  }
  for (const m of measures.removed) {
    rows.push([cell(`${m.id} ${m.title}`), labels.status.removed, cell(`${m.fonds}, ${m.handlungsfeld}: ${formatAmount(m.total, lang)}`)]);
  }
  for (const m of measures.changed) {
    const details = [
      ...m.fields.map((f) => `${f.key}: ${formatValue(f.from, lang)} → ${formatValue(f.to, lang)}`),
      ...m.amounts.map((a) => `${a.year}: ${formatAmount(a.from, lang)} → ${formatAmount(a.to, lang)}`),
    ];
    rows.push([cell(`${m.id} ${m.title}`), labels.status.changed, details.map(cell).join('<br>')]);
  }
  if (rows.length > 0) blocks.push([`### ${labels.measures}`, '', ...table([labels.measure, labels.change, `${labels.before} → ${labels.after}`], rows)]);
  const totals = measures.totals.filter((t) => t.from !== t.to);
  if (totals.length > 0) {
    const totalRows = [
      ...totals.map((t) => [cell(t.fonds), t.year, cell(formatAmount(t.from, lang)), cell(formatAmount(t.to, lang))]),
      ...measures.yearTotals
        .filter((t) => t.from !== t.to)
        .map((t) => [`**${labels.total}**`, t.year, cell(formatAmount(t.from, lang)), cell(formatAmount(t.to, lang))]),
    ];
    blocks.push([`#### ${labels.totals}`, '', ...table([labels.fonds, labels.year, labels.before, labels.after], totalRows)]);
  }
  const indicatorRows = [
    ...indicators.added.map((i) => [cell(`${i.id} ${i.title}`), labels.status.added, ' ']),
    ...indicators.removed.map((i) => [cell(`${i.id} ${i.title}`), labels.status.removed, ' ']),
    ...indicators.changed.map((i) => [
      cell(`${i.id} ${i.title}`),
      labels.status.changed,
      [
        ...i.fields.map((f) => `${f.key}: ${formatValue(f.from, lang)} → ${formatValue(f.to, lang)}`),
        ...i.values.map((v) => `${v.year}: ${formatValue(v.from, lang)} → ${formatValue(v.to, lang)}`),
      ]
        .map(cell)
        .join('<br>'),
    ]),
  ];
  if (indicatorRows.length > 0) blocks.push([`### ${labels.indicators}`, '', ...table([labels.indicator, labels.change, `${labels.before} → ${labels.after}`], indicatorRows)]);
  const glossaryRows = [
    ...glossary.added.map((g) => [cell(g.abbr), labels.none, cell(g.expansion)]),
    ...glossary.removed.map((g) => [cell(g.abbr), cell(g.expansion), labels.none]),
    ...glossary.changed.map((g) => [cell(g.abbr), cell(g.from), cell(g.to)]),
  ];
  if (glossaryRows.length > 0) blocks.push([`### ${labels.glossary}`, '', ...table([labels.abbreviation, labels.before, labels.after], glossaryRows)]);
  return blocks;
}

/** `--format markdown`: a pull-request comment (GitHub Flavored Markdown), below GitHub's size limit. */
export function formatDiffMarkdown(result: DiffResult, options: { stat?: boolean } = {}): string {
  const { lang } = result;
  const labels = diffLabels(lang);
  const head = [
    `## ${labels.heading}: ${escapeMarkdown(versionLabel(result.from, lang))} → ${escapeMarkdown(versionLabel(result.to, lang))}`,
    '',
    escapeMarkdown(summaryLine(result, lang)),
  ];
  for (const warning of result.warnings) head.push('', `> **${labels.warning}:** ${escapeMarkdown(warning[lang])}`);
  const blocks: string[][] = [];
  if (result.manifest.length > 0) {
    blocks.push([
      `### ${labels.manifest}`,
      '',
      ...table(
        [labels.key, labels.before, labels.after],
        result.manifest.map((c) => [`\`${c.key}\``, cell(formatValue(c.from, lang)), cell(formatValue(c.to, lang))]),
      ),
    ]);
  }
  if (options.stat) {
    if (result.chapters.length > 0) {
      blocks.push(
        table(
          [labels.chapters, labels.change, labels.wordsHeading],
          result.chapters.map((c) => [cell(chapterName(c, lang)), cell(statusText(c, lang)), cell(labels.words(c.words.inserted, c.words.deleted))]),
        ),
      );
    }
  } else {
    for (const chapter of result.chapters) {
      const block = [`### ${escapeMarkdown(chapterName(chapter, lang))} — ${escapeMarkdown(statusText(chapter, lang))}`, ''];
      if (chapter.file.from && chapter.file.to && chapter.file.from !== chapter.file.to) {
        block.push(`- ${labels.renamed}: \`${chapter.file.from}\` → \`${chapter.file.to}\``);
      }
      for (const field of chapter.fields) {
        block.push(`- ${escapeMarkdown(field.key)}: ${cell(formatValue(field.from, lang))} → ${cell(formatValue(field.to, lang))}`);
      }
      if (block.length > 2) block.push('');
      for (const section of chapter.sections) {
        block.push(`**${escapeMarkdown(sectionName(section, lang))}** — ${escapeMarkdown(statusText(section, lang))}`, '');
        for (const hunk of section.hunks) block.push(`> ${hunkMarkdown(hunk)}`, '');
      }
      blocks.push(block);
    }
  }
  blocks.push(...dataBlocks(result, lang));

  let out = `${head.join('\n')}\n`;
  for (const [index, block] of blocks.entries()) {
    const text = `\n${block.join('\n').trimEnd()}\n`;
    if (out.length + text.length > MARKDOWN_LIMIT) {
      out += `\n_${escapeMarkdown(labels.truncated)} (${blocks.length - index})_\n`;
      break;
    }
    out += text;
  }
  return out;
}
