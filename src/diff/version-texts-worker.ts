import { parentPort, workerData } from 'node:worker_threads';
import { IhekError } from '../errors.js';
import { mountRevision } from '../project/project-files.js';
import type { LocatedVersion } from './load-version.js';
import { packedVersion, type WorkerAnswer } from './version-texts.js';

/** Reads one version for `loadVersionTexts` and answers once; a revision's files came along in memory. */
const located = workerData as LocatedVersion;
if (located.snapshot) mountRevision(located.snapshot);
let answer: WorkerAnswer;
try {
  answer = { texts: await packedVersion(located) };
} catch (error) {
  answer =
    error instanceof IhekError
      ? { failure: { exitCode: error.exitCode, text: error.text, place: error.place } }
      : { bug: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
const transfer = 'texts' in answer ? [answer.texts.texts.lengths.buffer, answer.texts.texts.spaces.buffer] : [];
parentPort!.postMessage(answer, transfer as ArrayBuffer[]);
