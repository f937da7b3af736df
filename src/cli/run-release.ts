import path from 'node:path';
import { ExitCode } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { msgIn } from '../i18n/message.js';
import { draftMark } from '../document/document-stamp.js';
import type { PreparedRelease } from '../release/prepare-release.js';
import { release, type ProjectRelease } from '../release/release-projects.js';
import { RECORD_NAME, SUMS_NAME } from '../release/release-folder.js';
import type { CliIo } from './io.js';
import { displayPrefix, formatText } from './report.js';

export interface ReleaseCliOptions {
  dirs: string[];
  out?: string;
  allowWarnings?: boolean;
  requireFinal?: boolean;
  browser?: string;
  timeout?: number;
  lang?: Lang;
}

export async function runRelease(io: CliIo, options: ReleaseCliOptions): Promise<number> {
  const result = await release({
    dirs: options.dirs,
    cwd: io.cwd,
    env: io.env,
    ...(options.out !== undefined && { out: options.out }),
    allowWarnings: Boolean(options.allowWarnings),
    requireFinal: Boolean(options.requireFinal),
    ...(options.browser !== undefined && { browser: options.browser }),
    ...(options.timeout !== undefined && { timeoutMs: options.timeout * 1000 }),
  });
  const lang = options.lang ?? result.projects[0]?.prepared.project.manifest.lang ?? 'de';
  const several = result.projects.length > 1;
  const relative = (file: string) => path.relative(io.cwd, file).split(path.sep).join('/') || '.';

  for (const project of result.projects) {
    const prefix = displayPrefix(io.cwd, project.prepared.project.root);
    if (project.diagnostics.length > 0) io.stderr.write(formatText(project.diagnostics, lang, prefix));
    if (project.blocked) io.stderr.write(`${several ? `${project.prepared.label}: ` : ''}${blockedText(project, lang)}\n`);
  }
  if (!result.ok) {
    io.stderr.write(`${msgIn(lang, 'cli.release.nothingWritten')}\n`);
    return ExitCode.checkFailed;
  }

  for (const project of result.projects) {
    const { prepared, record } = project;
    if (!record) continue;
    const { manifest } = prepared.project;
    io.stdout.write(`${manifest.area} ${manifest.version} → ${relative(prepared.outDir)}\n`);
    for (const file of record.files) {
      const pages = file.name.endsWith('.pdf') ? `${msgIn(lang, 'cli.release.pages', { pages: record.pages })}, ` : '';
      io.stdout.write(`  ${file.name}  (${pages}${size(file.size, lang)})\n`);
    }
    io.stdout.write(`  ${RECORD_NAME}\n  ${SUMS_NAME}\n`);
    io.stdout.write(`  ${sourceLine(prepared, lang)}\n`);
    if (prepared.stamp.draft) io.stdout.write(`  ${draftMark(lang)}: ${draftReasons(prepared, lang)}\n`);
  }
  const minutes = result.elapsedMs / 60_000;
  const number = (value: number) => new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
  const perMinute = minutes > 0 ? result.documents / minutes : 0;
  const summary = { documents: result.documents, pages: result.pages, seconds: number(result.elapsedMs / 1000), perMinute: number(perMinute), browsers: result.browsersStarted };
  io.stdout.write(`${msgIn(lang, 'cli.release.summary', summary)}\n`);
  return ExitCode.ok;
}

function size(bytes: number, lang: Lang): string {
  const format = (value: number) => new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${format(bytes / 1000)} kB`;
  return `${format(bytes / 1_000_000)} MB`;
}

function sourceLine(prepared: PreparedRelease, lang: Lang): string {
  const { git } = prepared;
  if (!git.inRepository) {
    // git's own words add nothing to "not a git repository"; any other reason is shown.
    return msgIn(lang, 'cli.release.notGit', { reason: /^not a git repository/i.test(git.reason) ? '' : git.reason });
  }
  if (!git.commit) return msgIn(lang, 'cli.release.noCommit');
  const state = msgIn(lang, git.dirty ? 'cli.release.dirty' : 'cli.release.clean');
  return msgIn(lang, 'cli.release.commit', { commit: git.commit, tag: git.tag ?? '', state });
}

function draftReasons(prepared: PreparedRelease, lang: Lang): string {
  return prepared.draftReasons
    .map((reason) => {
      if (reason === 'not-in-git') return msgIn(lang, 'cli.release.draft.notInGit');
      if (reason === 'uncommitted-changes') {
        const changes = prepared.git.inRepository ? prepared.git.changes.slice(0, 3).join(', ') : '';
        const more = prepared.git.inRepository && prepared.git.changes.length > 3 ? ', …' : '';
        return msgIn(lang, 'cli.release.draft.uncommitted', { changes: changes ? `${changes}${more}` : '' });
      }
      const open = prepared.chapters
        .filter((chapter) => chapter.status !== 'final')
        .map((chapter) => `${chapter.file}: ${chapter.status ?? msgIn(lang, 'cli.release.draft.noStatus')}`);
      const shown = open.length > 5 ? [...open.slice(0, 4), msgIn(lang, 'cli.release.draft.more', { count: open.length - 4 })] : open;
      return msgIn(lang, 'cli.release.draft.notFinal', { chapters: shown.join(', ') });
    })
    .join('; ');
}

function blockedText(project: ProjectRelease, lang: Lang): string {
  if (project.blocked === 'errors') return msgIn(lang, 'cli.release.blocked.errors');
  if (project.blocked === 'warnings') {
    const warnings = project.diagnostics.filter((d) => d.severity === 'warning').length;
    return msgIn(lang, 'cli.release.blocked.warnings', { warnings });
  }
  return msgIn(lang, 'cli.release.blocked.draft', { reasons: draftReasons(project.prepared, lang) });
}
