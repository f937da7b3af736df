import path from 'node:path';
import { inputError, settleAll, throwAll, type IhekError } from '../errors.js';
import { msg } from '../i18n/message.js';
import { loadProfile } from './load-profile.js';
import { findManifest } from './find-project.js';
import { parseYaml, positionOf, type PositionedYaml } from './parse-yaml.js';
import { readTextFile } from './read-text-file.js';
import { resolveInside } from './resolve-inside.js';
import { assertMarkdownLimits } from './markdown-limits.js';
import { assertChapterCount, assertGlossaryLines, assertGlossarySize, OPEN_FILES, settleLimited } from './project-limits.js';
import { splitFrontMatter } from './split-front-matter.js';
import { loadWordList } from './word-list.js';
import type {
  ChapterSource,
  DataFile,
  FrontMatter,
  Indicator,
  Manifest,
  Measure,
  Project,
} from './types.js';
import { SchemaValidators, subjectOf, type SchemaName } from './validate-schema.js';

export interface LoadOptions {
  /** The folder (or ihek.yaml) the user named; default: `.` then `./content`. */
  dir?: string;
  cwd?: string;
}

/** Finds, reads and validates a project: manifest, chapters, data and glossary. */
export async function loadProject(options: LoadOptions = {}): Promise<Project> {
  const cwd = options.cwd ?? process.cwd();
  const manifestPath = await findManifest(options.dir, cwd);
  const root = path.dirname(manifestPath);
  const manifestFile = path.basename(manifestPath);
  const validators = new SchemaValidators();

  const manifestYaml = parseYaml(await readTextFile(manifestPath, manifestFile, root), manifestFile);
  // A budget in German notation leaves the manifest usable: the other files are read and checked
  // too, and every problem is reported together.
  const { numbers: manifestNumbers, others: manifestProblems } = validators.groupedProblems('ihek', manifestYaml);
  throwAll(manifestProblems.length ? [...manifestNumbers, ...manifestProblems] : []);
  const manifest = withDefaults(manifestYaml.value as RawManifest);
  if (manifest.period.from > manifest.period.to) {
    const at = positionOf(manifestYaml, ['period', 'to']);
    throw inputError(msg('project.load.periodReversed', { file: manifestFile, line: at.line, from: manifest.period.from, to: manifest.period.to }), {
      file: manifestFile,
      ...at,
      key: 'period.to',
    });
  }

  const listed = [
    ...manifest.chapters.map((file, index) => ({ file, kind: 'chapter' as const, key: ['chapters', index] })),
    ...manifest.appendix.map((file, index) => ({ file, kind: 'appendix' as const, key: ['appendix', index] })),
  ];
  assertChapterCount(listed, manifestYaml, manifestFile);
  const seenFiles = new Map<string, number>();
  for (const entry of listed) {
    const line = positionOf(manifestYaml, entry.key).line;
    const normal = path.posix.normalize(entry.file);
    const first = seenFiles.get(normal);
    if (first !== undefined) {
      throw inputError(msg('project.load.listedTwice', { file: manifestFile, line, entry: entry.file, first }), { file: manifestFile, line, key: entry.key.join('.') });
    }
    seenFiles.set(normal, line);
  }

  const context: LoadContext = { root, manifestFile, manifestYaml, validators };
  // Every broken file is named in one run, not one per run.
  const [, profile, chapters, measures, indicators, glossary, wordList] = await settleAll([
    Promise.resolve().then(() => throwAll(manifestNumbers)),
    loadProfile(manifest.profile, root, manifestFile, manifestYaml, validators),
    settleLimited(listed, OPEN_FILES, (entry) => loadChapter(context, entry.file, entry.kind, entry.key)),
    loadData<Measure[]>(context, manifest.data.massnahmen, ['data', 'massnahmen'], 'massnahmen'),
    loadData<Indicator[]>(context, manifest.data.indikatoren, ['data', 'indikatoren'], 'indikatoren'),
    loadData<Record<string, string>>(context, manifest.glossary, ['glossary'], 'abkuerzungen'),
    loadWordList(root),
  ] as const);
  assertUniqueIds(chapters);

  return {
    root,
    manifestFile,
    manifest,
    manifestYaml,
    profile,
    chapters,
    ...(measures && { measures }),
    ...(indicators && { indicators }),
    ...(glossary && { glossary }),
    ...(wordList && { wordList }),
  };
}

export interface LoadContext {
  root: string;
  manifestFile: string;
  manifestYaml: PositionedYaml;
  validators: SchemaValidators;
}

export type RawManifest = Partial<Manifest> & Pick<Manifest, 'title' | 'area' | 'district' | 'period' | 'chapters'> & {
  version?: string | number;
  output?: Partial<Manifest['output']>;
  fmt?: Partial<Manifest['fmt']>;
  check?: Partial<Manifest['check']>;
};

