import type { Lang } from '../i18n/lang.js';
import { msgIn } from '../i18n/message.js';

/**
 * What a released document says about its source: the version, the commit it was built from, and
 * whether it is a draft. `ihek release` passes one to `build()`; a plain `ihek build` has none.
 */
export interface DocumentStamp {
  version?: string;
  /** Full id of the commit checked out; absent outside git or in a repository without commits. */
  commit?: string;
  /** The tag `git describe --tags --exact-match` names, if any. */
  tag?: string;
  /** Uncommitted changes in the project folder; absent when the project is not in git. */
  dirty?: boolean;
  /** Marked "Entwurf – nicht freigegeben": dirty, not in git, or a chapter not `final`. */
  draft: boolean;
}

/** The mark on the cover of a draft, word for word; the release checks that the page shows it. */
export function draftMark(lang: Lang): string {
  return msgIn(lang, 'document.stamp.draft');
}

/** "Commit 3f2a9c41d0e7 (Tag v1.0.0)" or why there is none, as the Impressum shows it. */
export function sourceText(stamp: DocumentStamp, lang: Lang): string {
  if (!stamp.commit) return msgIn(lang, stamp.dirty === undefined ? 'document.stamp.notInGit' : 'document.stamp.noCommit');
  const tag = stamp.tag ? ` (Tag ${stamp.tag})` : '';
  const dirty = stamp.dirty ? msgIn(lang, 'document.stamp.uncommitted') : '';
  return `Commit ${shortCommit(stamp.commit)}${tag}${dirty}`;
}

/**
 * A commit id as a reader sees it in the document: its first 12 hex digits, which name one commit
 * in any repository of this size; release.json and the PDF's metadata keep the full id.
 */
export function shortCommit(commit: string): string {
  return commit.slice(0, 12);
}

/** The stamp as the templates see it (`release.*` in cover.hbs and imprint.hbs). */
export function stampView(stamp: DocumentStamp, lang: Lang) {
  return {
    draft: stamp.draft,
    draftText: draftMark(lang),
    commit: stamp.commit,
    tag: stamp.tag,
    dirty: stamp.dirty,
    sourceLabel: msgIn(lang, 'document.stamp.sourceLabel'),
    sourceText: sourceText(stamp, lang),
    statusLabel: msgIn(lang, 'document.stamp.statusLabel'),
    statusText: stamp.draft ? draftMark(lang) : msgIn(lang, 'document.stamp.approved'),
  };
}

/**
 * The draft mark's look. It is added to the page's CSS by the renderer (not left to style.css),
 * so a project that overrides style.css cannot make a draft look like an approved document.
 */
export const DRAFT_MARK_CSS = `
.cover-draft { display: inline-block; margin: 0 0 2rem; padding: 0.35em 0.8em; border: 3px solid #a4001d; color: #a4001d; font-size: 1.3rem; font-weight: 700; }
@media print { .cover-draft { font-size: 16pt; margin-bottom: 10mm; } }
`;
