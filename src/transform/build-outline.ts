import { toString } from 'mdast-util-to-string';
import type { Diagnostic } from '../diagnostics.js';
import { msg } from '../i18n/message.js';
import { eachNode } from '../markdown/each-node.js';
import { slug } from '../markdown/slug.js';
import type { NumberingStyle } from '../project/profile-types.js';
import { sectionNumber } from './numbering.js';
import type { ParsedChapter } from './parsed-chapter.js';


export interface OutlineEntry {
  /** The anchor: the chapter id for a chapter, `<chapter>-<slug>` for a section. */
  id: string;
  chapterId: string;
  kind: 'chapter' | 'appendix';
  /** 1 for the chapter heading, 2 for `##` … */
  level: number;
  /** "5", "5.3", "3 a)", "A.1", "Anlage 1"; empty for a heading that gets no number (see numbering.ts). */
  number: string;
  title: string;
  file: string;
  line: number;
  column: number;
}

export interface Outline {
  entries: OutlineEntry[];
  byId: Map<string, OutlineEntry>;
}

/** Slugs by title: a rebuild in `ihek watch` numbers every heading of the document again. */
const slugs = new Map<string, string>();

function cachedSlug(title: string): string {
  let known = slugs.get(title);
  if (known === undefined) {
    if (slugs.size > 50_000) slugs.clear();
    known = slug(title);
    slugs.set(title, known);
  }
  return known;
}

/**
 * Gives every chapter and heading its number and stable anchor, and writes the anchor into the
 * Markdown tree (`data.hProperties.id`) so the HTML heading carries it. Reports anchors that clash.
 */
export function buildOutline(chapters: readonly ParsedChapter[], numbering: NumberingStyle, diagnostics: Diagnostic[]): Outline {
  const entries: OutlineEntry[] = [];
  const byId = new Map<string, OutlineEntry>();
  const add = (entry: OutlineEntry) => {
    const first = byId.get(entry.id);
    if (first) {
      diagnostics.push({
        file: entry.file,
        line: entry.line,
        column: entry.column,
        severity: 'error',
        rule: 'duplicate-anchor',
        text: msg('transform.outline.duplicateAnchor', { id: entry.id, file: first.file, line: first.line }),
        related: [{ file: first.file, line: first.line, column: first.column }],
      });
      return false;
    }
    byId.set(entry.id, entry);
    entries.push(entry);
    return true;
  };

  for (const chapter of chapters) {
    const { source } = chapter;
    const chapterId = source.frontMatter.id;
    add({
      id: chapterId,
      chapterId,
      kind: source.kind,
      level: 1,
      number: chapter.number,
      title: source.frontMatter.title,
      file: source.file,
      line: source.frontMatterYaml.lineOffset + 1,
      column: 1,
    });
    if (!chapter.tree) continue;
    const lettered = numbering.letteredSections.includes(source.frontMatter.type);
    const counters = [0, 0, 0, 0, 0, 0, 0];
    eachNode(chapter.tree, 'heading', (heading) => {
      const level = heading.depth;
      if (level === 1) return; // a second level-1 heading; the check reports it
      counters[level] = (counters[level] ?? 0) + 1;
      for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
      const title = toString(heading).trim();
      const number = sectionNumber(chapter.number, counters, level, lettered);
      let id = `${chapterId}-${cachedSlug(title) || 'abschnitt'}`;
      const entry: OutlineEntry = {
        id,
        chapterId,
        kind: source.kind,
        level,
        number,
        title,
        file: source.file,
        line: heading.position?.start.line ?? source.bodyLine,
        column: heading.position?.start.column ?? 1,
      };
      if (!add(entry)) {
        // Keep the rendered document valid: the clash is reported, the copy gets a suffix.
        let n = 2;
        while (byId.has(`${id}-${n}`)) n += 1;
        id = `${id}-${n}`;
        entry.id = id;
        byId.set(id, entry);
        entries.push(entry);
      }
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    });
  }
  return { entries, byId };
}
