/** Renders a benchmark run as Markdown (BENCHMARKS.md, or a temp file in quick mode). */
import type { RunResult, SizeResult, TaskId, TaskResult } from './model.js';
import { ANCHOR_TASKS, BATCH_SIZE, IHEK_TASKS, TASK_LABELS } from './model.js';
import { evaluateTargets, fmtS, memoryKb, mib, type Target } from './targets.js';

const ORDER: TaskId[] = [...IHEK_TASKS, ...ANCHOR_TASKS];

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
  return [line(head), `|${head.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

const ratio = (a: TaskResult | undefined, b: TaskResult | undefined): number | undefined =>
  a?.status === 'measured' && b?.status === 'measured' && a.ms && b.ms ? a.ms / b.ms : undefined;

function ratios(size: SizeResult, id: TaskId): string {
  const t = size.tasks;
  const parts: Array<[TaskId, string]> =
    id === 'check-spell'
      ? [['check', 'check'], ['pandoc', 'pandoc']]
      : id === 'startup' || id === 'check' || id === 'check-cache' || id === 'html' || id === 'diff' || id === 'diff-git'
      ? [['pandoc', 'pandoc']]
      : id === 'pdf'
        ? [['puppeteer', 'puppeteer print'], ['md-to-pdf', 'md-to-pdf'], ['chromium', 'Chromium CLI']]
        : id === 'watch'
          ? [['html', 'build --html']]
          : id === 'release'
            ? [['pdf', 'build --pdf']]
            : id === 'import'
              ? [['pandoc-docx', 'pandoc docx → gfm']]
              : id === 'docx'
                ? [['pandoc-to-docx', 'pandoc -o x.docx']]
                : [];
  if (id === 'release-batch') {
    const single = t.release;
    const batch = t['release-batch'];
    if (single?.status !== 'measured' || !single.ms || batch?.status !== 'measured' || !batch.ms) return '';
    return `${(batch.ms / (BATCH_SIZE * single.ms)).toFixed(2)}× ${BATCH_SIZE} single releases`;
  }
  return parts
    .map(([anchor, name]) => {
      const r = ratio(t[id], t[anchor]);
      return r === undefined ? undefined : `${r.toFixed(2)}× ${name}`;
    })
    .filter(Boolean)
    .join(', ');
}

function status(t: TaskResult | undefined): string {
  if (!t) return 'not run';
  if (t.status === 'measured') return '';
  return `**${t.status}**${t.note ? `: ${t.note}` : ''}`;
}

function sizeTable(size: SizeResult): string {
  const rows = ORDER.map((id) => {
    const t = size.tasks[id];
    const ok = t?.status === 'measured' && t.ms !== undefined;
    return [
      TASK_LABELS[id],
      ok ? `**${fmtS(t.ms!)}**` : '–',
      ok && t.samples.length > 1 ? `${fmtS(t.minMs!)} – ${fmtS(t.maxMs!)}` : '–',
      ok && t.cpuMs !== undefined ? fmtS(t.cpuMs) : '–',
      ok ? mib(t.maxRssKb) : '–',
      ok && t.treePssKb ? mib(t.treePssKb) : '–',
      ok && t.pages ? String(t.pages) : '–',
      ok ? ratios(size, id) : '',
      ok ? (t.note ?? '') : status(t),
    ];
  });
  return table(['task', 'median wall', 'min – max', 'CPU (user+sys)', 'peak RSS (largest process)', 'peak PSS (whole tree)', 'PDF pages', 'ihek ÷ anchor', 'note'], rows);
}

/** Two decimals, or three when two would look equal to the limit (1.504 is not "1.50 ≤ 1.5"). */
function showRatio(ratio: number, limit: number | undefined): string {
  const two = ratio.toFixed(2);
  return limit !== undefined && Number(two) === limit && ratio !== limit ? ratio.toFixed(3) : two;
}

function metCell(t: Target): string {
  return t.met === true ? '✅ met' : t.met === false ? '❌ not met' : '– cannot tell';
}

function growth(run: RunResult): string {
  const sizes = run.sizes;
  const rows: string[][] = [];
  for (const id of ORDER) {
    const results = sizes.map((s) => s.tasks[id]);
    if (!results.some((r) => r?.status === 'measured')) continue;
    const ms = results.map((r) => (r?.status === 'measured' ? r.ms : undefined));
    const mem = results.map((r) => memoryKb(r));
    const per = (v: Array<number | undefined>, f: (x: number, n: number) => string) => v.map((x, i) => (x === undefined ? '–' : f(x, sizes[i]!.chapters))).join(' / ');
    const marginal = (v: Array<number | undefined>, scale: number, unit: string) =>
      v
        .slice(1)
        .map((x, i) => {
          const prev = v[i];
          return x === undefined || prev === undefined ? '–' : `${((x - prev) / scale / (sizes[i + 1]!.chapters - sizes[i]!.chapters)).toFixed(unit === 'ms' ? 0 : 2)}`;
        })
        .join(' / ');
    const first = ms[0];
    const last = ms[ms.length - 1];
    rows.push([
      TASK_LABELS[id],
      per(ms, (x) => fmtS(x)),
      per(ms, (x, n) => `${Math.round(x / n)}`),
      sizes.length > 1 ? marginal(ms, 1, 'ms') : '–',
      first && last && sizes.length > 1 ? `${(last / first).toFixed(1)}×` : '–',
      per(mem, (x) => mib(x)),
      per(mem, (x, n) => (x / 1024 / n).toFixed(1)),
      sizes.length > 1 ? marginal(mem, 1024, 'MiB') : '–',
    ]);
  }
  const n = sizes.map((s) => s.chapters).join(' / ');
  const steps = sizes
    .slice(1)
    .map((s, i) => `${sizes[i]!.chapters}→${s.chapters}`)
    .join(' / ');
  return table(
    ['task', `time (${n})`, 'ms per chapter', `ms per added chapter (${steps})`, `time ${sizes[0]?.chapters}→${sizes[sizes.length - 1]?.chapters} (chapters ×${((sizes[sizes.length - 1]?.chapters ?? 1) / (sizes[0]?.chapters ?? 1)).toFixed(0)})`, `memory (${n})`, 'MiB per chapter', `MiB per added chapter (${steps})`],
    rows,
  );
}

function profiles(run: RunResult): string {
  if (!run.profiles.length) return '';
  const parts: string[] = [];
  for (const p of run.profiles) {
    parts.push(`### ${TASK_LABELS[p.task]}, ${p.chapters} chapters\n`);
    parts.push(`\`${p.command}\` — ${fmtS(p.wallMs)} wall with the profiler on${p.summary ? `, ${fmtS(p.summary.totalMs)} in the profile` : ''}.\n`);
    if (!p.summary) {
      parts.push(`Profile failed: ${p.error ?? '?'}\n`);
      continue;
    }
    const cost = (rows: Array<{ name: string; ms: number; share: number }>) => rows.map((r) => [r.name, `${Math.round(r.ms)} ms`, `${(r.share * 100).toFixed(1)} %`]);
    parts.push('Top self time by function:\n');
    parts.push(`${table(['function — file:line', 'self', 'share'], cost(p.summary.functions.slice(0, 10)))}\n`);
    parts.push('Self time by module (npm package, ihek file, Node internals; `(idle)` = waiting, e.g. for the browser or the disk):\n');
    parts.push(`${table(['module', 'self', 'share'], cost(p.summary.modules.slice(0, 10)))}\n`);
    parts.push('Inclusive time per ihek file (a sample counts for every ihek file on its stack — the pipeline steps):\n');
    parts.push(`${table(['ihek file', 'inclusive', 'share'], cost(p.summary.ihekFiles.slice(0, 10)))}\n`);
  }
  return parts.join('\n');
}

