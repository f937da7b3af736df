import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** What is looked at of a file before it is read: its type and size. */
export type FileStats = Pick<Stats, 'isFile' | 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice' | 'size'>;

/**
 * Where a project's files come from: the disk, or a git revision held in memory. Paths are
 * absolute; errors carry the `code` of Node's file functions (ENOENT …), so callers treat both alike.
 */
export interface ProjectFiles {
  realpath(absPath: string): Promise<string>;
  /** Follows symbolic links. */
  stat(absPath: string): Promise<FileStats>;
  /** Does not follow a symbolic link at the end of the path. */
  lstat(absPath: string): Promise<FileStats>;
  readdir(absPath: string): Promise<string[]>;
  /** The whole content of a file that `stat` found regular; `open` for the disk's guarded reader. */
  content?(absPath: string): Uint8Array | undefined;
}

const disk: ProjectFiles = {
  realpath: (absPath) => realpath(absPath),
  stat: (absPath) => stat(absPath),
  lstat: (absPath) => lstat(absPath),
  readdir: (absPath) => readdir(absPath),
};

/** The files of a project folder in a git revision: paths relative to that folder, '/'-separated. */
export interface RevisionSnapshot {
  /** Where the revision's project folder appears to lie; nothing is ever there on disk. */
  root: string;
  files: Map<string, Uint8Array>;
}

function fsError(code: 'ENOENT' | 'ENOTDIR', absPath: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: ${absPath}`);
  error.code = code;
  error.path = absPath;
  return error;
}

function memoryStats(kind: 'file' | 'folder', size: number): FileStats {
  return {
    isFile: () => kind === 'file',
    isDirectory: () => kind === 'folder',
    isFIFO: () => false,
    isSocket: () => false,
    isCharacterDevice: () => false,
    isBlockDevice: () => false,
    size,
  };
}

/**
 * A revision's files as a read-only folder tree in memory. It holds regular files only (links,
 * submodules and the like were left in git), so there is nothing to resolve and nothing to follow.
 */
class RevisionFiles implements ProjectFiles {
  private readonly folders = new Set<string>(['']);

  constructor(private readonly snapshot: RevisionSnapshot) {
    for (const file of snapshot.files.keys()) {
      for (let cut = file.lastIndexOf('/'); cut > 0; cut = file.lastIndexOf('/', cut - 1)) this.folders.add(file.slice(0, cut));
    }
  }

  private key(absPath: string): string {
    return path.relative(this.snapshot.root, path.resolve(absPath)).split(path.sep).join('/');
  }

  private kind(absPath: string): 'file' | 'folder' | undefined {
    const key = this.key(absPath);
    if (this.snapshot.files.has(key)) return 'file';
    return this.folders.has(key) ? 'folder' : undefined;
  }

  async realpath(absPath: string): Promise<string> {
    if (!this.kind(absPath)) throw fsError('ENOENT', absPath);
    return path.resolve(absPath);
  }

  async stat(absPath: string): Promise<FileStats> {
    const kind = this.kind(absPath);
    if (!kind) throw fsError('ENOENT', absPath);
    return memoryStats(kind, kind === 'file' ? this.snapshot.files.get(this.key(absPath))!.byteLength : 0);
  }

  lstat(absPath: string): Promise<FileStats> {
    return this.stat(absPath);
  }

  async readdir(absPath: string): Promise<string[]> {
    const kind = this.kind(absPath);
    if (kind !== 'folder') throw fsError(kind ? 'ENOTDIR' : 'ENOENT', absPath);
    const key = this.key(absPath);
    const prefix = key === '' ? '' : `${key}/`;
    const names = new Set<string>();
    for (const entry of [...this.snapshot.files.keys(), ...this.folders]) {
      if (entry.length > prefix.length && entry.startsWith(prefix)) names.add(entry.slice(prefix.length).split('/')[0]!);
    }
    return [...names].sort();
  }

  content(absPath: string): Uint8Array | undefined {
    return this.snapshot.files.get(this.key(absPath));
  }
}

const mounted = new Map<string, RevisionFiles>();

/** True when `target` is `root` itself or lies below it. Both must be absolute and normalised. */
export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  // `..` as a whole first segment: `..notes.md` is a file name, not the parent folder.
  const leaves = relative === '..' || relative.startsWith(`..${path.sep}`) || relative.startsWith('../');
  return relative === '' || (!leaves && !path.isAbsolute(relative));
}

/** The source that serves a path: the revision mounted there, otherwise the disk. */
export function filesAt(absPath: string): ProjectFiles {
  for (const [root, files] of mounted) if (isInside(root, absPath)) return files;
  return disk;
}

/** A fresh place for a revision's project folder: a random name that nothing on disk uses. */
export function revisionRoot(): string {
  return path.join(os.tmpdir(), `ihek-revision-${randomBytes(8).toString('hex')}`);
}

/**
 * Makes a revision's files readable at `snapshot.root` for every reader of project files, until
 * the returned function is called. Nothing is written to disk.
 */
export function mountRevision(snapshot: RevisionSnapshot): () => void {
  mounted.set(snapshot.root, new RevisionFiles(snapshot));
  return () => void mounted.delete(snapshot.root);
}
