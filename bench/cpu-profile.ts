/**
 * Reads a V8 .cpuprofile (from `node --cpu-prof`) and says where the time went: self time per
 * function and per module (npm package, ihek source file or Node internals), and inclusive time
 * per ihek source file (the pipeline steps: a sample counts once for every ihek file on its stack).
 */
import { readFile } from 'node:fs/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface Cost {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: Cost[];
  modules: Cost[];
  ihekFiles: Cost[];
}

/** A short place for a script URL: `pkg` for node_modules, `dist/…` for ihek, `node:…` for Node. */
export function moduleOf(url: string): string {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return 'Node.js internals';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const dist = url.lastIndexOf('/dist/');
  if (dist >= 0) return `ihek ${url.slice(dist + 1)}`;
  const bin = url.lastIndexOf('/bin/');
  if (bin >= 0) return `ihek ${url.slice(bin + 1)}`;
  return url.replace(/^file:\/\//, '');
}

function shortUrl(url: string): string {
  const m = moduleOf(url);
  if (m.startsWith('ihek ') || m === 'Node.js internals' || m === '(native / V8)') return m.replace(/^ihek /, '');
  const nm = url.lastIndexOf('/node_modules/');
  return url.slice(nm + '/node_modules/'.length);
}

function top(map: Map<string, number>, total: number, n: number): Cost[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => ({ name, ms, share: total ? ms / total : 0 }));
}

export async function summarize(file: string, n = 12): Promise<ProfileSummary> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<number, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    self.set(id, (self.get(id) ?? 0) + ms);
    totalMs += ms;
  });
  const functions = new Map<string, number>();
  const modules = new Map<string, number>();
  const ihekFiles = new Map<string, number>();
  for (const [id, ms] of self) {
    const frame = byId.get(id)!.callFrame;
    const special = /^\((program|idle|garbage collector|root)\)$/.test(frame.functionName);
    const fn = special ? frame.functionName : `${frame.functionName || '(anonymous)'} — ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
    const mod = special ? frame.functionName : moduleOf(frame.url);
    modules.set(mod, (modules.get(mod) ?? 0) + ms);
    // Inclusive time per ihek file: every ihek file on the stack, once.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const m = moduleOf(byId.get(at)!.callFrame.url);
      if (m.startsWith('ihek ') && !seen.has(m)) {
        seen.add(m);
        ihekFiles.set(m.slice(5), (ihekFiles.get(m.slice(5)) ?? 0) + ms);
      }
    }
  }
  return { totalMs, functions: top(functions, totalMs, n), modules: top(modules, totalMs, n), ihekFiles: top(ihekFiles, totalMs, n) };
}