function rawSamples(run: RunResult): string {
  const rows: string[][] = [];
  for (const size of run.sizes) {
    for (const id of ORDER) {
      const t = size.tasks[id];
      if (!t?.samples.length) continue;
      rows.push([
        String(size.chapters),
        TASK_LABELS[id],
        t.samples.map((s) => (s.ms / 1000).toFixed(2)).join(', '),
        t.samples.map((s) => (s.maxRssKb ? Math.round(s.maxRssKb / 1024) : '–')).join(', '),
        t.samples.some((s) => s.treePssKb) ? t.samples.map((s) => (s.treePssKb ? Math.round(s.treePssKb / 1024) : '–')).join(', ') : '–',
      ]);
    }
  }
  return table(['chapters', 'task', 'wall s (each run)', 'peak RSS MiB', 'tree PSS MiB'], rows);
}

/** How much worse a target may get against the earlier version before the report flags it. */
const WORSE_LIMIT = 0.1;

/**
 * This version against the earlier one run in the same rounds (`--compare DIR`): each target's ratio
 * computed once with this version's medians and once with the earlier version's, against the same
 * anchors' samples; and each ihek task's median wall time side by side.
 */
function againstEarlier(run: RunResult, targets: Target[]): string | undefined {
  if (!run.sizes.some((size) => size.earlier)) return undefined;
  const earlierRun: RunResult = { ...run, sizes: run.sizes.map((size) => ({ ...size, tasks: { ...size.tasks, ...size.earlier } })) };
  const earlierTargets = evaluateTargets(earlierRun);
  const rows = targets.flatMap((t) => {
    const before = earlierTargets.find((e) => e.target === t.target && e.chapters === t.chapters);
    if (t.ratio === undefined || before?.ratio === undefined) return [];
    const change = t.ratio / before.ratio - 1;
    const result = change > WORSE_LIMIT ? `❌ more than ${WORSE_LIMIT * 100} % worse` : change < -WORSE_LIMIT ? '✅ better' : '✅ within 10 %';
    return [[t.target, String(t.chapters ?? 'all'), `${before.ratio.toFixed(2)}×`, `${t.ratio.toFixed(2)}×`, `${change >= 0 ? '+' : ''}${(change * 100).toFixed(0)} %`, result]];
  });
  const worse = rows.filter((row) => row[5]!.startsWith('❌')).length;
  const tasks = run.sizes.flatMap((size) =>
    IHEK_TASKS.flatMap((id) => {
      const now = size.tasks[id];
      const before = size.earlier?.[id];
      if (now?.status !== 'measured' || now.ms === undefined) return [];
      const beforeCell = before?.status === 'measured' && before.ms !== undefined ? fmtS(before.ms) : (before?.note ?? before?.status ?? 'not run');
      const change = before?.ms !== undefined && before.status === 'measured' ? `${now.ms >= before.ms ? '+' : ''}${((now.ms / before.ms - 1) * 100).toFixed(0)} %` : '–';
      return [[String(size.chapters), TASK_LABELS[id], beforeCell, fmtS(now.ms), change]];
    }),
  );
  return [
    `The earlier version, ${run.versions['ihek (earlier version, compared)'] ?? '?'}, ran every ihek task right after this version in the same rounds, against the same anchors.\n`,
    table(['target', 'chapters', 'earlier version', 'this version', 'change', 'result'], rows),
    `\n${worse} of ${rows.length} targets more than 10 % worse than in the earlier version.\n`,
    table(['chapters', 'task', 'earlier version (median)', 'this version (median)', 'change'], tasks),
    '',
  ].join('\n');
}

