/**
 * Benchmarks ihek against the tools a QM would otherwise use (pandoc, a bare puppeteer print,
 * Chromium's own --print-to-pdf, md-to-pdf) on generated projects of 10, 40 and 160 chapters.
 *
 *   npm run bench          full: 10/40/160 chapters, 1 warm-up + 11/7/5 runs, writes BENCHMARKS.md
 *   npm run bench:quick    10 chapters, one run each, writes a temp file (for CI: the code cannot rot)
 *
 * Options: --quick, --sizes 10,40, --runs N or N,N,N (one per size), --no-warmup, --out FILE, --keep (keep the work folder),
 * --profile / --no-profile (CPU profiles of missed targets; default on in full mode),
 * --report-only FILE.json (render the report again from a saved run).
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { existsSync, realpathSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate, type GeneratedProject } from './generate.js';
import { commandVersion, firstLine, gitDescribe, machine, packageVersion, printsToPdf, tryRun, which } from './environment.js';
import { GNU_TIME, measure, median, type Command, type Sample } from './measure.js';
import { summarize } from './cpu-profile.js';
import { evaluateTargets } from './targets.js';
import { renderReport } from './report.js';
import { measureWatch } from './watch.js';
import { BATCH_SIZE, type ProfileResult, type RunResult, type SizeResult, type TaskId, type TaskResult } from './model.js';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const log = (line: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

async function main(): Promise<void> {
  const reportOnly = option('--report-only');
  if (reportOnly) {
    const run = JSON.parse(await readFile(reportOnly, 'utf8')) as RunResult;
    const out = option('--out') ?? path.join(root, 'BENCHMARKS.md');
    await writeFile(out, renderReport(run, evaluateTargets(run), await findings()));
    log(`report written to ${out}`);
    return;
  }
  const quick = flag('--quick');
  const sizes = (option('--sizes') ?? (quick ? '10' : '10,40,160')).split(',').map(Number);
  // A run at 10 chapters takes about a second, so a few more rounds settle its median where 5 do not;
  // at 160 chapters 5 rounds of several seconds each are as steady.
  const runsList = (option('--runs') ?? (quick ? '1' : '11,7,5')).split(',').map(Number);
  const runsOf = (index: number) => runsList[Math.min(index, runsList.length - 1)]!;
  const runsBySize = Object.fromEntries(sizes.map((chapters, index) => [chapters, runsOf(index)]));
  const warmup = !flag('--no-warmup') && !quick;
  const profile = flag('--profile') || (!quick && !flag('--no-profile'));
  const started = Date.now();
  const work = await mkdtemp(path.join(os.tmpdir(), `ihek-bench-${quick ? 'quick' : 'full'}-`));
  const out = option('--out') ?? (quick ? path.join(work, 'BENCHMARKS.quick.md') : path.join(root, 'BENCHMARKS.md'));
  log(`${quick ? 'quick' : 'full'} mode: ${sizes.join('/')} chapters, ${warmup ? '1 warm-up + ' : ''}${sizes.map((n) => runsBySize[n]).join('/')} run(s); work folder ${work}`);

  const ihekBin = await snapshot(root, path.join(work, 'ihek'));
  const ihek = (args: string[], cwd: string): Command => ({ cmd: process.execPath, args: [ihekBin, ...args], cwd, env: { ...process.env, NO_COLOR: '1' } });
  const features = detectFeatures(ihekBin);
  log(`features: watch ${features.watch}, check --cache ${features.checkCache}, diff ${features.diff}, release ${features.release}`);
  // `--compare DIR`: an earlier version (a built checkout, e.g. a git worktree of an older commit) runs
  // every ihek task right after this version's, in the same rounds, so a busy machine slows both alike.
  const compareDir = option('--compare');
  const earlierBin = compareDir ? await snapshot(path.resolve(compareDir), path.join(work, 'ihek-earlier')) : undefined;
  const earlierFeatures = earlierBin ? detectFeatures(earlierBin) : undefined;

  // The browser ihek prints with (this also unpacks the pinned Chromium on a fresh clone).
  const doctor = tryRun(process.execPath, [ihekBin, 'doctor', '--lang', 'en'], { timeout: 300_000 });
  const found = /:\s+(\/\S+)/.exec(doctor.stdout)?.[1];
  if (!doctor.ok || !found) throw new Error(`ihek doctor found no browser:\n${doctor.stdout}${doctor.stderr}`);
  // The snapshot links node_modules: name the browser by its real place.
  const browserPath = realpathSync(found);
  const browserSource = doctor.stdout.split('\n').find((l) => /source|quelle/i.test(l))?.split(':').slice(1).join(':').trim() ?? '';

  const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
  const pinnedCli = await printsToPdf(browserPath, CHROMIUM_FLAGS);
  let chromiumCli: RunResult['chromiumCli'];
  if (pinnedCli.ok) chromiumCli = { path: browserPath, label: 'the pinned Chromium (same executable)', note: '' };
  else {
    const system = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'].map(which).find(Boolean);
    const systemOk = system ? await printsToPdf(system, CHROMIUM_FLAGS) : undefined;
    chromiumCli = system && systemOk?.ok
      ? { path: system, label: `system ${commandVersion(system) ?? system} (${system})`, note: `The pinned executable could not be used: ${pinnedCli.reason}. Measured with the system Chromium instead — a different build and version.` }
      : { path: undefined, label: 'not available', note: `The pinned executable: ${pinnedCli.reason}; no system Chromium that prints${system ? ` (${system}: ${systemOk?.reason})` : ''}.` };
  }
  log(`Chromium --print-to-pdf: ${chromiumCli.label}${chromiumCli.note ? ` — ${chromiumCli.note}` : ''}`);

  const pandoc = which('pandoc');
  const mdToPdf = path.join(root, 'node_modules', 'md-to-pdf', 'dist', 'cli.js');
  const hasMdToPdf = existsSync(mdToPdf) && existsSync(path.join(root, 'node_modules', 'puppeteer'));
  const pdfinfo = which('pdfinfo');
  if (!pandoc) log('skipped anchor: pandoc is not installed (apt-get install pandoc)');
  if (!hasMdToPdf) log('skipped anchor: md-to-pdf is not installed (npm ci installs it as a devDependency)');
  if (!GNU_TIME) log('GNU time is not installed: peak memory is polled from /proc (VmHWM) instead');

  const versions: Record<string, string> = {
    node: process.version,
    ihek: `${tryRun(process.execPath, [ihekBin, '--version']).stdout.trim()} (${gitDescribe(root)})`,
    ...(earlierBin && compareDir && { 'ihek (earlier version, compared)': `${tryRun(process.execPath, [earlierBin, '--version']).stdout.trim()} (${gitDescribe(compareDir)})` }),
    'puppeteer-core': packageVersion(root, 'puppeteer-core') ?? '?',
    '@sparticuz/chromium': packageVersion(root, '@sparticuz/chromium') ?? '?',
    chromium: `${commandVersion(browserPath) ?? '?'} (${browserPath})`,
    pandoc: pandoc ? (commandVersion(pandoc) ?? '?') : 'not installed',
    'md-to-pdf': hasMdToPdf ? `${packageVersion(root, 'md-to-pdf')} (its puppeteer: puppeteer-core ${packageVersion(root, 'puppeteer') ?? '?'})` : 'not installed',
    'GNU time': GNU_TIME ? `${GNU_TIME} (${firstLine(tryRun(GNU_TIME, ['--version']).stdout + tryRun(GNU_TIME, ['--version']).stderr) || 'present'})` : 'not installed',
  };
  if (chromiumCli.path && chromiumCli.path !== browserPath) versions['chromium (for --print-to-pdf)'] = chromiumCli.label;

  const sizeResults: SizeResult[] = [];
  const projects = new Map<number, GeneratedProject>();
  for (const chapters of sizes) {
    const runs = runsBySize[chapters]!;
    const dir = path.join(work, `c${chapters}`);
    const loadBefore = os.loadavg()[0]!;
    log(`${chapters} chapters: generating (load average ${loadBefore.toFixed(1)})`);
    const project = await generate({ chapters, out: dir });
    projects.set(chapters, project);
    const logs = path.join(dir, 'logs');
    await mkdir(logs, { recursive: true });

    // The generated project must be valid, or the benchmark measures nothing useful.
    for (const version of [project.v1, project.v2]) {
      const check = tryRun(process.execPath, [ihekBin, 'check', version, '--lang', 'en'], { timeout: 600_000 });
      if (!check.ok) throw new Error(`the generated project ${version} does not pass ihek check:\n${check.stdout}${check.stderr}`);
    }
    const prep = tryRun(process.execPath, [ihekBin, 'build', '--html', project.v1, '--out', path.join(dir, 'prep')], { timeout: 600_000 });
    const html = path.join(dir, 'prep', 'ihek.html');
    if (!prep.ok || !existsSync(html)) throw new Error(`ihek build --html failed on ${project.v1}:\n${prep.stderr}`);
    const editDir = path.join(dir, 'edit');
    await cp(project.v1, editDir, { recursive: true });
    let edits = 0;
    // One-chapter edit: the last paragraph of the first chapter becomes "Geänderter Absatz <marker>."
    // with a new marker word each time (letters only, so typography cannot split it).
    const nextMarker = (): string => {
      let n = ++edits;
      let letters = '';
      do {
        letters = String.fromCharCode(97 + (n % 26)) + letters;
        n = Math.floor(n / 26);
      } while (n > 0);
      return `Prüfmarke${letters}`;
    };
    const writeMarkerIn = (into: string) => async (marker: string): Promise<void> => {
      const file = path.join(into, project.files[0]!);
      const text = (await readFile(file, 'utf8')).replace(/\n\nGeänderter Absatz Prüfmarke[a-z]+\.\n$/, '\n');
      await writeFile(file, `${text.replace(/\n*$/, '\n')}\nGeänderter Absatz ${marker}.\n`);
    };
    const writeMarker = writeMarkerIn(editDir);
    const editOneChapter = async (): Promise<string> => {
      const marker = nextMarker();
      await writeMarker(marker);
      return marker;
    };
    // The earlier version edits its own copy: the two versions' caches must not overwrite each other.
    const earlierEditDir = path.join(dir, 'edit-earlier');
    if (earlierBin) await cp(project.v1, earlierEditDir, { recursive: true });

    // The batch release: copies of the project as the QM areas of one district (each its own area).
    const batchDirs: string[] = [];
    const releaseSizes = quick ? sizes : sizes.filter((n) => n <= 40);
    if (features.release && releaseSizes.includes(chapters)) {
      // A release spells its words, and a project that is released has made its own words known:
      // nearly every generated word is unknown to the dictionary (15,000 findings at 10 chapters), so
      // the copies get them in woerterbuch.txt once, as `ihek check --add-words` writes it for a QM.
      const ready = path.join(dir, 'release-ready');
      await cp(project.v1, ready, { recursive: true });
      if (features.spell) {
        const listed = tryRun(process.execPath, [ihekBin, 'check', '--add-words', ready, '--lang', 'en'], { timeout: 600_000 });
        if (!existsSync(path.join(ready, 'woerterbuch.txt'))) throw new Error(`ihek check --add-words wrote no word list:\n${listed.stderr}`);
      }
      for (let i = 1; i <= BATCH_SIZE; i++) {
        const copy = path.join(dir, `gebiet-${i}`);
        await cp(ready, copy, { recursive: true });
        const manifest = path.join(copy, 'ihek.yaml');
        await writeFile(manifest, (await readFile(manifest, 'utf8')).replace(/^area: (.*)$/m, `area: $1 ${i}`));
        batchDirs.push(copy);
      }
    }
    // The same text as a Word file, written by pandoc: what `ihek import` and pandoc read back.
    const docx = path.join(dir, 'all.docx');
    const docxMade = pandoc !== undefined && tryRun(pandoc, ['-o', docx, project.allMd], { timeout: 300_000 }).ok;
    const imported = path.join(dir, 'imported');
    const docxSkip = pandoc ? 'pandoc could not write the Word file' : 'pandoc is not installed (it writes the Word file)';

    const releaseSkip = features.release ? `only at ${releaseSizes.join(' and ')} chapters: a district's QM areas release IHEKs of about that size` : undefined;

    const tasks: Task[] = [
      { id: 'startup', command: ihek(['--version'], dir) },
      { id: 'check', command: ihek(['check', project.v1], dir) },
      features.checkCache
        ? { id: 'check-cache', command: ihek(['check', '--cache', editDir], dir), before: editOneChapter }
        : { id: 'check-cache', notImplemented: '`ihek check --help` lists no --cache option' },
      features.spell
        ? { id: 'check-spell', command: ihek(['check', '--spell', project.v1], dir) }
        : { id: 'check-spell', notImplemented: '`ihek check --help` lists no --spell option' },
      // --verbose (English) only adds ihek's step timings on stderr, which the report shows.
      { id: 'html', command: ihek(['build', '--html', project.v1, '--out', path.join(dir, 'out-html'), '--verbose', '--lang', 'en'], dir) },
      { id: 'pdf', command: ihek(['build', '--pdf', project.v1, '--out', path.join(dir, 'out-pdf'), '--verbose', '--lang', 'en'], dir), tree: true, pdf: path.join(dir, 'out-pdf', 'ihek.pdf') },
      features.diff
        ? { id: 'diff', command: ihek(['diff', project.v1, project.v2, '--no-color'], dir) }
        : { id: 'diff', notImplemented: '`ihek diff --help` fails: not available' },
      features.diff && project.git
        ? { id: 'diff-git', command: ihek(['diff', 'HEAD~1', 'HEAD', '--no-color'], project.git) }
        : { id: 'diff-git', notImplemented: '`ihek diff` not available' },
      !features.release
        ? { id: 'release', notImplemented: '`ihek release --help` fails: not available' }
        : batchDirs.length
          ? { id: 'release', command: ihek(['release', batchDirs[0]!, '--out', path.join(dir, 'rel-one'), '--allow-warnings'], dir), tree: true, pdfs: [path.join(dir, 'rel-one')] }
          : { id: 'release', skip: releaseSkip },
      !features.release
        ? { id: 'release-batch', notImplemented: '`ihek release --help` fails: not available' }
        : batchDirs.length
          ? { id: 'release-batch', command: ihek(['release', ...batchDirs, '--out', path.join(dir, 'rel-batch'), '--allow-warnings'], dir), tree: true, pdfs: [path.join(dir, 'rel-batch')] }
          : { id: 'release-batch', skip: releaseSkip },
      !features.import
        ? { id: 'import', notImplemented: '`ihek import --help` fails: not available' }
        : docxMade
          ? { id: 'import', command: ihek(['import', docx, imported], dir), before: () => rm(imported, { recursive: true, force: true }) }
          : { id: 'import', skip: docxSkip },
      features.docx
        ? { id: 'docx', command: ihek(['build', '--docx', project.v1, '--out', path.join(dir, 'out-docx'), '--verbose', '--lang', 'en'], dir) }
        : { id: 'docx', notImplemented: '`ihek build --help` lists no --docx option' },
      pandoc
        ? { id: 'pandoc', command: { cmd: pandoc, args: ['-s', '--toc', '-o', path.join(dir, 'pandoc.html'), project.allMd], cwd: dir } }
        : { id: 'pandoc', skip: 'pandoc is not installed' },
      {
        id: 'puppeteer',
        command: { cmd: process.execPath, args: [path.join(root, 'bench', '.build', 'puppeteer-print.js'), browserPath, html, path.join(dir, 'puppeteer.pdf')], cwd: dir },
        tree: true,
        pdf: path.join(dir, 'puppeteer.pdf'),
      },
      chromiumCli.path
        ? { id: 'chromium', command: { cmd: chromiumCli.path, args: [...CHROMIUM_FLAGS, `--print-to-pdf=${path.join(dir, 'chromium.pdf')}`, `file://${html}`], cwd: dir }, tree: true, pdf: path.join(dir, 'chromium.pdf') }
        : { id: 'chromium', skip: chromiumCli.note },
      hasMdToPdf
        ? {
            id: 'md-to-pdf',
            command: {
              cmd: process.execPath,
              args: [
                mdToPdf,
                project.allMd,
                '--launch-options',
                JSON.stringify({ executablePath: browserPath, headless: 'shell', args: ['--no-sandbox'] }),
                // md-to-pdf's own defaults, plus no 30 s limit on page.pdf (it would stop the big sizes).
                '--pdf-options',
                JSON.stringify({ printBackground: true, format: 'a4', margin: { top: '30mm', right: '40mm', bottom: '30mm', left: '20mm' }, timeout: 0 }),
              ],
              cwd: dir,
            },
            tree: true,
            pdf: project.allMd.replace(/\.md$/, '.pdf'),
          }
        : { id: 'md-to-pdf', skip: 'md-to-pdf is not installed' },
      docxMade
        ? { id: 'pandoc-docx', command: { cmd: pandoc!, args: ['-f', 'docx', '-t', 'gfm', '-o', path.join(dir, 'pandoc-docx.md'), docx], cwd: dir } }
        : { id: 'pandoc-docx', skip: docxSkip },
      pandoc
        ? { id: 'pandoc-to-docx', command: { cmd: pandoc, args: ['-o', path.join(dir, 'pandoc-out.docx'), project.allMd], cwd: dir } }
        : { id: 'pandoc-to-docx', skip: 'pandoc is not installed' },
    ];

    const results = new Map<TaskId, TaskResult>();
    for (const task of tasks) {
      if (task.notImplemented) results.set(task.id, { id: task.id, status: 'not implemented', note: task.notImplemented, samples: [] });
      else if (task.skip) results.set(task.id, { id: task.id, status: 'skipped', note: task.skip, samples: [] });
      else results.set(task.id, { id: task.id, status: 'measured', samples: [] });
    }
    // The earlier version's twin of each ihek task, measured right after it.
    const earlier = new Map<TaskId, TaskResult>();
    const twins = new Map<Task, Task>();
    if (earlierBin && earlierFeatures) {
      for (const task of tasks) {
        if (!task.command || task.command.args[0] !== ihekBin) continue;
        const needs = FEATURE_OF[task.id];
        if (needs && !earlierFeatures[needs]) {
          earlier.set(task.id, { id: task.id, status: 'not implemented', note: 'not in the earlier version', samples: [] });
          continue;
        }
        const args = [earlierBin, ...task.command.args.slice(1)].map((arg) => (arg === editDir ? earlierEditDir : arg));
        const edit = writeMarkerIn(earlierEditDir);
        twins.set(task, { ...task, command: { ...task.command, args }, before: task.id === 'check-cache' ? () => edit(nextMarker()) : task.before });
        earlier.set(task.id, { id: task.id, status: 'measured', samples: [] });
      }
    }
    const runnable = tasks.filter((t) => t.command).flatMap((task) => [
      { task, result: results.get(task.id)!, label: task.id as string },
      ...(twins.has(task) ? [{ task: twins.get(task)!, result: earlier.get(task.id)!, label: `${task.id}@earlier` }] : []),
    ]);
    // check --cache needs a filled cache before its first measured run.
    for (const { task, label } of runnable.filter((r) => r.task.id === 'check-cache')) await measure(task.command!, { logDir: logs, label: `${label}-fill` });
    const rounds = (warmup ? 1 : 0) + runs;
    for (let round = 0; round < rounds; round++) {
      const counted = !warmup || round > 0;
      log(`${chapters} chapters: ${counted ? `run ${round + (warmup ? 0 : 1)}/${runs}` : 'warm-up'}`);
      // Interleaved: every tool once per round, so drift in the machine's load hits all alike.
      for (const { task, result, label } of runnable) {
        if (result.status === 'failed') continue;
        await task.before?.();
        const sample = await measure(task.command!, { logDir: logs, label: `${label}-${round}`, treeEveryMs: task.tree ? 200 : 0 });
        if (!sample.ok) {
          result.status = 'failed';
          result.note = `exit ${sample.exitCode ?? sample.signal}: ${sample.stderrTail}`;
          log(`${chapters} chapters: ${label} FAILED (${result.note})`);
          continue;
        }
        if (counted) result.samples.push(sample);
        log(`  ${label.padEnd(10)} ${(sample.ms / 1000).toFixed(2)} s  ${sample.maxRssKb ? `${Math.round(sample.maxRssKb / 1024)} MiB` : ''}${sample.treePssKb ? ` (tree ${Math.round(sample.treePssKb / 1024)} MiB)` : ''}${counted ? '' : ' (warm-up)'}`);
      }
    }
    if (features.watch) {
      const port = /--port\b/.test(tryRun(process.execPath, [ihekBin, 'watch', '--help']).stdout) ? await freePort() : undefined;
      const watchResult = await measureWatch({ ihekBin, editDir, port, browserPath, runs: (warmup ? 1 : 0) + runs, warmup, nextMarker, edit: writeMarker, logDir: logs });
      results.set('watch', { id: 'watch', ...watchResult });
      if (earlierBin && earlierFeatures?.watch) {
        const earlierWatch = await measureWatch({ ihekBin: earlierBin, editDir: earlierEditDir, port: port && (await freePort()), browserPath, runs: (warmup ? 1 : 0) + runs, warmup, nextMarker, edit: writeMarkerIn(earlierEditDir), logDir: logs });
        earlier.set('watch', { id: 'watch', ...earlierWatch });
      }
    } else {
      results.set('watch', { id: 'watch', status: 'not implemented', note: '`ihek --help` lists no watch command', samples: [] });
    }
    for (const task of tasks) {
      const r = results.get(task.id)!;
      summarizeSamples(r);
      const pdfs = task.pdf ? [task.pdf] : task.pdfs ? await pdfsUnder(task.pdfs) : [];
      if (pdfs.length && r.status === 'measured' && pdfinfo && pdfs.every((file) => existsSync(file))) {
        const pages = pdfs.map((file) => Number(/^Pages:\s+(\d+)/m.exec(tryRun(pdfinfo, [file]).stdout)?.[1] ?? NaN));
        if (pages.every(Number.isFinite)) r.pages = pages.reduce((a, b) => a + b, 0);
        if (task.pdfs && r.ms) {
          const perMinute = (n: number) => (n / (r.ms! / 60_000)).toFixed(n === pdfs.length ? 1 : 0);
          r.note = `${pdfs.length} PDF${pdfs.length === 1 ? '' : 's'}, ${r.pages} pages: ${perMinute(pdfs.length)} documents and ${perMinute(r.pages ?? 0)} pages per minute`;
        }
      }
    }
    summarizeSamples(results.get('watch')!);
    for (const result of earlier.values()) summarizeSamples(result);
    sizeResults.push({
      chapters,
      words: project.words,
      paragraphs: project.paragraphs,
      changedParagraphs: project.changedParagraphs,
      markdownBytes: (await stat(project.allMd)).size,
      htmlBytes: (await stat(html)).size,
      runs,
      load: [loadBefore, os.loadavg()[0]!],
      tasks: Object.fromEntries(results),
      ...(earlierBin && { earlier: Object.fromEntries(earlier) }),
    });
  }

  const run: RunResult = {
    mode: quick ? 'quick' : 'full',
    startedAt: new Date(started).toISOString(),
    durationMs: 0,
    runs: Math.max(...sizes.map((n) => runsBySize[n]!)),
    warmup,
    machine: machine(),
    versions,
    browser: { path: browserPath, source: browserSource },
    chromiumCli,
    memoryMethod: GNU_TIME ? 'GNU time %M (peak RSS of the largest single process)' : 'VmHWM polled from /proc every 50 ms',
    features,
    sizes: sizeResults,
    profiles: [],
  };

  // Where a target is missed: CPU profiles of ihek on the smallest and the largest size.
  const targets = evaluateTargets(run);
  if (profile) {
    const missed = new Set(targets.filter((t) => t.met === false).flatMap((t) => t.tasks));
    const profSizes = [...new Set([sizes[0]!, sizes[sizes.length - 1]!])];
    for (const task of (['check', 'html', 'pdf', 'diff'] as TaskId[]).filter((t) => missed.has(t))) {
      for (const chapters of profSizes) {
        const project = projects.get(chapters)!;
        const dir = path.join(work, `c${chapters}`);
        const args = {
          check: ['check', project.v1],
          html: ['build', '--html', project.v1, '--out', path.join(dir, 'prof-html')],
          pdf: ['build', '--pdf', project.v1, '--out', path.join(dir, 'prof-pdf')],
          diff: ['diff', project.v1, project.v2, '--no-color'],
        }[task as 'check' | 'html' | 'pdf' | 'diff'];
        run.profiles.push(await cpuProfile(task, chapters, ihekBin, args, dir));
      }
    }
  }
  run.durationMs = Date.now() - started;
  await writeFile(path.join(work, 'results.json'), `${JSON.stringify(run, null, 2)}\n`);
  if (option('--ihek')) {
    await writeFile(out.replace(/(\.md)?$/, '.json'), `${JSON.stringify(run, null, 2)}\n`);
  } else if (!quick) {
    await mkdir(path.join(root, 'bench', '.build'), { recursive: true });
    await writeFile(path.join(root, 'bench', '.build', 'last-full-run.json'), `${JSON.stringify(run, null, 2)}\n`);
  }
  const report = renderReport(run, evaluateTargets(run), quick ? undefined : await findings());
  await writeFile(out, report);
  log(`report written to ${out} (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
  if (quick) process.stdout.write(report);
  if (!flag('--keep')) {
    // Keep the report when it was written into the work folder.
    for (const entry of await readdir(work)) {
      if (path.join(work, entry) !== out && entry !== 'results.json') await rm(path.join(work, entry), { recursive: true, force: true });
    }
  }
}

/** Every PDF below the given folders (a release folder holds one per project). */
async function pdfsUnder(dirs: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const dir of dirs) {
    for (const entry of await readdir(dir, { recursive: true }).catch(() => [] as string[])) {
      if (String(entry).endsWith('.pdf')) found.push(path.join(dir, String(entry)));
    }
  }
  return found.sort();
}

