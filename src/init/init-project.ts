import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { inputError } from '../errors.js';
import { msg } from '../i18n/message.js';
import { BUILT_IN_PROFILES, loadProfile } from '../project/load-profile.js';
import type { ChapterTypeSpec, Profile } from '../project/profile-types.js';
import { parseYaml } from '../project/parse-yaml.js';
import { resolveInside } from '../project/resolve-inside.js';
import { SchemaValidators } from '../project/validate-schema.js';
import { chapterBody, chapterFileText, defaultTitle, type ChapterPlan } from './chapter-skeleton.js';
import {
  GITIGNORE_TEXT,
  INDICATORS_TEXT,
  MEASURES_TEXT,
  WORKFLOW_TEXT,
  glossaryText,
  defaultSubtitle,
  manifestText,
  packageJsonText,
} from './project-files.js';
import { packSelf, vendoredPath } from './pack-self.js';
import { existingFiles, writeNewFiles, type NewFile } from './write-new-files.js';

export interface InitOptions {
  /** The folder to create the project in (made when missing); relative to `cwd`. Default: `.` */
  dir?: string;
  cwd?: string;
  area?: string;
  district?: string;
  from?: number;
  to?: number;
  /** Add the `benn:` block and the BENN chapter. */
  benn?: boolean;
  /** A built-in profile (default: the Senate's outline since 2022). */
  profile?: string;
  /** Replace files that exist instead of refusing. */
  force?: boolean;
  /** Today, for the default period and the manifest's date (tests fix it). */
  now?: Date;
}

export interface InitResult {
  root: string;
  /** Paths relative to `root`, in the order written. */
  files: string[];
  /** Files that existed and were replaced (only with `force`). */
  overwritten: string[];
}

export const DEFAULT_AREA = 'Musterkiez';
export const DEFAULT_DISTRICT = 'Musterbezirk';
export const DEFAULT_PROFILE = 'berlin-qm-2022';

function chapterPlans(profile: Profile, benn: boolean): Array<{ plan: ChapterPlan; spec: ChapterTypeSpec }> {
  const plans: Array<{ plan: ChapterPlan; spec: ChapterTypeSpec }> = [];
  for (const spec of profile.chapterTypes) {
    if (spec.count === 'per-handlungsfeld') {
      for (const hf of profile.handlungsfelder) {
        const id = hf.id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'handlungsfeld';
        plans.push({ spec, plan: { id, title: defaultTitle(spec, profile, hf.id), type: spec.type, handlungsfeld: hf.id } });
      }
      continue;
    }
    const count = spec.count === 'benn' ? (benn ? 1 : 0) : spec.count.min;
    for (let n = 1; n <= count; n++) {
      plans.push({ spec, plan: { id: n === 1 ? spec.type : `${spec.type}-${n}`, title: defaultTitle(spec, profile), type: spec.type } });
    }
  }
  return plans;
}

function checkText(name: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || /[\r\n]/.test(trimmed)) {
    throw inputError(msg('init.project.needsText', { name, value }));
  }
  return trimmed;
}

function checkYear(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1990 || value > 2100) {
    throw inputError(msg('init.project.needsYear', { name, value }));
  }
  return value;
}

/** Every file of a new project, with its text; nothing is written. */
export async function planProject(options: InitOptions = {}): Promise<NewFile[]> {
  const now = options.now ?? new Date();
  const area = checkText('area', options.area ?? DEFAULT_AREA);
  const district = checkText('district', options.district ?? DEFAULT_DISTRICT);
  const from = checkYear('from', options.from ?? (options.to !== undefined ? options.to - 2 : now.getFullYear()));
  const to = checkYear('to', options.to ?? from + 2);
  if (from > to) {
    throw inputError(msg('init.project.periodReversed', { from, to }));
  }
  const name = options.profile ?? DEFAULT_PROFILE;
  if (!(BUILT_IN_PROFILES as readonly string[]).includes(name)) {
    throw inputError(msg('init.project.unknownProfile', { given: name, known: BUILT_IN_PROFILES.join(', ') }));
  }
  const profile = await loadProfile(name, '.', 'ihek.yaml', parseYaml('{}', 'ihek.yaml'), new SchemaValidators());
  const benn = (options.benn ?? false) || profile.requiresBenn;

  const chapters: NewFile[] = [];
  const appendix: NewFile[] = [];
  let chapterNumber = 0;
  let appendixNumber = 0;
  for (const { plan, spec } of chapterPlans(profile, benn)) {
    const file = spec.appendix
      ? `anhang/${String.fromCharCode(97 + (appendixNumber++ % 26))}-${plan.id}.md`
      : `kapitel/${String(++chapterNumber).padStart(2, '0')}-${plan.id}.md`;
    (spec.appendix ? appendix : chapters).push({ path: file, content: chapterFileText(plan, await chapterBody(spec, plan, profile)) });
  }
  const date = now.toISOString().slice(0, 10);
  const manifest = manifestText({
    // A stand-alone BENN site writes a Handlungskonzept, not a QM area's IHEK.
    title: profile.requiresBenn ? `BENN-Handlungskonzept ${from}–${to}` : `Integriertes Handlungs- und Entwicklungskonzept ${from}–${to}`,
    subtitle: defaultSubtitle(area, profile.requiresBenn),
    area,
    district,
    from,
    to,
    date,
    benn,
    bennSite: profile.requiresBenn,
    profile: name,
    firstNumber: profile.numbering.start,
    appendixLabel: profile.numbering.appendix,
    chapters: chapters.map((c) => c.path),
    appendix: appendix.map((c) => c.path),
  });
  return [
    { path: 'ihek.yaml', content: manifest },
    ...chapters,
    ...appendix,
    { path: 'daten/massnahmen.yaml', content: MEASURES_TEXT },
    { path: 'daten/indikatoren.yaml', content: INDICATORS_TEXT },
    { path: 'daten/abkuerzungen.yaml', content: glossaryText(benn) },
    { path: '.gitignore', content: GITIGNORE_TEXT },
    { path: 'package.json', content: packageJsonText(area) },
    { path: vendoredPath(), content: await packSelf() },
    { path: '.github/workflows/ihek.yml', content: WORKFLOW_TEXT },
  ];
}

/**
 * Creates a new project with every chapter the built-in profile requires, each from its German
 * skeleton. Refuses – before writing anything – when any of its files exists, unless `force`.
 */
export async function initProject(options: InitOptions = {}): Promise<InitResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = path.resolve(cwd, options.dir ?? '.');
  const info = await lstat(root).catch(() => undefined);
  if (info && !info.isDirectory()) {
    throw inputError(msg('init.project.notAFolder', { dir: options.dir ?? root }), { file: options.dir ?? root });
  }
  const files = await planProject(options);
  // A folder that is there may hold links (kapitel/ → elsewhere): every file must still land inside it.
  if (info) await Promise.all(files.map((file) => resolveInside(root, root, file.path, { file: file.path })));
  const existing = await existingFiles(root, files);
  if (existing.length > 0 && !options.force) {
    const shown = existing.map((file) => path.relative(cwd, path.join(root, file)) || file);
    throw inputError(msg(existing.length === 1 ? 'init.project.fileExists' : 'init.project.filesExist', { files: shown.join(', ') }), { file: existing[0] });
  }
  await writeNewFiles(root, files, Boolean(options.force));
  return { root, files: files.map((f) => f.path), overwritten: existing };
}
