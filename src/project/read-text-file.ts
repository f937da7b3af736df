import { inputError } from '../errors.js';
import { msg } from '../i18n/message.js';
import { readProjectFile, TEXT_LIMIT } from './read-project-file.js';

/** Largest text file we read: a whole IHEK chapter is a few hundred kilobytes. */
export const MAX_TEXT_FILE_BYTES = TEXT_LIMIT.bytes;

/**
 * Reads a text file of the project (at `absPath`, inside `root`) as an author's editor may have
 * saved it: UTF-8 with or without BOM, LF or CRLF, composed or decomposed umlauts. Returns LF-only,
 * NFC-normalised text. Anything that is not UTF-8 text is refused with the line where it goes
 * wrong; what read-project-file.ts refuses (outside the project, not a regular file, too large)
 * is refused before reading.
 */
export async function readTextFile(absPath: string, displayPath: string, root: string): Promise<string> {
  return decodeText(await readProjectFile(root, absPath, displayPath, TEXT_LIMIT), displayPath);
}

export function decodeText(bytes: Uint8Array, displayPath: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw inputError(msg('project.text.utf16', { file: displayPath }), { file: displayPath, line: 1, column: 1 });
  }
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad !== -1) {
    const place = lineAndColumnOfByte(bytes, bad);
    throw inputError(msg('project.text.invalidUtf8', { file: displayPath, line: place.line, byte: hex(bytes[bad]) }), { file: displayPath, ...place });
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const place = lineAndColumnOfByte(bytes, nul);
    throw inputError(msg('project.text.nul', { file: displayPath, line: place.line }), { file: displayPath, ...place });
  }
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

function hex(byte: number | undefined): string {
  return (byte ?? 0).toString(16).padStart(2, '0').toUpperCase();
}

/** Index of the first byte that breaks UTF-8, or -1 when the whole buffer is valid. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineAndColumnOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
