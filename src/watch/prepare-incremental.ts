import type { Wording } from '../check/check-content.js';
import type { NodesOnly, PreparedDocument } from '../document/prepared-document.js';
import { numberDocument } from '../document/number-document.js';
import { runChapters, type ChapterWrapper } from '../pipeline/run-chapters.js';
import type { ChapterOutcome } from '../pipeline/steps.js';
import type { Project } from '../project/types.js';
import type { ParsedChapter } from '../transform/parsed-chapter.js';
import { cloneTree, type TreeIndex } from './clone-tree.js';

const NO_INDEX: TreeIndex = { headings: [], links: [], captions: [], images: [] };

/**
 * What the per-chapter steps made of the chapters of earlier builds, by the chapter's key (see
 * pipeline/run-chapters.ts): a chapter whose source and context did not change is not expanded,
 * parsed or checked again. The numbering step writes into the trees, so each build gets copies.
 * Entries not used by a build are dropped after it, so the cache holds one version of each chapter.
 */
export class ParseCache {
  private entries = new Map<string, ChapterOutcome>();
  private used = new Set<string>();
  /** Chapters run by the last build (cache misses). */
  parsed = 0;
  private keys: string[] = [];
  private indexes: TreeIndex[] = [];

  /** Wraps the steps of one chapter (see `runChapters`). */
  readonly wrap: ChapterWrapper = (key, run) => {
    const known = key();
    this.keys.push(known);
    this.used.add(known);
    let entry = this.entries.get(known);
    if (!entry) {
      this.parsed += 1;
      entry = run();
      this.entries.set(known, entry);
    }
    if (!entry.tree) {
      this.indexes.push(NO_INDEX);
      return entry;
    }
    const copy = cloneTree(entry.tree);
    this.indexes.push(copy.index);
    return { ...entry, tree: copy.tree };
  };

  /** Starts a build: counts from zero. */
  begin(): void {
    this.used.clear();
    this.parsed = 0;
    this.keys = [];
    this.indexes = [];
  }

  /** Ends a build: forgets what it did not use; gives each chapter's key and index, in order. */
  end(): { keys: string[]; indexes: TreeIndex[] } {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
    return { keys: this.keys, indexes: this.indexes };
  }
}

export interface IncrementalDocument extends PreparedDocument {
  /** Per chapter (in order): the key of its source, as the cache knows it. */
  sourceKeys: string[];
  /** Per chapter (in order): its headings, links, caption blocks and images. */
  indexes: TreeIndex[];
  /** The chapters with only the nodes of one kind, from `indexes`. */
  only: NodesOnly;
}

/**
 * The steps up to `number`, with the chapters' own steps wrapped in the cache. The numbering step
 * then runs on copies of all chapters, exactly as in a full build, so numbers and cross-references
 * stay right.
 */
export function prepareIncremental(project: Project, handlungsfelder: Record<string, string>, cache: ParseCache, wording: Wording): IncrementalDocument {
  cache.begin();
  const { chapters, charts, findings } = runChapters(project, handlungsfelder, { check: true, wording, wrap: cache.wrap });
  const { keys, indexes } = cache.end();
  // The numbering, and later the image rule, walk only the headings, caption blocks, links and
  // images of each copy (collected while copying) instead of the whole trees: the largest cost of a
  // rebuild otherwise. The equivalence with a full build is tested (test/watch.test.ts).
  const only: NodesOnly = (nodes) =>
    chapters.map((chapter, i) => (chapter.tree ? { ...chapter, tree: { type: 'root', children: indexes[i]![nodes] } } : chapter));
  const document = numberDocument(project, chapters, charts, findings, only);
  return { ...document, sourceKeys: keys, indexes, only };
}
