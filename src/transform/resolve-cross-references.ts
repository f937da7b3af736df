import type { Link, Node, Parent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Diagnostic } from '../diagnostics.js';
import type { Lang } from '../i18n/lang.js';
import { msg, msgIn } from '../i18n/message.js';
import type { Outline, OutlineEntry } from './build-outline.js';
import type { CaptionEntry } from './collect-captions.js';
import { numberLabel } from './numbering.js';
import type { ParsedChapter } from './parsed-chapter.js';

/** Link text that asks for a generated reference, besides an empty text: `[#](#benn-ziele)`. */
export const REFERENCE_MARKER = '#';

/** Whether a link shows an image (its text may still be empty: an image without alt text). */
function showsImage(node: Node): boolean {
  return (node as Partial<Parent>).children?.some((child) => child.type === 'image' || child.type === 'imageReference' || showsImage(child)) ?? false;
}

/** "Kapitel 5.3 Ziele", "Kapitel 3 a) Bildung", "Anhang A Quellen", "Anlage 1 Quellen". */
export function referenceLabel(entry: OutlineEntry, lang: Lang): string {
  if (!entry.number) return entry.title;
  return `${numberLabel(entry.kind, entry.number, lang)} ${entry.title}`;
}

/** "Abbildung 3", "Tabelle 4". */
export function captionLabel(entry: CaptionEntry, lang: Lang): string {
  const word = msgIn(lang, entry.kind === 'figure' ? 'transform.captions.figure' : 'transform.captions.table');
  return `${word}\u00a0${entry.number}`;
}

type Target = { kind: 'heading'; entry: OutlineEntry } | { kind: 'caption'; entry: CaptionEntry };

/** Finds the anchor a link means: one of the same chapter first, then any anchor. */
export function findAnchor(
  outline: Outline,
  captions: ReadonlyMap<string, CaptionEntry>,
  chapterId: string,
  fragment: string,
): Target | undefined {
  for (const id of [`${chapterId}-${fragment}`, fragment]) {
    const heading = outline.byId.get(id);
    if (heading) return { kind: 'heading', entry: heading };
    const caption = captions.get(id);
    if (caption) return { kind: 'caption', entry: caption };
  }
  return undefined;
}

/**
 * Points every internal link at its full anchor and fills empty links with the target's number and
 * title. A link to an anchor that does not exist is reported.
 */
export function resolveCrossReferences(
  chapters: readonly ParsedChapter[],
  outline: Outline,
  captions: ReadonlyMap<string, CaptionEntry>,
  lang: Lang,
  diagnostics: Diagnostic[],
): void {
  // A chapter whose template failed has no headings yet; links into it are not reported as broken
  // (the template error is), so one typo does not show up as errors in other chapters.
  const unparsed = chapters.filter((c) => !c.tree).map((c) => c.source.frontMatter.id);
  const intoUnparsed = (fragment: string) => unparsed.some((id) => fragment === id || fragment.startsWith(`${id}-`));
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
      const target = findAnchor(outline, captions, chapterId, fragment);
      if (!target && intoUnparsed(fragment)) return;
      if (!target) {
        diagnostics.push({
          file: chapter.source.file,
          line: link.position?.start.line ?? chapter.source.bodyLine,
          column: link.position?.start.column ?? 1,
          severity: 'error',
          rule: 'broken-link',
          text: msg('transform.references.broken', { fragment }),
        });
        return;
      }
      link.url = `#${target.entry.id}`;
      const text = toString(link).trim();
      // A linked image keeps its image, even without alt text (the check asks for one).
      if ((text === '' || text === REFERENCE_MARKER) && !showsImage(link)) {
        const label = target.kind === 'heading' ? referenceLabel(target.entry, lang) : captionLabel(target.entry, lang);
        link.children = [{ type: 'text', value: label }];
        link.data = { ...link.data, hProperties: { ...link.data?.hProperties, className: ['xref'] } };
      }
    });
  }
}
