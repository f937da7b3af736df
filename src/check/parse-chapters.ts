import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParseJob, ParsedFacts } from './chapter-facts.js';
import type { GlossaryInfo } from './check-content.js';
import { inputError, type IhekError } from '../errors.js';
import type { WorkerMessage } from './parse-worker.js';

/**
 * Below this much Markdown a second thread does not pay for its start: it loads the parser again
 * and compiles it cold. On a small project the check was slower with the worker; when the second
 * core is free, two threads parse clearly more than one.
 */
export const WORKER_MIN_CHARS = 1024 * 1024;

/** The compiled worker; it exists in dist/, not when the sources run directly (as in the tests' own process). */
const workerFile = fileURLToPath(new URL('./parse-worker.js', import.meta.url));

/**
 * Parses the chapters and runs the rules that see one chapter each. With enough text, a worker
 * thread takes chapters from the same shared counter as this thread, so each thread parses as many
 * as it can; every chapter is parsed exactly once and the results are the same as on one thread.
 * The choice depends on the input alone (never on the machine's load), so the same project always
 * takes the same path. If the worker fails, this thread parses what it had taken.
 * The parser is loaded only when there is something to parse.
 */
export async function parseChapters(jobs: readonly ParseJob[], glossary: GlossaryInfo | undefined): Promise<ParsedFacts[]> {
  if (jobs.length === 0) return [];
  const size = jobs.reduce((sum, job) => sum + job.expanded.text.length, 0);
  const helper = jobs.length > 1 && size >= WORKER_MIN_CHARS && existsSync(workerFile) ? startWorker(jobs, glossary) : undefined;
  const { createFactsParser } = await import('./chapter-facts.js');
  const parse = createFactsParser(glossary);
  if (!helper) return jobs.map(parse);
  const results = new Map<number, ParsedFacts>();
  try {
    for (let index = helper.claim(); index < jobs.length; index = helper.claim()) results.set(index, parse(jobs[index]!));
  } catch (error) {
    helper.stop();
    throw error;
  }
  await helper.finish(results, jobs.length);
  // Whatever the worker took but did not deliver (it failed) is parsed here.
  return jobs.map((job, index) => results.get(index) ?? parse(job));
}

function startWorker(jobs: readonly ParseJob[], glossary: GlossaryInfo | undefined) {
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(workerFile, { workerData: { jobs, glossary, counter } });
  let ended = false;
  let wake = () => undefined as void;
  const end = () => {
    ended = true;
    wake();
  };
  let results = new Map<number, ParsedFacts>();
  let refused: IhekError | undefined;
  worker.on('message', (message: WorkerMessage) => {
    if ('done' in message) return end();
    if ('refused' in message) {
      // A chapter over its deadline there would be over it here too: it is not parsed again.
      refused = inputError(message.refused.text, message.refused.place);
      return end();
    }
    results.set(message.index, message.facts);
    wake();
  });
  worker.on('error', end);
  worker.on('exit', end);
  return {
    claim: () => Atomics.add(counter, 0, 1),
    stop: () => void worker.terminate(),
    /** Adds the chapters the worker took to `mine` once it delivered them, and stops it. */
    async finish(mine: Map<number, ParsedFacts>, total: number): Promise<void> {
      for (const [index, facts] of results) mine.set(index, facts);
      results = mine;
      // When every chapter was claimed here, the worker is stopped without waiting for its start.
      while (!ended && results.size < total) await new Promise<void>((resolve) => (wake = resolve));
      void worker.terminate();
      if (refused) throw refused;
    },
  };
}
