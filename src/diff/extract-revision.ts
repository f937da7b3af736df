import path from 'node:path';
import { IhekError, IhekErrors, inputError } from '../errors.js';
import type { Localized } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { parseYaml } from '../project/parse-yaml.js';
import { IMAGE_LIMIT } from '../project/read-project-file.js';
import { MAX_TEXT_FILE_BYTES } from '../project/read-text-file.js';
import { IMAGE_TYPES } from '../transform/resolve-asset.js';
import { gitMessage, runGit } from './git.js';
import type { Repository } from './read-revision.js';
import { listRevisionFolder, type TreeEntry } from './revision-tree.js';

/** Largest image read from a revision: the same as in the working tree. */
const MAX_REVISION_IMAGE_BYTES = IMAGE_LIMIT.bytes;
/** Most bytes read from one revision in all: what is held in memory while it is compared. */
export const MAX_REVISION_BYTES = 256 * 1024 * 1024;
/** Bytes asked of one `git cat-file --batch`, whose answer is held in memory. */
const BATCH_BYTES = 32 * 1024 * 1024;

/** Text a project is read from: chapters, YAML, templates, styles (images: `IMAGE_TYPES`). */
const TEXT_KINDS = /\.(md|ya?ml|hbs|css)$/i;

/** Why a file of the revision was left in git; keyed by its path relative to the project folder. */
export type NotRead = Record<string, Localized>;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

function isImage(file: string): boolean {
  return path.posix.extname(file).toLowerCase() in IMAGE_TYPES;
}

/** Why an entry is not read, or undefined when it is. Nothing here looks at the content. */
function reasonNotRead(entry: TreeEntry, named: Set<string>): Localized | undefined {
  if (entry.mode === '120000') {
    return msg('diff.revision.symlink');
  }
  if (entry.mode === '160000') return msg('diff.revision.submodule');
  if (!/^100[0-7]{3}$/.test(entry.mode)) {
    return msg('diff.revision.notAFile', { mode: entry.mode });
  }
  if (!Number.isSafeInteger(entry.size)) {
    // ls-tree says BAD: git does not have the object (a partial or damaged clone); it is not fetched.
    return msg('diff.revision.objectMissing');
  }
  if (!named.has(entry.file) && !TEXT_KINDS.test(entry.file) && !isImage(entry.file)) {
    return msg('diff.revision.kindNotRead');
  }
  const limit = isImage(entry.file) ? MAX_REVISION_IMAGE_BYTES : MAX_TEXT_FILE_BYTES;
  if (entry.size > limit) {
    return msg('diff.revision.tooLarge', { limit: megabytes(limit) });
  }
  return undefined;
}

/**
 * Reads the given blobs with `git cat-file --batch` (never with filters or textconv), a few
 * megabytes at a time, and hands each one on. Every object must be the blob of the size that
 * `ls-tree` announced, so nothing larger than checked is ever held.
 */
async function readBlobs(
  repo: Repository,
  entries: readonly TreeEntry[],
  onBlob: (entry: TreeEntry, content: Buffer) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  let start = 0;
  while (start < entries.length) {
    let end = start + 1;
    let bytes = entries[start]!.size;
    while (end < entries.length && bytes + entries[end]!.size <= BATCH_BYTES) bytes += entries[end++]!.size;
    const chunk = entries.slice(start, end);
    const batch = await runGit(['cat-file', '--batch'], {
      cwd: repo.root,
      input: `${chunk.map((entry) => entry.oid).join('\n')}\n`,
      // The sizes are known: the contents, one header line each and a little room.
      maxOutputBytes: bytes + chunk.length * 200 + 1024,
      ...(signal && { signal }),
    });
    if (batch.code !== 0) {
      throw inputError(msg('diff.revision.catFileFailed', { reason: gitMessage(batch) }));
    }
    let offset = 0;
    for (const entry of chunk) {
      const lineEnd = batch.stdout.indexOf(0x0a, offset);
      const header = batch.stdout.subarray(offset, lineEnd === -1 ? offset : lineEnd).toString('utf8');
      if (header !== `${entry.oid} blob ${entry.size}`) {
        throw inputError(msg('diff.revision.wrongObject', { file: entry.file, header, oid: entry.oid, size: entry.size }));
      }
      await onBlob(entry, batch.stdout.subarray(lineEnd + 1, lineEnd + 1 + entry.size));
      offset = lineEnd + 1 + entry.size + 1;
    }
    start = end;
  }
}

