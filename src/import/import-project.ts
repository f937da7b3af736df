import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inputError } from '../errors.js';
import { msg } from '../i18n/message.js';
import type { Lang } from '../i18n/lang.js';
import { slug } from '../markdown/slug.js';
import { BUILT_IN_PROFILES, loadProfile } from '../project/load-profile.js';
import type { Profile } from '../project/profile-types.js';
import { parseYaml } from '../project/parse-yaml.js';
import { SchemaValidators } from '../project/validate-schema.js';
import { chapterFileText, yamlScalar } from '../init/chapter-skeleton.js';
import { GITIGNORE_TEXT, INDICATORS_TEXT, MEASURES_TEXT, WORKFLOW_TEXT, defaultSubtitle, glossaryText, manifestText, packageJsonText } from '../init/project-files.js';
import { packSelf, vendoredPath } from '../init/pack-self.js';
import { convertChapter } from './convert-chapter.js';
import { importReport, type ReportChapter } from './import-report.js';
import type { ImportNote } from './import-notes.js';
import { matchProfile } from './match-profile.js';
import { readDocx } from './read-docx.js';
import { placeMarkup } from './place-markup.js';
import { scanWordMarkup } from './scan-word-markup.js';
import { splitDocument } from './split-document.js';
import { chapterMarkdown } from './write-chapter.js';
import { replaceMeasuresTables } from './replace-measures-tables.js';
import type { Measure } from './measures-table.js';

export interface ImportOptions {
  /** The Word file, relative to `cwd`. */
  file: string;
  /** The folder of the new project (must be missing or empty), relative to `cwd`. */
  dir: string;
  cwd: string;
  area?: string;
  district?: string;
  /** `2026-2028` */
  period?: string;
  profile?: string;
  /** Today, for the manifest's date and a period nobody gave (tests fix it). */
  now?: Date;
}

export interface ImportResult {
  root: string;
  files: string[];
  /** The report in German (as written to IMPORT-BERICHT.md) and in English. */
  report: Record<Lang, string>;
}

export const REPORT_FILE = 'IMPORT-BERICHT.md';

interface PlannedFile {
  path: string;
  content: string | Uint8Array;
}

function parsePeriod(text: string): { from: number; to: number } {
  const match = /^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$/.exec(text);
  const from = Number(match?.[1]);
  const to = Number(match?.[2]);
  if (!match || from < 1990 || to > 2100 || from > to) {
    throw inputError(msg('import.project.period', { text }));
  }
  return { from, to };
}

async function assertEmptyTarget(root: string, shown: string): Promise<boolean> {
  const info = await lstat(root).catch(() => undefined);
  if (!info) return false;
  if (!info.isDirectory()) {
    throw inputError(msg('import.project.targetIsFile', { dir: shown }), { file: shown });
  }
  if ((await readdir(root)).length > 0) {
    throw inputError(msg('import.project.targetNotEmpty', { dir: shown }), { file: shown });
  }
  return true;
}

/**
 * The built-in profiles a Word document is matched against, in the order that decides a tie: an
 * outline that fits two equally well stays with the older one (2019–2022), and `none` wins only
 * when no other profile recognises a chapter.
 */
const MATCHED_PROFILES = ['none', 'berlin-qm', 'berlin-qm-2022', 'benn'] as const;

/**
 * Turns a Word IHEK into a new project: one chapter per Heading 1, measures tables as data, images
 * into bilder/, and a report of what was recognised and what could not be carried over exactly.
 * The project is built in a hidden folder beside the target and renamed into place at the end, so
 * a failure leaves nothing behind.
 */
