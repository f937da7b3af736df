import { readFile, stat } from 'node:fs/promises';
import { inputError } from '../errors.js';

/** Largest text file we read: a whole IHEK chapter is a few hundred kilobytes. */
export const MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Reads a text file as an author's editor may have saved it: UTF-8 with or without BOM,
 * LF or CRLF, composed or decomposed umlauts. Returns LF-only, NFC-normalised text.
 * Anything that is not UTF-8 text is refused with the line where it goes wrong.
 */
export async function readTextFile(absPath: string, displayPath: string): Promise<string> {
  let bytes: Buffer;
  try {
    const info = await stat(absPath);
    if (info.isDirectory()) {
      throw inputError(
        { de: `${displayPath} ist ein Ordner, keine Datei`, en: `${displayPath} is a folder, not a file` },
        { file: displayPath },
      );
    }
    if (info.size > MAX_TEXT_FILE_BYTES) {
      const mb = (MAX_TEXT_FILE_BYTES / 1024 / 1024).toFixed(0);
      throw inputError(
        {
          de: `${displayPath} ist größer als ${mb} MB; teilen Sie den Text auf mehrere Dateien auf`,
          en: `${displayPath} is larger than ${mb} MB; split it into several files`,
        },
        { file: displayPath },
      );
    }
    bytes = await readFile(absPath);
  } catch (error) {
    if (error instanceof Error && error.name === 'IhekError') throw error;
    throw unreadable(error, displayPath);
  }
  return decodeText(bytes, displayPath);
}

export function decodeText(bytes: Uint8Array, displayPath: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw inputError(
      {
        de: `${displayPath}:1: ist in UTF-16 gespeichert; bitte als UTF-8 speichern`,
        en: `${displayPath}:1: is saved as UTF-16; save it as UTF-8`,
      },
      { file: displayPath, line: 1, column: 1 },
    );
  }
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad !== -1) {
    const place = lineAndColumnOfByte(bytes, bad);
    throw inputError(
      {
        de: `${displayPath}:${place.line}: kein gültiges UTF-8 (Byte 0x${hex(bytes[bad])}); bitte als UTF-8 speichern`,
        en: `${displayPath}:${place.line}: not valid UTF-8 (byte 0x${hex(bytes[bad])}); save it as UTF-8`,
      },
      { file: displayPath, ...place },
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const place = lineAndColumnOfByte(bytes, nul);
    throw inputError(
      {
        de: `${displayPath}:${place.line}: enthält ein NUL-Zeichen; ist das eine Binärdatei?`,
        en: `${displayPath}:${place.line}: contains a NUL character; is this a binary file?`,
      },
      { file: displayPath, ...place },
    );
  }
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

function unreadable(error: unknown, displayPath: string) {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') {
    return inputError(
      { de: `${displayPath} gibt es nicht`, en: `${displayPath} does not exist` },
      { file: displayPath },
      error,
    );
  }
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  return inputError(
    { de: `${displayPath} kann nicht gelesen werden (${reason})`, en: `${displayPath} cannot be read (${reason})` },
    { file: displayPath },
    error,
  );
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
