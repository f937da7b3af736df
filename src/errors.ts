import type { Localized } from './i18n/lang.js';

/** Exit statuses of the command line, as DESIGN.md fixes them. */
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
