import path from 'node:path';
import { ExitCode } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
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

type Say = (de: string, en: string) => string;

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
  const say: Say = (de, en) => (lang === 'de' ? de : en);
  const several = result.projects.length > 1;
  const relative = (file: string) => path.relative(io.cwd, file).split(path.sep).join('/') || '.';

  for (const project of result.projects) {
    const prefix = displayPrefix(io.cwd, project.prepared.project.root);
    if (project.diagnostics.length > 0) io.stderr.write(formatText(project.diagnostics, lang, prefix));
    if (project.blocked) io.stderr.write(`${several ? `${project.prepared.label}: ` : ''}${blockedText(project, lang)}\n`);
  }
  if (!result.ok) {
    io.stderr.write(say('Es wurde nichts geschrieben.\n', 'Nothing was written.\n'));
    return ExitCode.checkFailed;
  }

  for (const project of result.projects) {
    const { prepared, record } = project;
    if (!record) continue;
    const { manifest } = prepared.project;
    io.stdout.write(`${manifest.area} ${manifest.version} → ${relative(prepared.outDir)}\n`);
    for (const file of record.files) {
      const pages = file.name.endsWith('.pdf') ? say(`${record.pages} Seiten, `, `${record.pages} pages, `) : '';
      io.stdout.write(`  ${file.name}  (${pages}${size(file.size, lang)})\n`);
    }
    io.stdout.write(`  ${RECORD_NAME}\n  ${SUMS_NAME}\n`);
    io.stdout.write(`  ${sourceLine(prepared, say)}\n`);
    if (prepared.stamp.draft) io.stdout.write(`  ${draftMark(lang)}: ${draftReasons(prepared, lang)}\n`);
  }
  const minutes = result.elapsedMs / 60_000;
  const number = (value: number) => new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
  const perMinute = minutes > 0 ? result.documents / minutes : 0;
  io.stdout.write(
    say(
      `${result.documents} ${result.documents === 1 ? 'Dokument' : 'Dokumente'}, ${result.pages} Seiten in ${number(result.elapsedMs / 1000)} s – ${number(perMinute)} Dokumente/min, ${result.browsersStarted} Browser gestartet\n`,
      `${result.documents} ${result.documents === 1 ? 'document' : 'documents'}, ${result.pages} pages in ${number(result.elapsedMs / 1000)} s – ${number(perMinute)} documents/min, ${result.browsersStarted} ${result.browsersStarted === 1 ? 'browser' : 'browsers'} started\n`,
    ),
  );
  return ExitCode.ok;
}

function size(bytes: number, lang: Lang): string {
  const format = (value: number) => new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${format(bytes / 1000)} kB`;
  return `${format(bytes / 1_000_000)} MB`;
}

function sourceLine(prepared: PreparedRelease, say: Say): string {
  const { git } = prepared;
  if (!git.inRepository) {
    const why = /^not a git repository/i.test(git.reason) ? '' : ` (git: ${git.reason})`;
    return say(`kein git-Repository${why}`, `not a git repository${why}`);
  }
  if (!git.commit) return say('git-Repository ohne Commit', 'git repository without a commit');
  const tag = git.tag ? ` (Tag ${git.tag})` : '';
  return `Commit ${git.commit}${tag}, ${git.dirty ? say('mit nicht eingecheckten Änderungen', 'with uncommitted changes') : say('Arbeitsstand sauber', 'work tree clean')}`;
}

function draftReasons(prepared: PreparedRelease, lang: Lang): string {
  const de = lang === 'de';
  return prepared.draftReasons
    .map((reason) => {
      if (reason === 'not-in-git') return de ? 'nicht aus einem git-Repository' : 'not from a git repository';
      if (reason === 'uncommitted-changes') {
        const changes = prepared.git.inRepository ? prepared.git.changes.slice(0, 3).join(', ') : '';
        return `${de ? 'nicht eingecheckte Änderungen' : 'uncommitted changes'}${changes ? ` (${changes}${prepared.git.inRepository && prepared.git.changes.length > 3 ? ', …' : ''})` : ''}`;
      }
      const open = prepared.chapters
        .filter((chapter) => chapter.status !== 'final')
        .map((chapter) => `${chapter.file}: ${chapter.status ?? (de ? 'ohne status' : 'no status')}`);
      const shown = open.length > 5 ? [...open.slice(0, 4), de ? `${open.length - 4} weitere` : `${open.length - 4} more`] : open;
      return `${de ? 'Kapitel nicht final' : 'chapters not final'} (${shown.join(', ')})`;
    })
    .join('; ');
}

function blockedText(project: ProjectRelease, lang: Lang): string {
  const de = lang === 'de';
  const { prepared } = project;
  if (project.blocked === 'errors') return de ? 'Die Prüfung hat Fehler gefunden.' : 'The check found errors.';
  if (project.blocked === 'warnings') {
    const warnings = project.diagnostics.filter((d) => d.severity === 'warning').length;
    return de
      ? `Die Prüfung hat ${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'} gefunden; ein Release verlangt eine Prüfung ohne Befund (--allow-warnings lässt Warnungen zu).`
      : `The check found ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}; a release needs a clean check (--allow-warnings lets warnings pass).`;
  }
  return de
    ? `--require-final: das Dokument wäre ein Entwurf – ${draftReasons(prepared, lang)}.`
    : `--require-final: the document would be a draft – ${draftReasons(prepared, lang)}.`;
}
