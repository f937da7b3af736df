import { IhekError } from '../errors.js';
import { runGit } from '../diff/git.js';

/** The last commit that touched a file. */
export interface LastCommit {
  commit: string;
  author: string;
  /** The author date as git gives it (ISO 8601 with the author's offset). */
  date: string;
}

/**
 * What git knows of one file: its last commit, and whether the work tree holds changes to it not
 * committed yet (`modified`), or it was never committed (`untracked`).
 */
export interface FileHistory {
  last?: LastCommit;
  uncommitted: boolean;
}

/**
 * `repository`: the project is in a git work tree; `none`: it is not; `missing`: git is not
 * installed; `refused`: git refuses a repository owned by another user ("dubious ownership").
 */
export type GitState = 'repository' | 'none' | 'missing' | 'refused';

export interface LastChanges {
  git: GitState;
  /** By file, relative to the project folder; only in a repository. */
  files: Map<string, FileHistory>;
}

const RECORD = '\x1e';
const FIELD = '\x1f';

/**
 * The last commit of each of `files` (relative to `root`, the project folder) and which of them hold
 * uncommitted changes: one `git log` and one `git status` for all files. File names go to git as
 * arguments of their own, never through a shell, and as literal pathspecs, so a name with `*`, `:`
 * or a leading dash is only ever that file.
 */
export async function lastChanges(root: string, files: readonly string[]): Promise<LastChanges> {
  let prefix: string;
  try {
    const found = await runGit(['rev-parse', '--show-prefix'], { cwd: root });
    if (found.code !== 0) {
      // git's own protection stays on (ihek never sets safe.directory); the board says why it has no dates.
      return { git: /dubious ownership/.test(found.stderr) ? 'refused' : 'none', files: new Map() };
    }
    prefix = found.stdout.toString('utf8').trim();
  } catch (error) {
    // runGit says "git not found" as an input error; the board still prints without the column.
    if (error instanceof IhekError) return { git: 'missing', files: new Map() };
    throw error;
  }
  const pathspecs = files.map((file) => `:(literal)${file}`);
  const relative = (name: string) => (name.startsWith(prefix) ? name.slice(prefix.length) : name);
  const [log, status] = await Promise.all([
    runGit(['log', '-z', '--no-show-signature', '--no-renames', '--name-only', `--format=${RECORD}%H${FIELD}%an${FIELD}%aI`, '--', ...pathspecs], { cwd: root }),
    runGit(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...pathspecs], { cwd: root }),
  ]);
  const histories = new Map<string, FileHistory>(files.map((file) => [file, { uncommitted: false }]));
  // A repository without any commit yet answers `git log` with an error: no file has a last commit.
  if (log.code === 0) {
    for (const record of log.stdout.toString('utf8').split(RECORD).slice(1)) {
      const [header = '', ...names] = record.split('\0');
      const [commit = '', author = '', date = ''] = header.split(FIELD);
      for (const name of names) {
        const history = histories.get(relative(name.replace(/^\n/, '')));
        // Newest first: the first commit that names a file is its last one.
        if (history && !history.last) history.last = { commit, author, date };
      }
    }
  }
  if (status.code === 0) {
    const entries = status.stdout.toString('utf8').split('\0');
    for (let i = 0; i < entries.length; i += 1) {
      const entry = entries[i]!;
      if (entry.length < 4) continue;
      const history = histories.get(relative(entry.slice(3)));
      if (history) history.uncommitted = true;
      // A rename or copy names its source in the next entry.
      if (/[RC]/.test(entry.slice(0, 2))) i += 1;
    }
  }
  return { git: 'repository', files: histories };
}
