import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { PreparedDocument } from '../document/prepared-document.js';
import { msg } from '../i18n/message.js';
import { loadTemplates, type LayoutTemplates } from '../render/load-templates.js';
import { neutralizeCss } from '../render/neutralize-css.js';
import { standInFrontImages } from '../transform/embed-front-images.js';
import { LAYOUT_RUNTIME_OPTIONS, layoutRuntime, layoutView } from '../render/render-html.js';
import { sanitizePage } from '../render/sanitize-page.js';
import { filesAt } from '../project/project-files.js';
import { finding } from '../rules.js';

/**
 * Rules template-script and template-external: the project's own templates run nothing and load
 * nothing. Each template is judged on what it renders to (the sanitiser of the page takes out the
 * same things when building), so `<scr{{!x}}ipt>` counts as the script it becomes.
 */

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Where in the template's source a finding in its output most likely comes from: the first place
 * that reads like the output there (as much of it as the source has verbatim), else line 1.
 */
function placeInSource(source: string, output: string, offset: number): { line: number; column: number } {
  const lower = source.toLowerCase();
  for (let length = 40; length >= 4; length -= 1) {
    const at = lower.indexOf(output.slice(offset, offset + length).toLowerCase());
    if (at !== -1) return lineAndColumn(source, at);
    // What the output has just before (the start tag around a misplaced slot).
    const before = output.slice(Math.max(0, offset - length), offset).toLowerCase();
    const end = before.length >= 4 ? lower.indexOf(before) : -1;
    if (end !== -1) return lineAndColumn(source, end + before.length);
  }
  return { line: 1, column: 1 };
}

/** The project's own template files (those that override the built-in ones). */
async function ownTemplateFiles(root: string): Promise<string[]> {
  const list = async (relative: string, ending: RegExp) =>
    (await filesAt(root).readdir(path.join(root, relative)).catch(() => [] as string[])).filter((name) => ending.test(name)).map((name) => path.posix.join(relative, name));
  return [...(await list('templates', /^(layout\.hbs|style\.css)$/)), ...(await list('templates/partials', /\.hbs$/))];
}

function checkStyleSheet(file: string, css: string): Diagnostic[] {
  const out = neutralizeCss(css).findings.map((found) => finding('template-external', { file, ...lineAndColumn(css, found.offset) }, found.text));
  const closing = /<\/style/i.exec(css);
  if (closing) {
    out.push(
      finding('template-script', { file, ...lineAndColumn(css, closing.index) }, msg('check.templates.styleEnd')),
    );
  }
  return out;
}

/** What one template renders to on its own: the layout without its partials, a partial as if it were the page. */
function renderAlone(source: string, document: PreparedDocument, templates: LayoutTemplates): string | undefined {
  const silent = Object.fromEntries(Object.keys(templates.partials).map((name) => [name, '']));
  const chapters = document.chapters.map((chapter) => ({ id: chapter.source.frontMatter.id, kind: chapter.source.kind, html: '' }));
  const withImages = { ...document, frontImages: document.frontImages ?? standInFrontImages(document.project) };
  const view = layoutView(withImages, { chapters, captions: document.captions }, templates, 'ihek');
  try {
    // The style sheet is judged on its own (checkStyleSheet), not again inside the layout.
    return layoutRuntime(silent).compile(source, { strict: false })({ ...view, css: '' }, LAYOUT_RUNTIME_OPTIONS);
  } catch {
    return undefined; // a template that does not render is reported when building
  }
}

export async function checkTemplates(document: PreparedDocument): Promise<Diagnostic[]> {
  const root = document.project.root;
  const files = await ownTemplateFiles(root);
  if (files.length === 0) return [];
  // A template that cannot be read (a link out of the project, a FIFO, too large) ends the check as it
  // ends the build: exit 2 naming the file.
  const templates: LayoutTemplates = await loadTemplates(root);
  const out: Diagnostic[] = [];
  for (const file of files) {
    if (file === 'templates/style.css') {
      out.push(...checkStyleSheet(file, templates.css));
      continue;
    }
    const source = file === 'templates/layout.hbs' ? templates.layout : templates.partials[path.posix.basename(file, '.hbs')];
    if (source === undefined) continue;
    const page = renderAlone(source, document, templates);
    if (page === undefined) continue;
    const seen = new Set<string>();
    for (const found of sanitizePage(page).findings) {
      const place = { file, ...placeInSource(source, page, found.offset) };
      const key = `${found.rule}\u0000${place.line}\u0000${found.text.en}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(finding(found.rule, place, found.text));
    }
  }
  return out;
}