function summarizeSamples(r: TaskResult): void {
  if (r.status !== 'measured' || !r.samples.length) return;
  const ms = r.samples.map((s) => s.ms);
  r.ms = median(ms);
  r.minMs = Math.min(...ms);
  r.maxMs = Math.max(...ms);
  const cpu = r.samples.map((s) => s.cpuMs).filter((v): v is number => v !== undefined);
  if (cpu.length) r.cpuMs = median(cpu);
  const rss = r.samples.map((s) => s.maxRssKb).filter((v): v is number => v !== undefined);
  if (rss.length) r.maxRssKb = median(rss);
  // ihek's own step timings from --verbose ("✓ checking: 0.61 s"), and whether it printed twice.
  const steps = new Map<string, number[]>();
  for (const s of r.samples) {
    for (const m of (s.stderr ?? '').matchAll(/^✓ (.+): ([\d.,]+) s$/gm)) {
      steps.set(m[1]!, [...(steps.get(m[1]!) ?? []), Number(m[2]!.replace(',', '.')) * 1000]);
    }
  }
  if (steps.size) r.steps = [...steps].map(([name, values]) => [name, median(values)]);
  if (r.samples.some((s) => /printed twice|zweimal gedruckt/.test(s.stderr ?? ''))) {
    r.printedTwice = r.samples.filter((s) => /printed twice|zweimal gedruckt/.test(s.stderr ?? '')).length;
  }
  for (const s of r.samples) delete s.stderr;
  const tree = r.samples.map((s) => s.treePssKb).filter((v): v is number => v !== undefined && v > 0);
  if (tree.length) r.treePssKb = median(tree);
}

