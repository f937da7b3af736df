import type { Code, Heading, Html, Image, Root, Table, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Diagnostic } from '../diagnostics.js';
import type { PreparedDocument } from '../document/prepared-document.js';
import { quoted } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { positionOf } from '../project/parse-yaml.js';
import { firstBlock } from '../markdown/title-heading.js';
import type { ChapterSource, Project } from '../project/types.js';
import { fontRanges } from '../render/embed-fonts.js';
import { guidanceFinding, isGuidanceMark } from './check-guidance.js';
import { linkAndHtmlRules } from './check-safety.js';
import { wordHabitFindings } from './check-word-habits.js';
import { checkWording, type WordingInfo } from './spelling/check-wording.js';
import type { Speller } from './spelling/load-speller.js';
import { finding } from '../rules.js';

const PLACEHOLDER_WORDS = /^(TODO|FIXME|XXX|TBD)$/;
const PLACEHOLDERS: Array<{ pattern: RegExp; name: string }> = [
  { pattern: /(?<![\p{L}\p{N}])(TODO|FIXME|XXX|TBD)(?![\p{L}\p{N}])/gu, name: '$1' },
  { pattern: /lorem ipsum/gi, name: 'Lorem ipsum' },
  { pattern: /\[(…|\.\.\.)\]/g, name: '[…]' },
];

/** Two or more capitals standing alone (not part of a word, not followed by a digit as in HF1). */
const ABBREVIATION = /(?<![\p{L}\p{N}])[A-ZÄÖÜ]{2,}(?![\p{L}\p{N}])/gu;
const ROMAN = /^[IVXLCDM]+$/;

/** Where in the file a match inside a text node stands. */
function placeIn(node: Text | Code, offset: number, file: string, fallbackLine: number) {
  const before = node.value.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  const start = node.position?.start;
  if (!start) return { file, line: fallbackLine, column: 1 };
  const inLine = offset - before.lastIndexOf('\n');
  if (node.type === 'code') {
    // A fenced block's text starts on the line after the fence (its node spans more lines than its
    // text); the indentation of its lines is not in the value, so the column counts from the text.
    const fenced = (node.position?.end.line ?? start.line) - start.line + 1 > node.value.split('\n').length;
    return { file, line: start.line + (fenced ? 1 : 0) + newlines, column: inLine };
  }
  const column = newlines === 0 ? start.column + offset : inLine;
  return { file, line: start.line + newlines, column };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function hex(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Finds the first character of a text that the document's fonts cannot show (control characters aside). */
export type UncoveredFinder = (value: string) => { char: string; offset: number } | undefined;

/** One regular expression over the fonts' ranges: far faster than testing each character on its own. */
export function uncoveredFinder(): UncoveredFinder {
  const escape = (codePoint: number) => `\\u{${codePoint.toString(16)}}`;
  const ranges = fontRanges().map(([from, to]) => (from === to ? escape(from) : `${escape(from)}-${escape(to)}`));
  const pattern = new RegExp(`[^\\u{0}-\\u{1f}${ranges.join('')}]`, 'u');
  return (value) => {
    const match = pattern.exec(value);
    return match ? { char: match[0], offset: match.index } : undefined;
  };
}

function characterFinding(char: string, place: { file: string; line: number; column?: number }): Diagnostic {
  return finding('unsupported-character', place, msg('check.content.unsupportedCharacter', { char, code: hex(char.codePointAt(0)!) }));
}

/** What the rules of one chapter body know of it besides its tree: its file, where the body and the title stand, the title. */
export interface ChapterPlace {
  file: string;
  bodyLine: number;
  title: string;
  titleLine: number;
}

export function chapterPlace(source: ChapterSource): ChapterPlace {
  const { file, bodyLine, frontMatter, frontMatterYaml } = source;
  return { file, bodyLine, title: frontMatter.title, titleLine: positionOf(frontMatterYaml, ['title']).line };
}

/** What the abbreviation rule compares with: the glossary's file and its abbreviations. */
export interface GlossaryInfo {
  file: string;
  abbreviations: string[];
}

export function glossaryInfo(project: Project): GlossaryInfo | undefined {
  const glossary = project.glossary;
  return glossary ? { file: glossary.file, abbreviations: Object.keys(glossary.value) } : undefined;
}

/** Characters of the chapter titles and the manifest's texts: the parts of the document outside the chapter bodies. */
export function checkTitleCharacters(project: Project, uncovered: UncoveredFinder = uncoveredFinder()): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const source of project.chapters) {
    const title = uncovered(source.frontMatter.title);
    if (title) {
      out.push(characterFinding(title.char, { file: source.file, line: positionOf(source.frontMatterYaml, ['title']).line }));
    }
  }
  for (const key of ['title', 'subtitle', 'area', 'district', 'organization', 'edition'] as const) {
    const value = project.manifest[key];
    const bad = value === undefined ? undefined : uncovered(value);
    if (bad) out.push(characterFinding(bad.char, { file: project.manifestFile, line: positionOf(project.manifestYaml, [key]).line }));
  }
  return out;
}

/** What the wording rules of every chapter use: what they compare with, and the dictionary when words are spelt. */
export interface Wording {
  info: WordingInfo;
  speller?: Speller;
}

