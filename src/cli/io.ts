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
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const given = index === -1 ? undefined : argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  if (given === 'de' || given === 'en') return given;
  if (env.IHEK_LANG === 'de' || env.IHEK_LANG === 'en') return env.IHEK_LANG;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.startsWith('en') ? 'en' : 'de';
}
