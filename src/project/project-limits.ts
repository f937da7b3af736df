import { inputError, settleAll } from '../errors.js';
import { msg } from '../i18n/message.js';
import { positionOf, type PositionedYaml } from './parse-yaml.js';

/** Chapters and appendices a project may list. */
export const MAX_CHAPTERS = 20_000;
/** Abbreviations in the glossary: each is looked for in every text of the document. */
export const MAX_GLOSSARY_ENTRIES = 10_000;
/** Chapter files read at the same time: the system allows a process only so many open files. */
export const OPEN_FILES = 32;

/** Refuses a manifest that lists more chapters than the limit, at the line of the first one too many. */
export function assertChapterCount(entries: ReadonlyArray<{ key: Array<string | number> }>, manifestYaml: PositionedYaml, manifestFile: string): void {
  const entry = entries[MAX_CHAPTERS];
  if (!entry) return;
  const line = positionOf(manifestYaml, entry.key).line;
  throw inputError(msg('project.limits.tooManyChapters', { file: manifestFile, line, limit: MAX_CHAPTERS }), { file: manifestFile, line, key: entry.key.join('.') });
}

/** `work` for every item, at most `limit` at a time; the results in the items' order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    for (let index = next++; index < items.length; index = next++) results[index] = await work(items[index]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/**
 * `mapLimited` that waits for every item and then throws the input errors of all of them together
 * (as `settleAll` does), so one run names every broken file however many are read at a time.
 */
export async function settleLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const settled = await mapLimited(items, limit, (item) =>
    work(item).then(
      (value) => ({ ok: true as const, value }),
      (reason: unknown) => ({ ok: false as const, reason }),
    ),
  );
  return settleAll<R[]>(settled.map((result) => (result.ok ? Promise.resolve(result.value) : Promise.reject(result.reason))));
}

/** A line that starts a top-level key (`KEY: …`). */
const TOP_LEVEL_KEY = /^[^\s#\-:][^\n]*:(?:[ \t]|$)/gm;

/** Refuses a glossary with more entries than the limit from its lines, before the YAML is built. */
export function assertGlossaryLines(text: string, file: string): void {
  let count = 0;
  for (const match of text.matchAll(TOP_LEVEL_KEY)) {
    if (++count > MAX_GLOSSARY_ENTRIES) throw glossaryTooLarge(file, text.slice(0, match.index).split('\n').length);
  }
}

/** The same limit after parsing, for a glossary written in another form (`{A: …, B: …}`). */
export function assertGlossarySize(yaml: PositionedYaml, file: string): void {
  const keys = Object.keys((yaml.value ?? {}) as Record<string, string>);
  if (keys.length <= MAX_GLOSSARY_ENTRIES) return;
  throw glossaryTooLarge(file, positionOf(yaml, [keys[MAX_GLOSSARY_ENTRIES]!], 'key').line);
}

function glossaryTooLarge(file: string, line: number) {
  return inputError(msg('project.limits.glossaryTooLarge', { file, line, limit: MAX_GLOSSARY_ENTRIES }), { file, line });
}
