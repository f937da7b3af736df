import type { Element } from 'hast';
import path from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { PreparedDocument } from '../document/prepared-document.js';
import { writeAtomic } from '../output/write-atomic.js';
import type { BrowserSession } from '../pdf/browser-session.js';
import { msgIn } from '../i18n/message.js';
import { withDeadline } from '../pdf/deadline.js';
import type { FoundBrowser } from '../pdf/find-browser.js';
import type { PrintStream, StreamedPage } from '../pdf/streamed-page.js';
import type { PdfMetadata } from '../pdf/set-metadata.js';
import { loadProject, type LoadOptions } from '../project/load-project.js';
import { positionOf } from '../project/parse-yaml.js';
import { resolveInside } from '../project/resolve-inside.js';
import type { OutputFormat, Project } from '../project/types.js';
import { draftMark, type DocumentStamp } from '../document/document-stamp.js';
import { excerptBaseName, excerptIds, selectExcerpt } from '../document/select-excerpt.js';
import { embeddedFontCss, SVG_FACES, svgFontCss } from '../render/embed-fonts.js';
import { loadTemplates, type LayoutTemplates } from '../render/load-templates.js';
import { frameParts, renderFrame } from '../render/page-frame.js';
import { renderChapters } from '../render/render-chapters.js';
import { embedFrontImages } from '../transform/embed-front-images.js';
import { contentsWithPages, renderHtml } from '../render/render-html.js';
import { packageVersion } from '../version.js';
import { handlungsfeldNames } from './check-document.js';
import type { Spellers } from '../check/spelling/wording-info.js';
import { checkProject } from './check-project.js';
import { prepareDocument } from './prepare-document.js';

export interface BuildOptions extends LoadOptions {
  /** Which documents to make; default: the manifest's `output.formats`. */
  formats?: OutputFormat[];
  /** Output folder; default: the manifest's `output.dir` (relative to the project). */
  out?: string;
  /** Skip the check (the build still stops when the document cannot be rendered). */
  noCheck?: boolean;
  /** The browser that prints the PDF (default: found as `ihek doctor` says). */
  browser?: string;
  /** A browser already started, to share across several builds; it is left running. */
  session?: BrowserSession;
  /** Time limit for printing, in milliseconds (default: grows with the document). */
  timeoutMs?: number;
  /** Environment (SOURCE_DATE_EPOCH, IHEK_BROWSER …); default: the process's. */
  env?: NodeJS.ProcessEnv;
  /** Told when each step starts and ends (the CLI shows progress with it). */
  progress?: (event: BuildStepEvent) => void;
  /** Version, commit and draft mark for the cover, the Impressum and the PDF metadata (`ihek release`). */
  stamp?: DocumentStamp;
  /** File name of the documents without extension; default `ihek` (→ ihek.html, ihek.pdf). */
  baseName?: string;
  /**
   * Ids of the chapters and appendices to make an excerpt of; numbered as in the whole document and
   * written as `<baseName>-auszug-<ids>` (see document/select-excerpt.ts). An unknown id is an input error.
   */
  only?: readonly string[];
  /** Spell the words too, and the dictionaries to take (see `CheckOptions`). */
  spell?: boolean;
  spellers?: Spellers;
}

/** The steps of a build, in order; `check` is left out with `noCheck`, `docx` and `pdf` when they are not made. */
export type BuildStep = 'load' | 'check' | 'html' | 'docx' | 'pdf';
export interface BuildStepEvent {
  step: BuildStep;
  phase: 'start' | 'end';
}

export interface BuildResult {
  project: Project;
  /** Absolute paths of the files written. */
  files: string[];
  diagnostics: Diagnostic[];
  /** False when the check found errors and nothing was written. */
  ok: boolean;
  /** The browser that printed the PDF, when one did. */
  browser?: FoundBrowser;
  pdf?: { pages: number; printedTwice: boolean; blockedRequests: string[] };
}

/**
 * The folder the documents go to (or a folder `below` it): `options.out`, which the user chose and
 * may be anywhere, else the manifest's `output.dir`, which must stay inside the project also when
 * it does not exist yet and a folder on its way is a link.
 */
export async function outputDir(project: Project, options: Pick<BuildOptions, 'out' | 'cwd'>, below = ''): Promise<string> {
  if (options.out !== undefined) return path.resolve(options.cwd ?? process.cwd(), options.out, below);
  const line = positionOf(project.manifestYaml, ['output', 'dir']).line;
  return resolveInside(project.root, project.root, path.posix.join(project.manifest.output.dir, below), {
    file: project.manifestFile,
    line,
    key: 'output.dir',
  });
}

/** SOURCE_DATE_EPOCH, else the manifest's date, else the first day of the period: never "now". */
export function documentDate(project: Project, env: NodeJS.ProcessEnv): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  if (project.manifest.date) return new Date(`${project.manifest.date}T00:00:00Z`);
  return new Date(Date.UTC(project.manifest.period.from, 0, 1));
}

