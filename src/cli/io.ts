import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../i18n/lang.js';

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Whether stdout is a terminal (colour, progress). */
  isTTY: boolean;
}

/** The language of the CLI's own messages: `--lang`, then IHEK_LANG, then the locale; German by default. */
export function uiLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const given = langArgument(argv);
  if (given) return given;
  if (env.IHEK_LANG === 'de' || env.IHEK_LANG === 'en') return env.IHEK_LANG;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.startsWith('en') ? 'en' : 'de';
}

/** The language `--lang` asks for, if it is given. */
export function langArgument(argv: readonly string[]): Lang | undefined {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const given = index === -1 ? undefined : argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  return given === 'de' || given === 'en' ? given : undefined;
}

/**
 * The language of the project where the user stands (`ihek.yaml` in the current folder, else in
 * `./content`), read from its `lang:` line without loading the project: for the messages of a
 * command line that never reaches a project, such as an unknown command.
 */
export function projectLangNear(cwd: string): Lang | undefined {
  for (const dir of [cwd, path.join(cwd, 'content')]) {
    let text: string;
    try {
      text = readFileSync(path.join(dir, 'ihek.yaml'), 'utf8');
    } catch {
      continue;
    }
    const lang = /^lang:[ \t]*["']?(de|en)["']?[ \t]*(#.*)?$/m.exec(text)?.[1];
    return lang === 'de' || lang === 'en' ? lang : 'de';
  }
  return undefined;
}
