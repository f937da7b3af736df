/**
 * The targets, evaluated on the medians of one run. `met` is undefined when the run cannot
 * say (a size that was not run, an anchor that is not installed).
 */
import { BATCH_SIZE, type RunResult, type SizeResult, type TaskId, type TaskResult } from './model.js';

export interface Target {
  target: string;
  chapters: number | undefined;
  ihek: TaskId;
  anchor: TaskId | undefined;
  ratio: number | undefined;
  /** The same ratio on CPU time (user + system), for reference: less sensitive to a busy machine. */
  cpuRatio?: number;
  limit: string;
  /** The limit as a number, when it is a ratio (to show enough digits near it). */
  limitValue?: number;
  met: boolean | undefined;
  detail: string;
  /** The ihek commands behind it (to profile when missed). */
  tasks: TaskId[];
}

const measured = (t: TaskResult | undefined): t is TaskResult & { ms: number } => t?.status === 'measured' && t.ms !== undefined;

function why(t: TaskResult | undefined, what: string): string {
  if (!t) return `${what}: not run`;
  if (t.status === 'not implemented') return `${what}: not implemented`;
  if (t.status === 'skipped') return `${what}: not available (${t.note ?? ''})`;
  if (t.status === 'failed') return `${what}: failed`;
  return `${what}: no samples`;
}

function ratioTarget(size: SizeResult, ihek: TaskId, anchor: TaskId, limit: number, target: string, strict = false): Target {
  const a = size.tasks[ihek];
  const b = size.tasks[anchor];
  const base = { target, chapters: size.chapters, ihek, anchor, limit: strict ? `< ${limit}×` : `≤ ${limit}×`, limitValue: limit, tasks: [ihek] };
  if (!measured(a)) return { ...base, ratio: undefined, met: a?.status === 'not implemented' || a?.status === 'failed' ? false : undefined, detail: why(a, 'ihek') };
  if (!measured(b)) return { ...base, ratio: undefined, met: undefined, detail: why(b, 'anchor') };
  const ratio = a.ms / b.ms;
  const cpuRatio = a.cpuMs && b.cpuMs ? a.cpuMs / b.cpuMs : undefined;
  return { ...base, ratio, cpuRatio, met: strict ? ratio < limit : ratio <= limit, detail: `${fmtS(a.ms)} vs ${fmtS(b.ms)}` };
}

