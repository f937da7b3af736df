import type { Element, ElementContent, Text } from 'hast';
import type { FrontMatter } from '../project/types.js';
import type { Outline } from '../transform/build-outline.js';
import { classNames, textOf } from '../transform/hast-utils.js';
import type { ParsedChapter } from '../transform/parsed-chapter.js';
import { tokenKey, tokenMatches, type Token } from './tokenize.js';

/** A text node of the rendered page and the element that holds it. */
export interface TextRef {
  node: Text;
  parent: Element;
}

/** A token and where it stands in the rendered page (to mark it there). */
export interface PlacedToken extends Token {
  ref: TextRef;
  start: number;
  end: number;
  /** A separator the page does not show as text (`|` between table cells); never marked. */
  virtual?: boolean;
}

/** The rendered text of one section as compared: from its heading to the next heading of any level. */
export interface SectionTokens {
  /** The anchor; the chapter id for the text before the chapter's first section. */
  id: string;
  /** 1 for the text before the first section, 2 for `##` … */
  level: number;
  number: string;
  title: string;
  titleTokens: Token[];
  tokens: Token[];
}

/** A section's text together with where each token stands in the rendered page (to mark it there). */
export interface SectionText extends SectionTokens {
  heading?: Element;
  titleTokens: PlacedToken[];
  tokens: PlacedToken[];
}

/** What the comparison reads of a chapter. */
export interface ChapterTokens {
  id: string;
  kind: 'chapter' | 'appendix';
  number: string;
  title: string;
  file: string;
  frontMatter: FrontMatter;
  /** The chapter's own text first (id = chapter id), then every section in document order. */
  sections: SectionTokens[];
}

/** A chapter's text together with its rendered `<section>`. */
export interface ChapterText extends ChapterTokens {
  element: Element;
  sections: SectionText[];
}

const SKIP = new Set(['script', 'style', 'svg', 'template', 'math']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/**
 * Generated numbers ("Kapitel 5.2" in a cross-reference, "Tabelle 3:", footnote marks) change
 * when something is inserted before them; they are compared as "a number", not by value.
 */
function isNumbered(element: Element): boolean {
  const classes = classNames(element);
  return (
    classes.includes('xref') ||
    classes.includes('caption-label') ||
    element.properties.dataFootnoteRef !== undefined ||
    element.properties.dataFootnoteBackref !== undefined
  );
}

/** Makes the token a section holds: with its place in the page, or only what is compared. */
type Place<T extends Token> = (token: Token, node: Text, parent: Element, start: number, end: number) => T;

/**
 * Splits a rendered chapter into its sections and tokenises their text, remembering for each
 * token the text node it came from. Heading numbers are not part of the text.
 */
export function collectChapterText(section: Element, chapter: ParsedChapter, outline: Outline): ChapterText {
  const placed = (token: Token, node: Text, parent: Element, start: number, end: number): PlacedToken => ({ ...token, ref: { node, parent }, start, end });
  return { ...collectSections(section, chapter, outline, placed), element: section };
}

/**
 * The same text without the places: nothing points into the rendered chapter, so it can be let go
 * as soon as its text is read (a comparison without the marked document).
 */
export function collectChapterTokens(section: Element, chapter: ParsedChapter, outline: Outline): ChapterTokens {
  const { sections, ...rest } = collectSections(section, chapter, outline, (token) => token);
  return { ...rest, sections: sections.map(({ heading: _heading, ...text }) => text) };
}

interface CollectedSection<T extends Token> extends SectionTokens {
  heading?: Element;
  titleTokens: T[];
  tokens: T[];
}

function collectSections<T extends Token>(section: Element, chapter: ParsedChapter, outline: Outline, place: Place<T>): Omit<ChapterTokens, 'sections'> & { sections: Array<CollectedSection<T>> } {
  const { frontMatter } = chapter.source;
  const intro: CollectedSection<T> = {
    id: frontMatter.id,
    level: 1,
    number: chapter.number,
    title: frontMatter.title,
    titleTokens: [],
    tokens: [],
  };
  const sections: CollectedSection<T>[] = [intro];
  let current = intro;
  let pendingSpace = false;

  const sectionOf = (element: Element): CollectedSection<T> | undefined => {
    if (!/^h[1-6]$/.test(element.tagName) || typeof element.properties.id !== 'string') return undefined;
    const id = element.properties.id;
    if (id === frontMatter.id) {
      intro.heading = element;
      return intro;
    }
    const entry = outline.byId.get(id);
    if (entry && entry.chapterId === frontMatter.id) {
      return { id, level: entry.level, number: entry.number, title: entry.title, heading: element, titleTokens: [], tokens: [] };
    }
    if (classNames(element).includes('footnotes-title')) {
      return { id, level: 2, number: '', title: textOf(element).trim(), heading: element, titleTokens: [], tokens: [] };
    }
    return undefined;
  };

  const addText = (node: Text, parent: Element, inTitle: boolean, numbered: boolean, footnoteRef: boolean) => {
    const matches = tokenMatches(node.value);
    const target = inTitle ? current.titleTokens : current.tokens;
    matches.forEach((match, index) => {
      const token: Token = {
        // A footnote mark reads "[1]" in the report, not as a digit glued to the word before it.
        text: footnoteRef && /^\p{N}+$/u.test(match.text) ? `[${match.text}]` : match.text,
        key: tokenKey(match.text, numbered),
        space: match.spaceBefore || (index === 0 && pendingSpace),
      };
      target.push(place(token, node, parent, match.start, match.end));
    });
    if (matches.length > 0) pendingSpace = /\s$/.test(node.value);
    else if (/\s/.test(node.value)) pendingSpace = true;
  };

  // Table cells are told apart by a `|` in the report, so a changed amount keeps its row in view.
  const cellSeparator = (parent: Element): T => ({ ...place({ text: '|', key: '\u0001|', space: true }, { type: 'text', value: '' }, parent, 0, 0), virtual: true });

  const walk = (parent: Element, inTitle: boolean, numbered: boolean, footnoteRef: boolean) => {
    for (const child of parent.children as ElementContent[]) {
      if (child.type === 'text') {
        addText(child, parent, inTitle, numbered, footnoteRef);
        continue;
      }
      if (child.type !== 'element' || SKIP.has(child.tagName)) continue;
      if (classNames(child).includes('heading-number')) continue;
      const block = BLOCK.has(child.tagName);
      if (block) pendingSpace = true;
      const next = sectionOf(child);
      if (next) {
        if (next !== intro) sections.push(next);
        current = next;
        walk(child, true, false, false);
      } else {
        const cell = !inTitle && (child.tagName === 'td' || child.tagName === 'th');
        const before = current.tokens.length;
        walk(child, inTitle, numbered || isNumbered(child), footnoteRef || child.properties.dataFootnoteRef !== undefined);
        if (cell && current.tokens.length > before) current.tokens.splice(before, 0, cellSeparator(child));
      }
      if (block) pendingSpace = true;
    }
  };
  walk(section, false, false, false);

  return {
    id: frontMatter.id,
    kind: chapter.source.kind,
    number: chapter.number,
    title: frontMatter.title,
    file: chapter.source.file,
    frontMatter,
    sections,
  };
}
