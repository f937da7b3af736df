import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../src/api/build.js';
import { makeProject, packageRoot, tempDir, type TestProject } from './support/fixture.js';
import { normalise, pageTexts } from './support/pdf.js';

/**
 * A chapter whose raw HTML and CSS try to load images, styles and media from a server on
 * 127.0.0.1 (started here). Printing the PDF must not contact it: the document is self-contained.
 */

const requests: string[] = [];
let server: http.Server;
let base: string;
let out: string;
let result: BuildResult;
let html: string;
let project: TestProject;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.writeHead(200, { 'content-type': 'image/png' });
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  project = await makeProject({
    overlay: 'pdf-network',
    transform: { 'kapitel/03-fremde-quellen.md': (bytes) => bytes.toString('utf8').replaceAll('http://127.0.0.1:__PORT__', base) },
  });
  // The chapter is meant to be rejected by the check (remote image); skip it to reach the printer.
  out = await tempDir('ihek-pdf-network-');
  result = await build({ dir: project.dir, out, formats: ['pdf'], noCheck: true, env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } });
  html = await readFile(path.join(out, 'ihek.html'), 'utf8');
}, 120_000);

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('a PDF build of raw HTML and CSS that point at a server', () => {
  it('the chapter really points at the server', async () => {
    const chapter = await project.read('kapitel/03-fremde-quellen.md');
    expect(chapter).toContain(`<img src="${base}/a.png"`);
    expect(chapter).toContain(`style="background-image: url(${base}/b.png)"`);
    expect(chapter).not.toContain('__PORT__');
  });

  it('prints the PDF with the text around the attempts', async () => {
    expect(result.ok).toBe(true);
    expect(result.files.map((file) => path.basename(file))).toEqual(['ihek.html', 'ihek.pdf']);
    const text = normalise((await pageTexts(path.join(out, 'ihek.pdf'))).join('\n'));
    expect(text).toContain('Vor dem Bild steht Text.');
    expect(text).toContain('Absatz mit Hintergrundbild im Stilattribut.');
    expect(text).toContain('Zum Schluss steht Text.');
  });

  it('the server received no request at all', () => {
    expect(requests).toEqual([]);
  });

  it('the sanitiser removed the remote <img src> and the url() in style attributes, so the browser had nothing to block', () => {
    // What actually happens: the <img> keeps its alt text but loses the remote src; style attributes
    // and legacy background attributes are dropped; <link>, <style>, media and <svg> are removed.
    expect(html).toContain('<img alt="Bild vom Server">');
    expect(html).not.toContain(`${base}/a.png`);
    for (const name of ['b.png', 'span.png', 'table.png', 'td.png', 'style.css', 'import.css', 'style-tag.png', 'video.mp4', 'poster.png', 'audio.mp3', 'object.svg', 'embed.svg', 'svg-image.png', 'markdown.png', 'srcset.png']) {
      expect(html, name).not.toContain(`${base}/${name}`);
    }
    expect(result.pdf?.blockedRequests).toEqual([]);
  });

  it('what is left (a <source srcset> in a <picture>) is not loaded: the page forbids any image but data: URLs', () => {
    // The sanitiser keeps <source srcset="http://…"> inside <picture>; the page's Content-Security-Policy
    // (img-src data:) stops the browser before it even asks, so neither the server nor the request
    // filter of the PDF step sees it.
    const leftovers = [...html.matchAll(new RegExp(`${base.replace(/\./g, '\\.')}/[^"' )]*`, 'g'))].map((m) => m[0]);
    expect(leftovers).toEqual([`${base}/picture.png`]);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:;/);
    expect(requests).toEqual([]);
  });
});

describe('a project whose own layout and style sheet load from the server (no Content-Security-Policy)', () => {
  /**
   * A project may bring its own templates/layout.hbs and templates/style.css. Here the layout
   * lacks the built-in Content-Security-Policy and shows an <img> from the server, and the style
   * sheet asks for a background image and a font from it. The page the templates render to is
   * sanitised as chapters are: the loads are taken out and the built-in policy is put in.
   */
  let own: BuildResult;
  let ownOut: string;
  const before = () => requests.length;
  let requestsBefore = 0;

  beforeAll(async () => {
    requestsBefore = before();
    const layout = (await readFile(path.join(packageRoot, 'templates', 'layout.hbs'), 'utf8'))
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/, '')
      .replace('<body>', `<body>\n<img src="${base}/layout.png" alt="Logo vom Server">`);
    const css = `@font-face { font-family: 'Fremd'; src: url(${base}/font.woff2) format('woff2'); }
${await readFile(path.join(packageRoot, 'templates', 'style.css'), 'utf8')}
body { background-image: url(${base}/background.png); }
h1 { font-family: 'Fremd', 'Source Sans 3', sans-serif; }
`;
    const project = await makeProject({ files: { 'templates/layout.hbs': layout, 'templates/style.css': css } });
    ownOut = await tempDir('ihek-pdf-network-own-');
    own = await build({ dir: project.dir, out: ownOut, formats: ['pdf'], noCheck: true, env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } });
  }, 120_000);

  it('the HTML gets the built-in policy and points nowhere', async () => {
    const page = await readFile(path.join(ownOut, 'ihek.html'), 'utf8');
    expect(page.match(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/g)?.length).toBe(1);
    expect(page).toContain('<img  alt="Logo vom Server">');
    expect(page).not.toContain(base);
    expect(page).toContain('h1 { font-family: \'Fremd\'');
  });

  it('prints the PDF, and the server received no request', () => {
    expect(own.ok).toBe(true);
    expect(own.files.map((file) => path.basename(file))).toEqual(['ihek.html', 'ihek.pdf']);
    expect(requests.slice(requestsBefore)).toEqual([]);
  });

  it('the page tried to load nothing (BuildResult.pdf.blockedRequests is empty)', () => {
    expect(own.pdf?.blockedRequests).toEqual([]);
  });
});
