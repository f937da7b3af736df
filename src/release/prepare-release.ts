import path from 'node:path';
import { outputDir } from '../pipeline/build-project.js';
import { checkProject } from '../pipeline/check-project.js';
import type { Spellers } from '../check/spelling/wording-info.js';
import { gradeGuidance } from '../check/check-guidance.js';
import { countBySeverity, type Diagnostic } from '../diagnostics.js';
import { IhekError, inputError, withPrefix } from '../errors.js';
import { same } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { loadProject } from '../project/load-project.js';
import type { Project } from '../project/types.js';
import type { DocumentStamp } from '../document/document-stamp.js';
import { readGitState, type GitState } from './git-provenance.js';
import { assertReplaceable } from './release-folder.js';
import { releaseBaseName } from './release-name.js';

export type DraftReason = 'uncommitted-changes' | 'not-in-git' | 'chapters-not-final';
/** Why a project is not released: check errors, warnings without --allow-warnings, a draft with --require-final. */
export type BlockReason = 'errors' | 'warnings' | 'draft';

export interface ChapterState {
  file: string;
  id: string;
  /** The front matter's status; null when it has none (which is not `final`). */
  status: string | null;
}

/** A project loaded and checked for release, with its git state; nothing written yet. */
export interface PreparedRelease {
  project: Project;
  /** The folder as the user named it (or `.`), for messages. */
  label: string;
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
  /** `ihek-<area>-<version>`. */
  baseName: string;
  /** The project's output folder (`output.dir`). */
  projectOut: string;
  /** The release folder this project's files go to. */
  outDir: string;
  git: GitState;
  chapters: ChapterState[];
  draftReasons: DraftReason[];
  stamp: DocumentStamp;
  blocked?: BlockReason;
}

export interface PrepareOptions {
  dir?: string;
  cwd: string;
  /** `--out`: the release folder itself, or with several projects the folder holding one per project. */
  out?: string;
  several: boolean;
  allowWarnings: boolean;
  requireFinal: boolean;
  /** The dictionaries of the whole release (every project is spelt). */
  spellers: Spellers;
}

/** With several projects, an input error says which project it is in. */
function inProject(label: string, several: boolean, error: unknown): unknown {
  if (!several || !(error instanceof IhekError)) return error;
  return withPrefix(error, same(`${label}: `));
}

/**
 * Loads and checks one project and reads its git state: everything a release decides before it
 * writes anything. Input errors (no `version`, a release folder that holds something else) throw.
 */
export async function prepareRelease(options: PrepareOptions): Promise<PreparedRelease> {
  const label = options.dir ?? '.';
  try {
    return await prepare(options, label);
  } catch (error) {
    throw inProject(label, options.several, error);
  }
}

async function prepare(options: PrepareOptions, label: string): Promise<PreparedRelease> {
  const project = await loadProject({ ...(options.dir !== undefined && { dir: options.dir }), cwd: options.cwd });
  const { manifest } = project;
  if (!manifest.version) {
    throw inputError(msg('release.prepare.noVersion', { file: project.manifestFile }), { file: project.manifestFile, key: 'version' });
  }
  // A release is what gets signed off: its words are always spelt.
  const checked = await checkProject(project, undefined, { spell: true, spellers: options.spellers });
  // A release that must be final lets no skeleton guidance through, whatever the chapters' status.
  const diagnostics = options.requireFinal ? gradeGuidance(checked.diagnostics, project, true) : checked.diagnostics;
  const { errors, warnings } = countBySeverity(diagnostics);
  const baseName = releaseBaseName(manifest);
  const projectOut = await outputDir(project, {});
  const outDir =
    options.out === undefined
      ? // Replaced as a whole: a `release` that is a link out of the project is refused too.
        await outputDir(project, {}, 'release')
      : options.several
        ? path.join(path.resolve(options.cwd, options.out), baseName)
        : path.resolve(options.cwd, options.out);
  if (outDir === project.root || project.root.startsWith(`${outDir}${path.sep}`)) {
    throw inputError(msg('release.prepare.containsProject', { folder: outDir }));
  }
  await assertReplaceable(outDir);

  const inputs = [
    project.manifestFile,
    ...project.chapters.map((chapter) => chapter.file),
    ...[project.measures, project.indicators, project.glossary].flatMap((data) => (data ? [data.file] : [])),
  ];
  const git = await readGitState(project.root, [projectOut, outDir], inputs);
  const chapters = project.chapters.map((chapter) => ({
    file: chapter.file,
    id: chapter.frontMatter.id,
    status: chapter.frontMatter.status ?? null,
  }));
  const draftReasons: DraftReason[] = [];
  if (!git.inRepository) draftReasons.push('not-in-git');
  else if (git.dirty) draftReasons.push('uncommitted-changes');
  if (chapters.some((chapter) => chapter.status !== 'final')) draftReasons.push('chapters-not-final');
  const stamp: DocumentStamp = {
    version: manifest.version,
    ...(git.inRepository && git.commit && { commit: git.commit }),
    ...(git.inRepository && git.tag && { tag: git.tag }),
    ...(git.inRepository && { dirty: git.dirty }),
    draft: draftReasons.length > 0,
  };
  const blocked: BlockReason | undefined =
    errors > 0
      ? 'errors'
      : warnings > 0 && !options.allowWarnings
        ? 'warnings'
        : stamp.draft && options.requireFinal
          ? 'draft'
          : undefined;
  return {
    project,
    label,
    diagnostics,
    errors,
    warnings,
    baseName,
    projectOut,
    outDir,
    git,
    chapters,
    draftReasons,
    stamp,
    ...(blocked && { blocked }),
  };
}