export function pdfMetadata(document: PreparedDocument, env: NodeJS.ProcessEnv, browser: FoundBrowser, stamp?: DocumentStamp): PdfMetadata {
  const version = packageVersion();
  return {
    ...documentMetadata(document, stamp),
    lang: document.project.manifest.lang,
    creator: `ihek ${version}`,
    producer: `ihek ${version} (Chromium${browser.version ? ` ${browser.version}` : ''}, Skia/PDF)`,
    date: documentDate(document.project, env),
    ...(stamp && { release: { ...stamp, ...(document.project.manifest.version !== undefined && { version: document.project.manifest.version }) } }),
  };
}

/** Title, author, subject and keywords of the document, as the PDF and the Word version carry them. */
export function documentMetadata(document: PreparedDocument, stamp?: DocumentStamp): Pick<PdfMetadata, 'title' | 'author' | 'subject' | 'keywords'> {
  const { manifest } = document.project;
  const title = manifest.subtitle ? `${manifest.title} – ${manifest.subtitle}` : manifest.title;
  const source = stamp ? `${stamp.commit ? `, Commit ${stamp.commit}` : ''}${stamp.draft ? `, ${draftMark(manifest.lang)}` : ''}` : '';
  return {
    title: document.excerpt ? `${title} (${document.excerpt.text})` : title,
    author: [...manifest.authors, ...(manifest.organization ? [manifest.organization] : [])].join(', ') || manifest.area,
    subject: msgIn(manifest.lang, 'pipeline.pdf.subject', {
      area: manifest.area,
      district: manifest.district,
      from: manifest.period.from,
      to: manifest.period.to,
      edition: manifest.edition ?? '',
      version: manifest.version ?? '',
      source,
    }),
    keywords: manifest.keywords.length ? manifest.keywords : [manifest.area, manifest.district, 'IHEK'],
  };
}

/**
 * Loads, checks and renders a project: `ihek.html` and, when asked, `ihek.docx` and `ihek.pdf` in
 * the output folder. The HTML and the Word version are written before the PDF is printed, so they
 * are there even when printing fails.
 */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const env = options.env ?? process.env;
  const step = (name: BuildStep, phase: BuildStepEvent['phase']) => options.progress?.({ step: name, phase });
  step('load', 'start');
  // The browser starts while the document is read, checked and rendered (it runs on the other
  // core), and the page the PDF is printed from opens as soon as there is a browser: the document
  // is written into it while it is rendered (see pdf/streamed-page.ts). Not finding or starting the
  // browser is reported after the HTML is written, as when it is started later.
  const startBrowser = () => {
    const launching = options.session
      ? undefined
      : import('../pdf/print-to-file.js').then(({ launchBrowser }) => launchBrowser(options.browser, env));
    launching?.catch(() => undefined); // awaited when printing; until then a rejection is not unhandled
    const session = options.session ? Promise.resolve(options.session) : launching!;
    const opening = import('../pdf/streamed-page.js').then(async ({ StreamedPage }) => StreamedPage.open(await session));
    opening.catch(() => undefined);
    return { launching, opening };
  };
  // Asked for on the command line: known before the manifest is read.
  let browser = options.formats?.includes('pdf') ? startBrowser() : undefined;
  try {
    const project = await loadProject(options);
    const formats = options.formats ?? project.manifest.output.formats;
    const only = options.only && excerptIds(project, options.only);
    const outDir = await outputDir(project, options);
    step('load', 'end');
    if (!browser && formats.includes('pdf')) browser = startBrowser();
    return await renderProject(project, formats, outDir, { ...options, ...(only && { only }) }, env, step, browser?.launching, browser?.opening);
  } finally {
    // A page that is not open by now belongs to a browser that hangs: closing the session kills it.
    const page = browser && (await withDeadline(browser.opening, 2000, 'opening the page').catch(() => undefined));
    await page?.close();
    await (await browser?.launching?.catch(() => undefined))?.close();
  }
}

/**
 * What a PDF build does between two chapters (parsing them, rendering them): let the event loop
 * turn, so the browser's answers arrive and the page it prints from opens and is written meanwhile.
 * Until the page is open, starting the browser takes a dozen exchanges with it, and one turn per
 * chapter left it waiting for the end of the parse; so the loop turns for up to 3 ms then,
 * long enough for the browser to answer.
 */
function browserPause(opening: Promise<unknown>): () => Promise<void> {
  let open = false;
  void opening.then(
    () => (open = true),
    () => (open = true),
  );
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  return async () => {
    const until = performance.now() + 3;
    do await turn();
    while (!open && performance.now() < until);
  };
}

/**
 * The print page's frame, cut at the chapters, with the page it is written into; none when the
 * layout does not show every chapter exactly once (the page is then loaded whole when printing).
 */
