import { spawn } from 'node:child_process';
import { devNull } from 'node:os';
import { inputError } from '../errors.js';
import { msg } from '../i18n/message.js';

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

export interface GitOptions {
  cwd: string;
  input?: string;
  signal?: AbortSignal;
  /** Most bytes of output held; more stops git with an input error. Default `GIT_OUTPUT_BYTES`. */
  maxOutputBytes?: number;
}

/** Output of one git command held in memory: a listing of some hundred thousand files. */
export const GIT_OUTPUT_BYTES = 64 * 1024 * 1024;

/**
 * The only git commands ihek runs: all of them read. None of them produces a diff, so
 * `diff.external` and textconv drivers are never consulted; the one `log` (status/last-changes.ts)
 * lists file names only and is given `--no-show-signature`, so no signature program runs. A new
 * command must be checked against the repository-controlled settings it may run before it is added.
 */
const READING_COMMANDS = new Set(['rev-parse', 'cat-file', 'ls-tree', 'describe', 'status', 'ls-files', 'config', 'log']);

/**
 * Settings that make git run a command the repository names (its own `.git/config` may be someone
 * else's: a zip from the last team, a clone of a fork). Given on the command line, they override
 * every configuration file and reach the git processes git starts itself.
 */
const SAFE_CONFIG = [
  'core.quotepath=off',
  'core.fsmonitor=false',
  `core.hooksPath=${devNull}`,
  'core.pager=cat',
  'core.sshCommand=',
  'core.askPass=',
  'credential.helper=',
  // No transport at all: a partial clone would otherwise fetch a missing object (and run ssh).
  'protocol.allow=never',
];

/** Commands that run the clean filter of changed files; the repository's filter drivers are blanked for them. */
const FILTERING_COMMANDS = new Set(['status']);

/** `-c filter.<name>.<command>=` for every filter driver the repository's configuration names. */
async function blankFilters(cwd: string, signal: AbortSignal | undefined): Promise<string[]> {
  const listed = await runGit(['config', '--name-only', '-z', '--get-regexp', '^filter\\..+\\.(clean|smudge|process)$'], {
    cwd,
    ...(signal && { signal }),
  });
  if (listed.code !== 0) return [];
  return listed.stdout
    .toString('utf8')
    .split('\0')
    .filter((name) => /^filter\..+\.(clean|smudge|process)$/.test(name))
    .flatMap((name) => ['-c', `${name}=`]);
}

/** The environment git runs in: plain English messages, no prompts, no pager, no system configuration. */
function gitEnvironment(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    LC_ALL: 'C',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_ATTR_NOSYSTEM: '1',
    GIT_NO_LAZY_FETCH: '1',
    GIT_PROTOCOL_FROM_USER: '0',
  };
}

/**
 * Runs git with the given arguments and returns its exit status and output; it never goes through
 * a shell. Every git call of ihek goes through here. Only reading commands are allowed, and git runs
 * as its documentation advises for a repository one does not trust: no fsmonitor, hooks, filters,
 * pager, credential helper or transport that the repository's configuration could name. The user's
 * work tree, index and refs stay as they are.
 */
export async function runGit(args: readonly string[], options: GitOptions): Promise<GitResult> {
  const command = args[0] ?? '';
  if (!READING_COMMANDS.has(command)) throw new Error(`git ${command} is not one of the commands ihek may run`);
  const filters = FILTERING_COMMANDS.has(command) ? await blankFilters(options.cwd, options.signal) : [];
  const config = [...SAFE_CONFIG.flatMap((setting) => ['-c', setting]), ...filters];
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['--no-pager', ...config, ...args], {
      cwd: options.cwd,
      env: gitEnvironment(),
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.signal && { signal: options.signal }),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const limit = options.maxOutputBytes ?? GIT_OUTPUT_BYTES;
    let held = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      held += chunk.length;
      if (held <= limit) out.push(chunk);
      else if (!child.killed) {
        // A hand-made tree can list millions of files: stop git rather than hold its whole answer.
        child.kill();
        const mb = Math.round(limit / 1024 / 1024);
        reject(inputError(msg('diff.git.outputTooLarge', { command, mb })));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.stdin.on('error', () => undefined); // git may exit before reading all input
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        reject(inputError(msg('diff.git.notFound')));
      } else reject(error);
    });
    child.on('close', (code) => {
      resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8').trim() });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** The first line of git's message, for error texts. */
export function gitMessage(result: GitResult): string {
  return result.stderr.split('\n').find((line) => line.trim() !== '')?.replace(/^(fatal|error): /, '') ?? `git exit ${result.code}`;
}
