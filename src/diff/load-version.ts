import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Element } from 'hast';
import { handlungsfeldNames } from '../pipeline/check-document.js';
import type { PreparedDocument } from '../document/prepared-document.js';
import { prepareDocument } from '../pipeline/prepare-document.js';
import { IhekError, inputError, withPrefix } from '../errors.js';
import type { Localized } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { loadProject } from '../project/load-project.js';
import { mountRevision, revisionRoot, type RevisionSnapshot } from '../project/project-files.js';
import type { Project } from '../project/types.js';
import { renderChapters } from '../render/render-chapters.js';
import type { ParsedChapter } from '../transform/parsed-chapter.js';
import type { VersionInfo } from './diff-model.js';
import { explainNotRead, readRevisionFiles, type NotRead } from './extract-revision.js';
import { findManifestAt, findRepository, fullRevisionName, resolveCommit, type Repository } from './read-revision.js';
import type { ComparedProject } from './compare-data.js';
import { collectChapterText, collectChapterTokens, type ChapterText, type ChapterTokens } from './section-texts.js';

/** Where one version comes from, as the user named it. */
export type VersionSource =
  | { kind: 'worktree' }
  | { kind: 'folder'; folder: string }
  | { kind: 'revision'; revision: string };

/** What the comparison needs of one version: its manifest and data, the text of every section. */
export interface VersionTexts {
  info: VersionInfo;
  project: ComparedProject;
  chapters: ChapterTokens[];
  warnings: Localized[];
}

/** One version read, prepared and rendered, with the text of every section. */
export interface LoadedVersion extends VersionTexts {
  project: Project;
  document: PreparedDocument;
  chapters: ChapterText[];
}

/** What loading needs to know, and the revisions it made readable (the caller unmounts them). */
export interface LoadContext {
  cwd: string;
  dir?: string;
  signal?: AbortSignal;
  unmount: Array<() => void>;
  repository?: Promise<Repository | { problem: string }>;
}

/** An argument written as a path (`./x`, `../x`, `/x`, `x/`) is a folder and never a revision. */
function writtenAsPath(argument: string): boolean {
  return path.isAbsolute(argument) || /^\.\.?([\\/]|$)/.test(argument) || /[\\/]$/.test(argument);
}

/**
 * Refuses a name that is an existing folder and a git revision at once (a folder `origin/main`
 * beside the branch `origin/main`): either reading would silently compare something else than meant.
 */
async function refuseAmbiguous(argument: string, context: LoadContext): Promise<void> {
  context.repository ??= findRepository(context.cwd, context.signal);
  const repo = await context.repository;
  if ('problem' in repo) return;
  const commit = await resolveCommit(repo, argument, context.signal);
  if (!commit) return;
  const full = await fullRevisionName(repo, argument, context.signal);
  const revision = full !== undefined && full !== argument ? full : commit;
  throw inputError(msg('diff.version.ambiguous', { argument, revision }));
}

/**
 * An argument is a folder when it names an existing folder (or a manifest file), otherwise a git
 * revision; no argument is the working tree. A name that is both is refused, unless it is written
 * as a path (`./name`).
 */
export async function sourceOf(argument: string | undefined, context: LoadContext): Promise<VersionSource> {
  if (argument === undefined) return { kind: 'worktree' };
  const info = await stat(path.resolve(context.cwd, argument)).catch(() => undefined);
  if (!info || !(info.isDirectory() || (info.isFile() && /\.ya?ml$/i.test(argument)))) return { kind: 'revision', revision: argument };
  if (!writtenAsPath(argument)) await refuseAmbiguous(argument, context);
  return { kind: 'folder', folder: argument };
}

export function versionName(source: VersionSource): Localized {
  if (source.kind === 'worktree') return msg('diff.version.worktree');
  return msg('diff.version.named', { name: source.kind === 'folder' ? source.folder : source.revision });
}

/** Prefixes an input error with the version it happened in. */
function inVersion(error: unknown, source: VersionSource): unknown {
  if (!(error instanceof IhekError)) return error;
  return withPrefix(error, msg('diff.version.prefix', { name: versionName(source) }));
}

async function repositoryFor(context: LoadContext, revision: string): Promise<Repository> {
  context.repository ??= findRepository(context.cwd, context.signal);
  const repo = await context.repository;
  if ('problem' in repo) {
    // "not a git repository" is the usual reason; others (dubious ownership …) are shown as git says them.
    const reason = /not a git repository/i.test(repo.problem) ? '' : ` (git: ${repo.problem})`;
    throw inputError(msg('diff.version.noRepository', { revision, cwd: context.cwd, reason }));
  }
  return repo;
}

/**
 * Reads the project as it is in a revision into memory and makes it readable at a path of its own
 * (nothing is written to disk); returns the manifest's path there.
 */
