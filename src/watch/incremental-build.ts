import path from 'node:path';
import { loadWording, spellerShelf } from '../check/spelling/wording-info.js';
import type { Diagnostic } from '../diagnostics.js';
import { IhekError } from '../errors.js';
import { checkDocument, handlungsfeldNames } from '../pipeline/check-document.js';
import { BUILT_IN_PROFILES } from '../project/load-profile.js';
import { loadProject, type LoadOptions } from '../project/load-project.js';
import type { Project } from '../project/types.js';
import { embeddedFontCss, svgFontCss } from '../render/embed-fonts.js';
import { loadTemplates, type LayoutTemplates } from '../render/load-templates.js';
import { embedFrontImages, manifestImages } from '../transform/embed-front-images.js';
import { renderChapters, type RenderedChapter } from '../render/render-chapters.js';
import { renderFrame } from '../render/page-frame.js';
import { chapterSignatures } from './chapter-signature.js';
import { reloadChapters } from './reload-chapters.js';
import { assetPath, isRemoteAsset, writtenPath } from '../transform/resolve-asset.js';
import { ParseCache, prepareIncremental, type IncrementalDocument } from './prepare-incremental.js';

/** Stands in the frame for the embedded fonts (most of its bytes), filled in when the page is served. */
export const FONT_SLOT = '/*ihek-fonts*/';

/** Milliseconds spent in each step of one rebuild, and how much work was redone. */
export interface RebuildStats {
  load: number;
  prepare: number;
  check: number;
  render: number;
  frame: number;
  total: number;
  chapters: number;
  /** Chapters expanded and parsed again (the others came from the cache). */
  parsed: number;
  /** Chapters checked and rendered again. */
  rendered: number;
}

/** A rebuild that produced a page. */
export interface BuiltPage {
  ok: true;
  project: Project;
  /** The whole page with one chapter slot per chapter (see `chapterSlot`) and the font slot. */
  frame: string;
  /** What goes into the font slot. */
  fontCss: string;
  chapters: RenderedChapter[];
  diagnostics: Diagnostic[];
  stats: RebuildStats;
  /** Every file and folder the page was made from, for the watcher. */
  inputs: string[];
  /**
   * The changed files this rebuild was for, among those the page is made from (after a failed or
   * without a previous build: every file given). Empty when none of them is part of the page.
   */
  changed: string[];
}

/** A rebuild that could not produce a page: the project does not load, or a template is broken. */
export interface FailedBuild {
  ok: false;
  error: IhekError;
  stats: Pick<RebuildStats, 'total'>;
  /** The project folder, when it was found. */
  root?: string;
}

export type RebuildResult = BuiltPage | FailedBuild;


/**
 * Builds a project for the preview again and again, redoing only what changed: the steps of
 * pipeline/steps.ts, with a chapter expanded, parsed and checked again only when its source (or the
 * manifest and data) changed, and rendered again only when its signature changed (its source,
 * number, headings, captions or link labels). Numbering and the document-wide rules run over the
 * whole document every time, so the page and the findings are the same as a full build's. Holds its
 * caches itself; nothing is global.
 */
export class IncrementalBuilder {
  private readonly parseCache = new ParseCache();
  /** The dictionary, loaded at the first rebuild that spells and kept for the others. */
  private readonly spellers = spellerShelf();
  private results = new Map<string, RenderedChapter>();
  private templates?: LayoutTemplates;
  private fontCss?: string;
  /** Raised whenever something other than a chapter file changed (an image, data, a template). */
  private assetsGeneration = 0;
  /** The last page built, with the project it was built from (none after a failed build). */
  private last: BuiltPage | undefined;
  private lastInputs = new Set<string>();

  constructor(private readonly options: LoadOptions) {}