export function renderReport(run: RunResult, targets: Target[], findings?: string): string {
  const m = run.machine;
  const out: string[] = [];
  const sizes = run.sizes.map((s) => s.chapters).join(', ');
  out.push(`# Benchmarks: ihek against the tools a QM would otherwise use\n`);
  out.push(
    `Generated by \`npm run ${run.mode === 'quick' ? 'bench:quick' : 'bench'}\` (\`bench/run.ts\`) on ${run.startedAt.slice(0, 16).replace('T', ' ')} UTC; ` +
      `the run took ${(run.durationMs / 60_000).toFixed(1)} min. Do not edit this file by hand — run the benchmark again` +
      `${run.mode === 'full' ? ' (the section "Reading the profiles" comes from `bench/findings.md`)' : ''}.\n`,
  );
  if (run.mode === 'quick') out.push('> **Quick mode**: 10 chapters, one run each, no warm-up — a smoke test for CI, not a measurement.\n');

  out.push('## Targets\n');
  out.push(
    'All ratios are ihek\'s median wall time divided by the anchor\'s, from the same run. "cannot tell" means this run cannot decide it ' +
      '(an anchor that is not available, a size that was not run).\n',
  );
  out.push(
    table(
      ['target', 'chapters', 'ratio (wall)', 'limit', 'result', 'detail', 'ratio on CPU time (reference)'],
      targets.map((t) => [
        t.target,
        t.chapters === undefined ? 'all' : String(t.chapters),
        t.ratio === undefined ? '–' : `${showRatio(t.ratio, t.limitValue)}×`,
        t.limit,
        metCell(t),
        t.detail,
        t.cpuRatio === undefined ? '–' : `${t.cpuRatio.toFixed(2)}×`,
      ]),
    ),
  );
  const met = targets.filter((t) => t.met === true).length;
  const missed = targets.filter((t) => t.met === false).length;
  out.push(`\n${met} met, ${missed} not met, ${targets.length - met - missed} cannot tell.\n`);
  const comparison = againstEarlier(run, targets);
  if (comparison) out.push('## Against the earlier version\n', comparison);

  for (const size of run.sizes) {
    out.push(
      `## ${size.chapters} chapters\n\n${size.words.toLocaleString('en-US')} words, ${size.paragraphs} prose paragraphs (${size.changedParagraphs} changed in v2), ` +
        `${(size.markdownBytes / 1024).toFixed(0)} KiB of Markdown, ${(size.htmlBytes / 1024).toFixed(0)} KiB of HTML from ihek. ` +
        `Load average (1 min) of the machine: ${size.load[0].toFixed(1)} at the start, ${size.load[1].toFixed(1)} at the end (${run.machine.cores} cores).\n`,
    );
    out.push(sizeTable(size));
    const stepLines = (['html', 'pdf', 'docx'] as TaskId[]).flatMap((id) => {
      const t = size.tasks[id];
      if (t?.status !== 'measured' || !t.steps?.length || t.ms === undefined) return [];
      const inSteps = t.steps.reduce((sum, [, ms]) => sum + ms, 0);
      const twice = t.printedTwice ? ` **Printed twice** in ${t.printedTwice} of ${t.samples.length} runs (ihek's fallback when the contents' page numbers cannot be filled in).` : '';
      return [
        `- ${TASK_LABELS[id]}: ${t.steps.map(([name, ms]) => `${name} ${fmtS(ms)}`).join(', ')}; ` +
          `outside these steps (Node start-up, loading modules, writing, closing the browser, exit): ${fmtS(Math.max(0, t.ms - inSteps))}.${twice}`,
      ];
    });
    if (stepLines.length) out.push(`\nihek's own steps (\`--verbose\`, medians):\n\n${stepLines.join('\n')}`);
    out.push('');
  }

  if (run.sizes.length > 1) {
    out.push(`## How the cost grows (${sizes} chapters)\n`);
    out.push(
      'Linear growth shows as a constant cost per *added* chapter; a fixed start-up cost makes the cost per chapter fall with size. ' +
        'Memory is the peak PSS of the whole process tree for the commands that start a browser, else the peak RSS.\n',
    );
    out.push(growth(run));
    out.push('');
  }

  const profileText = profiles(run);
  if (profileText || findings) {
    out.push('## Where the time goes\n');
    if (profileText) {
      out.push(
        'CPU profiles (`node --cpu-prof`) of the ihek commands whose targets were missed, on the smallest and the largest project. ' +
          'They cover the Node process only: time Chromium spends laying out and printing shows as `(idle)` in the PDF profiles.\n',
      );
      out.push(profileText);
    }
    if (findings) {
      out.push('### Reading the profiles\n');
      out.push(findings.trim().replace(/^# .*\n+/, ''));
      out.push('');
    }
  }

  out.push('## How it was measured\n');
  out.push(
    [
      `- **Projects**: \`bench/generate.ts\` writes, from a fixed seed, ${sizes} chapters of about 2.500 German-looking words each ` +
        '(umlauts and ß; `##`/`###` headings, bullet and numbered lists, one captioned GFM table per chapter, footnotes, cross-references ' +
        'to other chapters\' sections like `[](#k003-…)`, links to chapters and inside the chapter), `profile: none`, every chapter with ' +
        '`id`/`title`/`type: kapitel` front matter and listed under `chapters:`. It also writes v2 with 5 % of the prose paragraphs changed ' +
        '(one sentence replaced, one inserted), as a second folder and as the second commit of a git repository, and `all.md`: the same ' +
        'Markdown in one file for pandoc and md-to-pdf (chapter front matter removed, each title as a `# ` heading, a YAML title block on top). ' +
        'The generated projects pass `ihek check` without findings.',
      `- **Time**: wall time of the whole process, spawn to exit (Node start-up, loading, the browser launch included), as the median of ` +
        `${runsText(run)}${run.warmup ? ' after one warm-up run' : ''}. Every round runs each tool once, in turn, so drifting load on the ` +
        `machine hits all of them alike. The machine is shared (see the load averages per size): wall times carry that noise; the CPU ` +
        `column (user + system time, from GNU time; for the browser commands the larger of that and the sum over the process tree ` +
        `sampled from /proc, since Chromium's helpers are not always reaped by their parent) is less sensitive to it. Targets are judged on wall time.`,
      `- **Memory**: ${run.memoryMethod}; for the commands that start a browser also the peak of the PSS summed over the whole process ` +
        'tree (Node and every Chromium process), sampled from /proc every 200 ms.',
      `- **ihek** is run as \`node bin/ihek.js …\` from a copy of \`bin/\`, \`dist/\`, \`templates/\` and \`schemas/\` taken at the start ` +
        '(node_modules linked), so a rebuild during the run changes nothing. `build` checks first, as users run it. `--out` goes to a fresh folder.',
      `- **PDF browser**: ${run.browser.path} (${run.browser.source || 'as ihek doctor reports'}), the same executable for ihek, the bare ` +
        'puppeteer print and md-to-pdf.',
      '- **pandoc**: `pandoc -s --toc -o pandoc.html all.md` — standalone HTML with a table of contents from the same Markdown.',
      '- **Spelling**: `ihek check --spell` on the same project. The generated words are not German, so nearly every word is unknown to the dictionary: a worst case for the rule (a real IHEK has a few unknown words per page).',
      '- **Release**: `ihek release --allow-warnings` of copies of the project that list their own words in `woerterbuch.txt` (written once by `ihek check --add-words`), as a project that is released has done; a release spells every word, and the generated text would otherwise carry about 15,000 spelling findings per 10 chapters into it.',
      '- **Word version**: `ihek build --docx` writes the HTML and `ihek.docx` (charts as PNG at print resolution); the anchor is `pandoc -o pandoc-out.docx all.md` of the same Markdown.',
      '- **Word import**: pandoc writes `all.md` as `all.docx` once per size (headings as Word headings, footnotes, tables); `ihek import all.docx imported` makes a new project of it (the folder removed before each run) and `pandoc -f docx -t gfm` reads the same file as the anchor.',
      '- **Bare puppeteer print** (`bench/puppeteer-print.ts`): the whole process is timed — Node start-up, loading puppeteer-core, ' +
        'launching a fresh browser with the headless mode (`shell`) and flags of `src/pdf/browser-session.ts`, reading ihek\'s HTML, ' +
        '`page.setContent` (waitUntil `load`, with the `ihek-print` class ihek adds for printing), one `page.pdf({ tagged: true, outline: true, ' +
        'printBackground: true, preferCSSPageSize: true })`, writing the file and closing the browser. Not included (ihek does these): ' +
        'blocking requests, waiting for every font face, filling in the contents\' page numbers, its own bookmarks and metadata, re-saving with pdf-lib.',
      `- **Chromium's own print**: \`<chromium> --headless --no-sandbox --disable-gpu --disable-background-networking --print-to-pdf=… ` +
        `file://…/ihek.html\` with ${run.chromiumCli.label}.${run.chromiumCli.note ? ` ${run.chromiumCli.note}` : ''}`,
      '- **md-to-pdf**: `md-to-pdf all.md --launch-options \'{"executablePath": <the same Chromium>, "headless": "shell", "args": ["--no-sandbox"]}\' ' +
        '--pdf-options <md-to-pdf\'s defaults + "timeout": 0>` (its puppeteer dependency is satisfied by puppeteer-core, so nothing is downloaded; ' +
        'headless `shell` because the pinned build has only that mode; the page.pdf time limit lifted, as 30 s would stop the large sizes).',
      '- **watch**: `ihek watch` on a copy of the project, its preview open in Chromium (the same executable), as an author has it open. ' +
        'One chapter gets a paragraph with a new marker word; the time runs from the written file to the first frame the open page paints ' +
        'with it (two animation frames after the preview\'s `ihek:patched` event or the load after a reload, as ' +
        '`test/support/watch-timing.ts` measures; wall clock on both sides). ' +
        'Each edit is then also looked for in the page the server hands out. Earlier runs polled the served page every 20 ms instead; ' +
        'each poll downloaded the whole page (5 MB at 160 chapters, about 45 ms in the measuring process), so that measured mostly the polling.',
      `- **Not implemented** features (\`check --cache\`, \`watch\`) are detected from \`--help\`, not assumed; their targets count as not met.`,
    ].join('\n'),
  );
  out.push('');
  out.push('## Machine and versions\n');
  out.push(
    table(
      ['', ''],
      [
        ['CPU', m.cpu],
        ['cores', String(m.cores)],
        ['memory', `${m.memoryGb} GiB`],
        ['system', m.kernel],
        ['load average at the end', m.loadAvg],
        ...Object.entries(run.versions),
        ['features detected', `check --cache: ${run.features.checkCache ? 'yes' : 'no'}, watch: ${run.features.watch ? 'yes' : 'no'}, diff: ${run.features.diff ? 'yes' : 'no'}`],
      ],
    ),
  );
  out.push('');
  out.push('## Every run\n');
  out.push(rawSamples(run));
  out.push('');
  return `${out.join('\n')}\n`;
}

/** "5 run(s)", or per size when the sizes had different numbers of rounds. */
function runsText(run: RunResult): string {
  const perSize = run.sizes.map((size) => size.runs ?? run.runs);
  if (perSize.every((n) => n === perSize[0])) return `${perSize[0] ?? run.runs} run(s)`;
  return `${perSize.join(', ')} runs at ${run.sizes.map((size) => size.chapters).join(', ')} chapters`;
}
