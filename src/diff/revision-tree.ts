import { inputError } from '../errors.js';
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

function refused(revision: string, entry: string, reason: { de: string; en: string }) {
  return inputError({
    de: `Die Revision „${revision}“ enthält den Eintrag „${entry}“, ${reason.de}; ihek liest diese Revision nicht (git fsck zeigt solche Einträge)`,
    en: `The revision "${revision}" holds the entry "${entry}", ${reason.en}; ihek does not read this revision (git fsck shows such entries)`,
  });
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
    throw inputError({
      de: `git ls-tree ${commit.slice(0, 12)} ist fehlgeschlagen: ${gitMessage(listing)}`,
      en: `git ls-tree ${commit.slice(0, 12)} failed: ${gitMessage(listing)}`,
    });
  }
  const prefix = folder === '' ? '' : `${folder}/`;
  const records = listing.stdout.toString('utf8').split('\0');
  if (records.length > MAX_REVISION_FILES) {
    throw inputError({
      de: `Die Revision „${revision}“ enthält mehr als ${MAX_REVISION_FILES.toLocaleString('de-DE')} Dateien im Projektordner; so viele liest ihek nicht`,
      en: `The revision "${revision}" holds more than ${MAX_REVISION_FILES.toLocaleString('en-US')} files in the project folder; ihek does not read that many`,
    });
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
      throw refused(revision, full, { de: 'dessen Name nicht erlaubt ist (leer, „.“, „..“, „.git“ oder mit „\\“)', en: 'whose name is not allowed (empty, ".", "..", ".git" or with "\\")' });
    }
    if (seen.has(file)) throw refused(revision, full, { de: 'der zweimal im selben Ordner steht', en: 'which appears twice in the same folder' });
    seen.add(file);
    entries.push({ mode, oid, size: size === '-' ? 0 : Number(size), file });
  }
  // A name that is a file and a folder at once: two entries of the same name, one of them a tree.
  const folders = new Set(entries.flatMap((entry) => entry.file.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
  const clash = entries.find((entry) => folders.has(entry.file));
  if (clash) throw refused(revision, `${prefix}${clash.file}`, { de: 'der zugleich Datei und Ordner ist', en: 'which is a file and a folder at once' });
  return entries;
}
