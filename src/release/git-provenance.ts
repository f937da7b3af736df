import path from 'node:path';
import { runGit, gitMessage } from '../diff/git.js';
import { IhekError } from '../errors.js';
import { isInside } from '../project/project-files.js';

/** The git state a release is built from. */
export interface GitProvenance {
  /** Full id of HEAD; null in a repository without commits. */
  commit: string | null;
  /** What `git describe --tags --exact-match` names, or null. */
  tag: string | null;
  /** `git status --porcelain` of the project folder is not empty (output folders left out). */
  dirty: boolean;
  /** The changed paths git lists (relative to the repository's top), at most 20. */
  changes: string[];
  /** The project folder relative to the repository's top, with `/` (`.` at the top). */
  path: string;
}

export type GitState = ({ inRepository: true } & GitProvenance) | { inRepository: false; reason: string };

/** Runs git read-only (see `runGit`: no command the repository names); a missing git counts as "not in a repository". */
async function git(args: string[], cwd: string) {
  try {
    return await runGit(args, { cwd });
  } catch (error) {
    if (error instanceof IhekError) return { code: 127, stdout: Buffer.from(''), stderr: 'git is not installed' };
    throw error;
  }
}

/**
 * Reads commit, tag and the dirty flag of the project folder `root`. Paths in `exclude` (absolute:
 * the output and release folders) do not make the tree dirty, so a second release of the same
 * commit into the same folder is as clean as the first. `inputs` (relative to `root`: manifest,
 * chapters, data) must be in the commit: one that git ignores makes the tree dirty as well, since
 * `git status` would not show it.
 */
export async function readGitState(root: string, exclude: readonly string[], inputs: readonly string[] = []): Promise<GitState> {
  const top = await git(['rev-parse', '--show-prefix'], root);
  if (top.code !== 0) return { inRepository: false, reason: gitMessage(top) };
  const prefix = top.stdout.toString('utf8').trim().replace(/\/$/, '');

  const head = await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], root);
  const commit = head.code === 0 ? head.stdout.toString('utf8').trim() : null;
  let tag: string | null = null;
  if (commit) {
    const described = await git(['describe', '--tags', '--exact-match', commit], root);
    if (described.code === 0) tag = described.stdout.toString('utf8').trim() || null;
  }

  const excluded = exclude
    .filter((dir) => isInside(root, dir))
    .map((dir) => path.relative(root, dir))
    .filter((relative) => relative !== '')
    .map((relative) => `:(exclude,literal)${relative.split(path.sep).join('/')}`);
  // A submodule counts when it points at another commit; its inner changes are not looked at, as
  // that would run git in the submodule under the submodule's own configuration.
  const status = await git(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignore-submodules=dirty', '--', '.', ...excluded], root);
  if (status.code !== 0) return { inRepository: false, reason: gitMessage(status) };
  const entries = status.stdout.toString('utf8').split('\0').filter((entry) => entry !== '');
  // -z lists a rename as "R  new\0old": the entry after a rename is its old name, not a change of its own.
  const changes: string[] = [];
  for (let i = 0; i < entries.length; i += 1) {
    const entry = entries[i]!;
    changes.push(entry.slice(3));
    if (/^[RC]/.test(entry)) i += 1;
  }
  if (inputs.length > 0) {
    const tracked = await git(['ls-files', '-z', '--full-name', '--', ...inputs.map((file) => `:(literal)${file}`)], root);
    const known = new Set(tracked.stdout.toString('utf8').split('\0'));
    for (const file of inputs) {
      const full = prefix === '' ? file : `${prefix}/${file}`;
      if (!known.has(full) && !changes.includes(full)) changes.push(full);
    }
  }
  return {
    inRepository: true,
    commit,
    tag,
    dirty: changes.length > 0,
    changes: changes.slice(0, 20),
    path: prefix === '' ? '.' : prefix,
  };
}
