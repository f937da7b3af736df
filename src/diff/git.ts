import { spawn } from 'node:child_process';
import { inputError } from '../errors.js';

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

export interface GitOptions {
  cwd: string;
  input?: string;
  signal?: AbortSignal;
}

/**
 * Runs git with the given arguments and returns its exit status and output; it never goes
 * through a shell. Only reading commands are used: the user's work tree, index and refs stay as they are.
 */
export function runGit(args: readonly string[], options: GitOptions): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-c', 'core.quotepath=off', ...args], {
      cwd: options.cwd,
      // Plain messages in English to show as they are; no pager, no prompts, no optional locks.
      env: { ...process.env, LC_ALL: 'C', GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.signal && { signal: options.signal }),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.stdin.on('error', () => undefined); // git may exit before reading all input
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        reject(
          inputError({
            de: 'git wurde nicht gefunden; für den Vergleich von Revisionen muss git installiert sein',
            en: 'git was not found; comparing revisions needs git to be installed',
          }),
        );
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