export function withDefaults(raw: RawManifest): Manifest {
  return {
    ...raw,
    ...(raw.version !== undefined && { version: String(raw.version) }),
    lang: raw.lang ?? 'de',
    authors: raw.authors ?? [],
    keywords: raw.keywords ?? [],
    profile: raw.profile ?? 'berlin-qm',
    appendix: raw.appendix ?? [],
    data: raw.data ?? {},
    output: { dir: raw.output?.dir ?? 'out', formats: raw.output?.formats ?? ['html', 'pdf'] },
    fmt: { sentencePerLine: raw.fmt?.sentencePerLine ?? false },
    check: { spelling: raw.check?.spelling ?? false, ...(raw.check?.genderForm && { genderForm: raw.check.genderForm }) },
  };
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

async function resolveListed(context: LoadContext, written: string, key: Array<string | number>) {
  const line = positionOf(context.manifestYaml, key).line;
  const absPath = await resolveInside(context.root, context.root, written, {
    file: context.manifestFile,
    line,
    key: key.join('.'),
  });
  return { absPath, file: toPosix(path.relative(context.root, absPath)), line };
}

async function readListed(context: LoadContext, written: string, key: Array<string | number>) {
  const { absPath, file, line } = await resolveListed(context, written, key);
  try {
    return { absPath, file, line, text: await readTextFile(absPath, file, context.root) };
  } catch (error) {
    if ((error as { place?: { line?: number } }).place?.line !== undefined) throw error;
    // The file itself could not be found or read: point at the line of ihek.yaml that names it.
    const reason = (error as { text?: { de: string; en: string } }).text;
    throw inputError(
      msg('project.load.unreadable', { file: context.manifestFile, line, reason: reason ?? written }),
      { file: context.manifestFile, line, key: key.join('.') },
      error,
    );
  }
}

export async function loadChapter(
  context: LoadContext,
  written: string,
  kind: ChapterSource['kind'],
  key: Array<string | number>,
): Promise<ChapterSource> {
  const { absPath, file, line, text } = await readListed(context, written, key);
  const split = splitFrontMatter(text, file);
  // The body only: the front matter is YAML, with limits of its own (parse-yaml.ts).
  assertMarkdownLimits(split.body, file, split.bodyLine - 1);
  const frontMatterYaml = parseYaml(split.yaml, file, split.yamlLine - 1);
  context.validators.assertValid('chapter', frontMatterYaml);
  return {
    file,
    absPath,
    kind,
    frontMatter: frontMatterYaml.value as FrontMatter,
    frontMatterYaml,
    body: split.body,
    bodyLine: split.bodyLine,
    manifestLine: line,
  };
}

async function loadData<T>(
  context: LoadContext,
  written: string | undefined,
  key: Array<string | number>,
  schema: SchemaName,
): Promise<DataFile<T> | undefined> {
  if (written === undefined) return undefined;
  const { file, text } = await readListed(context, written, key);
  if (schema === 'abkuerzungen') assertGlossaryLines(text, file);
  const yaml = parseYaml(text, file);
  if (yaml.value === null || yaml.value === undefined) {
    yaml.value = schema === 'abkuerzungen' ? {} : [];
  }
  if (schema === 'abkuerzungen') assertGlossarySize(yaml, file);
  const problems = [...context.validators.problems(schema, yaml), ...duplicateEntryIds(yaml, file, schema)];
  throwAll(problems.sort((a, b) => (a.place.line ?? 0) - (b.place.line ?? 0)));
  return { file, value: yaml.value as T, yaml };
}

function duplicateEntryIds(yaml: PositionedYaml, file: string, schema: SchemaName): IhekError[] {
  if (!Array.isArray(yaml.value)) return [];
  const seen = new Map<string, number>();
  const problems: IhekError[] = [];
  (yaml.value as Array<{ id?: unknown } | null>).forEach((entry, index) => {
    if (typeof entry?.id !== 'string') return;
    const line = positionOf(yaml, [index, 'id']).line;
    const first = seen.get(entry.id);
    if (first !== undefined) {
      const subject = subjectOf([index], yaml, schema);
      problems.push(
        inputError(msg('project.load.idTaken', { file, line, subject, id: entry.id, first }), { file, line, key: `[${index}].id` }),
      );
    } else seen.set(entry.id, line);
  });
  return problems;
}

function assertUniqueIds(chapters: ChapterSource[]): void {
  const seen = new Map<string, ChapterSource>();
  const problems: IhekError[] = [];
  for (const chapter of chapters) {
    const id = chapter.frontMatter.id;
    const first = seen.get(id);
    const line = positionOf(chapter.frontMatterYaml, ['id']).line;
    if (first) {
      const firstLine = positionOf(first.frontMatterYaml, ['id']).line;
      problems.push(
        inputError(msg('project.load.chapterIdTaken', { file: chapter.file, line, id, firstFile: first.file, firstLine }), { file: chapter.file, line, key: 'id' }),
      );
    } else seen.set(id, chapter);
  }
  throwAll(problems);
}
