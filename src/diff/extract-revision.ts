import path from 'node:path';
import { IhekError, IhekErrors, inputError } from '../errors.js';
import type { Localized } from '../i18n/lang.js';
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
    return {
      de: `ist in der Revision ein symbolischer Link; Links aus Revisionen liest ihek nicht – die Datei selbst einchecken`,
      en: `is a symbolic link in the revision; ihek does not read links from revisions – commit the file itself`,
    };
  }
  if (entry.mode === '160000') return { de: 'ist in der Revision ein Submodul', en: 'is a submodule in the revision' };
  if (!/^100[0-7]{3}$/.test(entry.mode)) {
    return { de: `ist in der Revision keine Datei (Modus ${entry.mode})`, en: `is not a file in the revision (mode ${entry.mode})` };
  }
  if (!Number.isSafeInteger(entry.size)) {
    // ls-tree says BAD: git does not have the object (a partial or damaged clone); it is not fetched.
    return {
      de: 'fehlt im Repository (git hat den Inhalt nicht; ein unvollständiger Klon?)',
      en: 'is missing from the repository (git does not have its content; a partial clone?)',
    };
  }
  if (!named.has(entry.file) && !TEXT_KINDS.test(entry.file) && !isImage(entry.file)) {
    return {
      de: 'wird aus Revisionen nicht gelesen (nur Markdown, YAML, Vorlagen, Stile, Bilder und in ihek.yaml genannte Dateien)',
      en: 'is not read from revisions (only Markdown, YAML, templates, styles, images and files named in ihek.yaml)',
    };
  }
  const limit = isImage(entry.file) ? MAX_REVISION_IMAGE_BYTES : MAX_TEXT_FILE_BYTES;
  if (entry.size > limit) {
    return { de: `ist in der Revision größer als ${megabytes(limit)}`, en: `is larger than ${megabytes(limit)} in the revision` };
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
      throw inputError({ de: `git cat-file ist fehlgeschlagen: ${gitMessage(batch)}`, en: `git cat-file failed: ${gitMessage(batch)}` });
    }
    let offset = 0;
    for (const entry of chunk) {
      const lineEnd = batch.stdout.indexOf(0x0a, offset);
      const header = batch.stdout.subarray(offset, lineEnd === -1 ? offset : lineEnd).toString('utf8');
      if (header !== `${entry.oid} blob ${entry.size}`) {
        throw inputError({
          de: `${entry.file}: git lieferte „${header}“ statt des Inhalts (${entry.oid} blob ${entry.size}); ist das Repository beschädigt? (git fsck)`,
          en: `${entry.file}: git answered "${header}" instead of the content (${entry.oid} blob ${entry.size}); is the repository damaged? (git fsck)`,
        });
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
    const reason = manifestProblem ?? { de: 'fehlt', en: 'is missing' };
    throw inputError({ de: `Revision „${revision}“: ${manifestFile} ${reason.de}`, en: `revision "${revision}": ${manifestFile} ${reason.en}` });
  }
  const files = new Map<string, Uint8Array>();
  // A copy of its own: a view into git's batch answer would keep (and hand to a worker) all of it.
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
    throw inputError({
      de: `Revision „${revision}“: die Dateien des Projektordners sind zusammen ${megabytes(total)} groß; ihek liest höchstens ${megabytes(MAX_REVISION_BYTES)} aus einer Revision`,
      en: `revision "${revision}": the files of the project folder add up to ${megabytes(total)}; ihek reads at most ${megabytes(MAX_REVISION_BYTES)} from a revision`,
    });
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
          ? { de: `${where}${file} ${reason.de}`, en: `${where}${file} ${reason.en}` }
          : { de: `${error.text.de} (${file} ${reason.de})`, en: `${error.text.en} (${file} ${reason.en})` };
      return new IhekError(error.exitCode, text, place, { cause: error });
    }
  }
  return error;
}