export const fmtS = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`);

/** The memory figure used for growth: the process tree's PSS for commands that start a browser. */
export function memoryKb(t: TaskResult | undefined): number | undefined {
  if (!t || t.status !== 'measured') return undefined;
  return t.treePssKb ?? t.maxRssKb;
}

export function evaluateTargets(run: RunResult): Target[] {
  const out: Target[] = [];
  const bySize = (n: number) => run.sizes.find((s) => s.chapters === n);
  for (const size of run.sizes) {
    out.push(ratioTarget(size, 'check', 'pandoc', 0.8, 'check cold ≤ 0.8× pandoc'));
    out.push(ratioTarget(size, 'check-cache', 'pandoc', 0.2, 'check cached ≤ 0.2× pandoc'));
  }
  for (const [n, limit] of [[10, 1.0], [160, 0.7]] as const) {
    const size = bySize(n);
    if (size) out.push(ratioTarget(size, 'html', 'pandoc', limit, `HTML cold ≤ ${limit.toFixed(1)}× pandoc at ${n} chapters`));
  }
  for (const size of run.sizes) out.push(ratioTarget(size, 'pdf', 'puppeteer', 1.5, 'PDF ≤ 1.5× one tagged puppeteer print'));
  for (const n of [10, 40]) {
    const size = bySize(n);
    if (size) out.push(ratioTarget(size, 'pdf', 'md-to-pdf', 1.0, `PDF faster than md-to-pdf at ${n} chapters`, true));
  }
  const big = bySize(160);
  if (big) {
    const pdf = big.tasks.pdf;
    out.push({
      target: 'PDF finishes at 160 chapters',
      chapters: 160,
      ihek: 'pdf',
      anchor: undefined,
      ratio: undefined,
      limit: 'exit 0',
      met: pdf?.status === 'measured',
      detail: measured(pdf)
        ? `${fmtS(pdf.ms)}, ${pdf.pages ?? '?'} pages, peak ${mib(pdf.maxRssKb)} largest process / ${mib(pdf.treePssKb)} whole tree`
        : why(pdf, 'PDF'),
      tasks: ['pdf'],
    });
  }
  for (const size of run.sizes) out.push(ratioTarget(size, 'diff', 'pandoc', 1.0, 'diff ≤ 1.0× pandoc on one version'));
  for (const size of run.sizes) out.push(ratioTarget(size, 'import', 'pandoc-docx', 1.0, 'import of a .docx ≤ 1.0× pandoc -f docx -t gfm'));
  for (const n of [10, 40]) {
    const size = bySize(n);
    if (size) out.push(ratioTarget(size, 'docx', 'pandoc-to-docx', 1.0, `build --docx ≤ 1.0× pandoc -o x.docx at ${n} chapters`));
  }
  // The target is set for a 160-chapter project; smaller sizes are shown in the size tables only
  // (at 10 chapters 1/20 of a build is about the watcher's debounce alone).
  const watched = bySize(160);
  if (watched) out.push(ratioTarget(watched, 'watch', 'html', 0.05, 'watch rebuild ≤ 1/20 of a full build (`build --html`) at 160 chapters'));
  // Batch release: one browser for all projects must beat one release after the other.
  for (const size of run.sizes) {
    const single = size.tasks.release;
    const batch = size.tasks['release-batch'];
    if (!measured(single) || !measured(batch)) continue;
    const ratio = batch.ms / (BATCH_SIZE * single.ms);
    out.push({
      target: `release of ${BATCH_SIZE} projects in one run < ${BATCH_SIZE} single releases`,
      chapters: size.chapters,
      ihek: 'release-batch',
      anchor: 'release',
      ratio,
      limit: '< 1×',
      met: ratio < 1,
      detail: `${fmtS(batch.ms)} vs ${BATCH_SIZE} × ${fmtS(single.ms)}; ${batch.note ?? ''}`,
      tasks: ['release-batch'],
    });
  }
  // Memory no faster than linear: the memory each further chapter costs must not grow with size.
  const sizes = run.sizes.map((s) => s.chapters);
  for (const task of ['check', 'html', 'pdf', 'diff'] as TaskId[]) {
    const target = `memory of ${task} grows no faster than linearly`;
    const base = { target, chapters: undefined, ihek: task, anchor: undefined, ratio: undefined, tasks: [task] };
    const limit = 'MiB per added chapter 40→160 ≤ 1.5× that of 10→40';
    if (run.sizes.length < 3) {
      out.push({ ...base, limit, met: undefined, detail: `needs three sizes (this run: ${sizes.join(', ')})` });
      continue;
    }
    const [s1, s2, s3] = [run.sizes[0]!, run.sizes[1]!, run.sizes[run.sizes.length - 1]!];
    const [m1, m2, m3] = [s1, s2, s3].map((s) => memoryKb(s.tasks[task]));
    if (m1 === undefined || m2 === undefined || m3 === undefined) {
      out.push({ ...base, limit, met: task === 'diff' && !run.features.diff ? undefined : false, detail: 'not measured at every size' });
      continue;
    }
    const d1 = (m2 - m1) / 1024 / (s2.chapters - s1.chapters);
    const d2 = (m3 - m2) / 1024 / (s3.chapters - s2.chapters);
    const exponent = Math.log(m3 / m1) / Math.log(s3.chapters / s1.chapters);
    out.push({
      ...base,
      ratio: d1 > 0 ? d2 / d1 : undefined,
      limit,
      // 0.05 MiB per chapter of slack: below that the growth is noise.
      met: d2 <= 1.5 * Math.max(d1, 0) + 0.05,
      detail: `${d1.toFixed(2)} → ${d2.toFixed(2)} MiB/chapter; ${mib(m1)} → ${mib(m3)} for ${s1.chapters} → ${s3.chapters} chapters (exponent ${exponent.toFixed(2)})`,
    });
  }
  return out;
}

export function mib(kb: number | undefined): string {
  return kb === undefined ? '–' : `${Math.round(kb / 1024)} MiB`;
}
