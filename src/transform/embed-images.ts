import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { Diagnostic } from '../diagnostics.js';
import { IhekError } from '../errors.js';
import type { Localized } from '../i18n/lang.js';
import { IMAGE_LIMIT, readProjectFile } from '../project/read-project-file.js';
import type { ChapterSource } from '../project/types.js';
import { overTotal, resolveImage, TOTAL_IMAGE_BYTES } from './resolve-asset.js';

/**
 * An SVG shown as an image cannot use the page's fonts and would fall back to whatever the machine
 * has; so its text is set in the bundled fonts, carried inside the SVG.
 */
export function withFonts(svg: string, fontCss: string): string {
  const style = `<style>${fontCss}\n* { font-family: 'Source Sans 3', sans-serif !important; }</style>`;
  // The start tag ends at the first `>` outside its quoted attribute values (a title may hold one).
  return svg.replace(/<svg\b(?:[^>"']|"[^"]*"|'[^']*')*>/, (open) => `${open}${style}`);
}

/** Images read once per document, by absolute path, as data URLs; and the bytes embedded so far. */
export interface ImageCache {
  data: Map<string, Promise<string>>;
  embeddedBytes: number;
}

export function newImageCache(): ImageCache {
  return { data: new Map(), embeddedBytes: 0 };
}

/**
 * Replaces each image's `src` with the file's content as a data URL, so the HTML is one
 * self-contained file. An image that cannot be embedded loses its `src` and is reported; so does
 * each use that would take the document over TOTAL_IMAGE_BYTES.
 */
export async function embedImages(
  tree: Root,
  root: string,
  chapter: ChapterSource,
  cache: ImageCache,
  diagnostics: Diagnostic[],
  svgFontCss?: string,
): Promise<void> {
  const images: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    // Empty, or already embedded by us (charts): user content cannot carry data: URLs, the
    // sanitiser removes them.
    const src = node.properties.src;
    if (node.tagName === 'img' && typeof src === 'string' && src && !src.startsWith('data:')) images.push(node);
  });
  const results = await Promise.all(images.map((image) => resolveImage(root, chapter.absPath, image.properties.src as string)));
  const refuse = (image: Element, rule: string, text: Localized) => {
    delete image.properties.src;
    diagnostics.push({
      file: chapter.file,
      line: image.position?.start.line ?? chapter.bodyLine,
      column: image.position?.start.column ?? 1,
      severity: 'error',
      rule,
      text,
    });
  };
  // Counted in the order of the text, so the same use is refused on every run.
  const embedding: Array<Promise<void>> = [];
  images.forEach((image, index) => {
    const result = results[index]!;
    const src = image.properties.src as string;
    if (!result.ok) return refuse(image, result.rule, result.text);
    if (cache.embeddedBytes + result.bytes > TOTAL_IMAGE_BYTES) return refuse(image, 'image-size', overTotal(src));
    cache.embeddedBytes += result.bytes;
    let data = cache.data.get(result.absPath);
    if (!data) {
      data = readProjectFile(root, result.absPath, src, IMAGE_LIMIT).then((bytes) => {
        const content = result.mediaType === 'image/svg+xml' && svgFontCss ? withFonts(bytes.toString('utf8'), svgFontCss) : bytes;
        return `data:${result.mediaType};base64,${Buffer.from(content).toString('base64')}`;
      });
      cache.data.set(result.absPath, data);
    }
    embedding.push(
      data.then(
        (url) => void (image.properties.src = url),
        // Changed since it was looked at (now a FIFO, larger, gone): refused as the reader says.
        (error: unknown) => {
          if (!(error instanceof IhekError)) throw error;
          refuse(image, 'image-missing', error.text);
        },
      ),
    );
  });
  await Promise.all(embedding);
}
