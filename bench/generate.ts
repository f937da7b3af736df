/**
 * Deterministic generator of synthetic IHEK projects for the benchmarks.
 *
 * One call writes, for a given number of chapters:
 *   <out>/v1/            the project (profile: none, chapters listed in ihek.yaml)
 *   <out>/v2/            the same project with 5 % of the prose paragraphs changed (for `ihek diff`)
 *   <out>/git/           a git repository with two commits: v1, then v2 (project at the root)
 *   <out>/all.md         v1 as one Markdown file for pandoc and md-to-pdf (no chapter front matter,
 *                        each chapter's title as a `# ` heading, a YAML title block on top)
 *
 * The text is German-looking (umlauts and ß), about 2.500 words per chapter, with ## and ###
 * headings, bullet and numbered lists, GFM tables with a caption, footnotes, cross-references to
 * other chapters' sections (`[](#k003-…)`), links to chapters and links inside a chapter. The same
 * seed gives the same bytes on every machine.
 *
 * Run directly: node bench/.build/generate.js --chapters 10 --out /tmp/ihek-bench-10
 */
import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface GenerateOptions {
  chapters: number;
  out: string;
  /** Words per chapter (default 2.500). */
  wordsPerChapter?: number;
  /** Share of prose paragraphs changed in v2 (default 0.05). */
  changedShare?: number;
  seed?: number;
  /** Also write the git repository (default true). */
  git?: boolean;
}

export interface GeneratedProject {
  dir: string;
  v1: string;
  v2: string;
  git: string | undefined;
  allMd: string;
  chapters: number;
  words: number;
  paragraphs: number;
  changedParagraphs: number;
  /** Chapter files relative to the project folder, in order. */
  files: string[];
}

