import type { Link } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Diagnostic } from '../diagnostics.js';
import type { Lang } from '../i18n/lang.js';
import type { Outline, OutlineEntry } from './build-outline.js';
import type { ParsedChapter } from './parsed-chapter.js';

/** Link text that asks for a generated reference, besides an empty text: `[#](#benn-ziele)`. */
export const REFERENCE_MARKER = '#';

/** "Kapitel 5.3 Ziele", "Anhang A Quellen". */
export function referenceLabel(entry: OutlineEntry, lang: Lang): string {
  if (!entry.number) return entry.title;
  const word =
    entry.kind === 'appendix' ? (lang === 'de' ? 'Anhang' : 'Appendix') : lang === 'de' ? 'Kapitel' : 'Chapter';
  return `${word}\u00a0${entry.number} ${entry.title}`;
}

/** Finds the anchor a link means: a section of the same chapter first, then any anchor. */
export function findAnchor(outline: Outline, chapterId: string, fragment: string): OutlineEntry | undefined {
  return outline.byId.get(`${chapterId}-${fragment}`) ?? outline.byId.get(fragment);
}

/**
 * Points every internal link at its full anchor and fills empty links with the target's number and
 * title. A link to an anchor that does not exist is reported.
 */
export function resolveCrossReferences(
  chapters: readonly ParsedChapter[],
  outline: Outline,
  lang: Lang,
  diagnostics: Diagnostic[],
): void {
  for (const chapter of chapters) {
    if (!chapter.tree) continue;
    const chapterId = chapter.source.frontMatter.id;
    visit(chapter.tree, 'link', (link: Link) => {
      if (!link.url.startsWith('#')) return;
      let fragment: string;
      try {
        fragment = decodeURIComponent(link.url.slice(1));
      } catch {
        fragment = link.url.slice(1);
      }
      const target = findAnchor(outline, chapterId, fragment);
      if (!target) {
        diagnostics.push({
          file: chapter.source.file,
          line: link.position?.start.line ?? chapter.source.bodyLine,
          column: link.position?.start.column ?? 1,
          severity: 'error',
          rule: 'broken-link',
          text: {
            de: `Verweis auf #${fragment} führt ins Leere: kein Kapitel und keine Überschrift hat diesen Anker`,
            en: `link to #${fragment} points nowhere: no chapter or heading has this anchor`,
          },
        });
        return;
      }
      link.url = `#${target.id}`;
      const text = toString(link).trim();
      if (text === '' || text === REFERENCE_MARKER) {
        link.children = [{ type: 'text', value: referenceLabel(target, lang) }];
        link.data = { ...link.data, hProperties: { ...link.data?.hProperties, className: ['xref'] } };
      }
    });
  }
}