/** Heading levels, tables, links, raw HTML, leftover placeholders and skeleton guidance, abbreviations missing from the glossary. */
export function checkContent(document: PreparedDocument): Diagnostic[] {
  const uncovered = uncoveredFinder();
  const glossary = glossaryInfo(document.project);
  const out = checkTitleCharacters(document.project, uncovered);
  for (const chapter of document.chapters) {
    if (chapter.tree) out.push(...checkChapterContent(chapter.tree, chapterPlace(chapter.source), glossary, uncovered));
  }
  return out;
}

/**
 * The content rules of one chapter body. They see nothing but the chapter's tree, its place, the
 * glossary and the wording setup, so their findings can be kept with the parsed chapter (see check-cache.ts).
 */
export function checkChapterContent(
  tree: Root,
  source: ChapterPlace,
  glossary: GlossaryInfo | undefined,
  uncovered: UncoveredFinder,
  wording?: Wording,
): Diagnostic[] {
  const { file, bodyLine } = source;
  const out: Diagnostic[] = wordHabitFindings(tree, file);
  if (wording) out.push(...checkWording(tree, file, wording.info, wording.speller));
  const headingLevel = headingLevelRule(source, firstBlock(tree));
  // Longest first, so "OE SPK" is taken as one before "OE" alone.
  const known = glossary?.abbreviations.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(${[...glossary.abbreviations].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
    : undefined;
  const reported = new Set<string>();
  const reportedChars = new Set<string>();
  // One walk for all the rules of a chapter.
  visit(tree, (node, _index, parent) => {
    if (node.type === 'heading') headingLevel(node as Heading, out);
    else if (node.type === 'table') tableHeaderRule(node as Table, source, out);
    else linkAndHtmlRules(node, source, out);
    if (node.type === 'html' && isGuidanceMark(node as Html)) out.push(guidanceFinding(node as Html, parent, source));
    // An image's alt text is text a reader hears: a placeholder left there (ihek import writes one
    // for an image Word had no description for) is reported like one in the running text.
    if (node.type === 'image' && (node as Image).alt) placeholderFindings({ type: 'text', value: (node as Image).alt!, ...(node.position && { position: node.position }) }, file, bodyLine, out);
    if (node.type !== 'text' && node.type !== 'inlineCode' && node.type !== 'code') return;
    const text = node as Text | Code;
    const bad = uncovered(text.value);
    if (bad && !reportedChars.has(bad.char)) {
      reportedChars.add(bad.char);
      out.push(characterFinding(bad.char, placeIn(text, bad.offset, file, bodyLine)));
    }
    if (node.type !== 'text') return;
    placeholderFindings(text as Text, file, bodyLine, out);
    if (!glossary) return;
    const masked = known ? text.value.replace(known, (m) => ' '.repeat(m.length)) : text.value;
    for (const match of masked.matchAll(ABBREVIATION)) {
      const abbreviation = match[0];
      if (ROMAN.test(abbreviation) || PLACEHOLDER_WORDS.test(abbreviation) || reported.has(abbreviation)) continue;
      reported.add(abbreviation);
      out.push(
        finding('abbreviation-missing', placeIn(text, match.index ?? 0, file, bodyLine), msg('check.content.abbreviationMissing', { abbreviation: quoted(abbreviation), glossary: glossary.file })),
      );
    }
  });
  return out;
}

function placeholderFindings(text: Text, file: string, bodyLine: number, out: Diagnostic[]): void {
  for (const { pattern, name } of PLACEHOLDERS) {
    for (const match of text.value.matchAll(pattern)) {
      const what = name.replace('$1', match[1] ?? '');
      out.push(
        finding('placeholder', placeIn(text, match.index ?? 0, file, bodyLine), msg('check.content.placeholder', { what })),
      );
    }
  }
}

/**
 * Headings start at ## and go down one level at a time; called for each heading in document order.
 * A `# …` left in the tree is not the title (one that repeats it was left out, word-habits.ts):
 * the message says that `title` wins and how to make the two agree.
 */
function headingLevelRule(source: ChapterPlace, first: unknown): (heading: Heading, out: Diagnostic[]) => void {
  let previous = 1;
  return (heading, out) => {
    const place = {
      file: source.file,
      line: heading.position?.start.line ?? source.bodyLine,
      column: heading.position?.start.column ?? 1,
    };
    if (heading.depth === 1) {
      const text = toString(heading);
      const titleAt = [{ file: source.file, line: source.titleLine }];
      out.push(
        heading === first
          ? finding('heading-level', place, msg('check.content.titleHeadingDiffers', { heading: quoted(text), title: source.title }), titleAt)
          : finding('heading-level', place, msg('check.content.levelOneHeading', { heading: quoted(text), title: source.title }), titleAt),
      );
    } else if (heading.depth > previous + 1) {
      out.push(
        finding('heading-level', place, msg('check.content.headingJump', { heading: quoted(toString(heading)), previous, depth: heading.depth })),
      );
    }
    previous = heading.depth;
  };
}

function tableHeaderRule(table: Table, source: { file: string; bodyLine: number }, out: Diagnostic[]): void {
  const head = table.children[0];
  if (head && head.children.some((cell) => toString(cell).trim() !== '')) return;
  out.push(
    finding('table-header', {
      file: source.file,
      line: table.position?.start.line ?? source.bodyLine,
      column: table.position?.start.column ?? 1,
    }, msg('check.content.tableHeader')),
  );
}
