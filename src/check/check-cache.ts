import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { inputError } from '../errors.js';
import { same } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { writeAtomic } from '../output/write-atomic.js';
import { readRegularFile, type SizeLimit } from '../project/read-project-file.js';
import { isInside } from '../project/project-files.js';
import { realPathToBe } from '../project/resolve-inside.js';
import type { Root } from 'mdast';
import type { ChartRequest } from '../charts/chart-request.js';
import type { Diagnostic } from '../diagnostics.js';
import { packageVersion } from '../version.js';

/** What the check keeps of one chapter: enough to check the document without parsing it again. */
export interface ChapterFacts {
  /** Findings of the rules that see only this chapter, and of its `{{…}}` expansion. */
  findings: Diagnostic[];
  /** What the document-wide steps read (see skeleton-tree.ts); none when the expansion failed. */
  skeleton?: Root;
  /** The charts its `{{diagramm}}` calls asked for (charts are numbered through the document). */
  charts: ChartRequest[];
}

/** Where `check --cache` keeps its file unless `--cache-location` says otherwise: beside ihek.yaml. */
export const DEFAULT_CACHE_DIR = '.ihek-cache';
const CACHE_FILE = 'check.json';
/** Far above what a large project's cache holds; a larger file (or a FIFO, a device) counts as no cache. */
const CACHE_LIMIT: SizeLimit = { bytes: 256 * 1024 * 1024, hint: same('') };
/** Raised when the shape of the file changes; a file of another format is ignored. */
const FORMAT = 1;

/**
 * The file `ihek check --cache` reads and writes, as ESLint's `--cache-location`: a relative path
 * counts from the current folder; a folder (one that exists, or a path ending in `/`) holds
 * `check.json`. Without a location: `.ihek-cache/check.json` in the project folder, which must stay
 * there: a `.ihek-cache` that is a link out of the project is refused, so a project cannot make
 * `check --cache` write elsewhere on the machine. A location the user names may be anywhere.
 */
export async function cacheFile(location: string | undefined, projectRoot: string, cwd: string): Promise<string> {
  if (location === undefined) {
    const file = path.join(projectRoot, DEFAULT_CACHE_DIR, CACHE_FILE);
    const real = await realPathToBe(file);
    if (real === undefined || !isInside(await realpath(projectRoot), real)) {
      const shown = path.posix.join(DEFAULT_CACHE_DIR, CACHE_FILE);
      throw inputError(
        msg('check.cache.outsideProject', { file: shown }),
        { file: shown },
      );
    }
    return file;
  }
  const resolved = path.resolve(cwd, location);
  if (/[/\\]$/.test(location)) return path.join(resolved, CACHE_FILE);
  const isDir = await stat(resolved).then((s) => s.isDirectory(), () => false);
  return isDir ? path.join(resolved, CACHE_FILE) : resolved;
}

function isFinding(value: unknown): boolean {
  const d = value as Record<string, unknown> | null;
  const text = d?.text as Record<string, unknown> | undefined;
  return (
    typeof d === 'object' && d !== null &&
    typeof d.file === 'string' && Number.isInteger(d.line) && Number.isInteger(d.column) &&
    (d.severity === 'error' || d.severity === 'warning') && typeof d.rule === 'string' &&
    typeof text?.de === 'string' && typeof text.en === 'string'
  );
}

/** A tree node as the document-wide rules read it: a type, and children that are nodes too. */
function isNode(value: unknown, depth = 0): boolean {
  const node = value as { type?: unknown; children?: unknown } | null;
  if (typeof node !== 'object' || node === null || typeof node.type !== 'string' || depth > 200) return false;
  return node.children === undefined || (Array.isArray(node.children) && node.children.every((child) => isNode(child, depth + 1)));
}

function isFacts(value: unknown): value is ChapterFacts {
  const facts = value as Partial<ChapterFacts> | null;
  return (
    typeof facts === 'object' &&
    facts !== null &&
    Array.isArray(facts.findings) &&
    facts.findings.every(isFinding) &&
    Array.isArray(facts.charts) &&
    facts.charts.every((chart) => typeof chart === 'object' && chart !== null) &&
    (facts.skeleton === undefined || (isNode(facts.skeleton) && facts.skeleton.type === 'root'))
  );
}

/**
 * Per-chapter check results by content key (see pipeline/run-chapters.ts). A file that cannot be
 * read, is cut off or corrupt, or was written by another version of ihek counts as empty and is
 * rewritten; the result of the check is the same either way. Holds only the entries of the last
 * run, so it does not grow with old versions of a chapter.
 */
export class CheckCache {
  private readonly used = new Map<string, ChapterFacts>();
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly stored: Map<string, unknown>,
    private readonly tool: string,
  ) {}

  /** A cache that starts empty and overwrites the file (when the stored one could not be used). */
  static fresh(file: string): CheckCache {
    const cache = new CheckCache(file, new Map(), `ihek ${packageVersion()}`);
    cache.changed = true;
    return cache;
  }

  static async open(file: string): Promise<CheckCache> {
    const tool = `ihek ${packageVersion()}`;
    const stored = new Map<string, unknown>();
    let valid = false;
    try {
      const data = JSON.parse((await readRegularFile(file, file, CACHE_LIMIT)).toString('utf8')) as { format?: unknown; tool?: unknown; entries?: unknown };
      if (data.format === FORMAT && data.tool === tool && typeof data.entries === 'object' && data.entries !== null) {
        for (const [key, value] of Object.entries(data.entries)) stored.set(key, value);
        valid = true;
      }
    } catch {
      // No cache yet, or one that cannot be used: start empty.
    }
    const cache = new CheckCache(file, stored, tool);
    cache.changed = !valid;
    return cache;
  }

  get(key: string): ChapterFacts | undefined {
    const value = this.stored.get(key);
    if (!isFacts(value)) return undefined;
    this.used.set(key, value);
    return value;
  }

  set(key: string, facts: ChapterFacts): void {
    this.used.set(key, facts);
    this.changed = true;
  }

  /**
   * Writes the entries used by this run when they differ from what was read, atomically (never
   * half-written). The content is taken when this is called: later changes to the facts (the
   * numbering steps write into the trees) are not stored.
   */
  save(): Promise<void> {
    if (!this.changed && this.used.size === this.stored.size) return Promise.resolve();
    const text = JSON.stringify({ format: FORMAT, tool: this.tool, entries: Object.fromEntries(this.used) });
    return writeAtomic(this.file, `${text}\n`);
  }
}
