import path from 'node:path';
import { countBySeverity, type Diagnostic } from '../diagnostics.js';
import { renderError, type IhekError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { msg, msgIn } from '../i18n/message.js';
import { findManifest } from '../project/find-project.js';
import type { RenderedChapter } from '../render/render-chapters.js';
import { IncrementalBuilder, type RebuildResult, type RebuildStats } from './incremental-build.js';
import { planUpdate, splitFrame } from './page-update.js';
import type { Banner } from './preview-events.js';
import { composePage, placeholderPage, previewFrame } from './preview-page.js';
import { DEFAULT_PORT, PreviewServer } from './preview-server.js';
import { FolderWatcher } from './watch-files.js';

export interface WatchOptions {
  /** The project folder (or ihek.yaml); default: `.` then `./content`. */
  dir?: string;
  cwd?: string;
  /** Port on 127.0.0.1 (0: any free port); default 4173. */
  port?: number;
  /** How long to wait for more changes before rebuilding; default: the watcher's (FolderWatcher). */
  debounceMs?: number;
  /** Language of the banner before the project is loaded (then the project's `lang`). */
  lang?: Lang;
  /** Told about every build: the caller prints it (the core writes nowhere itself). */
  onBuild?: (event: WatchBuildEvent) => void;
}

/** What one build did and how the open pages were updated. */
export interface WatchBuildEvent {
  result: RebuildResult;
  /**
   * `patch`: the open pages were updated in place – changed chapters, and when needed the contents,
   * lists and head around them; `reload`: pages reloaded (chapters added, removed or moved, or the
   * document language changed); `none`: the page is the same.
   */
  update: 'patch' | 'reload' | 'none';
  /** Chapters whose HTML changed. */
  changedChapters: string[];
  /** The files that changed and started this build (none for the first build). */
  trigger: string[];
  /** The project folder, relative paths in diagnostics are relative to it. */
  root?: string;
  lang: Lang;
}

export interface WatchHandle {
  url: string;
  port: number;
  /** Resolves when the build that is running (or pending) has finished and pages were told. */
  idle(): Promise<void>;
  /** Folders being watched. */
  folders(): string[];
  /** Stops watching, ends every page's event stream and closes the server. */
  close(): Promise<void>;
}

const MAX_BANNER_ITEMS = 40;

function banner(diagnostics: readonly Diagnostic[], error: IhekError | undefined, lang: Lang): Banner | null {
  const hide = msgIn(lang, 'watch.banner.hide');
  if (error) {
    return {
      level: 'error',
      title: msgIn(lang, 'watch.banner.failed'),
      hide,
      // The message names the file and line itself (`ihek.yaml:4: …`), one line per problem.
      items: error.text[lang].split('\n').map((text) => ({ where: '', text })),
    };
  }
  if (diagnostics.length === 0) return null;
  const { errors, warnings } = countBySeverity(diagnostics);
  const shown = [...diagnostics].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)).slice(0, MAX_BANNER_ITEMS);
  return {
    level: errors > 0 ? 'error' : 'warning',
    title: msgIn(lang, 'watch.banner.title', { errors, warnings }),
    hide,
    items: shown.map((d) => ({ where: `${d.file}:${d.line}:${d.column}`, text: `${msgIn(lang, `watch.banner.${d.severity}`)}: ${d.text[lang]} (${d.rule})` })),
    ...(diagnostics.length > shown.length && {
      more: msgIn(lang, 'watch.banner.more', { count: diagnostics.length - shown.length }),
    }),
  };
}

/**
 * `ihek watch`: serves the project's page on 127.0.0.1, rebuilds it when a file of the project
 * changes and updates open pages through server-sent events – in place where it can (see
 * page-update.ts), else by a reload. A project that cannot be built leaves the last good page up with a banner that
 * says why. Nothing is written to disk. The caller owns the returned handle and must close it.
 */
