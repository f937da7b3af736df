import path from 'node:path';
import type { Localized } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { IMAGE_LIMIT, megabytes, notRegular, tooLarge } from '../project/read-project-file.js';
import { filesAt, isInside, type FileStats } from '../project/project-files.js';

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
  return msg('transform.asset.overTotal', { src, mb });
}

export type AssetResult =
  | { ok: true; absPath: string; mediaType: string; bytes: number }
  | { ok: false; rule: 'image-remote' | 'image-outside' | 'image-missing' | 'image-format' | 'image-size'; text: Localized };

const REMOTE = /^[a-z][a-z0-9+.-]*:/i;

/** The path part of an image address as the author wrote it: no query or fragment, percent-escapes decoded. */
export function writtenPath(src: string): string {
  const written = src.split(/[?#]/)[0] ?? src;
  try {
    return decodeURIComponent(written);
  } catch {
    return written;
  }
}

/**
 * Where an image path points, before any file is read: a path starting with `/` from the project
 * folder (as Quarto reads it), anything else from the chapter's folder (as every Markdown previewer
 * reads it). The result may lie outside the project; callers check that.
 */
export function assetPath(root: string, chapterAbsPath: string, written: string): string {
  return written.startsWith('/') ? path.join(root, written) : path.resolve(path.dirname(chapterAbsPath), written);
}

/** A web address (any scheme) or a protocol-relative URL: nothing in the project. */
export function isRemoteAsset(src: string): boolean {
  return REMOTE.test(src) || src.startsWith('//');
}

type Located = { kind: 'file'; absPath: string; info: FileStats } | { kind: 'outside' } | { kind: 'missing' };

/**
 * The first candidate that exists, unless one of them leads out of the project through a link first.
 * Only its type and size are looked at; nothing is opened (a FIFO would wait for ever).
 */
async function locate(realRoot: string, candidates: string[]): Promise<Located> {
  for (const candidate of candidates) {
    let real: string;
    try {
      real = await filesAt(candidate).realpath(candidate);
    } catch {
      continue;
    }
    if (!isInside(realRoot, real)) return { kind: 'outside' };
    const info = await filesAt(real).stat(real).catch(() => undefined);
    if (info && !info.isDirectory()) return { kind: 'file', absPath: candidate, info };
  }
  return { kind: 'missing' };
}

/** The written path in NFC, then in NFD: files named with decomposed umlauts (as macOS writes them) are found too. */
function spellings(root: string, chapterAbsPath: string, written: string): string[] {
  return [...new Set([written.normalize('NFC'), written.normalize('NFD')])].map((w) => assetPath(root, chapterAbsPath, w));
}

/** Where an image is named: in a chapter's text, or in ihek.yaml (cover picture, logos). */
export type NamedIn = 'chapter' | 'manifest';

const slashes = (relative: string) => relative.split(path.sep).join('/');

/**
 * Why an image file is not found. When a path relative to the chapter finds nothing but the same
 * path from the project folder does (`bilder/karte.png` written in `kapitel/`), the message names
 * both spellings that work.
 */
async function missing(root: string, realRoot: string, chapterAbsPath: string, src: string, written: string, named: NamedIn): Promise<Localized> {
  // ihek.yaml lies in the project folder: there is no other folder to suggest.
  if (named === 'manifest') return msg('transform.asset.missingFromManifest', { src });
  const folder = slashes(path.relative(root, path.dirname(chapterAbsPath))) || '.';
  if (!written.startsWith('/')) {
    const fromProject = path.join(root, written.normalize('NFC'));
    if (isInside(root, fromProject) && (await locate(realRoot, [fromProject])).kind === 'file') {
      const relative = slashes(path.relative(path.dirname(chapterAbsPath), fromProject));
      const absolute = `/${slashes(path.relative(root, fromProject))}`;
      return msg('transform.asset.inProjectFolder', { src, folder, relative, absolute });
    }
  }
  return written.startsWith('/')
    ? msg('transform.asset.missingFromProject', { src })
    : msg('transform.asset.missingFromChapter', { src, folder });
}

/**
 * Where an image named in a chapter lives: a file inside the project, relative to the chapter, or
 * to the project folder when the path starts with `/`. Remote addresses, paths that leave the
 * project (also through links), missing files, FIFOs and devices, images over the size limit and
 * formats a browser cannot show are refused with the reason.
 */
export async function resolveImage(root: string, chapterAbsPath: string, src: string, named: NamedIn = 'chapter'): Promise<AssetResult> {
  if (isRemoteAsset(src)) {
    return {
      ok: false,
      rule: 'image-remote',
      text: msg('transform.asset.remote', { src }),
    };
  }
  const written = writtenPath(src);
  const outside = {
    ok: false as const,
    rule: 'image-outside' as const,
    text: msg('transform.asset.outside', { src }),
  };
  // A Windows drive or a backslash path would be read differently on another machine.
  if (/^[a-zA-Z]:[\\/]|^\\/.test(written)) return outside;
  const candidates = spellings(root, chapterAbsPath, written);
  if (!isInside(root, candidates[0]!)) return outside;
  const realRoot = await filesAt(root).realpath(root);
  const located = await locate(realRoot, candidates);
  if (located.kind === 'outside') return outside;
  if (located.kind === 'missing') {
    return { ok: false, rule: 'image-missing', text: await missing(root, realRoot, chapterAbsPath, src, written, named) };
  }
  const why = notRegular(located.info, src);
  if (why) return { ok: false, rule: 'image-missing', text: why };
  if (located.info.size > IMAGE_LIMIT.bytes) return { ok: false, rule: 'image-size', text: tooLarge(src, IMAGE_LIMIT) };
  const mediaType = IMAGE_TYPES[path.extname(located.absPath).toLowerCase()];
  if (!mediaType) {
    const list = Object.keys(IMAGE_TYPES).join(', ');
    return {
      ok: false,
      rule: 'image-format',
      text: msg('transform.asset.format', { src, list }),
    };
  }
  return { ok: true, absPath: located.absPath, mediaType, bytes: located.info.size };
}