async function printStream(
  document: PreparedDocument,
  templates: LayoutTemplates,
  fontCss: string,
  stamp: DocumentStamp | undefined,
  opening: Promise<StreamedPage>,
): Promise<PrintStream | undefined> {
  const chapters = document.chapters.map((chapter) => ({ id: chapter.source.frontMatter.id, kind: chapter.source.kind }));
  const parts = frameParts(renderFrame(document, chapters, templates, fontCss, true, stamp), chapters.length);
  if (!parts) return undefined;
  const { PrintStream } = await import('../pdf/streamed-page.js');
  return new PrintStream(parts, opening, SVG_FACES);
}

async function renderProject(
  project: Project,
  formats: readonly string[],
  outDir: string,
  options: BuildOptions,
  env: NodeJS.ProcessEnv,
  step: (name: BuildStep, phase: BuildStepEvent['phase']) => void,
  launching: Promise<BrowserSession> | undefined,
  opening: Promise<StreamedPage> | undefined,
): Promise<BuildResult> {

  if (!options.noCheck) step('check', 'start');
  const pause = opening && browserPause(opening);
  const checked = options.noCheck ? undefined : await checkProject(project, pause, { ...(options.spell !== undefined && { spell: options.spell }), ...(options.spellers && { spellers: options.spellers }) });
  if (!options.noCheck) step('check', 'end');
  if (checked && checked.errors > 0) {
    return { project, files: [], diagnostics: checked.diagnostics, ok: false };
  }
  step('html', 'start');
  // The check and the numbers see the whole document; an excerpt leaves chapters out after that.
  const whole = checked?.document ?? prepareDocument(project, handlungsfeldNames(project.profile));
  const document = options.only ? selectExcerpt(whole, options.only) : whole;
  const fontCss = await embeddedFontCss();
  const templates = await loadTemplates(project.root);
  // The cover comes first in the page: its images are embedded before the page is begun.
  const frontDiagnostics: Diagnostic[] = [];
  document.frontImages = await embedFrontImages(project, frontDiagnostics, svgFontCss(fontCss));
  const stream = opening && (await printStream(document, templates, fontCss, options.stamp, opening));
  // The Word version is made from the same chapter sections the HTML is made of.
  const sections: Element[] = [];
  const rendered = await renderChapters(document, {
    svgFontCss: svgFontCss(fontCss),
    ...(stream && pause && { onHtml: (index: number, html: string) => (stream.chapter(index, html), pause()) }),
    ...(formats.includes('docx') && { onChapter: (section: Element) => void sections.push(section) }),
  });
  const renderDiagnostics = [...frontDiagnostics, ...rendered.diagnostics];
  const diagnostics = sortDiagnostics([...(checked?.diagnostics ?? document.diagnostics), ...renderDiagnostics]);
  const blocking = options.noCheck ? [] : renderDiagnostics.filter((d) => d.severity === 'error');
  if (blocking.length > 0) return { project, files: [], diagnostics, ok: false };

  const html = renderHtml(document, rendered, templates, `ihek ${packageVersion()}`, fontCss, false, options.stamp);
  const files: string[] = [];
  const baseName = options.only ? excerptBaseName(options.baseName ?? 'ihek', options.only) : (options.baseName ?? 'ihek');
  const htmlFile = path.join(outDir, `${baseName}.html`);
  await writeAtomic(htmlFile, html);
  files.push(htmlFile);
  step('html', 'end');
  if (formats.includes('docx')) {
    step('docx', 'start');
    const { writeDocx } = await import('../docx/write-docx-file.js');
    const docxFile = path.join(outDir, `${baseName}.docx`);
    await writeDocx(docxFile, {
      document,
      sections,
      metadata: documentMetadata(document, options.stamp),
      date: documentDate(project, env),
      generator: `ihek ${packageVersion()}`,
      ...(options.stamp && { stamp: options.stamp }),
    });
    files.push(docxFile);
    step('docx', 'end');
  }
  if (!formats.includes('pdf')) return { project, files, diagnostics, ok: true };

  step('pdf', 'start');
  // The browser and PDF libraries are loaded only when a PDF is made.
  const { printToFile } = await import('../pdf/print-to-file.js');
  const session = options.session ?? (await launching!);
  const { targets, bookmarks } = contentsWithPages(document, rendered);
  const pdfFile = path.join(outDir, `${baseName}.pdf`);
  const streamed = stream?.page();
  streamed?.catch(() => undefined); // awaited when printing, whose messages say what failed
  const { browser, pdf } = await printToFile(
    pdfFile,
    {
      ...(stream && streamed
        ? { html: stream.html(), page: streamed }
        : { html: renderHtml(document, rendered, templates, `ihek ${packageVersion()}`, fontCss, true, options.stamp) }),
      targets,
      bookmarks,
      metadata: (found) => pdfMetadata(document, env, found, options.stamp),
    },
    {
      env,
      ...(options.browser !== undefined && { browser: options.browser }),
      session,
      ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    },
  );
  files.push(pdfFile);
  step('pdf', 'end');
  return {
    project,
    files,
    diagnostics,
    ok: true,
    browser,
    pdf: { pages: pdf.pages, printedTwice: pdf.printedTwice, blockedRequests: pdf.blockedRequests },
  };
}
