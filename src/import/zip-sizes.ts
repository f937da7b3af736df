import { inflateRawSync } from 'node:zlib';

/** One entry of a ZIP file's central directory: what it declares, nothing inflated. */
export interface ZipEntrySize {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressed: number;
  uncompressed: number;
  /** Where the entry's local header starts. */
  offset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes, followed by a comment of at most 65535 bytes. */
const END_SEARCH = 22 + 0xffff;

/**
 * The sizes a ZIP file declares in its central directory, read without inflating anything, or
 * undefined when there is no readable directory (the reader of the file then says it is damaged).
 * A ZIP64 size (0xFFFFFFFF) is taken as it stands: 4 GB, above every bound of the import.
 */
export function zipEntrySizes(bytes: Buffer): ZipEntrySize[] | undefined {
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - END_SEARCH); at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: ZipEntrySize[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return undefined;
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    entries.push({
      name: bytes.toString('utf8', at + 46, Math.min(bytes.length, at + 46 + nameLength)),
      method: bytes.readUInt16LE(at + 10),
      compressed: bytes.readUInt32LE(at + 20),
      uncompressed: bytes.readUInt32LE(at + 24),
      offset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + skip;
  }
  return entries;
}

export interface ZipBounds {
  /** All entries together, unpacked. */
  total: number;
  /** One entry, unpacked. */
  entry: number;
  /** Unpacked : packed, for an entry larger than `ratioFrom`. */
  ratio: number;
  ratioFrom: number;
}

/** The first entry (or the whole) that unpacks to more than the bounds allow, or undefined. */
export function oversizedEntry(entries: readonly ZipEntrySize[], bounds: ZipBounds): { name?: string; uncompressed: number } | undefined {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressed;
    if (entry.uncompressed > bounds.entry) return entry;
    if (entry.uncompressed > bounds.ratioFrom && entry.uncompressed > bounds.ratio * Math.max(1, entry.compressed)) return entry;
  }
  return total > bounds.total ? { uncompressed: total } : undefined;
}

/**
 * The first deflated entry that unpacks to more than its directory declares (a directory that
 * lies to pass the bounds), or undefined. Each entry is inflated by zlib with its declared size as
 * the most it may write, so a lie stops there instead of filling the memory.
 */
export function understatedEntry(bytes: Buffer, entries: readonly ZipEntrySize[]): ZipEntrySize | undefined {
  for (const entry of entries) {
    if (entry.method !== 8) continue;
    const header = entry.offset;
    if (header + 30 > bytes.length) return entry;
    const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
    try {
      inflateRawSync(bytes.subarray(start, start + entry.compressed), { maxOutputLength: Math.max(1, entry.uncompressed) });
    } catch (error) {
      // Only the bound is a lie; damaged data is for the reader to report.
      if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return entry;
    }
  }
  return undefined;
}
