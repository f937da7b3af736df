import { inputError } from '../errors.js';
import type { Localized } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { gitMessage, runGit } from './git.js';
import type { Repository } from './read-revision.js';

/** Most files listed in a revision's project folder; a real IHEK has a few hundred. */
export const MAX_REVISION_FILES = 100_000;

/** One file of a revision's project folder, as `git ls-tree -r -l` lists it. */
export interface TreeEntry {
  mode: string;
  oid: string;
  /** Bytes of the object, as git's object header says: known before a byte of it is read. */
  size: number;
  /** Path relative to the project folder, with `/`. */
  file: string;
}

/** A name git itself never writes into a tree, but a hand-made tree (`git mktree`) may hold. */
function badComponent(component: string): boolean {
  return component === '' || component === '.' || component === '..' || component.toLowerCase() === '.git' || component.includes('\\');
}

function refused(revision: string, entry: string, reason: Localized) {
  return inputError(msg('diff.tree.refused', { revision, entry, reason }));
}

/**
 * The files of `folder` (relative to the repository's top; '' for the top) in `commit`, with their
 * sizes, read with `git ls-tree` only: no content is read here. A tree that git would never write
 * (entries named `..`, `.`, `.git`, with a backslash, or the same name twice) is refused as a whole.
 */
export async function listRevisionFolder(repo: Repository, commit: string, folder: string, revision: string, signal?: AbortSignal): Promise<TreeEntry[]> {
  const args = ['ls-tree', '-r', '-l', '-z', '--full-tree', commit, ...(folder === '' ? [] : ['--', folder])];
  const listing = await runGit(args, { cwd: repo.root, ...(signal && { signal }) });
  if (listing.code !== 0) {
    throw inputError(msg('diff.tree.lsTreeFailed', { commit: commit.slice(0, 12), reason: gitMessage(listing) }));
  }
  const prefix = folder === '' ? '' : `${folder}/`;
  const records = listing.stdout.toString('utf8').split('\0');
  if (records.length > MAX_REVISION_FILES) {
    throw inputError(msg('diff.tree.tooManyFiles', { revision, limit: MAX_REVISION_FILES }));
  }
  const seen = new Set<string>();
  const entries: TreeEntry[] = [];
  for (const record of records) {
    if (record === '') continue;
    const tab = record.indexOf('\t');
    const [mode = '', , oid = '', size = ''] = record.slice(0, tab).split(/ +/);
    const full = record.slice(tab + 1);
    if (!full.startsWith(prefix)) continue;
    const file = full.slice(prefix.length);
    if (file.split('/').some(badComponent)) {
      throw refused(revision, full, msg('diff.tree.badName'));
    }
    if (seen.has(file)) throw refused(revision, full, msg('diff.tree.twice'));
    seen.add(file);
    entries.push({ mode, oid, size: size === '-' ? 0 : Number(size), file });
  }
  // A name that is a file and a folder at once: two entries of the same name, one of them a tree.
  const folders = new Set(entries.flatMap((entry) => entry.file.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
  const clash = entries.find((entry) => folders.has(entry.file));
  if (clash) throw refused(revision, `${prefix}${clash.file}`, msg('diff.tree.fileAndFolder'));
  return entries;
}
