import { execFile } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fixturesDir, makeProject, type ProjectSetup, type TestProject } from './fixture.js';

const exec = promisify(execFile);

/** git with a fixed identity and without the user's or the system's configuration. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await exec(
    'git',
    ['-c', 'user.name=IHEK Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args],
    { cwd, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull } },
  );
  return stdout;
}

export interface Repo extends TestProject {
  /** The repository's top folder; the project is its subfolder `projekt/`. */
  root: string;
  commit(message: string, tag?: string): Promise<string>;
  /** Copies scenarios from test/fixtures/diff/ over the project, then deletes `remove`. */
  change(scenarios: string | string[], remove?: string[]): Promise<void>;
}

/** A git repository whose first commit (tag v1) holds the project (test/fixtures/minimal, or `setup.base`). */
export async function makeRepo(setup: ProjectSetup = {}): Promise<Repo> {
  const project = await makeProject(setup);
  const root = project.parent;
  await git(root, 'init', '--quiet', '--initial-branch=main');
  const repo: Repo = {
    ...project,
    root,
    async commit(message, tag) {
      await git(root, 'add', '--all');
      await git(root, 'commit', '--quiet', '--allow-empty', '-m', message);
      if (tag) await git(root, 'tag', tag);
      return (await git(root, 'rev-parse', 'HEAD')).trim();
    },
    async change(scenarios, remove = []) {
      for (const scenario of Array.isArray(scenarios) ? scenarios : [scenarios]) {
        await cp(path.join(fixturesDir, 'diff', scenario), project.dir, { recursive: true, force: true });
      }
      for (const file of remove) await rm(project.path(file));
    },
  };
  await repo.commit('v1', 'v1');
  return repo;
}
