import { readFile } from 'node:fs/promises';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { Diagnostic } from '../diagnostics.js';
import type { ChapterSource } from '../project/types.js';
import { resolveImage } from './resolve-asset.js';

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
): Promise<void> {
  const images: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'img') images.push(node);
  });
  await Promise.all(
    images.map(async (image) => {
      const src = typeof image.properties.src === 'string' ? image.properties.src : '';
      if (!src) return;
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
        data = readFile(result.absPath).then((bytes) => `data:${result.mediaType};base64,${bytes.toString('base64')}`);
        cache.set(result.absPath, data);
      }
      image.properties.src = await data;
    }),
  );
}
