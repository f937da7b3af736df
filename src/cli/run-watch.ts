import path from 'node:path';
import { countBySeverity } from '../diagnostics.js';
import { ExitCode } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { watchProject, type WatchBuildEvent } from '../watch/watch-project.js';
import type { CliIo } from './io.js';
import { displayPrefix, formatText } from './report.js';

export interface WatchCliOptions {
  dir?: string;
  port?: number;
  lang?: Lang;
}

function describe(event: WatchBuildEvent, io: CliIo, lang: Lang | undefined): string {
  const l = lang ?? event.lang;
  const de = l === 'de';
  const { result } = event;
  const time = new Date().toTimeString().slice(0, 8);
  if (!result.ok) {
    return de
      ? `[${time}] ihek: ${result.error.text.de}\n[${time}] Die Vorschau zeigt weiter den letzten Stand; nach dem Speichern wird neu erzeugt.\n`
      : `[${time}] ihek: ${result.error.text.en}\n[${time}] The preview keeps showing the last good state; saving rebuilds it.\n`;
  }
  const { stats, diagnostics } = result;
  const { errors, warnings } = countBySeverity(diagnostics);
  const what = event.trigger.length
    ? event.trigger.map((file) => path.relative(io.cwd, file) || file).slice(0, 3).join(', ') + (event.trigger.length > 3 ? ' …' : '')
    : de ? 'erster Aufbau' : 'first build';
  const update =
    event.update === 'patch'
      ? de ? `${event.changedChapters.length} Kapitel im Browser ersetzt` : `${event.changedChapters.length} chapter(s) replaced in the browser`
      : event.update === 'reload'
        ? de ? 'Seite neu geladen' : 'page reloaded'
        : de ? 'keine Änderung am Dokument' : 'document unchanged';
  const line = de
    ? `[${time}] ${what}: erzeugt in ${Math.round(stats.total)} ms (${stats.parsed} von ${stats.chapters} Kapiteln neu gelesen, ${stats.rendered} neu dargestellt); ${update}; ${errors} Fehler, ${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'}\n`
    : `[${time}] ${what}: built in ${Math.round(stats.total)} ms (${stats.parsed} of ${stats.chapters} chapters parsed, ${stats.rendered} rendered); ${update}; ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}\n`;
  return diagnostics.length > 0 ? `${line}${formatText(diagnostics, l, displayPrefix(io.cwd, result.project.root))}` : line;
}

/**
 * Runs the preview until Ctrl-C (SIGINT) or SIGTERM, then closes the server and the watchers and
 * returns 0. A second Ctrl-C while closing ends the process at once.
 */
export async function runWatch(io: CliIo, say: (de: string, en: string) => string, options: WatchCliOptions): Promise<number> {
  let stopRequested = false;
  let wake: (() => void) | undefined;
  const stop = () => {
    stopRequested = true;
    wake?.();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const handle = await watchProject({
      ...(options.dir !== undefined && { dir: options.dir }),
      ...(options.port !== undefined && { port: options.port }),
      ...(options.lang !== undefined && { lang: options.lang }),
      cwd: io.cwd,
      onBuild: (event) => io.stderr.write(describe(event, io, options.lang)),
    });
    if (!stopRequested) {
      io.stdout.write(say(`Vorschau: ${handle.url}  (beenden mit Strg+C)\n`, `Preview: ${handle.url}  (stop with Ctrl+C)\n`));
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (stopRequested) resolve();
      });
    }
    await handle.close();
    io.stderr.write(say('Vorschau beendet.\n', 'Preview stopped.\n'));
    return ExitCode.ok;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
