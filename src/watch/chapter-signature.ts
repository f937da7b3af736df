import { toString } from 'mdast-util-to-string';
import type { ParsedChapter } from '../transform/parsed-chapter.js';
import { hash } from '../pipeline/run-chapters.js';
import type { IncrementalDocument } from './prepare-incremental.js';

/**
 * A key over everything a chapter's findings and HTML depend on besides its own source: the
 * glossary and the document language, image files (for a chapter with images), its number,
 * the numbers of its headings, figures and tables, and the targets and labels of its links (which
 * carry other chapters' numbers and titles). Two builds that give a chapter the same signature give
 * it the same HTML and the same findings, so the second can reuse the first's.
 */
export function chapterSignatures(document: IncrementalDocument, assetsGeneration: number): string[] {
  const headings = new Map<string, unknown[]>();
  for (const entry of document.outline.entries) {
    const list = headings.get(entry.chapterId) ?? [];
    list.push([entry.id, entry.number, entry.level, entry.title]);
    headings.set(entry.chapterId, list);
  }
  const { project } = document;
  // The glossary marks abbreviations in every chapter and is what the abbreviation check compares with.
  const glossary = hash(JSON.stringify([project.manifest.lang, project.glossary?.file, project.glossary?.value]));
  const captions = new Map<string, unknown[]>();
  for (const entry of document.captions) {
    const list = captions.get(entry.chapterId) ?? [];
    list.push([entry.kind, entry.id, entry.number, entry.text]);
    captions.set(entry.chapterId, list);
  }
  return document.chapters.map((chapter: ParsedChapter, index) => {
    const { source } = chapter;
    const { links: linkNodes, images } = document.indexes[index]!;
    const links: string[] = [];
    for (const link of linkNodes) if (link.url.startsWith('#')) links.push(link.url, toString(link));
    return hash(
      JSON.stringify([
        document.sourceKeys[index],
        // Image files are read while rendering: a chapter with images depends on them.
        images.length > 0 ? assetsGeneration : 0,
        glossary,
        chapter.number,
        source.kind,
        source.absPath,
        source.frontMatter,
        headings.get(source.frontMatter.id) ?? [],
        captions.get(source.frontMatter.id) ?? [],
        links,
      ]),
    );
  });
}
