import path from 'node:path';
import { countBySeverity, type Diagnostic } from '../diagnostics.js';
import { ExitCode } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { msgIn } from '../i18n/message.js';
import { watchProject, type WatchBuildEvent } from '../watch/watch-project.js';
import type { CliIo } from './io.js';
import { displayPrefix, formatText } from './report.js';

export interface WatchCliOptions {
  dir?: string;
  port?: number;
  lang?: Lang;
}

/** Whether two builds found the same findings, as the terminal shows them, in the same order. */
function sameFindings(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  const shown = (d: Diagnostic) => [d.file, d.line, d.column, d.severity, d.rule, d.text.de, d.text.en, d.related ? JSON.stringify(d.related) : ''];
  return a.length === b.length && a.every((d, i) => {
    const other = shown(b[i]!);
    return shown(d).every((value, k) => value === other[k]);
  });
}

/**
 * The lines for one build: what was built, then its findings. A rebuild that found the same
 * findings as the list last printed says so instead of printing it again, so the build lines of
 * an author's saves stay in view (a long list would otherwise scroll them away on every save).
 * After a failed build the list is printed again.
 */
function describe(event: WatchBuildEvent, io: CliIo, lang: Lang | undefined, listed: { findings?: readonly Diagnostic[] }): string {
  const l = lang ?? event.lang;
  const { result } = event;
  const time = new Date().toTimeString().slice(0, 8);
  if (!result.ok) {
    delete listed.findings;
    return `[${time}] ihek: ${result.error.text[l]}\n[${time}] ${msgIn(l, 'cli.watch.keepsLastState')}\n`;
  }
  const { stats, diagnostics } = result;
  const { errors, warnings } = countBySeverity(diagnostics);
  const what = event.trigger.length
    ? event.trigger.map((file) => path.relative(io.cwd, file) || file).slice(0, 3).join(', ') + (event.trigger.length > 3 ? ' …' : '')
    : msgIn(l, 'cli.watch.firstBuild');
  const update =
    event.update === 'patch'
      ? msgIn(l, 'cli.watch.update.patch', { count: event.changedChapters.length })
      : msgIn(l, event.update === 'reload' ? 'cli.watch.update.reload' : 'cli.watch.update.none');
  const built = { what, ms: Math.round(stats.total), parsed: stats.parsed, chapters: stats.chapters, rendered: stats.rendered, update, errors, warnings };
  const line = `[${time}] ${msgIn(l, 'cli.watch.built', built)}`;
  if (diagnostics.length === 0) {
    delete listed.findings;
    return `${line}\n`;
  }
  if (listed.findings && sameFindings(listed.findings, diagnostics)) return `${line}; ${msgIn(l, 'cli.watch.sameFindings')}\n`;
  listed.findings = diagnostics;
  return `${line}\n${formatText(diagnostics, l, displayPrefix(io.cwd, result.project.root))}`;
}

/**
 * Runs the preview until Ctrl-C (SIGINT) or SIGTERM, then closes the server and the watchers and
 * returns 0. A second Ctrl-C while closing ends the process at once.
 */
export async function runWatch(io: CliIo, uiLang: Lang, options: WatchCliOptions): Promise<number> {
  let stopRequested = false;
  let wake: (() => void) | undefined;
  const stop = () => {
    stopRequested = true;
    wake?.();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const listed: { findings?: readonly Diagnostic[] } = {};
  try {
    const handle = await watchProject({
      ...(options.dir !== undefined && { dir: options.dir }),
      ...(options.port !== undefined && { port: options.port }),
      ...(options.lang !== undefined && { lang: options.lang }),
      cwd: io.cwd,
      onBuild: (event) => io.stderr.write(describe(event, io, options.lang, listed)),
    });
    if (!stopRequested) {
      io.stdout.write(`${msgIn(uiLang, 'cli.watch.preview', { url: handle.url })}\n`);
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (stopRequested) resolve();
      });
    }
    await handle.close();
    io.stderr.write(`${msgIn(uiLang, 'cli.watch.stopped')}\n`);
    return ExitCode.ok;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