export async function importProject(options: ImportOptions): Promise<ImportResult> {
  const root = path.resolve(options.cwd, options.dir);
  const existed = await assertEmptyTarget(root, options.dir);
  if (options.profile !== undefined && !(BUILT_IN_PROFILES as readonly string[]).includes(options.profile)) {
    throw inputError(msg('import.project.profileUnknown', { known: BUILT_IN_PROFILES.join(', '), given: options.profile }));
  }
  const givenPeriod = options.period === undefined ? undefined : parsePeriod(options.period);
  // The vendored ihek is read (or, when the build's tarball does not fit, packed; gzip runs off the
  // main thread) while the Word file is converted.
  const packed = packSelf();
  packed.catch(() => undefined);
  const word = await readDocx(path.resolve(options.cwd, options.file), options.file);
  const split = splitDocument(word.html);
  if (split.chapters.length === 0) {
    throw inputError(msg('import.project.noHeading', { file: options.file }), { file: options.file });
  }
  const validators = new SchemaValidators();
  const profiles: Profile[] = [];
  for (const name of options.profile !== undefined ? [options.profile] : MATCHED_PROFILES) {
    profiles.push(await loadProfile(name, '.', 'ihek.yaml', parseYaml('{}', 'ihek.yaml'), validators));
  }
  const match = matchProfile(split.chapters, profiles);
  const notes: ImportNote[] = split.droppedPreamble.map((text) => ({ kind: 'preamble', detail: text }));

  const measures: Measure[] = [];
  const usedIds = new Set<string>();
  const counters = new Map<string, number>();
  const nextId = (hf: string) => {
    let id: string;
    do {
      const n = (counters.get(hf) ?? 0) + 1;
      counters.set(hf, n);
      id = `M-${hf}-${String(n).padStart(2, '0')}`;
    } while (usedIds.has(id));
    return id;
  };
  const helpers = new Set<string>();
  const ids = new Set<string>();
  const chapters: Array<{ file: string; text: string; appendix: boolean; report: ReportChapter }> = [];
  let number = 0;
  let letter = 0;
  const footnoteCount = [...split.notes.keys()].length;
  for (const [index, chapter] of split.chapters.entries()) {
    const chapterMatch = match.chapters[index]!;
    const tree = convertChapter(chapter.nodes, { heading: chapter.heading, notes: split.notes, comments: split.comments, unsupportedImages: word.unsupportedImages, tooLargeImages: word.tooLargeImages, report: notes });
    measures.push(...replaceMeasuresTables(tree, { chapter: chapter.heading, handlungsfeld: chapterMatch.handlungsfeld, profile: match.profile, type: chapterMatch.type, nextId, usedIds, helpers, notes }));
    let id = slug(chapter.title) || 'kapitel';
    for (let n = 2; ids.has(id); n++) id = `${slug(chapter.title) || 'kapitel'}-${n}`;
    ids.add(id);
    const file = chapter.appendix ? `anhang/${String.fromCharCode(97 + (letter++ % 26))}-${id}.md` : `kapitel/${String(++number).padStart(2, '0')}-${id}.md`;
    const text = chapterMarkdown(
      chapterFileText({ id, title: chapter.title, type: chapterMatch.type, ...(chapterMatch.handlungsfeld && { handlungsfeld: chapterMatch.handlungsfeld }) }, ''),
      tree,
    );
    chapters.push({ file, text, appendix: chapter.appendix, report: { heading: chapter.heading, file, type: chapterMatch.type, ...(chapterMatch.handlungsfeld && { handlungsfeld: chapterMatch.handlungsfeld }), recognised: chapterMatch.recognised } });
  }
  notes.push(...placeMarkup(await scanWordMarkup(word.bytes).catch(() => ({ paragraphs: [], markup: [] })), split.chapters));

  const now = options.now ?? new Date();
  const years = measures.flatMap((m) => [m.from, m.to]);
  const titleYears = /((?:19|20)\d\d)\s*[–-]\s*((?:19|20)\d\d)/.exec(split.title ?? '');
  // The title's years ("2026–2028"), widened to every year a measure has money in.
  const bounds = [...years, ...(titleYears ? [Number(titleYears[1]), Number(titleYears[2])] : [])];
  const period = givenPeriod ?? (bounds.length ? { from: Math.min(...bounds), to: Math.max(...bounds) } : { from: now.getFullYear(), to: now.getFullYear() + 2 });
  // "Quartiersmanagement Lindenkiez" or, for a BENN site, "… Standort Mühlenviertel".
  const area = options.area ?? /(?:Quartiersmanagement|Standort)\s+(.+)$/.exec(split.subtitle ?? split.title ?? '')?.[1]?.trim() ?? 'Musterkiez';
  const district = options.district ?? 'Musterbezirk';
  const benn = match.profile.requiresBenn || match.chapters.some((c) => c.type === 'benn');
  if (benn) notes.push({ kind: 'benn-block', detail: '' });
  const manifest = manifestText({
    title: split.title ?? `Integriertes Handlungs- und Entwicklungskonzept ${period.from}–${period.to}`,
    subtitle: split.subtitle ?? defaultSubtitle(area, match.profile.requiresBenn),
    area,
    district,
    from: period.from,
    to: period.to,
    date: now.toISOString().slice(0, 10),
    benn,
    bennSite: match.profile.requiresBenn,
    profile: match.profile.name,
    firstNumber: match.profile.numbering.start,
    appendixLabel: match.profile.numbering.appendix,
    chapters: chapters.filter((c) => !c.appendix).map((c) => c.file),
    appendix: chapters.filter((c) => c.appendix).map((c) => c.file),
  }).replace('(angelegt mit ihek init)', `(übernommen mit ihek import aus ${path.basename(options.file)})`);

  const facts = {
    source: path.basename(options.file),
    profile: match.profile.name,
    ...(split.title !== undefined && { title: split.title }),
    ...(split.subtitle !== undefined && { subtitle: split.subtitle }),
    chapters: chapters.map((c) => c.report),
    measures: measures.length,
    images: word.images.length,
    footnotes: footnoteCount,
    notes,
  };
  const report = { de: importReport(facts, 'de'), en: importReport(facts, 'en') };
  const files: PlannedFile[] = [
    { path: 'ihek.yaml', content: manifest },
    ...chapters.map((c) => ({ path: c.file, content: c.text })),
    ...word.images.map((image) => ({ path: `bilder/${image.name}`, content: image.bytes })),
    { path: 'daten/massnahmen.yaml', content: measures.length ? measuresYaml(measures, path.basename(options.file)) : MEASURES_TEXT },
    { path: 'daten/indikatoren.yaml', content: INDICATORS_TEXT },
    { path: 'daten/abkuerzungen.yaml', content: glossaryText(benn) },
    { path: '.gitignore', content: GITIGNORE_TEXT },
    { path: 'package.json', content: packageJsonText(area) },
    { path: vendoredPath(), content: await packed },
    { path: '.github/workflows/ihek.yml', content: WORKFLOW_TEXT.replace('angelegt mit ihek init', 'angelegt mit ihek import') },
    { path: REPORT_FILE, content: report.de },
  ];
  await writeProject(root, existed, files);
  return { root, files: files.map((f) => f.path), report };
}