  /**
   * Rebuilds. `changed` lists the absolute paths that changed since the last call; without it,
   * anything may have changed (chapters are still reused when their text is the same).
   */
  async rebuild(changed?: readonly string[]): Promise<RebuildResult> {
    const started = performance.now();
    let mark = started;
    const lap = () => {
      const now = performance.now();
      const ms = now - mark;
      mark = now;
      return ms;
    };
    const previous = this.last;
    // Only what the last page was made of counts (and any file in the project's templates/ folder);
    // other files in the same folders – an unlisted draft, a backup – change nothing.
    const relevant = changed && previous ? changed.filter((file) => this.isInput(previous, file)) : undefined;
    if (relevant && relevant.length === 0 && previous) return { ...previous, changed: [], stats: { ...previous.stats, total: 0, parsed: 0, rendered: 0 } };
    let project: Project | undefined;
    try {
      if (relevant && previous) project = await reloadChapters(previous.project, new Set(relevant));
      if (!project) {
        project = await loadProject(this.options);
        this.assetsGeneration += 1;
        this.templates = undefined;
      }
    } catch (error) {
      this.last = undefined;
      if (error instanceof IhekError) return { ok: false, error, stats: { total: performance.now() - started } };
      throw error;
    }
    const load = lap();

    const wording = await loadWording(project, false, this.spellers);
    const document = prepareIncremental(project, handlungsfeldNames(project.profile), this.parseCache, wording);
    const prepare = lap();

    const signatures = chapterSignatures(document, this.assetsGeneration);
    const stale = document.chapters.filter((_, index) => !this.results.has(signatures[index]!));
    const subset = { ...document, chapters: stale };
    this.fontCss ??= await embeddedFontCss();

    let checked;
    let rendered;
    let check = 0;
    try {
      checked = await checkDocument(document, document.only);
      check = lap();
      rendered = await renderChapters(subset, { svgFontCss: svgFontCss(this.fontCss) });
      this.templates ??= await loadTemplates(project.root);
      // What cannot be embedded is reported by the check above.
      document.frontImages = await embedFrontImages(project, [], svgFontCss(this.fontCss));
    } catch (error) {
      this.last = undefined;
      if (error instanceof IhekError) return { ok: false, error, root: project.root, stats: { total: performance.now() - started } };
      throw error;
    }
    const fresh = new Map<string, RenderedChapter>();
    stale.forEach((chapter, index) => fresh.set(signatures[document.chapters.indexOf(chapter)]!, rendered.chapters[index]!));
    const results = new Map<string, RenderedChapter>();
    const chapters: RenderedChapter[] = [];
    signatures.forEach((signature) => {
      const result = fresh.get(signature) ?? this.results.get(signature)!;
      results.set(signature, result);
      chapters.push(result);
    });
    this.results = results;
    const render = lap();

    let frame: string;
    try {
      frame = renderFrame(document, chapters, this.templates, FONT_SLOT);
    } catch (error) {
      this.last = undefined;
      if (error instanceof IhekError) return { ok: false, error, root: project.root, stats: { total: performance.now() - started } };
      throw error;
    }
    const frameMs = lap();
    const { diagnostics } = checked;
    const inputs = inputsOf(project, document);
    // Folders too: an event for a whole folder (a watcher that lost it) means a full load.
    this.lastInputs = new Set([...inputs, ...inputs.map((file) => path.dirname(file))]);
    return (this.last = {
      ok: true,
      project,
      frame,
      fontCss: this.fontCss,
      chapters,
      diagnostics,
      inputs,
      changed: relevant ?? [...(changed ?? [])],
      stats: {
        load,
        prepare,
        check,
        render,
        frame: frameMs,
        total: performance.now() - started,
        chapters: document.chapters.length,
        parsed: this.parseCache.parsed,
        rendered: stale.length,
      },
    });
  }

  private isInput(previous: BuiltPage, file: string): boolean {
    const templates = path.join(previous.project.root, 'templates');
    return this.lastInputs.has(file) || file === templates || file.startsWith(templates + path.sep);
  }
}

/** The files a page depends on: manifest, chapters, data, glossary, profile, templates, images. */
function inputsOf(project: Project, document: IncrementalDocument): string[] {
  const { root, manifest } = project;
  const files = new Set<string>([path.join(root, project.manifestFile), path.join(root, 'templates'), path.join(root, 'templates', 'partials')]);
  for (const chapter of project.chapters) files.add(chapter.absPath);
  for (const data of [project.measures, project.indicators, project.glossary]) if (data) files.add(path.join(root, data.file));
  if (!(BUILT_IN_PROFILES as readonly string[]).includes(manifest.profile)) files.add(path.resolve(root, manifest.profile));
  // The cover picture and the logos: a new logo shows without restarting the preview.
  for (const use of manifestImages(project)) {
    if (!isRemoteAsset(use.image.file)) files.add(assetPath(root, path.join(root, project.manifestFile), writtenPath(use.image.file)));
  }
  for (const chapter of document.chapters) {
    if (!chapter.tree) continue;
    const stack: unknown[] = [chapter.tree];
    while (stack.length) {
      const node = stack.pop() as { type: string; url?: string; children?: unknown[] };
      if (node.type === 'image' && node.url && !node.url.startsWith('#') && !isRemoteAsset(node.url)) {
        // The same path the build reads the image from (`/…` from the project folder).
        files.add(assetPath(root, chapter.source.absPath, writtenPath(node.url)));
      }
      if (node.children) stack.push(...node.children);
    }
  }
  return [...files];
}