export async function watchProject(options: WatchOptions = {}): Promise<WatchHandle> {
  const cwd = options.cwd ?? process.cwd();
  // A folder without ihek.yaml is a usage error at once, not a banner.
  const manifest = await findManifest(options.dir, cwd);
  const root = path.dirname(manifest);
  const builder = new IncrementalBuilder({ dir: manifest, cwd });
  let lang: Lang = options.lang ?? 'de';

  let version = 0;
  let frame: string | undefined;
  let fontCss = '';
  let chapters: RenderedChapter[] = [];
  let page: string | undefined;
  let current: Banner | null = null;
  let inputs: string[] = [];

  const server = await PreviewServer.start(options.port ?? DEFAULT_PORT, {
    page: () =>
      (page ??= frame
        ? composePage(previewFrame(frame, version), chapters, fontCss)
        : current
          ? placeholderPage('ihek watch', current.items.map((i) => (i.where ? `${i.where}: ${i.text}` : i.text)).join(' – '), version)
          : placeholderPage('ihek watch', msgIn(lang, 'watch.placeholder.building'), version)),
    hello: () => ({ version, banner: current }),
  });

  let closed = false;
  let running: Promise<void> = Promise.resolve();
  let queued: Set<string> | undefined;
  const watcher = new FolderWatcher((files) => schedule(files), options.debounceMs, [path.join(root, 'out')]);

  const publish = (result: RebuildResult, trigger: string[]) => {
    // Files in a watched folder that the page is not made of (an unlisted draft, an editor's
    // temporary file) change nothing: no update, and nothing for the log.
    if (result.ok && trigger.length > 0 && result.changed.length === 0) return;
    let update: WatchBuildEvent['update'] = 'none';
    const changedChapters: string[] = [];
    if (result.ok) {
      lang = result.project.manifest.lang;
      current = banner(result.diagnostics, undefined, lang);
      const plan = planUpdate(frame === undefined ? undefined : { frame, chapters }, result);
      update = plan.kind === 'patch' ? 'patch' : plan.kind;
      const from = version;
      const count = chapters.length;
      if (plan.kind !== 'none') {
        version += 1;
        frame = result.frame;
        fontCss = result.fontCss;
        chapters = result.chapters;
        page = undefined;
      }
      if (plan.kind === 'reload') {
        changedChapters.push(...result.chapters.map((c) => c.id));
        server.send('reload', { version });
      } else if (plan.kind === 'patch') {
        changedChapters.push(...plan.changed);
        // The head as the preview serves it: with its policy, version, script and the fonts.
        const head = plan.head ? splitFrame(composePage(previewFrame(result.frame, version), [], result.fontCss))?.head ?? null : null;
        server.send('patch', { from, version, count, head, body: plan.body, slots: plan.slots, banner: current });
      } else server.send('banner', { banner: current });
    } else {
      current = banner([], result.error, lang);
      if (!frame) {
        // No page yet: the placeholder shows the error; pages reload to see it.
        version += 1;
        page = undefined;
        server.send('reload', { version });
        update = 'reload';
      } else server.send('banner', { banner: current });
    }
    options.onBuild?.({ result, update, changedChapters, trigger: result.ok ? result.changed : trigger, root: result.ok ? result.project.root : result.root ?? root, lang });
  };

  const buildOnce = async (trigger: string[]) => {
    let result: RebuildResult;
    try {
      result = await builder.rebuild(trigger.length > 0 ? trigger : undefined);
    } catch (error) {
      // A bug must not end the preview: it is shown like any failed build, with its stack.
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      result = {
        ok: false,
        error: renderError(msg('watch.internalError', { detail })),
        stats: { total: 0 },
      };
    }
    if (closed) return;
    publish(result, trigger);
    // After a failed build the folders of the last good one stay watched: the fix comes from there.
    if (result.ok) inputs = result.inputs;
    await watcher.watchFiles([...inputs, manifest, root]).catch(() => undefined);
  };

  function schedule(files: string[]): void {
    if (closed) return;
    if (queued) {
      for (const file of files) queued.add(file);
      return;
    }
    queued = new Set(files);
    running = running.then(async () => {
      const trigger = [...(queued ?? [])];
      queued = undefined;
      if (!closed) await buildOnce(trigger);
    });
  }

  running = buildOnce([]);
  try {
    await running;
  } catch (error) {
    watcher.close();
    await server.close();
    throw error;
  }

  return {
    url: server.url,
    port: server.port,
    folders: () => watcher.folders,
    idle: async () => {
      // A build may queue while another runs: wait until none is left.
      for (;;) {
        const now = running;
        await now;
        if (now === running && !queued) return;
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      watcher.close();
      await running.catch(() => undefined);
      await server.close();
    },
  };
}

export type { RebuildStats };