/** Writes every file into a hidden folder beside the target, then renames it into place. */
async function writeProject(root: string, existed: boolean, files: PlannedFile[]): Promise<void> {
  const prefix = `.${path.basename(root)}.import-`;
  const staging = path.join(path.dirname(root), `${prefix}${randomBytes(4).toString('hex')}`);
  // What a killed import into the same folder left half-written goes now.
  const leftovers = (await readdir(path.dirname(root)).catch(() => [] as string[])).filter((name) => name.startsWith(prefix));
  await Promise.all(leftovers.map((name) => rm(path.join(path.dirname(root), name), { recursive: true, force: true })));
  try {
    for (const file of files) {
      const target = path.join(staging, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.content, { flag: 'wx' });
    }
    if (existed) await rmdir(root);
    else await mkdir(path.dirname(root), { recursive: true });
    await rename(staging, root);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** daten/massnahmen.yaml as the example project writes it: one block per measure, amounts on one line. */
function measuresYaml(measures: readonly Measure[], source: string): string {
  const blocks = measures.map((m) =>
    [
      `- id: ${yamlScalar(m.id)}`,
      `  title: ${yamlScalar(m.title)}`,
      `  handlungsfeld: ${yamlScalar(m.handlungsfeld)}`,
      `  fonds: ${yamlScalar(m.fonds)}`,
      ...(m.traeger !== undefined ? [`  traeger: ${yamlScalar(m.traeger)}`] : []),
      `  from: ${m.from}`,
      `  to: ${m.to}`,
      `  amounts: { ${Object.entries(m.amounts).map(([year, amount]) => `${year}: ${amount}`).join(', ')} }`,
    ].join('\n'),
  );
  return `# Maßnahmen, übernommen aus ${source} mit ihek import; Beträge in Euro je Jahr.\n\n${blocks.join('\n\n')}\n`;
}
