import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface FileDigest {
  /** File name inside the release folder. */
  name: string;
  size: number;
  sha256: string;
}

export async function digestFile(file: string): Promise<FileDigest> {
  const bytes = await readFile(file);
  return { name: path.basename(file), size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * A `SHA256SUMS` file in the format `sha256sum` writes and `sha256sum -c` reads: one line per
 * file, hash, two spaces, name; sorted by name.
 */
export function sha256sums(digests: readonly FileDigest[]): string {
  return [...digests]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((d) => `${d.sha256}  ${d.name}\n`)
    .join('');
}
