import type { Diagnostic } from '../diagnostics.js';
import type { PreparedDocument } from '../document/prepared-document.js';
import type { ParsedChapter } from '../transform/parsed-chapter.js';
import { msg } from '../i18n/message.js';
import { eachNode } from '../markdown/each-node.js';
import { CHART_SRC } from '../charts/chart-request.js';
import { finding } from '../rules.js';
import { resolveManifestImages } from '../transform/embed-front-images.js';
import { overTotal, resolveImage, TOTAL_IMAGE_BYTES, type AssetResult } from '../transform/resolve-asset.js';
import type { Project } from '../project/types.js';

/**
 * Images must exist inside the project as regular files, within the size limits, in a format a
 * browser shows, and carry alt text. `chapters` are the document's, or the same with trees that
 * hold only their images.
 */
export async function checkImages(document: PreparedDocument, chapters: readonly ParsedChapter[] = document.chapters): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const uses: Array<{ place: { file: string; line: number; column: number }; url: string; result: Promise<AssetResult> }> = [];
  for (const chapter of chapters) {
    if (!chapter.tree) continue;
    const { source } = chapter;
    eachNode(chapter.tree, 'image', (image) => {
      const line = image.position?.start.line ?? source.bodyLine;
      const column = image.position?.start.column ?? 1;
      if (!image.alt?.trim()) {
        diagnostics.push(
          finding('image-alt', { file: source.file, line, column }, msg('check.images.altMissing', { url: image.url })),
        );
      }
      if (CHART_SRC.test(image.url) && document.charts.some((chart) => chart.src === image.url)) return;
      uses.push({ place: { file: source.file, line, column }, url: image.url, result: resolveImage(document.project.root, source.absPath, image.url) });
    });
  }
  // The total is counted in the order of the document, as the build embeds the images.
  let total = 0;
  for (const use of uses) {
    const result = await use.result;
    if (!result.ok) diagnostics.push(finding(result.rule, use.place, result.text));
    else if (total + result.bytes > TOTAL_IMAGE_BYTES) diagnostics.push(finding('image-size', use.place, overTotal(use.url)));
    else total += result.bytes;
  }
  return diagnostics;
}

/** The findings about the manifest's images, at the line of ihek.yaml that names each. */
export async function checkManifestImages(project: Project): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  let total = 0;
  for (const { use, result } of resolveManifestImages(project)) {
    const resolved = await result;
    if (!resolved.ok) diagnostics.push(finding(resolved.rule, use.place, resolved.text));
    else if (total + resolved.bytes > TOTAL_IMAGE_BYTES) diagnostics.push(finding('image-size', use.place, overTotal(use.image.file)));
    else total += resolved.bytes;
  }
  return diagnostics;
}