/**
 * A CPU profile of one run. It runs the modules tsc wrote (dist/cli/), not the bundle bin/ihek.js
 * loads, so the profile names packages and ihek's source files; of the threads' profiles (the diff
 * reads each version on a worker) the busiest one is summarized.
 */
async function cpuProfile(task: TaskId, chapters: number, ihekBin: string, args: string[], dir: string): Promise<ProfileResult> {
  const profDir = path.join(dir, `cpuprof-${task}`);
  await rm(profDir, { recursive: true, force: true });
  await mkdir(profDir, { recursive: true });
  const main = pathToFileURL(path.join(path.dirname(path.dirname(ihekBin)), 'dist', 'cli', 'main.js')).href;
  const entry = path.join(profDir, 'unbundled.mjs');
  await writeFile(
    entry,
    `const { run } = await import(${JSON.stringify(main)});\n` +
      'process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), isTTY: false });\n',
  );
  const command = `node --cpu-prof dist/cli/main.js (unbundled) ${args.map((a) => (a.startsWith('/') ? path.basename(a) : a)).join(' ')}`;
  log(`profiling ${task} at ${chapters} chapters`);
  const sample: Sample = await measure(
    { cmd: process.execPath, args: ['--cpu-prof', `--cpu-prof-dir=${profDir}`, entry, ...args], cwd: dir },
    { logDir: dir, label: `cpuprof-${task}` },
  );
  const files = existsSync(profDir) ? (await readdir(profDir)).filter((f) => f.endsWith('.cpuprofile')) : [];
  if (!sample.ok || !files.length) return { task, chapters, command, wallMs: sample.ms, error: `exit ${sample.exitCode}: ${sample.stderrTail}` };
  const summaries = await Promise.all(files.sort().map((file) => summarize(path.join(profDir, file))));
  const busy = (summary: (typeof summaries)[number]) => summary.totalMs - (summary.modules.find((m) => m.name === '(idle)')?.ms ?? 0);
  const busiest = summaries.reduce((best, summary) => (busy(summary) > busy(best) ? summary : best));
  return { task, chapters, command: files.length > 1 ? `${command} (busiest of ${files.length} threads)` : command, wallMs: sample.ms, summary: busiest };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Hand-written reading of the profiles (bench/findings.md), included in the full report. */
type Task = { id: TaskId; command?: Command; tree?: boolean; before?: () => Promise<unknown>; skip?: string; notImplemented?: string; pdf?: string; pdfs?: string[] };

/** A snapshot of a built package, so a rebuild of its dist/ during a long run changes nothing. Returns its bin. */
async function snapshot(source: string, into: string): Promise<string> {
  await mkdir(into);
  // What npm publishes (README.md too): the tarball the build packed for new projects is taken only for the same files.
  for (const part of ['bin', 'dist', 'templates', 'schemas', 'package.json', 'README.md']) {
    if (existsSync(path.join(source, part))) await cp(path.join(source, part), path.join(into, part), { recursive: true });
  }
  await symlink(path.join(source, 'node_modules'), path.join(into, 'node_modules'), 'dir');
  return path.join(into, 'bin', 'ihek.js');
}

type Features = { watch: boolean; checkCache: boolean; diff: boolean; release: boolean; import: boolean; docx: boolean; spell: boolean };

/** The features of an ihek: detected, not assumed. */
function detectFeatures(bin: string): Features {
  const help = tryRun(process.execPath, [bin, '--help']).stdout;
  const checkHelp = tryRun(process.execPath, [bin, 'check', '--help']).stdout;
  return {
    watch: /^\s+watch\b/m.test(help),
    checkCache: /--cache\b/.test(checkHelp),
    diff: tryRun(process.execPath, [bin, 'diff', '--help']).ok,
    release: tryRun(process.execPath, [bin, 'release', '--help']).ok,
    import: /^\s+import\b/m.test(help),
    docx: /--docx\b/.test(tryRun(process.execPath, [bin, 'build', '--help']).stdout),
    spell: /--spell\b/.test(checkHelp),
  };
}

/** The feature an ihek task needs besides check and build. */
const FEATURE_OF: Partial<Record<TaskId, keyof Features>> = {
  'check-cache': 'checkCache',
  'check-spell': 'spell',
  diff: 'diff',
  'diff-git': 'diff',
  release: 'release',
  'release-batch': 'release',
  import: 'import',
  docx: 'docx',
};

async function findings(): Promise<string | undefined> {
  const file = path.join(root, 'bench', 'findings.md');
  return existsSync(file) ? readFile(file, 'utf8') : undefined;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
