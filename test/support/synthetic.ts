import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from './fixture.js';

export interface SyntheticOptions {
  /** Number of chapters (default 60). */
  chapters?: number;
  /** Sections per chapter (default 6). */
  sections?: number;
  /** Paragraphs per section (default 8). */
  paragraphs?: number;
  /** Words per paragraph (default 80). */
  words?: number;
}

const WORDS = (
  'Nachbarschaft Quartier Beteiligung Bewohnerinnen Bewohner Einrichtungen Kiez Schule Kita Familien ' +
  'Jugendliche Angebote Projekt Träger Netzwerk Stadtteil Grünfläche Spielplatz Begegnung Ehrenamt ' +
  'Verwaltung Bezirk Senat Förderung Maßnahme Ziel Bedarf Wirkung Zusammenarbeit Sprache Bildung ' +
  'Gesundheit Bewegung Klima Hitze Wasser Energie Wohnung Hof Straße Platz Treffpunkt Beratung ' +
  'und mit für im der die das ein eine zu von auf aus bei nach über unter zwischen vor ' +
  'werden wird sind ist haben hat soll sollen kann können stärkt verbessert unterstützt gestaltet'
).split(' ');

/** A deterministic pseudo-random number generator (mulberry32), so every run writes the same text. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function paragraph(next: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    let word = WORDS[Math.floor(next() * WORDS.length)]!;
    if (i === 0 || out[out.length - 1]!.endsWith('.')) word = word[0]!.toUpperCase() + word.slice(1);
    out.push(i % 13 === 12 || i === words - 1 ? `${word}.` : word);
  }
  return out.join(' ');
}

/**
 * Writes a big project with `profile: none` into a fresh temp folder: by default 60 chapters of
 * about 3.800 words and six captioned tables each (some 230.000 words, several hundred pages), so
 * printing it takes long enough to interrupt. The text is the same on every run. Returns the project folder.
 */
export async function makeSyntheticProject(options: SyntheticOptions = {}): Promise<string> {
  const { chapters = 60, sections = 6, paragraphs = 8, words = 80 } = options;
  const parent = await tempDir('ihek-synthetic-');
  const dir = path.join(parent, 'gross');
  await mkdir(path.join(dir, 'kapitel'), { recursive: true });
  const next = random(20250331);
  const files: string[] = [];
  for (let c = 1; c <= chapters; c++) {
    const id = `kapitel-${c}`;
    const body: string[] = [
      '---',
      `id: ${id}`,
      `title: Synthetisches Kapitel ${c}`,
      'type: bericht',
      'status: entwurf',
      '---',
      '',
      paragraph(next, words),
    ];
    for (let s = 1; s <= sections; s++) {
      body.push('', `## Abschnitt ${c}.${s} über das Quartier`, '');
      for (let p = 0; p < paragraphs; p++) body.push(paragraph(next, words), '');
      body.push(`Tabelle: Kennzahlen zu Abschnitt ${c}.${s}`, '', '| Kennzahl | 2025 | 2026 |', '|---|--:|--:|');
      for (let r = 1; r <= 5; r++) body.push(`| Wert ${r} | ${Math.floor(next() * 1000)} | ${Math.floor(next() * 1000)} |`);
    }
    const file = `kapitel/${String(c).padStart(2, '0')}-${id}.md`;
    await writeFile(path.join(dir, file), `${body.join('\n')}\n`);
    files.push(file);
  }
  const manifest = [
    'title: Synthetischer Bericht für Lasttests',
    'area: Testgebiet',
    'district: Mitte',
    'period: { from: 2025, to: 2026 }',
    'date: 2025-03-31',
    'lang: de',
    'authors: [Testteam]',
    'profile: none',
    'chapters:',
    ...files.map((file) => `  - ${file}`),
    'output: { dir: out, formats: [html] }',
    '',
  ].join('\n');
  await writeFile(path.join(dir, 'ihek.yaml'), manifest);
  return dir;
}
