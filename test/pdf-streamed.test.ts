import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../src/api/build.js';
import { pdfMetadata } from '../src/pipeline/build-project.js';
import { checkProject } from '../src/api/check.js';
import { BrowserSession } from '../src/pdf/browser-session.js';
import { findBrowser } from '../src/pdf/find-browser.js';
import { renderPdf } from '../src/pdf/render-pdf.js';
import { loadProject } from '../src/project/load-project.js';
import { embeddedFontCss, svgFontCss } from '../src/render/embed-fonts.js';
import { loadTemplates } from '../src/render/load-templates.js';
import { renderChapters } from '../src/render/render-chapters.js';
import { contentsWithPages, renderHtml } from '../src/render/render-html.js';
import { embedFrontImages } from '../src/transform/embed-front-images.js';
import { packageVersion } from '../src/version.js';
import { exampleDir, makeProject, removeTempDirs, tempDir } from './support/fixture.js';
import { pageTexts, renderPng } from './support/pdf.js';

/**
 * `ihek build` writes the print page into the browser chapter by chapter while it renders them.
 * The PDF must be the one the page loaded whole gives, and a layout whose chapters cannot be cut
 * out of it is printed whole.
 */

afterAll(removeTempDirs);
const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };

/** The PDF `ihek build` writes, and the PDF of the same print page loaded whole into the browser. */
async function streamedAndWhole(dir: string): Promise<{ streamed: Buffer; whole: Buffer; out: string }> {
  const out = await tempDir('ihek-pdf-streamed-');
  const result = await build({ dir, out, formats: ['pdf'], env });
  expect(result.ok).toBe(true);
  const project = await loadProject({ dir });
  const { document } = await checkProject(project);
  const fontCss = await embeddedFontCss();
  // The cover picture and the funders' logos, embedded as the build embeds them.
  document.frontImages = await embedFrontImages(project, [], svgFontCss(fontCss));
  const rendered = await renderChapters(document, { svgFontCss: svgFontCss(fontCss) });
  const html = renderHtml(document, rendered, await loadTemplates(project.root), `ihek ${packageVersion()}`, fontCss, true);
  const session = await BrowserSession.start(await findBrowser(undefined, env));
  try {
    const whole = await renderPdf(session, { html, ...contentsWithPages(document, rendered), metadata: pdfMetadata(document, env, session.found) });
    expect(whole.printedTwice).toBe(false);
    await writeFile(path.join(out, 'whole.pdf'), whole.bytes);
    return { streamed: await readFile(path.join(out, 'ihek.pdf')), whole: Buffer.from(whole.bytes), out };
  } finally {
    await session.close();
  }
}

describe('the print written into the browser while it is rendered', () => {
  it('a document of text and tables gives byte for byte the PDF of the page loaded whole', async () => {
    const project = await makeProject({ transform: { 'kapitel/01-einleitung.md': (bytes) => bytes.toString('utf8').replace(/^!\[.*$/m, '') } });
    const { streamed, whole } = await streamedAndWhole(project.dir);
    // Table header cells carry Chromium's DOM node numbers (/ID (node00000125)): the same too.
    expect(streamed.toString('latin1')).toMatch(/\/ID \(node\d{8}\)/);
    expect(streamed.equals(whole)).toBe(true);
  }, 120_000);

  it('the example, with its images and charts, looks the same on every page as the page loaded whole', async () => {
    const { out } = await streamedAndWhole(exampleDir);
    const pages = (await pageTexts(path.join(out, 'ihek.pdf'))).length;
    expect((await pageTexts(path.join(out, 'whole.pdf'))).length).toBe(pages);
    // SVG images may share the page's font resources or load their own (the same face from the
    // same data): the PDF's font objects can differ, what a reader sees must not.
    for (let page = 1; page <= pages; page++) {
      await renderPng(path.join(out, 'ihek.pdf'), page, path.join(out, `s-${page}`), 30);
      await renderPng(path.join(out, 'whole.pdf'), page, path.join(out, `w-${page}`), 30);
      const [a, b] = await Promise.all([readFile(path.join(out, `s-${page}.png`)), readFile(path.join(out, `w-${page}.png`))]);
      expect(a.equals(b), `page ${page}`).toBe(true);
    }
  }, 120_000);

  it('a layout that shows every chapter twice is printed whole, both times', async () => {
    const layout = (await readFile(path.join(exampleDir, '..', 'templates', 'layout.hbs'), 'utf8')).replace(
      '{{#each chapters}}\n{{{html}}}\n{{/each}}',
      '{{#each chapters}}\n{{{html}}}\n{{/each}}\n{{#each chapters}}\n{{{html}}}\n{{/each}}',
    );
    expect(layout.match(/\{\{#each chapters\}\}/g)).toHaveLength(2);
    const project = await makeProject({ files: { 'templates/layout.hbs': layout } });
    const result = await build({ dir: project.dir, formats: ['pdf'], env });
    expect(result.ok).toBe(true);
    const text = (await pageTexts(project.path('out/ihek.pdf'))).join('\n');
    const title = /^title: (.+)$/m.exec(await readFile(project.path('kapitel/01-einleitung.md'), 'utf8'));
    expect(title).not.toBeNull();
    expect(text.split(title![1]!.trim()).length - 1).toBeGreaterThanOrEqual(2);
  }, 120_000);
});
