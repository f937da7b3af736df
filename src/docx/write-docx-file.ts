import { writeAtomic } from '../output/write-atomic.js';
import { renderDocx, type DocxInput } from './write-docx.js';

/** Writes the Word version atomically: a reader sees the previous file or the complete new one. */
export async function writeDocx(file: string, input: DocxInput): Promise<void> {
  const { bytes } = await renderDocx(input);
  await writeAtomic(file, bytes);
}
