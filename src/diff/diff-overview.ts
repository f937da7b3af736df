import type { Element, ElementContent } from 'hast';
import { element, text } from '../transform/hast-utils.js';
import {
  chapterName,
  diffLabels,
  fieldLine,
  formatAmount,
  formatValue,
  sectionName,
  statusText,
  summaryLine,
  versionLabel,
} from './diff-labels.js';
import type { ChapterChange, DiffResult, SectionChange } from './diff-model.js';
import { anchorOf, type PlacedAnchors } from './diff-anchors.js';
import type { Hunk } from './word-diff.js';

/** Longest piece of a hunk shown in the overview; the document shows it whole. */
const PREVIEW_CHARS = 90;

function shorten(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length <= PREVIEW_CHARS) return trimmed;
  const cut = trimmed.slice(0, PREVIEW_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), PREVIEW_CHARS / 2))} …`;
}

function preview(hunk: Hunk): ElementContent[] {
  const out: ElementContent[] = [];
  if (hunk.moreBefore) out.push(text('… '));
  let previous: string | undefined;
  for (const part of hunk.parts) {
    // A replacement stands as "old new", apart, as in the document: "6.0007.000" would read as one number.
    const replaces = part.op === 'insert' && previous === 'delete';
    if (part.text.startsWith(' ') || replaces) out.push(text(' '));
    const body = text(shorten(part.text));
    if (part.op === 'equal') out.push(body);
    else out.push(element(part.op === 'insert' ? 'ins' : 'del', {}, [body]));
    previous = part.op;
  }
  if (hunk.moreAfter) out.push(text(' …'));
  return out;
}

const link = (href: string, content: string): Element => element('a', { href: `#${href}` }, [text(content)]);

function sectionItems(section: SectionChange, anchors: PlacedAnchors, lang: 'de' | 'en'): Element[] {
  const name = sectionName(section, lang);
  const status = statusText(section, lang);
  if (section.status === 'removed') return [element('li', {}, [link(anchorOf.removed(section.id), name), text(` – ${status}`)])];
  const placed = anchors.get(section.id) ?? [];
  if (section.hunks.length === 0) return [element('li', {}, [link(section.id, name), text(` – ${status}`)])];
  return section.hunks.map((hunk, index) =>
    element('li', {}, [
      link(placed[index] ?? section.id, name),
      text(` – ${status}`),
      element('span', { className: ['diff-hunk'] }, preview(hunk)),
    ]),
  );
}

function chapterItem(chapter: ChapterChange, anchors: PlacedAnchors, lang: 'de' | 'en'): Element {
  const labels = diffLabels(lang);
  const target = chapter.status === 'removed' ? anchorOf.removed(chapter.id) : chapter.id;
  const details: Element[] = [];
  if (chapter.file.from && chapter.file.to && chapter.file.from !== chapter.file.to) {
    details.push(element('li', {}, [text(`${labels.renamed}: ${chapter.file.from} → ${chapter.file.to}`)]));
  }
  for (const field of chapter.fields) details.push(element('li', {}, [text(fieldLine(field, lang))]));
  for (const section of chapter.sections) details.push(...sectionItems(section, anchors, lang));
  return element('li', {}, [
    link(target, chapterName(chapter, lang)),
    text(` – ${statusText(chapter, lang)}`),
    ...(details.length > 0 ? [element('ul', {}, details)] : []),
  ]);
}

function table(header: string[], rows: string[][]): Element {
  return element('table', {}, [
    element('thead', {}, [element('tr', {}, header.map((cell) => element('th', { scope: 'col' }, [text(cell)])))]),
    element('tbody', {}, rows.map((row) => element('tr', {}, row.map((cell) => element('td', {}, [text(cell)]))))),
  ]);
}

/**
 * The "Änderungsübersicht" at the front of the marked document; it ends with a link on to the
 * document's contents when the page has them.
 */
