import { parentPort, workerData } from 'node:worker_threads';
import { IhekError, type ErrorPlace } from '../errors.js';
import type { Localized } from '../i18n/lang.js';
import { createFactsParser, type ParseJob, type ParsedFacts } from './chapter-facts.js';
import type { GlossaryInfo } from './check-content.js';
import { withSpeller } from './spelling/wording-info.js';
import type { WordingInfo } from './spelling/check-wording.js';

/** What the worker sends: one chapter's facts, a chapter refused (over its deadline), or the end. */
export type WorkerMessage = { index: number; facts: ParsedFacts } | { refused: { text: Localized; place: ErrorPlace } } | { done: true };

/**
 * The second thread of the check (see parse-chapters.ts): takes chapters from the shared counter
 * until none are left and sends each one's facts back.
 */
const { jobs, glossary, wording, counter } = workerData as { jobs: ParseJob[]; glossary?: GlossaryInfo; wording: WordingInfo; counter: Int32Array };
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
const parse = createFactsParser(glossary, await withSpeller(wording));
try {
  for (let index = Atomics.add(counter, 0, 1); index < jobs.length; index = Atomics.add(counter, 0, 1)) {
    post({ index, facts: parse(jobs[index]!) });
  }
  post({ done: true });
} catch (error) {
  if (!(error instanceof IhekError)) throw error;
  post({ refused: { text: error.text, place: error.place } });
}
