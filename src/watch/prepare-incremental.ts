import { createHash } from 'node:crypto';
import type { Heading, Link, Root, RootContent } from 'mdast';
import type { ChartRequest } from '../charts/chart-request.js';
import type { Diagnostic } from '../diagnostics.js';
import type { PreparedDocument } from '../document/prepare-document.js';
import { helperData, templateContext } from '../document/template-context.js';
import { createChapterDeadline, type ChapterDeadline } from '../markdown/chapter-deadline.js';
import { createTemplateRuntime, expandTemplate } from '../markdown/expand-template.js';
import { parseChapterBody } from '../markdown/parse-chapter.js';
import { createMarkdownParser, type MarkdownParser } from '../markdown/parse-markdown.js';
import type { ChapterSource, Project } from '../project/types.js';
import { buildOutline } from '../transform/build-outline.js';
import { collectCaptions } from '../transform/collect-captions.js';
import { chapterNumbers, type ParsedChapter } from '../transform/parsed-chapter.js';
import { resolveCrossReferences } from '../transform/resolve-cross-references.js';
import { cloneTree, type TreeIndex } from './clone-tree.js';

/** One chapter expanded and parsed, as it was before any numbering step touched it. */
interface ParsedBody {
  tree?: Root;
  /** The charts its `{{diagramm}}` calls asked for. */
  charts: ChartRequest[];
  diagnostics?: Diagnostic[];
}

/** A line that may be or underline a level-1 heading of the chapter body itself (not inside a quote or list). */
const LEVEL_ONE = /^ {0,3}(?:#(?!#)|=+[ \t]*$)/m;

export function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * Parsed chapters of earlier builds, by a key over everything the expansion and parse depend on:
 * the chapter's body, file and first line and – only when the body has `{{…}}` expressions – the
 * manifest and data they see and how many charts come before it (charts are numbered through the
 * document). Entries not used by a build
 * are dropped after it, so the cache holds one version of each chapter.
 */
export class ParseCache {
  private entries = new Map<string, ParsedBody>();
  private used = new Set<string>();
  readonly parse: MarkdownParser = createMarkdownParser();
  readonly deadline: ChapterDeadline = createChapterDeadline();
  /** Chapters parsed by the last build (cache misses). */
  parsed = 0;

  private readonly sourceHashes = new WeakMap<ChapterSource, string>();

  /**
   * A hash of a chapter's file, first line and body, and of its title when the body may start
   * with a level-1 heading (one that repeats the title is left out of the tree: word-habits.ts);
   * remembered for the (unchanged) source object. A new title alone mostly re-parses nothing.
   */
  sourceHash(source: ChapterSource): string {
    let known = this.sourceHashes.get(source);
    if (!known) {
      const title = LEVEL_ONE.test(source.body) ? source.frontMatter.title : null;
      known = hash(JSON.stringify([source.file, source.bodyLine, title, source.body]));
      this.sourceHashes.set(source, known);
    }
    return known;
  }

  get(key: string): ParsedBody | undefined {
    const entry = this.entries.get(key);
    if (entry) this.used.add(key);
    return entry;
  }

  set(key: string, entry: ParsedBody): void {
    this.entries.set(key, entry);
    this.used.add(key);
  }

  /** Starts a build: counts from zero. */
  begin(): void {
    this.used.clear();
    this.parsed = 0;
  }

  /** Ends a build: forgets what it did not use. */
  end(): void {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
  }
}

export interface IncrementalDocument extends PreparedDocument {
  /** Per chapter (in order): the key of its source, as the cache knows it. */
  sourceKeys: string[];
  /** A key over the manifest and data: changes when `{{…}}` may expand differently. */
  contextKey: string;
  /** Per chapter (in order): its headings and links, and whether it has images. */
  indexes: TreeIndex[];
}

/**
 * What `prepareDocument` does, but a chapter whose source and context did not change is taken from
 * the cache instead of being expanded and parsed again. The numbering steps then run on copies of
 * all chapters, exactly as in a full build, so numbers and cross-references stay right.
 */
export function prepareIncremental(project: Project, handlungsfelder: Record<string, string>, cache: ParseCache): IncrementalDocument {
  cache.begin();
  const diagnostics: Diagnostic[] = [];
  const data = helperData(project, handlungsfelder);
  const runtime = createTemplateRuntime(data);
  const context = templateContext(project);
  const contextKey = hash(JSON.stringify([context, handlungsfelder]));
  const numbers = chapterNumbers(project.chapters);
  const sourceKeys: string[] = [];
  const indexes: TreeIndex[] = [];
  const chapters: ParsedChapter[] = project.chapters.map((source, index) => {
    const number = numbers[index] ?? String(index + 1);
    // A body without `{{` is Markdown as it stands: the manifest and data cannot change it.
    const own = cache.sourceHash(source);
    const key = source.body.includes('{{') ? hash(JSON.stringify([contextKey, data.charts.length, own])) : own;
    sourceKeys.push(key);
    let entry = cache.get(key);
    if (!entry) {
      cache.parsed += 1;
      const before = data.charts.length;
      const result = expandTemplate(runtime, source.body, source.bodyLine, context, source.file);
      entry =
        'diagnostics' in result
          ? { charts: data.charts.slice(before), diagnostics: result.diagnostics }
          : {
              charts: data.charts.slice(before),
              tree: cache.deadline(source, result.expanded.text.length, 'parse', () => parseChapterBody(cache.parse, result.expanded, source.frontMatter.title)),
            };
      data.charts.length = before;
      cache.set(key, entry);
    }
    data.charts.push(...entry.charts);
    if (entry.diagnostics) diagnostics.push(...entry.diagnostics);
    if (!entry.tree) {
      indexes.push({ headings: [], links: [], captions: [], hasImages: false });
      return { source, number };
    }
    const copy = cloneTree(entry.tree);
    indexes.push(copy.index);
    return { source, number, tree: copy.tree };
  });
  cache.end();
  // The outline, the captions and the cross-references look only at headings, caption blocks and
  // links, and they walk the whole tree to find them – the largest cost of a rebuild. They get
  // stand-in roots holding just those nodes (the copies inside the real trees, in document order),
  // which gives the same numbers, anchors and labels. The equivalence with a full build is tested
  // (test/watch.test.ts).
  const only = (pick: (index: TreeIndex) => Array<Heading | Link | RootContent>) =>
    chapters.map((chapter, i) => (chapter.tree ? { ...chapter, tree: { type: 'root', children: pick(indexes[i]!) } as Root } : chapter));
  const outline = buildOutline(only((index) => index.headings), diagnostics);
  const captions = collectCaptions(only((index) => index.captions), outline, diagnostics);
  const captionById = new Map(captions.map((entry) => [entry.id, entry]));
  resolveCrossReferences(only((index) => index.links), outline, captionById, project.manifest.lang, diagnostics);
  return { project, chapters, outline, captions, captionById, charts: data.charts, diagnostics, sourceKeys, contextKey, indexes };
}
