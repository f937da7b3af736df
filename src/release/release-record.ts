import type { FoundBrowser } from '../pdf/find-browser.js';
import type { FileDigest } from './checksums.js';
import type { ChapterState, DraftReason, PreparedRelease } from './prepare-release.js';

/**
 * `release.json`: what was built, from which source, with which tool, and the files with their
 * sizes and hashes. It holds nothing that changes between two builds of the same commit (no clock
 * time, no absolute paths), so it is byte-identical too.
 */
export interface ReleaseRecord {
  format: 'ihek-release';
  formatVersion: 1;
  title: string;
  area: string;
  district: string;
  version: string;
  edition: string | null;
  period: { from: number; to: number };
  /** The project's `date` ("Stand"). */
  date: string | null;
  /** The date the PDF carries: SOURCE_DATE_EPOCH, else `date`, else 1 January of the period's first year. */
  buildDate: string;
  buildDateSource: 'SOURCE_DATE_EPOCH' | 'manifest' | 'period';
  draft: boolean;
  draftReasons: DraftReason[];
  git: { commit: string | null; tag: string | null; dirty: boolean; path: string } | null;
  chapters: ChapterState[];
  tool: { name: 'ihek'; version: string };
  browser: { source: string; version: string | null } | null;
  check: { errors: number; warnings: number };
  pages: number;
  files: FileDigest[];
}

export function buildDateSource(env: NodeJS.ProcessEnv, manifestDate: string | undefined): ReleaseRecord['buildDateSource'] {
  if (env.SOURCE_DATE_EPOCH && /^\d+$/.test(env.SOURCE_DATE_EPOCH)) return 'SOURCE_DATE_EPOCH';
  return manifestDate ? 'manifest' : 'period';
}

export function releaseRecord(input: {
  prepared: PreparedRelease;
  buildDate: Date;
  env: NodeJS.ProcessEnv;
  toolVersion: string;
  browser: FoundBrowser | undefined;
  check: { errors: number; warnings: number };
  pages: number;
  files: FileDigest[];
}): ReleaseRecord {
  const { prepared } = input;
  const { manifest } = prepared.project;
  const git = prepared.git;
  return {
    format: 'ihek-release',
    formatVersion: 1,
    title: manifest.title,
    area: manifest.area,
    district: manifest.district,
    version: manifest.version ?? '',
    edition: manifest.edition ?? null,
    period: { from: manifest.period.from, to: manifest.period.to },
    date: manifest.date ?? null,
    buildDate: input.buildDate.toISOString().replace(/\.000Z$/, 'Z'),
    buildDateSource: buildDateSource(input.env, manifest.date),
    draft: prepared.stamp.draft,
    draftReasons: prepared.draftReasons,
    git: git.inRepository ? { commit: git.commit, tag: git.tag, dirty: git.dirty, path: git.path } : null,
    chapters: prepared.chapters,
    tool: { name: 'ihek', version: input.toolVersion },
    browser: input.browser ? { source: input.browser.source, version: input.browser.version ?? null } : null,
    check: input.check,
    pages: input.pages,
    files: input.files,
  };
}

/** Two-space indented JSON with a final newline; keys in the order above. */
export function formatRecord(record: ReleaseRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
