import { parentPort, workerData } from 'node:worker_threads';
import { createFactsParser, type ParseJob } from './chapter-facts.js';
import type { GlossaryInfo } from './check-content.js';

/**
 * The second thread of the check (see parse-chapters.ts): takes chapters from the shared counter
 * until none are left and sends each one's facts back.
 */
const { jobs, glossary, counter } = workerData as { jobs: ParseJob[]; glossary?: GlossaryInfo; counter: Int32Array };
const parse = createFactsParser(glossary);
for (let index = Atomics.add(counter, 0, 1); index < jobs.length; index = Atomics.add(counter, 0, 1)) {
  parentPort!.postMessage({ index, facts: parse(jobs[index]!) });
}
parentPort!.postMessage({ done: true });
