import { Resvg } from '@resvg/resvg-js';
import { ImageRun } from 'docx';
import { CONTENT_WIDTH_PX } from './page-geometry.js';

/** Print resolution of charts and SVG images turned into PNG for Word. */
const PRINT_DPI = 300;
const CSS_DPI = 96;

export interface WordImage {
  type: 'png' | 'jpg' | 'gif';
  data: Uint8Array;
  /** Size on the page, in CSS pixels. */
  width: number;
  height: number;
}

function pngSize(data: Uint8Array): { width: number; height: number } | undefined {
  if (data.length < 24 || data[0] !== 0x89 || data[1] !== 0x50) return undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function gifSize(data: Uint8Array): { width: number; height: number } | undefined {
  if (data.length < 10 || data[0] !== 0x47 || data[1] !== 0x49) return undefined;
  return { width: data[6]! | (data[7]! << 8), height: data[8]! | (data[9]! << 8) };
}

/** The size in the first start-of-frame segment of a JPEG. */
function jpegSize(data: Uint8Array): { width: number; height: number } | undefined {
  let at = 2;
  while (at + 9 < data.length) {
    if (data[at] !== 0xff) return undefined;
    const marker = data[at + 1]!;
    const length = (data[at + 2]! << 8) | data[at + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (data[at + 5]! << 8) | data[at + 6]!, width: (data[at + 7]! << 8) | data[at + 8]! };
    }
    at += 2 + length;
  }
  return undefined;
}

/**
 * An SVG as a browser shows it in an `<img>`: without anything from outside. The renderer would
 * read any file an `href` names (`<image href="/home/…/foto.png">`) into the Word file, so every
 * reference is dropped that is neither to the SVG itself (`#…`) nor a raster image inside it
 * (`data:image/png…`); an SVG that declares entities (which could spell such a path) is not drawn.
 */
export function insideOnly(svg: string): string | undefined {
  if (/<!ENTITY/i.test(svg)) return undefined;
  return svg.replace(/\s[\w.:-]*href\s*=\s*("[^"]*"|'[^']*')/gi, (attribute, value: string) =>
    /^["']\s*(#|data:image\/(png|jpeg|gif|webp)[;,])/i.test(value) ? attribute : '',
  );
}

/** An SVG drawn as PNG at print resolution, shown at the size the SVG asks for. */
function svgToPng(source: string): WordImage | undefined {
  const svg = insideOnly(source);
  if (svg === undefined) return undefined;
  // The document's fonts ship as WOFF2, which the renderer cannot read: the SVG's text is set in a
  // sans-serif face of the machine instead.
  const scale = PRINT_DPI / CSS_DPI;
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
    background: 'white',
  });
  const rendered = resvg.render();
  return { type: 'png', data: rendered.asPng(), width: Math.round(rendered.width / scale), height: Math.round(rendered.height / scale) };
}

/**
 * The image of a `data:` URL (as the HTML embeds it) in a form Word shows: PNG, JPEG and GIF as
 * they are, SVG as PNG. None for a format Word cannot show (WebP).
 */
export function wordImage(src: string): WordImage | undefined {
  const match = /^data:([^;,]+);base64,(.*)$/s.exec(src);
  if (!match) return undefined;
  const bytes = Buffer.from(match[2]!, 'base64');
  const type = match[1]!;
  if (type === 'image/svg+xml') return svgToPng(bytes.toString('utf8'));
  const kinds: Record<string, { type: WordImage['type']; size: (data: Uint8Array) => { width: number; height: number } | undefined }> = {
    'image/png': { type: 'png', size: pngSize },
    'image/jpeg': { type: 'jpg', size: jpegSize },
    'image/gif': { type: 'gif', size: gifSize },
  };
  const kind = kinds[type];
  const size = kind?.size(bytes);
  return kind && size ? { type: kind.type, data: bytes, ...size } : undefined;
}

/** The image as a run, no wider than the text column (nor than `box`), described by its alt text. */
export function imageRun(image: WordImage, description: string, name: string, box: { width?: number; height?: number } = {}): ImageRun {
  const factor = Math.min(1, (box.width ?? CONTENT_WIDTH_PX) / Math.max(1, image.width), (box.height ?? Infinity) / Math.max(1, image.height));
  return new ImageRun({
    type: image.type,
    data: image.data,
    transformation: { width: Math.round(image.width * factor), height: Math.round(image.height * factor) },
    altText: { name, description, title: name },
  });
}
