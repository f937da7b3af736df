import { rm } from 'node:fs/promises';
import { spellerShelf } from '../check/spelling/wording-info.js';
import type { Diagnostic } from '../diagnostics.js';
import { inputError } from '../errors.js';
import { msg } from '../i18n/message.js';
import type { BrowserSession } from '../pdf/browser-session.js';
import { prepareRelease, type BlockReason, type PreparedRelease } from './prepare-release.js';
import { replaceFolder } from './release-folder.js';
import type { ReleaseRecord } from './release-record.js';
import { stageRelease } from './stage-release.js';

export interface ReleaseOptions {
  /** Project folders; none = `.` then `./content`. */
  dirs?: string[];
  cwd?: string;
  /** One project: the release folder. Several: the folder that gets one `ihek-<area>-<version>/` each. */
  out?: string;
  /** Warnings do not stop the release (errors always do). */
  allowWarnings?: boolean;
  /** A draft (uncommitted changes, not in git, a chapter not `final`) stops the release. */
  requireFinal?: boolean;
  browser?: string;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

export interface ProjectRelease {
  prepared: PreparedRelease;
  /** The check's findings (and the renderer's, once rendered). */
  diagnostics: Diagnostic[];
  blocked?: BlockReason;
  /** What was written, when the release went through. */
  record?: ReleaseRecord;
}

export interface ReleaseResult {
  /** False when a project was blocked: then nothing at all was written. */
  ok: boolean;
  projects: ProjectRelease[];
  /** Browsers started for the whole run: 1 when anything was printed, else 0. */
  browsersStarted: number;
  /** Documents (HTML+PDF pairs) released. */
  documents: number;
  pages: number;
  elapsedMs: number;
}

/**
 * Releases one or more projects as one unit. First every project is loaded, checked and its git
 * state read; if any is blocked, nothing is written. Then one browser prints them all, each into a
 * staging folder; only when every project is staged are the release folders replaced. The browser
 * is closed on every path; a failure removes all staging folders and leaves earlier releases as
 * they were.
 */
export async function release(options: ReleaseOptions = {}): Promise<ReleaseResult> {
  const started = Date.now();
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const dirs: Array<string | undefined> = options.dirs && options.dirs.length > 0 ? options.dirs : [undefined];
  const several = dirs.length > 1;

  const projects: ProjectRelease[] = [];
  const spellers = spellerShelf();
  for (const dir of dirs) {
    const prepared = await prepareRelease({
      ...(dir !== undefined && { dir }),
      cwd,
      ...(options.out !== undefined && { out: options.out }),
      several,
      allowWarnings: Boolean(options.allowWarnings),
      requireFinal: Boolean(options.requireFinal),
      spellers,
    });
    projects.push({ prepared, diagnostics: prepared.diagnostics, ...(prepared.blocked && { blocked: prepared.blocked }) });
  }
  assertDistinctFolders(projects.map((p) => p.prepared));
  const result = (browsersStarted: number): ReleaseResult => {
    const released = projects.filter((p) => p.record);
    return {
      ok: projects.every((p) => !p.blocked),
      projects,
      browsersStarted,
      documents: released.length,
      pages: released.reduce((sum, p) => sum + (p.record?.pages ?? 0), 0),
      elapsedMs: Date.now() - started,
    };
  };
  if (projects.some((p) => p.blocked)) return result(0);

  const [{ findBrowser }, { BrowserSession }] = await Promise.all([
    import('../pdf/find-browser.js'),
    import('../pdf/browser-session.js'),
  ]);
  const session: BrowserSession = await BrowserSession.start(await findBrowser(options.browser, env));
  const staged: Array<{ staging: string; target: string; project: ProjectRelease; record: ReleaseRecord }> = [];
  // The browser is closed only after the folders are in place: until then an interruption (which
  // the session handles) removes every staging folder not yet renamed.
  try {
    for (const project of projects) {
      const stage = await stageRelease(project.prepared, {
        session,
        env,
        spellers,
        allowWarnings: Boolean(options.allowWarnings),
        ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
      });
      project.diagnostics = stage.diagnostics;
      if (!stage.staged) {
        project.blocked = stage.blocked;
        break;
      }
      staged.push({ staging: stage.staging, target: project.prepared.outDir, project, record: stage.record });
    }
    if (projects.some((p) => p.blocked)) {
      await removeAll(staged.map((s) => s.staging));
      return result(1);
    }
    for (const item of staged) {
      // Unlisted before the rename: an interruption during it leaves a complete folder, not half of one.
      session.keep(item.staging);
      await replaceFolder(item.staging, item.target);
      item.project.record = item.record;
    }
  } catch (error) {
    // Those already renamed are gone from their staging names; the others are removed.
    await removeAll(staged.map((s) => s.staging));
    throw error;
  } finally {
    await session.close();
  }
  return result(1);
}

async function removeAll(folders: string[]): Promise<void> {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
}

function assertDistinctFolders(prepared: PreparedRelease[]): void {
  const seen = new Map<string, PreparedRelease>();
  for (const item of prepared) {
    const first = seen.get(item.outDir);
    if (first) {
      throw inputError(msg('release.projects.sameFolder', { first: first.label, second: item.label, folder: item.outDir }));
    }
    seen.set(item.outDir, item);
  }
}
