import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { inputError } from '../errors.js';
import { msg } from '../i18n/message.js';
import { MANIFEST_NAME } from '../project/find-project.js';
import { gitMessage, runGit } from './git.js';

/** Where the git repository is and where the user stands in it. */
export interface Repository {
  /** The folder git commands run in: the top of the work tree, or the git folder of a bare clone. */
  root: string;
  /** The current folder relative to the top of the work tree, with forward slashes ('' at the top). */
  prefix: string;
  bare: boolean;
  shallow: boolean;
}

/** The repository around `cwd`, or git's reason why there is none. */
export async function findRepository(cwd: string, signal?: AbortSignal): Promise<Repository | { problem: string }> {
  const kind = await runGit(['rev-parse', '--is-bare-repository', '--is-shallow-repository'], { cwd, ...(signal && { signal }) });
  if (kind.code !== 0) return { problem: gitMessage(kind) };
  const [bare, shallow] = kind.stdout.toString('utf8').split('\n');
  if (bare === 'true') return { root: cwd, prefix: '', bare: true, shallow: shallow === 'true' };
  const where = await runGit(['rev-parse', '--show-toplevel', '--show-prefix'], { cwd, ...(signal && { signal }) });
  if (where.code !== 0) return { problem: gitMessage(where) };
  const [root = cwd, prefix = ''] = where.stdout.toString('utf8').split('\n');
  return { root, prefix: prefix.replace(/\/$/, ''), bare: false, shallow: shallow === 'true' };
}

/** The full commit id of a revision, or undefined when the repository does not have it. */
export async function resolveCommit(repo: Repository, revision: string, signal?: AbortSignal): Promise<string | undefined> {
  // A revision never starts with "-": refuse it rather than let git read it as an option.
  if (revision.startsWith('-') || revision.trim() === '' || /[\0\n]/.test(revision)) return undefined;
  const result = await runGit(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], {
    cwd: repo.root,
    ...(signal && { signal }),
  });
  const commit = result.stdout.toString('utf8').trim();
  return result.code === 0 && /^[0-9a-f]{40,64}$/.test(commit) ? commit : undefined;
}

/** The full ref name of a revision (`refs/remotes/origin/main`), or undefined when it is no ref. */
export async function fullRevisionName(repo: Repository, revision: string, signal?: AbortSignal): Promise<string | undefined> {
  const result = await runGit(['rev-parse', '--symbolic-full-name', revision], { cwd: repo.root, ...(signal && { signal }) });
  const name = result.stdout.toString('utf8').split('\n')[0]?.trim() ?? '';
  return result.code === 0 && name.startsWith('refs/') ? name : undefined;
}

async function hasFile(repo: Repository, commit: string, file: string, signal?: AbortSignal): Promise<boolean> {
  const result = await runGit(['cat-file', '-e', `${commit}:${file}`], { cwd: repo.root, ...(signal && { signal }) });
  return result.code === 0;
}

/** A folder the user named, relative to the repository root ('' for the root); undefined when outside. */
async function inRepository(repo: Repository, dir: string): Promise<string | undefined> {
  const clean = (relative: string) => {
    const normal = path.posix.normalize(relative.split(path.sep).join('/')).replace(/\/$/, '');
    return normal === '.' ? '' : normal;
  };
  if (!path.isAbsolute(dir)) {
    const joined = clean(path.posix.join(repo.prefix, dir.split(path.sep).join('/')));
    return joined === '..' || joined.startsWith('../') ? undefined : joined;
  }
  for (const candidate of [dir, await realpath(dir).catch(() => dir)]) {
    const relative = path.relative(repo.root, candidate);
    if (!relative.startsWith('..') && !path.isAbsolute(relative)) return clean(relative);
  }
  return undefined;
}

/**
 * The project's manifest in a revision, relative to the repository root: in the folder the user
 * named (relative to where they stand), else in `.`, then in `./content`, as for the working tree.
 */
export async function findManifestAt(
  repo: Repository,
  commit: string,
  dir: string | undefined,
  signal?: AbortSignal,
): Promise<string | undefined> {
  let candidates: string[];
  if (dir === undefined) {
    const here = repo.prefix;
    candidates = [path.posix.join(here, MANIFEST_NAME), path.posix.join(here, 'content', MANIFEST_NAME)];
  } else {
    const named = await inRepository(repo, dir);
    if (named === undefined) {
      throw inputError(msg('diff.repository.outside', { dir }));
    }
    candidates = /\.ya?ml$/i.test(named) ? [named] : [path.posix.join(named, MANIFEST_NAME)];
  }
  for (const candidate of candidates) {
    if (await hasFile(repo, commit, candidate, signal)) return candidate;
  }
  return undefined;
}
