/**
 * The floor under `ihek check` and `ihek build --html` at small sizes: how long Node.js takes to
 * start, and how long ihek's own Markdown parser (remark-parse with remark-gfm, as
 * src/markdown/parse-markdown.ts builds it) takes to parse a generated project's chapters cold —
 * on one thread, and split over two threads that take chapters from a shared counter (the second
 * thread starts, loads the parser and joins in meanwhile) — against
 * pandoc turning the same Markdown into standalone HTML. Every tool runs once per round, interleaved.
 *
 *   npx tsc -p bench && node bench/.build/parse-floor.js [--chapters 10] [--runs 15]
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { generate } from './generate.js';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const self = fileURLToPath(import.meta.url);

type Parse = (text: string) => unknown;

async function parser(): Promise<Parse> {
  const { createMarkdownParser } = (await import(pathToFileURL(path.join(root, 'dist', 'markdown', 'parse-markdown.js')).href)) as {
    createMarkdownParser: () => Parse;
  };
  return createMarkdownParser();
}

/** Parses chapters taken from the shared counter until none are left; returns how many. */
function parseFromCounter(parse: Parse, texts: readonly string[], counter: Int32Array): number {
  let count = 0;
  for (let index = Atomics.add(counter, 0, 1); index < texts.length; index = Atomics.add(counter, 0, 1)) {
    parse(texts[index]!);
    count += 1;
  }
  return count;
}

/** One measured process: parse every chapter of `dir` on `threads` threads, print the milliseconds. */
async function child(dir: string, threads: number): Promise<void> {
  const parse = await parser();
  const started = performance.now();
  const files = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  const texts = await Promise.all(files.map((name) => readFile(path.join(dir, name), 'utf8')));
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const helper =
    threads > 1
      ? new Promise<number>((resolve, reject) => {
          const worker = new Worker(self, { workerData: { texts, counter } });
          worker.once('message', resolve);
          worker.once('error', reject);
        })
      : Promise.resolve(0);
  const mine = parseFromCounter(parse, texts, counter);
  const theirs = await helper;
  process.stdout.write(`${JSON.stringify({ ms: performance.now() - started, mine, theirs })}\n`);
  process.exit(0);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  if (args[0] === '--child') return child(args[1]!, Number(args[2]));
  const chapters = option('--chapters', 10);
  const runs = option('--runs', 15);
  const work = await mkdtemp(path.join(os.tmpdir(), 'ihek-parse-floor-'));
  try {
    const project = await generate({ chapters, out: work });
    const dir = path.join(project.v1, 'kapitel');
    const pandoc = spawnSync('pandoc', ['--version']).status === 0;
    const tasks: Array<{ name: string; cmd: string; args: string[]; inner?: boolean }> = [
      { name: '`node -e 0` (Node.js start alone)', cmd: process.execPath, args: ['-e', '0'] },
      { name: 'parse cold, one thread', cmd: process.execPath, args: [self, '--child', dir, '1'], inner: true },
      { name: 'parse cold, two threads', cmd: process.execPath, args: [self, '--child', dir, '2'], inner: true },
      ...(pandoc ? [{ name: 'pandoc `-s --toc` → HTML', cmd: 'pandoc', args: ['-s', '--toc', '-o', path.join(work, 'pandoc.html'), project.allMd] }] : []),
    ];
    const wall = new Map(tasks.map((t) => [t.name, [] as number[]]));
    const inner = new Map(tasks.map((t) => [t.name, [] as number[]]));
    for (let round = 0; round <= runs; round++) {
      for (const task of tasks) {
        const started = performance.now();
        const result = spawnSync(task.cmd, task.args, { encoding: 'utf8' });
        const ms = performance.now() - started;
        if (result.status !== 0) throw new Error(`${task.name} failed: ${result.stderr}`);
        if (round === 0) continue; // warm-up: file cache
        wall.get(task.name)!.push(ms);
        if (task.inner) inner.get(task.name)!.push((JSON.parse(result.stdout.trim()) as { ms: number }).ms);
      }
    }
    const anchor = pandoc ? median(wall.get(tasks.at(-1)!.name)!) : undefined;
    console.log(`${chapters} chapters, ${runs} runs each, load average ${os.loadavg()[0]!.toFixed(1)} (${os.availableParallelism()} cores)\n`);
    console.log('| process | median wall | inside the process: reading and parsing, the parser already loaded | ÷ pandoc |');
    console.log('|---|---|---|---|');
    for (const task of tasks) {
      const ms = median(wall.get(task.name)!);
      const own = task.inner ? `${(median(inner.get(task.name)!) / 1000).toFixed(3)} s` : '–';
      console.log(`| ${task.name} | ${(ms / 1000).toFixed(3)} s | ${own} | ${anchor ? `${(ms / anchor).toFixed(2)}×` : '–'} |`);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (isMainThread) {
  await main();
} else {
  const { texts, counter } = workerData as { texts: string[]; counter: Int32Array };
  parentPort!.postMessage(parseFromCounter(await parser(), texts, counter));
}
