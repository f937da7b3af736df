import type { BuildStep, BuildStepEvent } from '../api/build.js';
import type { Lang } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';

/** `live`: a step list redrawn in place (a terminal); `plain`: one line per finished step (logs, CI). */
export type ProgressMode = 'live' | 'plain' | 'off';

const LABELS: Record<BuildStep, { de: string; en: string }> = {
  load: { de: 'Projekt laden', en: 'loading the project' },
  check: { de: 'prüfen', en: 'checking' },
  html: { de: 'HTML erzeugen', en: 'rendering HTML' },
  docx: msg('docx.step'),
  pdf: { de: 'PDF drucken', en: 'printing the PDF' },
};

/**
 * Decides how progress is shown: only on a terminal, or when asked for with `--verbose`; redrawn in
 * place on a terminal outside CI, plain lines otherwise.
 */
export function progressMode(stderrIsTTY: boolean, env: NodeJS.ProcessEnv, verbose: boolean): ProgressMode {
  if (!stderrIsTTY && !verbose) return 'off';
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI.toLowerCase() !== 'false';
  return stderrIsTTY && !ci && env.TERM !== 'dumb' ? 'live' : 'plain';
}

function seconds(ms: number, lang: Lang): string {
  const text = (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
  return `${lang === 'de' ? text.replace('.', ',') : text} s`;
}

/**
 * Shows the steps of a build with their times on stderr. Clocks and the redraw timer are its own;
 * `finish` stops them, also when the build failed half-way (the running step is then marked ✗).
 */
export class ProgressReporter {
  private current: { step: BuildStep; started: number } | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly startedAll = Date.now();

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly mode: ProgressMode,
    private readonly lang: Lang,
    private readonly now: () => number = Date.now,
  ) {}

  /** The callback for `build({ progress })`. */
  readonly onStep = (event: BuildStepEvent): void => {
    if (this.mode === 'off') return;
    if (event.phase === 'start') this.start(event.step);
    else if (this.current?.step === event.step) this.end('✓');
  };

  private label(step: BuildStep): string {
    return LABELS[step][this.lang];
  }

  private start(step: BuildStep): void {
    if (this.current) this.end('✓');
    this.current = { step, started: this.now() };
    if (this.mode === 'live') {
      this.draw();
      this.timer = setInterval(() => this.draw(), 250);
      this.timer.unref();
    }
  }

  private draw(): void {
    if (!this.current) return;
    this.stream.write(`\r\x1b[2K  … ${this.label(this.current.step)}  ${seconds(this.now() - this.current.started, this.lang)}`);
  }

  private end(mark: '✓' | '✗'): void {
    if (!this.current) return;
    clearInterval(this.timer);
    this.timer = undefined;
    const took = seconds(this.now() - this.current.started, this.lang);
    const label = this.label(this.current.step);
    this.stream.write(this.mode === 'live' ? `\r\x1b[2K  ${mark} ${label}  ${took}\n` : `${mark} ${label}: ${took}\n`);
    this.current = undefined;
  }

  /** Ends the list: a step still running failed. */
  finish(ok: boolean): void {
    if (this.mode === 'off') return;
    if (this.current) this.end(ok ? '✓' : '✗');
    if (ok && this.mode === 'live') {
      this.stream.write(`  ${this.lang === 'de' ? 'fertig in' : 'done in'} ${seconds(this.now() - this.startedAll, this.lang)}\n`);
    }
  }
}
