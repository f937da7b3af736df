import { execFile } from 'node:child_process';
import path from 'node:path';
import { Writable } from 'node:stream';
import { run } from '../../src/cli/main.js';
import { packageRoot } from './fixture.js';

/** One finding as `ihek check --format json` reports it. */
export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  rule: string;
  message: string;
  related?: Array<{ file: string; line: number }>;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function collector(chunks: string[]): Writable {
  return new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
}

/**
 * Runs the command line in this process with captured streams, as bin/ihek.js does.
 * No locale in the environment, so messages are German unless `--lang en` is given.
 */
export async function runCli(argv: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<CliResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await run(argv, {
    stdout: collector(stdout),
    stderr: collector(stderr),
    env: options.env ?? {},
    cwd: options.cwd,
    isTTY: false,
  });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

export const binPath = path.join(packageRoot, 'bin', 'ihek.js');

/** Runs the built `bin/ihek.js` in a child process, as a user would from a shell. */
export function spawnCli(argv: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<CliResult> {
  return spawnNode([binPath, ...argv], options);
}

/**
 * Runs Node with `args` in a child process, with the environment of the tests minus their locale
 * (messages are German unless the test's `env` says otherwise).
 */
export function spawnNode(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<CliResult> {
  const env = { ...process.env, ...options.env };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'IHEK_LANG']) {
    if (!options.env || !(name in options.env)) delete env[name];
  }
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: options.cwd, env }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Lines of a stack trace ("    at fn (file:1:2)"): a stack trace on stderr is a bug. */
export function stackTraceLines(text: string): string[] {
  return text.split('\n').filter((line) => /^\s+at\s/.test(line));
}