export function buildOverview(result: DiffResult, anchors: PlacedAnchors, linkToContents = false): Element {
  const { lang } = result;
  const labels = diffLabels(lang);
  const children: ElementContent[] = [
    element('h1', { id: 'aenderungsuebersicht-titel', className: ['front-heading'] }, [text(labels.overview)]),
    element('p', {}, [
      text(`${labels.comparison}: `),
      element('strong', {}, [text(versionLabel(result.from, lang))]),
      text(' → '),
      element('strong', {}, [text(versionLabel(result.to, lang))]),
    ]),
    element('p', {}, [text(summaryLine(result, lang))]),
    element('p', { className: ['diff-legend'] }, [
      element('ins', {}, [text(labels.inserted)]),
      text(', '),
      element('del', {}, [text(labels.deleted)]),
      text(`: ${labels.legend}`),
    ]),
  ];
  for (const warning of result.warnings) children.push(element('p', { className: ['diff-note'] }, [text(warning[lang])]));
  if (result.manifest.length > 0) {
    children.push(
      element('h2', {}, [text(labels.manifest)]),
      table(
        [labels.key, labels.before, labels.after],
        result.manifest.map((c) => [c.key, formatValue(c.from, lang), formatValue(c.to, lang)]),
      ),
    );
  }
  if (result.chapters.length > 0) {
    children.push(
      element('h2', {}, [text(labels.chapters)]),
      element('ul', { className: ['diff-list'] }, result.chapters.map((chapter) => chapterItem(chapter, anchors, lang))),
    );
  }
  const { measures, indicators, glossary } = result.data;
  const measureRows = [
    ...measures.added.map((m) => [`${m.id} ${m.title}`, labels.status.added, `${m.fonds}, ${m.handlungsfeld}: ${formatAmount(m.total, lang)}`]),
    ...measures.removed.map((m) => [`${m.id} ${m.title}`, labels.status.removed, `${m.fonds}, ${m.handlungsfeld}: ${formatAmount(m.total, lang)}`]),
    ...measures.changed.map((m) => [
      `${m.id} ${m.title}`,
      labels.status.changed,
      [
        ...m.fields.map((f) => fieldLine(f, lang)),
        ...m.amounts.map((a) => `${a.year}: ${formatAmount(a.from, lang)} → ${formatAmount(a.to, lang)}`),
      ].join('; '),
    ]),
  ];
  if (measureRows.length > 0) {
    children.push(element('h2', {}, [text(labels.measures)]), table([labels.measure, labels.change, `${labels.before} → ${labels.after}`], measureRows));
  }
  const totals = measures.totals.filter((t) => t.from !== t.to);
  if (totals.length > 0) {
    children.push(
      element('h3', {}, [text(labels.totals)]),
      table(
        [labels.fonds, labels.year, labels.before, labels.after],
        [
          ...totals.map((t) => [t.fonds, t.year, formatAmount(t.from, lang), formatAmount(t.to, lang)]),
          ...measures.yearTotals.filter((t) => t.from !== t.to).map((t) => [labels.total, t.year, formatAmount(t.from, lang), formatAmount(t.to, lang)]),
        ],
      ),
    );
  }
  const indicatorRows = [
    ...indicators.added.map((i) => [`${i.id} ${i.title}`, labels.status.added, '']),
    ...indicators.removed.map((i) => [`${i.id} ${i.title}`, labels.status.removed, '']),
    ...indicators.changed.map((i) => [
      `${i.id} ${i.title}`,
      labels.status.changed,
      [...i.fields.map((f) => fieldLine(f, lang)), ...i.values.map((v) => `${v.year}: ${formatValue(v.from, lang)} → ${formatValue(v.to, lang)}`)].join('; '),
    ]),
  ];
  if (indicatorRows.length > 0) {
    children.push(element('h2', {}, [text(labels.indicators)]), table([labels.indicator, labels.change, `${labels.before} → ${labels.after}`], indicatorRows));
  }
  const glossaryRows = [
    ...glossary.added.map((g) => [g.abbr, labels.none, g.expansion]),
    ...glossary.removed.map((g) => [g.abbr, g.expansion, labels.none]),
    ...glossary.changed.map((g) => [g.abbr, g.from, g.to]),
  ];
  if (glossaryRows.length > 0) {
    children.push(element('h2', {}, [text(labels.glossary)]), table([labels.abbreviation, labels.before, labels.after], glossaryRows));
  }
  if (linkToContents) children.push(element('p', { className: ['diff-next'] }, [link('inhaltsverzeichnis', labels.toContents)]));
  return element('section', { className: ['diff-overview'], id: 'aenderungsuebersicht', lang, ariaLabelledBy: ['aenderungsuebersicht-titel'] }, children);
}
