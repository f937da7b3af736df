import vm from 'node:vm';
import { inputError } from '../errors.js';
import { msg } from '../i18n/message.js';

/**
 * How long one chapter may take to be parsed, or turned into HTML: a base for every chapter and
 * more for each megabyte of its text, so a long but ordinary chapter is never stopped on a slow,
 * busy machine while a small hostile one is stopped after the base.
 */
export const CHAPTER_DEADLINE = { seconds: 10, secondsPerMegabyte: 10 } as const;

type DeadlineRule = { seconds: number; secondsPerMegabyte: number };

function deadlineSeconds(characters: number, rule: DeadlineRule = CHAPTER_DEADLINE): number {
  return rule.seconds + Math.ceil((characters / 1_000_000) * rule.secondsPerMegabyte);
}

export type ChapterStep = 'parse' | 'render';

/** Runs one step of one chapter, and stops it when it takes longer than its deadline. */
export type ChapterDeadline = <T>(chapter: { file: string; bodyLine: number }, characters: number, step: ChapterStep, work: () => T) => T;

/**
 * The parser and the HTML conversion are synchronous and some inputs make them quadratic, beyond
 * what the limits of markdown-limits.ts foresee. The step therefore runs under V8's own execution
 * timeout (the one `vm` offers): a watchdog stops the thread's JavaScript when the time is up, right
 * where it is, and the step throws. Unlike a worker thread per chapter this copies no tree between
 * threads and loads no second parser; every chapter takes this same path.
 */
export function createChapterDeadline(rule: DeadlineRule = CHAPTER_DEADLINE): ChapterDeadline {
  const context = vm.createContext({ work: undefined as unknown });
  const script = new vm.Script('work()');
  return ({ file, bodyLine }, characters, step, work) => {
    const seconds = deadlineSeconds(characters, rule);
    context.work = work;
    try {
      return script.runInContext(context, { timeout: seconds * 1000, breakOnSigint: false }) as ReturnType<typeof work>;
    } catch (error) {
      if ((error as { code?: string }).code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw error;
      throw inputError(
        msg('markdown.deadline.exceeded', { file, line: bodyLine, step: msg(`markdown.deadline.${step}`), seconds }),
        { file, line: bodyLine },
        error,
      );
    } finally {
      context.work = undefined;
    }
  };
}
