import type { Heading, Table, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Diagnostic } from '../diagnostics.js';
import type { PreparedDocument } from '../document/prepare-document.js';
import type { ParsedChapter } from '../transform/parsed-chapter.js';
import { positionOf } from '../project/parse-yaml.js';
import { fontCoverage } from '../render/embed-fonts.js';
import { finding } from './rules.js';

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
function placeIn(node: Text, offset: number, file: string, fallbackLine: number) {
  const before = node.value.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  const start = node.position?.start;
  if (!start) return { file, line: fallbackLine, column: 1 };
  const column = newlines === 0 ? start.column + offset : offset - before.lastIndexOf('\n');
  return { file, line: start.line + newlines, column };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function hex(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Reports the first character of a text that the document's fonts cannot show. */
function unsupported(value: string, covered: (codePoint: number) => boolean): { char: string; offset: number } | undefined {
  let offset = 0;
  for (const char of value) {
    const codePoint = char.codePointAt(0)!;
    if (codePoint > 0x1f && !covered(codePoint)) return { char, offset };
    offset += char.length;
  }
  return undefined;
}

/** Heading levels, tables, leftover placeholders and abbreviations missing from the glossary. */
export function checkContent(document: PreparedDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const covered = fontCoverage();
  const characterFinding = (char: string, place: { file: string; line: number; column?: number }) =>
    finding('unsupported-character', place, {
      de: `Zeichen „${char}“ (${hex(char.codePointAt(0)!)}) ist in den Schriften des Dokuments nicht enthalten und kann nicht gedruckt werden`,
      en: `character "${char}" (${hex(char.codePointAt(0)!)}) is not in the document's fonts and cannot be printed`,
    });
  for (const chapter of document.chapters) {
    const title = unsupported(chapter.source.frontMatter.title, covered);
    if (title) {
      out.push(characterFinding(title.char, { file: chapter.source.file, line: positionOf(chapter.source.frontMatterYaml, ['title']).line }));
    }
  }
  for (const key of ['title', 'subtitle', 'area', 'district', 'organization', 'edition'] as const) {
    const value = document.project.manifest[key];
    const bad = value === undefined ? undefined : unsupported(value, covered);
    if (bad) out.push(characterFinding(bad.char, { file: document.project.manifestFile, line: positionOf(document.project.manifestYaml, [key]).line }));
  }
  const glossary = Object.keys(document.project.glossary?.value ?? {});
  // Longest first, so "OE SPK" is taken as one before "OE" alone.
  const known = glossary.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(${glossary.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
    : undefined;
  for (const chapter of document.chapters) {
    if (!chapter.tree) continue;
    out.push(...checkHeadings(chapter), ...checkTables(chapter));
    const file = chapter.source.file;
    const reported = new Set<string>();
    const reportedChars = new Set<string>();
    visit(chapter.tree, (node) => {
      if (node.type !== 'text' && node.type !== 'inlineCode' && node.type !== 'code') return;
      const bad = unsupported((node as Text).value, covered);
      if (!bad || reportedChars.has(bad.char)) return;
      reportedChars.add(bad.char);
      out.push(characterFinding(bad.char, placeIn(node as Text, bad.offset, file, chapter.source.bodyLine)));
    });
    visit(chapter.tree, 'text', (node: Text) => {
      for (const { pattern, name } of PLACEHOLDERS) {
        for (const match of node.value.matchAll(pattern)) {
          const what = name.replace('$1', match[1] ?? '');
          out.push(
            finding('placeholder', placeIn(node, match.index ?? 0, file, chapter.source.bodyLine), {
              de: `Platzhalter „${what}“ steht noch im Text`,
              en: `placeholder "${what}" is still in the text`,
            }),
          );
        }
      }
      if (!document.project.glossary) return;
      const masked = known ? node.value.replace(known, (m) => ' '.repeat(m.length)) : node.value;
      for (const match of masked.matchAll(ABBREVIATION)) {
        const abbreviation = match[0];
        if (ROMAN.test(abbreviation) || PLACEHOLDER_WORDS.test(abbreviation) || reported.has(abbreviation)) continue;
        reported.add(abbreviation);
        out.push(
          finding('abbreviation-missing', placeIn(node, match.index ?? 0, file, chapter.source.bodyLine), {
            de: `Abkürzung „${abbreviation}“ fehlt im Abkürzungsverzeichnis (${document.project.glossary.file})`,
            en: `abbreviation "${abbreviation}" is missing from the glossary (${document.project.glossary.file})`,
          }),
        );
      }
    });
  }
  return out;
}

function checkHeadings(chapter: ParsedChapter): Diagnostic[] {
  const out: Diagnostic[] = [];
  let previous = 1;
  visit(chapter.tree!, 'heading', (heading: Heading) => {
    const place = {
      file: chapter.source.file,
      line: heading.position?.start.line ?? chapter.source.bodyLine,
      column: heading.position?.start.column ?? 1,
    };
    if (heading.depth === 1) {
      out.push(
        finding('heading-level', place, {
          de: `Überschrift „${toString(heading)}“ hat Ebene 1 (#); die Kapitelüberschrift kommt aus title – Abschnitte beginnen mit ##`,
          en: `heading "${toString(heading)}" has level 1 (#); the chapter heading comes from title – sections start at ##`,
        }),
      );
    } else if (heading.depth > previous + 1) {
      out.push(
        finding('heading-level', place, {
          de: `Überschrift „${toString(heading)}“ springt von Ebene ${previous} auf ${heading.depth}; erwartet ist höchstens Ebene ${previous + 1} (${'#'.repeat(previous + 1)})`,
          en: `heading "${toString(heading)}" jumps from level ${previous} to ${heading.depth}; expected at most level ${previous + 1} (${'#'.repeat(previous + 1)})`,
        }),
      );
    }
    previous = heading.depth;
  });
  return out;
}

function checkTables(chapter: ParsedChapter): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(chapter.tree!, 'table', (table: Table) => {
    const head = table.children[0];
    if (head && head.children.some((cell) => toString(cell).trim() !== '')) return;
    out.push(
      finding('table-header', {
        file: chapter.source.file,
        line: table.position?.start.line ?? chapter.source.bodyLine,
        column: table.position?.start.column ?? 1,
      }, {
        de: 'Tabelle ohne Kopfzeile: die erste Zeile muss die Spalten benennen',
        en: 'table without a header row: the first row must name the columns',
      }),
    );
  });
  return out;
}
