import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Localized } from '../i18n/lang.js';
import { isInside } from '../project/resolve-inside.js';
import { realpath } from 'node:fs/promises';

export const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

export type AssetResult =
  | { ok: true; absPath: string; mediaType: string }
  | { ok: false; rule: 'image-remote' | 'image-outside' | 'image-missing' | 'image-format'; text: Localized };

/**
 * Where an image named in a chapter lives: a file inside the project, relative to the chapter.
 * Remote addresses, paths that leave the project (also through links), missing files and formats
 * a browser cannot show are refused with the reason.
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
  let found = absPath;
  try {
    const real = await realpath(absPath);
    if (!isInside(await realpath(root), real)) return outside;
    if (!(await stat(real)).isFile()) throw new Error('not a file');
  } catch {
    // Files named with decomposed umlauts (as macOS writes them) are found too.
    const nfd = path.resolve(path.dirname(chapterAbsPath), written.normalize('NFD'));
    let real: string | undefined;
    try {
      real = await realpath(nfd);
      if (!(await stat(real)).isFile()) throw new Error('not a file');
      found = nfd;
    } catch {
      real = undefined;
    }
    if (real && !isInside(await realpath(root), real)) return outside;
    if (!real) {
      return {
        ok: false,
        rule: 'image-missing',
        text: { de: `Bilddatei „${src}“ gibt es nicht`, en: `image file "${src}" does not exist` },
      };
    }
  }
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
  return { ok: true, absPath: found, mediaType };
}
