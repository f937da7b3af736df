import type { Image } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Diagnostic } from '../diagnostics.js';
import type { PreparedDocument } from '../document/prepare-document.js';
import { CHART_SRC } from '../charts/chart-request.js';
import { finding } from './rules.js';
import { resolveImage } from '../transform/resolve-asset.js';

/** Images must exist inside the project, in a format a browser shows, and carry alt text. */
export async function checkImages(document: PreparedDocument): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const jobs: Array<Promise<void>> = [];
  for (const chapter of document.chapters) {
    if (!chapter.tree) continue;
    const { source } = chapter;
    visit(chapter.tree, 'image', (image: Image) => {
      const line = image.position?.start.line ?? source.bodyLine;
      const column = image.position?.start.column ?? 1;
      if (!image.alt?.trim()) {
        diagnostics.push(
          finding('image-alt', { file: source.file, line, column }, {
            de: `Bild „${image.url}“ hat keinen Alternativtext; beschreiben Sie in ![…], was das Bild zeigt`,
            en: `image "${image.url}" has no alt text; describe in ![…] what it shows`,
          }),
        );
      }
      if (CHART_SRC.test(image.url) && document.charts.some((chart) => chart.src === image.url)) return;
      jobs.push(
        resolveImage(document.project.root, source.absPath, image.url).then((result) => {
          if (!result.ok) {
            diagnostics.push(finding(result.rule, { file: source.file, line, column }, result.text));
          }
        }),
      );
    });
  }
  await Promise.all(jobs);
  return diagnostics;
}
