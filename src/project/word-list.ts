import path from 'node:path';
import { filesAt } from './project-files.js';
import { readTextFile } from './read-text-file.js';

/** The project's word list: beside ihek.yaml, one word a line; empty lines and lines starting with # are left out. */
export const WORD_LIST = 'woerterbuch.txt';

export async function loadWordList(root: string): Promise<{ file: string; words: string[] } | undefined> {
  const absPath = path.join(root, WORD_LIST);
  if (!(await exists(absPath))) return undefined;
  return { file: WORD_LIST, words: parseWordList(await readTextFile(absPath, WORD_LIST, root)) };
}

export function parseWordList(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * Adds words to the project's word list (creating it): the lines already there stay as they are,
 * the new words follow sorted, each once and only when not listed yet. Written atomically, so an
 * interrupted run leaves the old list. Returns the words added.
 */
export async function addToWordList(root: string, words: readonly string[]): Promise<string[]> {
  const absPath = path.join(root, WORD_LIST);
  const existing = (await exists(absPath)) ? await readTextFile(absPath, WORD_LIST, root) : '';
  const listed = new Set(parseWordList(existing));
  const added = [...new Set(words)].filter((word) => !listed.has(word)).sort((a, b) => a.localeCompare(b, 'de') || (a < b ? -1 : 1));
  if (added.length === 0) return [];
  const head = existing === '' || existing.endsWith('\n') ? existing : `${existing}\n`;
  const { writeAtomic } = await import('../output/write-atomic.js');
  await writeAtomic(absPath, `${head}${added.join('\n')}\n`);
  return added;
}

/** Whether the list is there, on disk or in the git revision the project is read from. */
function exists(absPath: string): Promise<boolean> {
  return filesAt(absPath).lstat(absPath).then(() => true, () => false);
}
