import type { Lang, Localized } from '../i18n/lang.js';
import { msg, msgIn } from '../i18n/message.js';
import { IMAGE_LIMIT, megabytes } from '../project/read-project-file.js';
import type { ImportNote } from './import-notes.js';

export interface ReportChapter {
  heading: string;
  file: string;
  type: string;
  handlungsfeld?: string;
  recognised: boolean;
}

export interface ReportFacts {
  source: string;
  profile: string;
  title?: string;
  subtitle?: string;
  chapters: ReportChapter[];
  measures: number;
  images: number;
  footnotes: number;
  notes: ImportNote[];
}

/** What each kind of place means for the author, and what to do about it. */
const KINDS: Record<ImportNote['kind'], Localized> = {
  'merged-cells': msg('import.report.kind.mergedCells'),
  comment: msg('import.report.kind.comment'),
  insertion: msg('import.report.kind.insertion'),
  deletion: msg('import.report.kind.deletion'),
  'text-box': msg('import.report.kind.textBox'),
  field: msg('import.report.kind.field'),
  'toc-field': msg('import.report.kind.tocField'),
  'unsupported-image': msg('import.report.kind.unsupportedImage'),
  'image-too-large': msg('import.report.kind.imageTooLarge', { megabytes: megabytes(IMAGE_LIMIT.bytes) }),
  'missing-alt': msg('import.report.kind.missingAlt'),
  'internal-link': msg('import.report.kind.internalLink'),
  caption: msg('import.report.kind.caption'),
  measures: msg('import.report.kind.measures'),
  'measures-kept-as-table': msg('import.report.kind.measuresKeptAsTable'),
  preamble: msg('import.report.kind.preamble'),
  'benn-block': msg('import.report.kind.bennBlock'),
  'heading-number': msg('import.report.kind.headingNumber'),
};

/** Kinds that tell what was recognised; the others are places to look at. */
const RECOGNISED = new Set<ImportNote['kind']>(['caption', 'measures', 'heading-number', 'toc-field']);

/** The import report as Markdown: recognised first, then every place that was not carried over exactly. */
export function importReport(facts: ReportFacts, lang: Lang): string {
  const lines: string[] = [
    msgIn(lang, 'import.report.title'),
    '',
    msgIn(lang, 'import.report.intro', { source: facts.source }),
    '',
    msgIn(lang, 'import.report.recognised'),
    '',
    `- ${msgIn(lang, 'import.report.profile')}: ${facts.profile}`,
    ...(facts.title ? [`- ${msgIn(lang, 'import.report.documentTitle')}: ${facts.title}`] : []),
    ...(facts.subtitle ? [`- ${msgIn(lang, 'import.report.subtitle')}: ${facts.subtitle}`] : []),
    `- ${msgIn(lang, 'import.report.counts', { measures: facts.measures, images: facts.images, footnotes: facts.footnotes })}`,
    '',
    msgIn(lang, 'import.report.tableHead'),
    '| --- | --- | --- |',
    ...facts.chapters.map(
      (c) => `| ${cellText(c.heading)} | ${c.file} | ${c.type}${c.handlungsfeld ? ` (${c.handlungsfeld})` : ''}${c.recognised ? '' : msgIn(lang, 'import.report.notRecognised')} |`,
    ),
  ];
  const recognised = facts.notes.filter((n) => RECOGNISED.has(n.kind));
  const places = facts.notes.filter((n) => !RECOGNISED.has(n.kind));
  if (recognised.length) lines.push('', ...recognised.map((n) => noteLine(n, lang)));
  lines.push('', msgIn(lang, 'import.report.notExact'), '');
  lines.push(...(places.length ? places.map((n) => noteLine(n, lang)) : [msgIn(lang, 'import.report.nothing')]));
  return `${lines.join('\n')}\n`;
}

function noteLine(note: ImportNote, lang: Lang): string {
  const where = [note.chapter, note.section].filter(Boolean).join(' › ');
  return `- ${KINDS[note.kind][lang]}${where ? ` – ${where}` : ''}${note.detail ? `: ${note.detail}` : ''}`;
}

const cellText = (text: string) => text.replace(/\|/g, '\\|');
