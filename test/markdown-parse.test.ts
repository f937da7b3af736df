import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Link, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { createMarkdownParser, mayHoldAutolinkLiteral } from '../src/markdown/parse-markdown.js';

/**
 * ihek's parser skips GFM's autolink literals for a text that cannot hold one (they cost about
 * half of the parse). The trees must be exactly those of remark-parse with remark-gfm, positions
 * included, and bare addresses must still become links.
 */

const reference = unified().use(remarkParse).use(remarkGfm);
const referenceParse = (text: string) => reference.runSync(reference.parse(text)) as Root;
const parse = createMarkdownParser();
const runs = Number(process.env.ROBUSTNESS_RUNS ?? 300);

function links(tree: Root): string[] {
  const urls: string[] = [];
  visit(tree, 'link', (node: Link) => void urls.push(node.url));
  return urls;
}

describe('Markdown parser', () => {
  it.each([
    ['Kontakt: qm@kosmosviertel.de.', 'mailto:qm@kosmosviertel.de'],
    ['Siehe www.quartiersmanagement-berlin.de für mehr.', 'http://www.quartiersmanagement-berlin.de'],
    ['Siehe WWW.BERLIN.DE.', 'http://WWW.BERLIN.DE'],
    ['Quelle: HTTPS://www.statistik-berlin-brandenburg.de/a?b=1', 'HTTPS://www.statistik-berlin-brandenburg.de/a?b=1'],
    ['Schreiben Sie an mailto:qm@kosmosviertel.de', 'mailto:qm@kosmosviertel.de'],
    // Decoded in the text node, found there by GFM's second pass.
    ['Kontakt: qm&#64;kosmosviertel.de', 'mailto:qm@kosmosviertel.de'],
    ['Kontakt: qm&commat;kosmosviertel.de', 'mailto:qm@kosmosviertel.de'],
    ['Siehe www\\.berlin.de.', 'http://www.berlin.de'],
    ['Siehe http:\\/\\/berlin.de', 'http://berlin.de'],
  ])('still links the bare address in %j', (text, url) => {
    expect(links(referenceParse(text))).toEqual([url]);
    expect(links(parse(text))).toEqual([url]);
  });

  it('gives remark-gfm’s tree, positions included, for the example’s chapters', () => {
    const dir = path.resolve('content', 'kapitel');
    const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
    expect(files.length).toBeGreaterThan(5);
    let lean = 0;
    for (const name of files) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      if (!mayHoldAutolinkLiteral(text)) lean++;
      expect(parse(text), name).toEqual(referenceParse(text));
    }
    // The example has no bare addresses: every chapter takes the lean path, so this compares it.
    expect(lean).toBe(files.length);
  });

  it('gives remark-gfm’s tree for arbitrary text built from the characters autolinks are made of', () => {
    // Words, dots, escapes and character references: enough to spell every kind of autolink,
    // also through an escape (`www\\.`) or a reference (`&#64;`), and much that nearly is one.
    const pieces = ['qm', 'berlin', 'x', '9', '.de', '.', '-', '_', '+', '@', '&#64;', '&#x40;', '&commat;', '&colon;', '&sol;', '&period;', '&#46;', '&', '#', ';', 'www', 'WwW', 'ww', '\\', '\\.', '\\:', '\\/', '\\@', 'http', 'HTTPS', ':', '/', '//', 'mailto:', 'xmpp:', ' ', '\n', '*', '[', ']', '(', ')', '<', '>', '`', '|', '~', '!', '?', 'ä'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(parse(text)).toEqual(referenceParse(text));
      }),
      { numRuns: runs },
    );
  });

  it('takes the lean path only for texts without @, ://, www. or a character reference', () => {
    expect(mayHoldAutolinkLiteral('Das Quartier hat 12.400 Einwohnende.')).toBe(false);
    expect(mayHoldAutolinkLiteral('Bildung & Integration')).toBe(false);
    expect(mayHoldAutolinkLiteral('a@b')).toBe(true);
    expect(mayHoldAutolinkLiteral('siehe Www.berlin.de')).toBe(true);
    expect(mayHoldAutolinkLiteral('ftp://x')).toBe(true);
    expect(mayHoldAutolinkLiteral('www\\.berlin.de')).toBe(true);
    expect(mayHoldAutolinkLiteral('http:\\/\\/berlin.de')).toBe(true);
    expect(mayHoldAutolinkLiteral('&#x40;')).toBe(true);
    expect(mayHoldAutolinkLiteral('&amp;')).toBe(true);
  });
});
