import type { ChartRequest } from '../charts/chart-request.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Project } from '../project/types.js';
import type { Outline } from '../transform/build-outline.js';
import type { CaptionEntry } from '../transform/collect-captions.js';
import type { FrontImages } from '../transform/embed-front-images.js';
import type { ParsedChapter } from '../transform/parsed-chapter.js';

/** What makes a document an excerpt (`build --only`, see select-excerpt.ts). */
export interface Excerpt {
  /** Ids of the chapters and appendices kept, in document order. */
  ids: string[];
  /** "Auszug: Kapitel 7 – BENN rund um die GU Quittenweg" (cover, title, document properties). */
  text: string;
  /** Each anchor of the chapters left out, with its place in the whole document: "Kapitel 3", "Abschnitt 3.2", "Tabelle 4". */
  elsewhere: ReadonlyMap<string, string>;
}

/**
 * The chapters with trees that hold only the nodes of one kind – the very nodes of the real trees,
 * in document order – for the steps that look at nothing else (the preview collects them while it
 * copies its cached trees). Without it, those steps walk the whole trees.
 */
export type NodesOnly = (nodes: 'headings' | 'captions' | 'links' | 'images') => ParsedChapter[];

/** A project read, expanded, parsed and numbered: what the check and the renderers work on. */
export interface PreparedDocument {
  project: Project;
  chapters: ParsedChapter[];
  outline: Outline;
  /** Numbered figures and tables, in document order. */
  captions: CaptionEntry[];
  captionById: Map<string, CaptionEntry>;
  /** Charts the chapters ask for, in document order. */
  charts: ChartRequest[];
  /** Problems found while preparing (template errors, chapter findings, clashing anchors, broken links). */
  diagnostics: Diagnostic[];
  /** The cover picture and the funders' logos, embedded once the document is rendered (none before). */
  frontImages?: FrontImages;
  /** Set when only some chapters are rendered. */
  excerpt?: Excerpt;
}
