import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { IhekError, type ErrorPlace, type ExitCode } from '../errors.js';
import type { Localized } from '../i18n/lang.js';
import { findManifest } from '../project/find-project.js';
import { isImage } from './extract-revision.js';
import type { ComparedProject } from './compare-data.js';
import type { VersionInfo } from './diff-model.js';
import { locateVersion, readVersion, type LoadContext, type LocatedVersion, type VersionSource, type VersionTexts } from './load-version.js';
import { packTexts, unpackTexts, type PackedTexts } from './pack-texts.js';

/** A version's texts as they cross from the worker: the chapters packed. */
export interface PackedVersion {
  info: VersionInfo;
  project: ComparedProject;
  texts: PackedTexts;
  warnings: Localized[];
}

/** What the worker answers: the texts, an expected failure (exit code and message), or a bug. */
export type WorkerAnswer =
  | { texts: PackedVersion }
  | { failure: { exitCode: ExitCode; text: Localized; place: ErrorPlace } }
  | { bug: string };

/** Reads a located version as far as the comparison needs it, packed to pass between threads. */
export async function packedVersion(located: LocatedVersion): Promise<PackedVersion> {
  const { info, project, chapters, warnings } = await readVersion(located, { textOnly: true });
  const { manifest, measures, indicators, glossary } = project;
  return {
    info,
    // Only the values: the YAML documents beside them hold functions and cannot be passed on.
    project: {
      manifest,
      ...(measures && { measures: { value: measures.value } }),
      ...(indicators && { indicators: { value: indicators.value } }),
      ...(glossary && { glossary: { value: glossary.value } }),
    },
    texts: packTexts(chapters),
    warnings,
  };
}

/** The compiled worker; absent when the sources run directly (then the work stays on this thread). */
const WORKER = new URL('./version-texts-worker.js', import.meta.url);

/** What the worker needs of a located version: of a revision's files only the text (images are not read for texts). */
function forWorker(located: LocatedVersion): LocatedVersion {
  if (!located.snapshot) return located;
  const files = new Map([...located.snapshot.files].filter(([file]) => !isImage(file)));
  return { ...located, snapshot: { root: located.snapshot.root, files } };
}

function inWorker(located: LocatedVersion, signal: AbortSignal | undefined): Promise<PackedVersion> {
  return new Promise((resolve, reject) => {
    // A larger young generation: loading allocates many short-lived objects (fewer scavenges).
    const worker = new Worker(WORKER, { workerData: forWorker(located), resourceLimits: { maxYoungGenerationSizeMb: 64 } });
    const onAbort = () => void worker.terminate();
    signal?.addEventListener('abort', onAbort, { once: true });
    const settle = (done: () => void) => {
      signal?.removeEventListener('abort', onAbort);
      done();
    };
    worker.once('message', (answer: WorkerAnswer) => {
      if ('texts' in answer) settle(() => resolve(answer.texts));
      else if ('failure' in answer) {
        const { exitCode, text, place } = answer.failure;
        settle(() => reject(new IhekError(exitCode, text, place)));
      } else settle(() => reject(new Error(answer.bug)));
    });
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', () => settle(() => reject(signal?.reason ?? new Error('the worker that reads a version stopped without an answer'))));
  });
}

/**
 * Below this much Markdown the threads cost more than they save: each loads the modules again
 * (the diff's figures at 10 and 40 chapters are in BENCHMARKS.md).
 */
const WORKER_MIN_BYTES = 500_000;

/** Bytes of Markdown in the version's project folder; 0 when it cannot be told (reading it will say why). */
async function markdownBytes(located: LocatedVersion): Promise<number> {
  if (located.snapshot) {
    return [...located.snapshot.files].reduce((sum, [file, content]) => sum + (file.endsWith('.md') ? content.byteLength : 0), 0);
  }
  try {
    const folder = path.dirname(await findManifest(located.dir, located.cwd));
    const files = (await readdir(folder, { recursive: true })).filter(
      (file) => file.endsWith('.md') && !file.split(path.sep).some((part) => part === 'node_modules' || part.startsWith('.')),
    );
    const sizes = await Promise.all(files.map((file) => stat(path.join(folder, file)).then((info) => info.size)));
    return sizes.reduce((sum, size) => sum + size, 0);
  } catch {
    return 0;
  }
}

/**
 * Finds and reads one version for a comparison without the marked document: for a large project
 * on a thread of its own, so that the two versions are read at the same time. The new version goes
 * to a thread too rather than staying on the main one: there the larger young generation saves
 * much of the garbage collection.
 */
export async function loadVersionTexts(source: VersionSource, context: LoadContext): Promise<VersionTexts> {
  const located = await locateVersion(source, context);
  context.signal?.throwIfAborted();
  const threaded = existsSync(fileURLToPath(WORKER)) && (await markdownBytes(located)) >= WORKER_MIN_BYTES;
  // On this thread the texts need no packing: nothing crosses between threads.
  if (!threaded) return readVersion(located, { textOnly: true, ...(context.signal && { signal: context.signal }) });
  const packed = await inWorker(located, context.signal);
  return { info: packed.info, project: packed.project, chapters: unpackTexts(packed.texts), warnings: packed.warnings };
}
