import mammoth from 'mammoth';
import { IhekError, inputError } from '../errors.js';
import { readRegularFile, type SizeLimit } from '../project/read-project-file.js';

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
}

/** Formats the build embeds (check rule image-format); others are reported and left out. */
const SHOWN: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
};

/**
 * Word's title styles and the table of contents become classes the import can find; comments are
 * kept (as mammoth's numbered references) so that the report can say where they were.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Titel'] => h1.title:fresh",
  'p.Title => h1.title:fresh',
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Untertitel'] => p.subtitle:fresh",
  'p.Subtitle => p.subtitle:fresh',
  "p[style-name^='toc '] => p.toc:fresh",
  "p[style-name^='TOC'] => p.toc:fresh",
  "p[style-name^='Verzeichnis'] => p.toc:fresh",
  'comment-reference => sup',
];

/** A .docx is a ZIP file; an encrypted one (or an old .doc) is an OLE compound file. */
const ZIP = Buffer.from('PK\u0003\u0004', 'latin1');
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A Word IHEK with its photos is some tens of megabytes. */
const WORD_LIMIT: SizeLimit = {
  bytes: 200 * 1024 * 1024,
  hint: { de: 'verkleinern Sie die Bilder in Word (Bilder komprimieren)', en: 'compress the pictures in Word' },
};

function refused(file: string, why: { de: string; en: string }, cause?: unknown) {
  return inputError(
    { de: `${file}: ${why.de}; es wurde nichts angelegt`, en: `${file}: ${why.en}; nothing was created` },
    { file },
    cause,
  );
}

/** Reads a .docx with mammoth; a file that is not one is an input error naming it. */
export async function readDocx(absPath: string, shown: string): Promise<WordDocument> {
  let bytes: Buffer;
  try {
    // A regular file of a bounded size: a pipe would wait for ever, a device never end.
    bytes = await readRegularFile(absPath, shown, WORD_LIMIT);
  } catch (error) {
    if (error instanceof IhekError && !/does not exist/.test(error.text.en)) throw refused(shown, { de: error.text.de.replace(`${shown} `, ''), en: error.text.en.replace(`${shown} `, '') }, error);
    throw refused(shown, { de: 'lässt sich nicht lesen (gibt es die Datei?)', en: 'cannot be read (does the file exist?)' }, error);
  }
  if (bytes.subarray(0, 8).equals(OLE)) {
    throw refused(shown, {
      de: 'ist verschlüsselt oder ein altes Word-Format (.doc); speichern Sie sie in Word ohne Kennwort als .docx',
      en: 'is encrypted or an old Word format (.doc); save it in Word without a password as .docx',
    });
  }
  if (!bytes.subarray(0, 4).equals(ZIP)) {
    throw refused(shown, { de: 'ist keine Word-Datei (.docx)', en: 'is not a Word file (.docx)' });
  }
  const images: WordImage[] = [];
  const unsupportedImages = new Map<string, string>();
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap: STYLE_MAP,
        convertImage: mammoth.images.imgElement(async (image) => {
          const ext = SHOWN[image.contentType];
          const n = images.length + unsupportedImages.size + 1;
          if (!ext) {
            const name = `nicht-uebernommen-${n}`;
            unsupportedImages.set(name, image.contentType);
            return { src: name };
          }
          const name = `bild-${n}.${ext}`;
          images.push({ name, contentType: image.contentType, bytes: await image.readAsBuffer() });
          return { src: name };
        }),
      },
    );
    return { bytes, html: result.value, images, unsupportedImages };
  } catch (error) {
    throw refused(
      shown,
      { de: 'ist beschädigt oder keine Word-Datei (.docx) und lässt sich nicht lesen', en: 'is damaged or not a Word file (.docx) and cannot be read' },
      error,
    );
  }
}
