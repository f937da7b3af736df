import { readFile } from 'node:fs/promises';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { Diagnostic } from '../diagnostics.js';
import type { ChapterSource } from '../project/types.js';
import { resolveImage } from './resolve-asset.js';

/**
 * An SVG shown as an image cannot use the page's fonts and would fall back to whatever the machine
 * has; so its text is set in the bundled fonts, carried inside the SVG.
 */
export function withFonts(svg: string, fontCss: string): string {
  const style = `<style>${fontCss}\n* { font-family: 'Source Sans 3', sans-serif !important; }</style>`;
  // The start tag ends at the first `>` outside its quoted attribute values (a title may hold one).
  return svg.replace(/<svg\b(?:[^>"']|"[^"]*"|'[^']*')*>/, (open) => `${open}${style}`);
}

/** Images read once per run, by absolute path, as data URLs. */
export type ImageCache = Map<string, Promise<string>>;

/**
 * Replaces each image's `src` with the file's content as a data URL, so the HTML is one
 * self-contained file. An image that cannot be embedded loses its `src` and is reported.
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
    if (node.tagName === 'img') images.push(node);
  });
  await Promise.all(
    images.map(async (image) => {
      const src = typeof image.properties.src === 'string' ? image.properties.src : '';
      // Empty, or already embedded by us (charts): user content cannot carry data: URLs, the
      // sanitiser removes them.
      if (!src || src.startsWith('data:')) return;
      const result = await resolveImage(root, chapter.absPath, src);
      if (!result.ok) {
        delete image.properties.src;
        diagnostics.push({
          file: chapter.file,
          line: image.position?.start.line ?? chapter.bodyLine,
          column: image.position?.start.column ?? 1,
          severity: 'error',
          rule: result.rule,
          text: result.text,
        });
        return;
      }
      let data = cache.get(result.absPath);
      if (!data) {
        data = readFile(result.absPath).then((bytes) => {
          const content = result.mediaType === 'image/svg+xml' && svgFontCss ? withFonts(bytes.toString('utf8'), svgFontCss) : bytes;
          return `data:${result.mediaType};base64,${Buffer.from(content).toString('base64')}`;
        });
        cache.set(result.absPath, data);
      }
      image.properties.src = await data;
    }),
  );
}