/** mulberry32: small, fast and the same everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const int = (r: Rand, min: number, max: number): number => min + Math.floor(r() * (max - min + 1));

/** The slug rule of docs/project-format.md: lower case, ä→ae ö→oe ü→ue ß→ss, other runs of non-alphanumerics → `-`. */
export function slug(text: string): string {
  const map: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => map[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// --- vocabulary ------------------------------------------------------------------------------

const ONSETS = ['b', 'br', 'd', 'dr', 'f', 'fr', 'g', 'gr', 'h', 'k', 'kl', 'kr', 'l', 'm', 'n', 'p', 'pf', 'r', 's', 'sch', 'schl', 'schw', 'sp', 'st', 'str', 't', 'tr', 'w', 'z', 'zw', 'bl', 'gl'];
const NUCLEI = ['a', 'a', 'e', 'e', 'e', 'i', 'o', 'u', 'ä', 'ö', 'ü', 'au', 'ei', 'eu', 'ie', 'äu'];
const CODAS = ['', '', 'n', 'r', 'l', 'ß', 'ch', 'ck', 'ft', 'nd', 'ng', 'rt', 'st', 'tz', 'm', 's', 'lt', 'rk'];
const NOUN_ENDINGS = ['ung', 'heit', 'keit', 'schaft', 'nis', 'tum', 'er', 'en', 'ling', 'ei', 'straße', 'platz', 'haus', 'hof', 'büro', 'förderung', 'größe'];
const ADJ_ENDINGS = ['ig', 'lich', 'isch', 'bar', 'sam', 'los', 'haft'];
const FUNCTION_WORDS = [
  'und', 'der', 'die', 'das', 'den', 'dem', 'des', 'mit', 'für', 'über', 'auf', 'im', 'in', 'zu', 'zum', 'zur', 'von', 'bei',
  'nach', 'aus', 'eine', 'ein', 'einer', 'ist', 'sind', 'wird', 'werden', 'auch', 'nicht', 'sowie', 'durch', 'gegen', 'müssen',
  'können', 'soll', 'sollen', 'hat', 'haben', 'außerdem', 'während', 'gemäß', 'dafür', 'daß', 'schließlich', 'größere', 'mehr',
];

function syllable(r: Rand): string {
  return pick(r, ONSETS) + pick(r, NUCLEI) + pick(r, CODAS);
}

function makeVocabulary(r: Rand): { nouns: string[]; verbs: string[]; adjectives: string[] } {
  const seen = new Set<string>();
  const unique = (make: () => string): string => {
    for (;;) {
      const w = make();
      if (!seen.has(w) && w.length >= 3) {
        seen.add(w);
        return w;
      }
    }
  };
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  const nouns = Array.from({ length: 1800 }, () =>
    unique(() => cap(Array.from({ length: int(r, 1, 2) }, () => syllable(r)).join('') + pick(r, NOUN_ENDINGS))),
  );
  const verbs = Array.from({ length: 500 }, () => unique(() => (r() < 0.3 ? pick(r, ['be', 'ver', 'er', 'ge', 'über', 'aus']) : '') + syllable(r) + pick(r, ['en', 'ern', 'eln', 't', 'te'])));
  const adjectives = Array.from({ length: 600 }, () => unique(() => syllable(r) + pick(r, ADJ_ENDINGS) + pick(r, ['e', 'en', 'er', 'es', ''])));
  return { nouns, verbs, adjectives };
}

type Vocabulary = ReturnType<typeof makeVocabulary>;

/** Zipf-like choice: a few words are common, most are rare, as in real text. */
function zipf<T>(r: Rand, list: readonly T[]): T {
  return list[Math.floor(list.length * r() ** 2.2)]!;
}

function word(r: Rand, v: Vocabulary): string {
  const x = r();
  if (x < 0.42) return pick(r, FUNCTION_WORDS);
  if (x < 0.72) return zipf(r, v.nouns);
  if (x < 0.86) return zipf(r, v.adjectives);
  return zipf(r, v.verbs);
}

function sentence(r: Rand, v: Vocabulary, words = int(r, 8, 17)): string {
  const out: string[] = [zipf(r, v.nouns)];
  for (let i = 1; i < words; i++) {
    out.push(word(r, v));
    if (i > 3 && i < words - 2 && r() < 0.06) out[out.length - 1] += ',';
  }
  if (r() < 0.05) out.push(`${int(r, 2, 98)} %`);
  else if (r() < 0.05) out.push(`${int(r, 1, 40)}.${String(int(r, 0, 999)).padStart(3, '0')} €`);
  return `${out.join(' ')}.`;
}

function title(r: Rand, v: Vocabulary): string {
  const n = int(r, 1, 3);
  const parts = [zipf(r, v.nouns)];
  if (n >= 2) parts.unshift(zipf(r, v.adjectives).replace(/(e|en|er|es)?$/, 'e'));
  if (n >= 3) parts.push(pick(r, ['im', 'für das', 'in der', 'und']), zipf(r, v.nouns));
  const t = parts.join(' ');
  return t[0]!.toUpperCase() + t.slice(1);
}

const countWords = (text: string): number => text.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;

// --- document model --------------------------------------------------------------------------

/** A prose paragraph is a list of sentences, so an edit can replace one and keep links intact. */
interface Paragraph {
  kind: 'p';
  sentences: string[];
  /** Sentences that carry a link or footnote and must survive an edit. */
  fixed: Set<number>;
}
type Block = Paragraph | { kind: 'raw'; text: string };

interface Section {
  level: 2 | 3;
  title: string;
  anchor: string;
}

interface ChapterPlan {
  n: number;
  id: string;
  title: string;
  file: string;
  sections: Section[];
}

function planChapters(r: Rand, v: Vocabulary, chapters: number): ChapterPlan[] {
  const plans: ChapterPlan[] = [];
  for (let n = 1; n <= chapters; n++) {
    const id = `k${String(n).padStart(3, '0')}`;
    const used = new Set<string>();
    const sections: Section[] = [];
    const heading = (level: 2 | 3) => {
      for (;;) {
        const t = title(r, v);
        const s = slug(t);
        if (s && !used.has(s)) {
          used.add(s);
          sections.push({ level, title: t, anchor: `${id}-${s}` });
          return;
        }
      }
    };
    for (let s = 0; s < 6; s++) {
      heading(2);
      const subs = int(r, 0, 2);
      for (let k = 0; k < subs; k++) heading(3);
    }
    const chapterTitle = title(r, v);
    plans.push({ n, id, title: chapterTitle, file: `kapitel/${id}-${slug(chapterTitle).slice(0, 40).replace(/-+$/, '')}.md`, sections });
  }
  return plans;
}

/** Builds one chapter's blocks (prose paragraphs, lists, tables) to about `target` words. */
function chapterBlocks(r: Rand, v: Vocabulary, plan: ChapterPlan, plans: ChapterPlan[], target: number): { blocks: Block[]; footnotes: string[] } {
  const blocks: Block[] = [];
  const footnotes: string[] = [];
  let words = 0;
  const others = plans.filter((p) => p.id !== plan.id);
  const paragraph = (): Paragraph => {
    const sentences = Array.from({ length: int(r, 3, 6) }, () => sentence(r, v));
    const fixed = new Set<number>();
    const at = () => {
      const i = Math.floor(r() * sentences.length);
      fixed.add(i);
      return i;
    };
    const x = r();
    if (x < 0.08 && others.length) {
      // Cross-reference to a section of another chapter: renders as "Kapitel 3.2 …".
      const other = pick(r, others);
      const target = pick(r, other.sections);
      const i = at();
      sentences[i] = sentences[i]!.replace(/\.$/, ` (siehe [](#${target.anchor})).`);
    } else if (x < 0.1 && others.length) {
      const other = pick(r, others);
      const i = at();
      sentences[i] = sentences[i]!.replace(/\.$/, ` (vgl. [Kapitel ${other.title}](#${other.id})).`);
    } else if (x < 0.13) {
      // A link inside the chapter by the section's bare slug.
      const target = pick(r, plan.sections);
      const i = at();
      sentences[i] = sentences[i]!.replace(/\.$/, ` (siehe [#](#${target.anchor.slice(plan.id.length + 1)})).`);
    }
    if (r() < 0.1) {
      const label = `${plan.id}-${footnotes.length + 1}`;
      const i = at();
      sentences[i] = sentences[i]!.replace(/\.$/, `.[^${label}]`);
      footnotes.push(`[^${label}]: ${sentence(r, v, int(r, 6, 12))}`);
    }
    words += countWords(sentences.join(' '));
    return { kind: 'p', sentences, fixed };
  };
  const list = (): Block => {
    const numbered = r() < 0.4;
    const items = Array.from({ length: int(r, 3, 6) }, (_, i) => `${numbered ? `${i + 1}.` : '-'} ${sentence(r, v, int(r, 4, 10))}`);
    words += countWords(items.join(' '));
    return { kind: 'raw', text: items.join('\n') };
  };
  const table = (): Block => {
    const caption = `Tabelle: ${title(r, v)}`;
    const rows = Array.from({ length: int(r, 3, 7) }, () => {
      const a = int(r, 1, 90) * 500;
      const b = int(r, 1, 90) * 500;
      const fmt = (n: number) => n.toLocaleString('de-DE');
      return `| ${title(r, v)} | ${pick(r, ['Projektfonds', 'Aktionsfonds', 'Baufonds', 'Netzwerkfonds'])} | ${fmt(a)} € | ${fmt(b)} € | ${zipf(r, v.nouns)} e. V. |`;
    });
    const text = [caption, '', '| Maßnahme | Fonds | 2025 | 2026 | Träger |', '| --- | --- | ---: | ---: | --- |', ...rows].join('\n');
    words += countWords(text.replace(/[|:-]+/g, ' '));
    return { kind: 'raw', text };
  };

  blocks.push(paragraph());
  const perSection = (target - 80) / plan.sections.filter((s) => s.level === 2).length;
  const tableIn = int(r, 0, 5);
  let sectionNo = -1;
  for (let i = 0; i < plan.sections.length; i++) {
    const s = plan.sections[i]!;
    if (s.level === 2) sectionNo++;
    blocks.push({ kind: 'raw', text: `${'#'.repeat(s.level)} ${s.title}` });
    // The words of a ## section are shared with its ### subsections.
    const budget = perSection / (1 + countSubs(plan, i));
    const start = words;
    if (s.level === 2 && sectionNo === tableIn) blocks.push(table());
    while (words - start + 35 < budget) {
      blocks.push(r() < 0.14 ? list() : paragraph());
    }
  }
  return { blocks, footnotes };
}

/** How many ### follow the ## that a ### at index i belongs to. */
function countSubs(plan: ChapterPlan, i: number): number {
  let parent = i;
  while (parent > 0 && plan.sections[parent]!.level === 3) parent--;
  let subs = 0;
  for (let k = parent + 1; k < plan.sections.length && plan.sections[k]!.level === 3; k++) subs++;
  return subs;
}

function renderBlocks(blocks: Block[], footnotes: string[]): string {
  const parts = blocks.map((b) => (b.kind === 'p' ? b.sentences.join(' ') : b.text));
  if (footnotes.length) parts.push(footnotes.join('\n\n'));
  return `${parts.join('\n\n')}\n`;
}

/** Changes `share` of the prose paragraphs: one sentence replaced and one sentence inserted. */
function editParagraphs(r: Rand, v: Vocabulary, chapters: Block[][], share: number): { changed: number; total: number } {
  const all: Paragraph[] = chapters.flat().filter((b): b is Paragraph => b.kind === 'p');
  const count = Math.max(1, Math.round(all.length * share));
  const indices = all.map((_, i) => i);
  for (let i = indices.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [indices[i], indices[j]] = [indices[j]!, indices[i]!];
  }
  for (const i of indices.slice(0, count)) {
    const p = all[i]!;
    const free = p.sentences.map((_, k) => k).filter((k) => !p.fixed.has(k));
    const sentences = [...p.sentences];
    if (free.length) sentences[pick(r, free)] = sentence(r, v);
    sentences.splice(int(r, 0, sentences.length), 0, sentence(r, v));
    p.sentences = sentences;
  }
  return { changed: count, total: all.length };
}

function manifest(chapters: number, files: string[]): string {
  return [
    `title: Synthetisches IHEK mit ${chapters} Kapiteln`,
    'subtitle: Benchmark-Projekt (erzeugt von bench/generate.ts)',
    'area: Prüfviertel',
    'district: Friedrichshain-Kreuzberg',
    'period: { from: 2025, to: 2027 }',
    'edition: Lasttest',
    'version: 1.0.0',
    'date: 2025-03-31',
    'lang: de',
    'organization: Stadtteilbüro Prüfviertel',
    'authors: [Benchmark-Team]',
    'profile: none',
    'chapters:',
    ...files.map((f) => `  - ${f}`),
    'output: { dir: out, formats: [html] }',
    '',
  ].join('\n');
}

function frontMatter(plan: ChapterPlan): string {
  return ['---', `id: ${plan.id}`, `title: ${plan.title}`, 'type: kapitel', 'status: entwurf', '---', ''].join('\n');
}

async function writeProject(dir: string, chapters: number, plans: ChapterPlan[], bodies: string[]): Promise<void> {
  await mkdir(path.join(dir, 'kapitel'), { recursive: true });
  await writeFile(path.join(dir, 'ihek.yaml'), manifest(chapters, plans.map((p) => p.file)));
  await Promise.all(plans.map((p, i) => writeFile(path.join(dir, p.file), `${frontMatter(p)}\n${bodies[i]!}`)));
}

function git(cwd: string, args: string[], date: string): void {
  execFileSync('git', args, {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'ihek bench',
      GIT_AUTHOR_EMAIL: 'bench@example.invalid',
      GIT_COMMITTER_NAME: 'ihek bench',
      GIT_COMMITTER_EMAIL: 'bench@example.invalid',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
    },
  });
}

export async function generate(options: GenerateOptions): Promise<GeneratedProject> {
  const { chapters, out, wordsPerChapter = 2500, changedShare = 0.05, seed = 20250331, git: withGit = true } = options;
  const r = prng(seed ^ chapters);
  const v = makeVocabulary(prng(seed));
  const plans = planChapters(r, v, chapters);
  const generated = plans.map((plan) => chapterBlocks(r, v, plan, plans, wordsPerChapter));
  const v1 = generated.map((g) => renderBlocks(g.blocks, g.footnotes));
  const edit = editParagraphs(prng(seed + 7), v, generated.map((g) => g.blocks), changedShare);
  const v2 = generated.map((g) => renderBlocks(g.blocks, g.footnotes));

  await rm(out, { recursive: true, force: true });
  const dirs = { v1: path.join(out, 'v1'), v2: path.join(out, 'v2'), git: path.join(out, 'git') };
  await writeProject(dirs.v1, chapters, plans, v1);
  await writeProject(dirs.v2, chapters, plans, v2);

  const all = [
    '---',
    `title: Synthetisches IHEK mit ${chapters} Kapiteln`,
    'lang: de',
    '---',
    '',
    ...plans.map((p, i) => `# ${p.title}\n\n${v1[i]!}`),
  ].join('\n');
  const allMd = path.join(out, 'all.md');
  await writeFile(allMd, all);

  let gitDir: string | undefined;
  if (withGit) {
    gitDir = dirs.git;
    await writeProject(gitDir, chapters, plans, v1);
    git(gitDir, ['init', '-q', '-b', 'main'], '2025-03-01T12:00:00Z');
    git(gitDir, ['add', '-A'], '2025-03-01T12:00:00Z');
    git(gitDir, ['commit', '-q', '-m', 'v1'], '2025-03-01T12:00:00Z');
    await writeProject(gitDir, chapters, plans, v2);
    git(gitDir, ['add', '-A'], '2025-03-02T12:00:00Z');
    git(gitDir, ['commit', '-q', '-m', 'v2: 5 % der Absätze geändert'], '2025-03-02T12:00:00Z');
  }
  return {
    dir: out,
    v1: dirs.v1,
    v2: dirs.v2,
    git: gitDir,
    allMd,
    chapters,
    words: v1.reduce((n, body) => n + countWords(body), 0),
    paragraphs: edit.total,
    changedParagraphs: edit.changed,
    files: plans.map((p) => p.file),
  };
}

// CLI: node bench/.build/generate.js --chapters N --out DIR [--no-git]
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const chapters = Number(value('--chapters') ?? 10);
  const out = path.resolve(value('--out') ?? `ihek-bench-${chapters}`);
  const result = await generate({ chapters, out, git: !args.includes('--no-git') });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