async function mountedRevision(context: LoadContext, revision: string): Promise<{ manifest: string; info: VersionInfo; notRead: NotRead }> {
  const repo = await repositoryFor(context, revision);
  const commit = await resolveCommit(repo, revision, context.signal);
  if (!commit) {
    const hint = repo.shallow ? msg('diff.version.shallowHint') : '';
    throw inputError(msg('diff.version.noRevision', { revision, hint }));
  }
  const manifestInRepo = await findManifestAt(repo, commit, context.dir, context.signal);
  if (!manifestInRepo) {
    const where = context.dir ?? (repo.prefix === '' ? '. / content' : `${repo.prefix} / ${repo.prefix}/content`);
    throw inputError(msg('diff.version.noManifest', { revision, where }));
  }
  const folder = path.posix.dirname(manifestInRepo);
  const manifestFile = path.posix.basename(manifestInRepo);
  const read = await readRevisionFiles(repo, commit, folder === '.' ? '' : folder, manifestFile, revision, context.signal);
  const snapshot: RevisionSnapshot = { root: revisionRoot(), files: read.files };
  context.unmount.push(mountRevision(snapshot));
  return {
    manifest: path.join(snapshot.root, manifestFile),
    info: { kind: 'revision', label: revision, commit, path: folder === '.' ? '' : folder },
    notRead: read.notRead,
  };
}

/** Where a version's project is to be read from: found, and for a revision read from git into memory. */
export interface LocatedVersion {
  source: VersionSource;
  cwd: string;
  /** The project folder or manifest for `loadProject`; undefined: found from `cwd`. */
  dir?: string;
  /** Known up front for a revision; for a folder it needs the project's root. */
  info?: VersionInfo;
  /** A revision's files that were left in git, and why (a link, too large …). */
  notRead?: NotRead;
}

/** Finds a version; a revision is read into memory (git errors name the revision). */
export async function locateVersion(source: VersionSource, context: LoadContext): Promise<LocatedVersion> {
  if (source.kind === 'revision') {
    const { manifest, info, notRead } = await mountedRevision(context, source.revision);
    return { source, cwd: context.cwd, dir: manifest, info, notRead };
  }
  const dir = source.kind === 'folder' ? source.folder : context.dir;
  return { source, cwd: context.cwd, ...(dir !== undefined && { dir }) };
}

/** Reads and prepares a located version and renders its chapters; input errors name the version. */
async function readPrepared<C>(
  located: LocatedVersion,
  options: { textOnly: boolean; signal?: AbortSignal | undefined },
  collect: (section: Element, chapter: ParsedChapter, document: PreparedDocument) => C,
): Promise<{ info: VersionInfo; project: Project; document: PreparedDocument; chapters: C[]; warnings: Localized[] }> {
  const { source, cwd } = located;
  let project: Project;
  try {
    project = await loadProject({ ...(located.dir !== undefined && { dir: located.dir }), cwd });
  } catch (error) {
    throw inVersion(explainNotRead(error, located.notRead), source);
  }
  const folder = source.kind === 'folder' ? source.folder : undefined;
  const shown = path.relative(cwd, project.root).split(path.sep).join('/') || '.';
  const info = located.info ?? { kind: folder === undefined ? 'worktree' : 'folder', label: folder ?? null, commit: null, path: shown };
  options.signal?.throwIfAborted();

  const document = prepareDocument(project, handlungsfeldNames(project.profile));
  // Each chapter's text is read as soon as it is rendered.
  const collected = new Map<ParsedChapter, C>();
  await renderChapters(document, {
    textOnly: options.textOnly,
    onChapter: (section, chapter) => collected.set(chapter, collect(section, chapter, document)),
  });
  const empty: Element = { type: 'element', tagName: 'section', properties: {}, children: [] };
  const chapters = document.chapters.map((chapter) => collected.get(chapter) ?? collect(empty, chapter, document));
  const name = versionName(source);
  const warnings: Localized[] = document.chapters
    .filter((chapter) => !chapter.tree)
    .map((chapter) => msg('diff.version.notExpanded', { name, file: chapter.source.file }));
  return { info, project, document, chapters, warnings };
}

/** Reads, prepares and renders a located version with the text of every section, placed in its page. */
export async function readVersion(located: LocatedVersion, options: { signal?: AbortSignal } = {}): Promise<LoadedVersion> {
  return readPrepared(located, { textOnly: false, signal: options.signal }, (section, chapter, document) =>
    collectChapterText(section, chapter, document.outline),
  );
}

/**
 * Reads a located version only as far as the comparison's text: chapters rendered as far as their
 * text, and no token points into them, so each rendered chapter is let go once its text is read.
 */
export async function readVersionTexts(located: LocatedVersion, options: { signal?: AbortSignal } = {}): Promise<VersionTexts> {
  const { info, project, chapters, warnings } = await readPrepared(located, { textOnly: true, signal: options.signal }, (section, chapter, document) =>
    collectChapterTokens(section, chapter, document.outline),
  );
  return { info, project, chapters, warnings };
}

/** Reads one version: from git, a folder or the working tree; input errors name the version. */
export async function loadVersion(source: VersionSource, context: LoadContext): Promise<LoadedVersion> {
  const located = await locateVersion(source, context);
  context.signal?.throwIfAborted();
  return readVersion(located, { ...(context.signal && { signal: context.signal }) });
}

/** Finds and reads one version for a comparison without the marked document: only its texts. */
export async function loadVersionTexts(source: VersionSource, context: LoadContext): Promise<VersionTexts> {
  const located = await locateVersion(source, context);
  context.signal?.throwIfAborted();
  return readVersionTexts(located, { ...(context.signal && { signal: context.signal }) });
}