/** Files ihek.yaml names besides chapters (data, glossary, profile), relative to the project folder. */
function namedInManifest(text: string, manifestFile: string): Set<string> {
  const named = new Set<string>();
  let manifest: { data?: Record<string, unknown>; glossary?: unknown; profile?: unknown };
  try {
    manifest = (parseYaml(text, manifestFile).value ?? {}) as typeof manifest;
  } catch {
    return named; // the loader reports the manifest's own errors with their lines
  }
  for (const value of [...Object.values(manifest.data ?? {}), manifest.glossary, manifest.profile]) {
    if (typeof value !== 'string') continue;
    const normal = path.posix.normalize(value);
    for (const form of [normal, normal.normalize('NFC'), normal.normalize('NFD')]) named.add(form);
  }
  return named;
}

/** A revision's project files, read into memory, and the files left in git with the reason. */
export interface RevisionContent {
  /** Content by path relative to the project folder ('/'-separated); each in a buffer of its own. */
  files: Map<string, Uint8Array>;
  notRead: NotRead;
}

/**
 * Reads the project folder `folder` of `commit` into memory: only regular files of the kinds a
 * project is read from, each within its size limit, checked before it is read. Nothing is written
 * to disk and no link is followed: the paths from the tree are only keys.
 */
export async function readRevisionFiles(
  repo: Repository,
  commit: string,
  folder: string,
  manifestFile: string,
  revision: string,
  signal?: AbortSignal,
): Promise<RevisionContent> {
  const entries = await listRevisionFolder(repo, commit, folder, revision, signal);
  const manifest = entries.find((entry) => entry.file === manifestFile);
  const manifestProblem = manifest && reasonNotRead(manifest, new Set([manifestFile]));
  if (!manifest || manifestProblem) {
    const reason = manifestProblem ?? msg('diff.revision.manifestMissing');
    throw inputError(msg('diff.revision.manifestNotRead', { revision, file: manifestFile, reason }));
  }
  const files = new Map<string, Uint8Array>();
  // A copy of its own: a view into git's batch answer would keep all of it alive.
  const keep = async (entry: TreeEntry, content: Buffer) => void files.set(entry.file, new Uint8Array(content));
  let named = new Set<string>();
  await readBlobs(repo, [manifest], async (entry, content) => {
    named = namedInManifest(content.toString('utf8'), manifestFile);
    await keep(entry, content);
  }, signal);

  const notRead: NotRead = {};
  const wanted: TreeEntry[] = [];
  for (const entry of entries) {
    if (entry === manifest) continue;
    const reason = reasonNotRead(entry, named);
    if (reason) notRead[entry.file] = reason;
    else wanted.push(entry);
  }
  const total = wanted.reduce((sum, entry) => sum + entry.size, manifest.size);
  if (total > MAX_REVISION_BYTES) {
    throw inputError(msg('diff.revision.tooManyBytes', { revision, total: megabytes(total), limit: megabytes(MAX_REVISION_BYTES) }));
  }
  await readBlobs(repo, wanted, keep, signal);
  return { files, notRead };
}

/**
 * Adds why a file the project needs was left in git: "… does not exist" alone would hide that the
 * revision holds it as a link or too large.
 */
export function explainNotRead(error: unknown, notRead: NotRead | undefined): unknown {
  if (!notRead || !(error instanceof IhekError)) return error;
  // Several problems reported together: each gets its own reason.
  if (error instanceof IhekErrors) return new IhekErrors(error.problems.map((problem) => explainNotRead(problem, notRead) as IhekError));
  for (let cause: unknown = error; cause instanceof IhekError; cause = cause.cause) {
    const parts = cause.place.file?.split('/') ?? [];
    for (let end = parts.length; end > 0; end--) {
      const file = parts.slice(0, end).join('/');
      const reason = notRead[file];
      if (!reason) continue;
      // The file itself: its reason instead of "does not exist"; a folder on its way: beside it.
      const { place } = error;
      const where = place.file !== undefined && place.file !== file && place.line !== undefined ? `${place.file}:${place.line}: ` : '';
      const text =
        end === parts.length
          ? msg('diff.revision.notReadFile', { where, file, reason })
          : msg('diff.revision.notReadBeside', { text: error.text, file, reason });
      return new IhekError(error.exitCode, text, place, { cause: error });
    }
  }
  return error;
}
