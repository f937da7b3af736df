import type { Localized } from './i18n/lang.js';
import { msgIn } from './i18n/message.js';

/** Exit statuses of the command line, as README.md documents them. */
export const ExitCode = {
  ok: 0,
  checkFailed: 1,
  input: 2,
  render: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export interface ErrorPlace {
  /** Path relative to the project folder (or as given, when there is no project yet). */
  file?: string;
  line?: number;
  column?: number;
  /** The manifest or front matter key at fault, dotted (`period.from`). */
  key?: string;
}

/**
 * The one error type for expected failures: bad input, configuration, a browser that is missing.
 * It carries the exit status and a message in both languages. Anything else that is thrown is a bug.
 */
export class IhekError extends Error {
  readonly exitCode: ExitCode;
  readonly text: Localized;
  readonly place: ErrorPlace;

  constructor(exitCode: ExitCode, text: Localized, place: ErrorPlace = {}, options?: { cause?: unknown }) {
    super(text.en, options);
    this.name = 'IhekError';
    this.exitCode = exitCode;
    this.text = text;
    this.place = place;
  }
}

export function inputError(text: Localized, place: ErrorPlace = {}, cause?: unknown): IhekError {
  return new IhekError(ExitCode.input, text, place, { cause });
}

export function renderError(text: Localized, place: ErrorPlace = {}, cause?: unknown): IhekError {
  return new IhekError(ExitCode.render, text, place, { cause });
}

/** Several input errors found in one run, reported together: one line each. */
export class IhekErrors extends IhekError {
  readonly problems: readonly IhekError[];

  constructor(problems: readonly IhekError[]) {
    const shown = problems.slice(0, MAX_SHOWN);
    const more = problems.length - shown.length;
    const lines = (lang: keyof Localized) => [
      ...shown.map((problem) => problem.text[lang]),
      ...(more > 0 ? [msgIn(lang, 'errors.more', { count: more })] : []),
    ];
    super(ExitCode.input, { de: lines('de').join('\n'), en: lines('en').join('\n') }, problems[0]?.place);
    this.name = 'IhekErrors';
    this.problems = problems;
  }
}

/** Enough lines to fix a file in one go without burying the terminal. */
const MAX_SHOWN = 50;

/** The problems one by one, also those gathered in an IhekErrors. */
export function eachProblem(error: IhekError): readonly IhekError[] {
  return error instanceof IhekErrors ? error.problems : [error];
}

/** Throws nothing, the one error, or all of them together (each still names its file and line). */
export function throwAll(errors: readonly IhekError[]): void {
  const problems = errors.flatMap(eachProblem);
  if (problems.length === 1) throw problems[0]!;
  if (problems.length > 1) throw new IhekErrors(problems);
}

/**
 * Waits for every task and throws the input errors of all of them together, so one run names every
 * broken file; anything that is not an input error (a bug) is thrown as it is.
 */
export async function settleAll<T extends readonly unknown[]>(tasks: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const results = await Promise.allSettled(tasks);
  const failed = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
  const bug = failed.find((reason) => !(reason instanceof IhekError));
  if (bug !== undefined) throw bug;
  throwAll(failed as IhekError[]);
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/** The same error with `prefix` before each of its lines (one line per problem), e.g. the version it is in. */
export function withPrefix(error: IhekError, prefix: Localized): IhekError {
  const text = (lang: keyof Localized) =>
    error.text[lang]
      .split('\n')
      .map((line) => `${prefix[lang]}${line}`)
      .join('\n');
  return new IhekError(error.exitCode, { de: text('de'), en: text('en') }, error.place, { cause: error });
}
