import mammoth from 'mammoth';
import { IhekError, inputError } from '../errors.js';
import type { Localized } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { IMAGE_LIMIT, megabytes, readRegularFile, type SizeLimit } from '../project/read-project-file.js';
import { oversizedEntry, understatedEntry, zipEntrySizes, type ZipBounds } from './zip-sizes.js';

/** An image of the Word file, as it will be written into `bilder/`. */
export interface WordImage {
  /** The file name in `bilder/`. */
  name: string;
  contentType: string;
  bytes: Buffer;
}

export interface WordDocument {
  bytes: Buffer;
  /** The document as HTML, the way mammoth maps Word's styles (see STYLE_MAP). */
  html: string;
  images: WordImage[];
  /** Images in a format a browser cannot show (EMF, WMF, TIFF …), by the name they stand under in the HTML. */
  unsupportedImages: Map<string, string>;
  /** Images larger than a project may hold (IMAGE_LIMIT), left out; the names they stand under in the HTML. */
  tooLargeImages: Set<string>;
}

/** Formats the build embeds (check rule image-format); others are reported and left out. */
const SHOWN: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
};

/** Word's heading styles in a German Word or LibreOffice: the id Word writes drops the "Ü". */
const GERMAN_HEADINGS = [1, 2, 3, 4, 5, 6].flatMap((n) => [`p[style-name='Überschrift ${n}'] => h${n}:fresh`, `p.berschrift${n} => h${n}:fresh`, `p.Überschrift${n} => h${n}:fresh`]);

/**
 * Word's title styles and the table of contents become classes the import can find, in English
 * and German Word and LibreOffice; comments are kept (as mammoth's numbered references) so that
 * the report can say where they were. mammoth compares style names without regard to case.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Titel'] => h1.title:fresh",
  'p.Title => h1.title:fresh',
  'p.Titel => h1.title:fresh',
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Untertitel'] => p.subtitle:fresh",
  'p.Subtitle => p.subtitle:fresh',
  'p.Untertitel => p.subtitle:fresh',
  ...GERMAN_HEADINGS,
  "p[style-name^='toc '] => p.toc:fresh",
  "p[style-name^='TOC'] => p.toc:fresh",
  "p[style-name^='Verzeichnis'] => p.toc:fresh",
  "p[style-name^='Inhaltsverzeichnis'] => p.toc:fresh",
  "p[style-name^='Contents '] => p.toc:fresh",
  'comment-reference => sup',
];

/** A .docx is a ZIP file; an encrypted one (or an old .doc) is an OLE compound file. */
const ZIP = Buffer.from('PK\u0003\u0004', 'latin1');
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A Word IHEK with its photos is some tens of megabytes. */
const WORD_LIMIT: SizeLimit = {
  bytes: 200 * 1024 * 1024,
  hint: msg('import.read.wordHint'),
};

/**
 * What the Word file may unpack to, as its ZIP directory declares it, before anything is inflated:
 * a 300-page IHEK with photos unpacks to some tens of megabytes, and its XML packs about 10:1. A
 * file declaring more is refused, so that a ZIP bomb never reaches the reader.
 */
const UNPACKED: ZipBounds = {
  total: 512 * 1024 * 1024,
  entry: WORD_LIMIT.bytes,
  ratio: 100,
  ratioFrom: 10 * 1024 * 1024,
};

function refused(file: string, why: Localized, cause?: unknown) {
  return inputError(msg('import.read.refused', { file, why }), { file }, cause);
}

/** Reads a .docx with mammoth; a file that is not one is an input error naming it. */
export async function readDocx(absPath: string, shown: string): Promise<WordDocument> {
  let bytes: Buffer;
  try {
    // A regular file of a bounded size: a pipe would wait for ever, a device never end.
    bytes = await readRegularFile(absPath, shown, WORD_LIMIT);
  } catch (error) {
    if (error instanceof IhekError && !/does not exist/.test(error.text.en)) throw refused(shown, { de: error.text.de.replace(`${shown} `, ''), en: error.text.en.replace(`${shown} `, '') }, error);
    throw refused(shown, msg('import.read.unreadable'), error);
  }
  if (bytes.subarray(0, 8).equals(OLE)) {
    throw refused(shown, msg('import.read.encrypted'));
  }
  if (!bytes.subarray(0, 4).equals(ZIP)) {
    throw refused(shown, msg('import.read.notWord'));
  }
  const entries = zipEntrySizes(bytes);
  if (!entries) throw refused(shown, msg('import.read.damaged'));
  const oversized = oversizedEntry(entries, UNPACKED);
  if (oversized) throw refused(shown, msg('import.read.unpacksTooLarge', { megabytes: megabytes(oversized.uncompressed), entry: oversized.name ?? '' }));
  const understated = understatedEntry(bytes, entries);
  if (understated) throw refused(shown, msg('import.read.understated', { entry: understated.name }));
  const images: WordImage[] = [];
  const unsupportedImages = new Map<string, string>();
  const tooLargeImages = new Set<string>();
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap: STYLE_MAP,
        convertImage: mammoth.images.imgElement(async (image) => {
          const ext = SHOWN[image.contentType];
          const n = images.length + unsupportedImages.size + tooLargeImages.size + 1;
          if (!ext) {
            const name = `nicht-uebernommen-${n}`;
            unsupportedImages.set(name, image.contentType);
            return { src: name };
          }
          const bytes = await image.readAsBuffer();
          // The check would refuse a larger image in the project (image-size); it is not written.
          if (bytes.length > IMAGE_LIMIT.bytes) {
            const name = `zu-gross-${n}`;
            tooLargeImages.add(name);
            return { src: name };
          }
          const name = `bild-${n}.${ext}`;
          images.push({ name, contentType: image.contentType, bytes });
          return { src: name };
        }),
      },
    );
    return { bytes, html: result.value, images, unsupportedImages, tooLargeImages };
  } catch (error) {
    throw refused(shown, msg('import.read.damaged'), error);
  }
}
