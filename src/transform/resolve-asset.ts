import type { Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Localized } from '../i18n/lang.js';
import { IMAGE_LIMIT, megabytes, notRegular, tooLarge } from '../project/read-project-file.js';
import { isInside } from '../project/resolve-inside.js';

export const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

/**
 * All images of one document together, counted once per use: every use is its own copy in the
 * HTML, so forty uses of one photo weigh forty times as much.
 */
export const TOTAL_IMAGE_BYTES = 100 * 1024 * 1024;

/** The finding for the use of an image that takes the document over TOTAL_IMAGE_BYTES. */
export function overTotal(src: string): Localized {
  const mb = megabytes(TOTAL_IMAGE_BYTES);
  return {
    de: `Bild „${src}“ wird nicht eingebettet: alle Bilder des Dokuments zusammen (jede Verwendung zählt) wären größer als ${mb} MB; verkleinern Sie die Bilder oder verwenden Sie sie seltener`,
    en: `image "${src}" is not embedded: all images of the document together (each use counts) would be larger than ${mb} MB; make the images smaller or use them less often`,
  };
}

export type AssetResult =
  | { ok: true; absPath: string; mediaType: string; bytes: number }
  | { ok: false; rule: 'image-remote' | 'image-outside' | 'image-missing' | 'image-format' | 'image-size'; text: Localized };

/**
 * Where an image named in a chapter lives: a file inside the project, relative to the chapter.
 * Remote addresses, paths that leave the project (also through links), missing files, FIFOs and
 * devices, images over the size limit and formats a browser cannot show are refused with the reason.
 */
export async function resolveImage(root: string, chapterAbsPath: string, src: string): Promise<AssetResult> {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return {
      ok: false,
      rule: 'image-remote',
      text: {
        de: `Bild „${src}“ liegt nicht im Projekt; Bilder aus dem Internet werden nicht geladen – Datei ins Projekt legen`,
        en: `image "${src}" is not in the project; images from the internet are not loaded – put the file into the project`,
      },
    };
  }
  let written = src.split(/[?#]/)[0] ?? src;
  try {
    written = decodeURIComponent(written);
  } catch {
    // keep it as written
  }
  const outside = {
    ok: false as const,
    rule: 'image-outside' as const,
    text: {
      de: `Bild „${src}“ liegt außerhalb des Projektordners`,
      en: `image "${src}" lies outside the project folder`,
    },
  };
  if (path.isAbsolute(written)) return outside;
  const absPath = path.resolve(path.dirname(chapterAbsPath), written.normalize('NFC'));
  if (!isInside(root, absPath)) return outside;
  // Files named with decomposed umlauts (as macOS writes them) are found too.
  const nfd = path.resolve(path.dirname(chapterAbsPath), written.normalize('NFD'));
  let found: string | undefined;
  let real: string | undefined;
  let info: Stats | undefined;
  for (const candidate of [absPath, nfd]) {
    real = await realpath(candidate).catch(() => undefined);
    // Only the type and size are looked at here; nothing is opened (a FIFO would wait for ever).
    info = real === undefined ? undefined : await stat(real).catch(() => undefined);
    if (info === undefined) continue;
    found = candidate;
    break;
  }
  if (found === undefined || real === undefined || info === undefined) {
    return {
      ok: false,
      rule: 'image-missing',
      text: { de: `Bilddatei „${src}“ gibt es nicht`, en: `image file "${src}" does not exist` },
    };
  }
  if (!isInside(await realpath(root), real)) return outside;
  const why = notRegular(info, src);
  if (why) return { ok: false, rule: 'image-missing', text: why };
  if (info.size > IMAGE_LIMIT.bytes) return { ok: false, rule: 'image-size', text: tooLarge(src, IMAGE_LIMIT) };
  const mediaType = IMAGE_TYPES[path.extname(found).toLowerCase()];
  if (!mediaType) {
    const list = Object.keys(IMAGE_TYPES).join(', ');
    return {
      ok: false,
      rule: 'image-format',
      text: {
        de: `Bild „${src}“ hat ein Format, das nicht eingebettet wird; möglich: ${list}`,
        en: `image "${src}" has a format that is not embedded; possible: ${list}`,
      },
    };
  }
  return { ok: true, absPath: found, mediaType, bytes: info.size };
}
