import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { pdfMetadata } from '../pipeline/build-project.js';
import { handlungsfeldNames } from '../pipeline/check-document.js';
import { prepareDocument } from '../pipeline/prepare-document.js';
import type { Lang } from '../i18n/lang.js';
import type { PrintablePage } from '../pdf/print-to-file.js';
import { embeddedFontCss, svgFontCss } from '../render/embed-fonts.js';
import { loadTemplates } from '../render/load-templates.js';
import { renderChapters, type RenderedChapter } from '../render/render-chapters.js';
import { contentsWithPages, renderHtml } from '../render/render-html.js';
import type { Outline } from '../transform/build-outline.js';
import { element, text } from '../transform/hast-utils.js';
import type { ParsedChapter } from '../transform/parsed-chapter.js';
import { packageVersion } from '../version.js';
import type { ChapterMatch } from './compare-chapters.js';
import { anchorOf, type PlacedAnchors } from './diff-anchors.js';
import { diffLabels, formatValue, versionLabel, type DiffLabels } from './diff-labels.js';
import type { DiffResult } from './diff-model.js';
import { buildOverview } from './diff-overview.js';
import { DIFF_CSS } from './diff-style.js';
import type { LoadedVersion } from './load-version.js';
import { delElement, markTokens } from './mark-changes.js';
import { collectChapterText, type ChapterText, type SectionText } from './section-texts.js';
import { joinTokens } from './tokenize.js';
import { hasChange, wordDiff } from './word-diff.js';

const note = (content: string, id?: string): Element =>
  element('p', { className: ['diff-note'], ...(id && { id }) }, [text(content)]);

/** The child of `container` that is or holds `node`; -1 when it is not inside. */
function topIndex(container: Element, node: Element | undefined): number {
  if (!node) return -1;
  const holds = (candidate: ElementContent): boolean =>
    candidate === node || (candidate.type === 'element' && candidate.children.some((child) => holds(child)));
  return container.children.findIndex((child) => holds(child));
}

function insertAfter(parentOf: Element, target: Element, nodes: ElementContent[]): void {
  const walk = (parent: Element): boolean => {
    const index = parent.children.indexOf(target);
    if (index !== -1) {
      parent.children.splice(index + 1, 0, ...nodes);
      return true;
    }
    return parent.children.some((child) => child.type === 'element' && walk(child));
  };
  if (!walk(parentOf)) parentOf.children.push(...nodes);
}

/** Removed text as it looked: headings become paragraphs, ids and internal links are dropped. */
function asRemoved(nodes: readonly RootContent[]): ElementContent[] {
  const clean = (node: RootContent): ElementContent | undefined => {
    if (node.type === 'comment' || node.type === 'doctype') return undefined;
    if (node.type !== 'element') return structuredClone(node) as ElementContent;
    const copy: Element = { ...node, properties: { ...node.properties }, children: [] };
    delete copy.properties.id;
    delete copy.properties.ariaLabelledBy;
    delete copy.properties.ariaDescribedBy;
    if (/^h[1-6]$/.test(copy.tagName)) {
      copy.tagName = 'p';
      copy.properties = { className: ['diff-removed-heading'] };
    }
    if (copy.tagName === 'a' && typeof copy.properties.href === 'string' && copy.properties.href.startsWith('#')) {
      copy.tagName = 'span';
      copy.properties = {};
    }
    copy.children = node.children.map((child) => clean(child)).filter((child): child is ElementContent => child !== undefined);
    return copy;
  };
  return nodes.map(clean).filter((node): node is ElementContent => node !== undefined);
}

/** The old section's part of its rendered chapter, from its heading to the next heading. */
function oldSectionNodes(chapter: ChapterText, section: SectionText): ElementContent[] {
  const position = chapter.sections.indexOf(section);
  const next = chapter.sections[position + 1];
  const start = topIndex(chapter.element, section.heading);
  const end = next ? topIndex(chapter.element, next.heading) : chapter.element.children.length;
  if (start !== -1 && end > start) return asRemoved(chapter.element.children.slice(start, end));
  return [
    element('p', { className: ['diff-removed-heading'] }, [text(joinTokens(section.titleTokens))]),
    element('p', {}, [text(joinTokens(section.tokens))]),
  ];
}

function removedBlock(content: ElementContent[], label: string, id: string, labels: DiffLabels): Element {
  const del = delElement(content, labels);
  del.properties.className = ['diff-block'];
  return element('div', { className: ['diff-removed'], id }, [note(label), del]);
}

function numbered(number: string | null | undefined, title: string): string {
  return number ? `${number} ${title}` : title;
}

/** Marks one chapter of the new version: words, titles, notes, removed sections where they stood. */
function markChapter(
  section: Element,
  parsed: ParsedChapter,
  match: ChapterMatch,
  outline: Outline,
  lang: Lang,
  anchors: PlacedAnchors,
): void {
  const labels = diffLabels(lang);
  const fresh = collectChapterText(section, parsed, outline);
  const byId = new Map(fresh.sections.map((s) => [s.id, s]));
  const intro = fresh.sections[0]!;
  const old = match.from;
  const notes = new Map<Element, string[]>();
  const addNote = (heading: Element | undefined, content: string) => {
    if (heading) notes.set(heading, [...(notes.get(heading) ?? []), content]);
  };

  const oldTitle = old?.sections[0]?.titleTokens ?? [];
  const titleSegments = wordDiff(oldTitle, intro.titleTokens);
  if (hasChange(titleSegments)) markTokens(oldTitle, intro.titleTokens, titleSegments, labels, anchorOf.title(fresh.id));
  if (!old) addNote(intro.heading, labels.addedNote);
  if (old && match.moved) addNote(intro.heading, `${labels.movedNote} (${labels.was} ${old.number})`);
  for (const field of match.fields) {
    addNote(intro.heading, `${field.key}: ${formatValue(field.from, lang)} → ${formatValue(field.to, lang)}`);
  }

  const removed: Array<{ block: Element; before: Element | undefined }> = [];
  match.sections.forEach((sectionMatch, position) => {
    const target = sectionMatch.to ? byId.get(sectionMatch.to.id) : undefined;
    if (sectionMatch.to && !target) return;
    if (!target) {
      const from = sectionMatch.from!;
      const next = match.sections.slice(position + 1).find((later) => later.to && byId.has(later.to.id));
      const label = `${labels.removedSection} ${numbered(from.number, from.title)}`;
      removed.push({
        block: removedBlock(oldSectionNodes(old!, from), label, anchorOf.removed(from.id), labels),
        before: next ? byId.get(next.to!.id)?.heading : undefined,
      });
      return;
    }
    if (sectionMatch.status === 'changed' || sectionMatch.status === 'added') {
      const before = sectionMatch.from?.tokens ?? [];
      const segments = wordDiff(before, target.tokens);
      const marked = markTokens(before, target.tokens, segments, labels, anchorOf.hunk(target.id));
      anchors.set(target.id, marked.anchors);
      const orphans = marked.orphans.map((orphan) =>
        element('p', {}, [delElement([text(orphan.text)], labels, orphan.id)]),
      );
      if (orphans.length > 0 && target.heading) insertAfter(section, target.heading, orphans);
      if (target.level !== 1) {
        const oldTitleTokens = sectionMatch.from?.titleTokens ?? [];
        const segmentsTitle = wordDiff(oldTitleTokens, target.titleTokens);
        if (hasChange(segmentsTitle)) markTokens(oldTitleTokens, target.titleTokens, segmentsTitle, labels, anchorOf.title(target.id));
      }
    }
    if (sectionMatch.status === 'added' && target.level !== 1) addNote(target.heading, labels.addedNote);
    const from = sectionMatch.from;
    if (from && sectionMatch.moved) addNote(target.heading, `${labels.movedNote} (${labels.was} ${from.number || from.title})`);
    if (from && from.id !== target.id) addNote(target.heading, `${labels.was}: ${numbered(from.number, from.title)} (#${from.id})`);
  });

  for (const [heading, texts] of notes) insertAfter(section, heading, texts.map((content) => note(content)));
  for (const { block, before } of removed) {
    const index = topIndex(section, before);
    if (index === -1) {
      const footnotes = section.children.findIndex(
        (child) => child.type === 'element' && child.tagName === 'section' && child.properties.dataFootnotes !== undefined,
      );
      if (footnotes === -1) section.children.push(block);
      else section.children.splice(footnotes, 0, block);
    } else section.children.splice(index, 0, block);
  }
}

/** The whole removed chapter, as it looked, where it stood in the old order. */
function removedChapter(chapter: ChapterText, labels: DiffLabels): RenderedChapter {
  const label = `${labels.removedChapter} ${numbered(chapter.number, chapter.title)}`;
  const del = delElement(asRemoved(chapter.element.children), labels);
  del.properties.className = ['diff-block'];
  const block = element('section', { className: ['chapter', 'diff-removed-chapter'], id: anchorOf.removed(chapter.id), ariaLabel: label }, [
    note(label),
    del,
  ]);
  return { id: anchorOf.removed(chapter.id), kind: chapter.kind, html: toHtml(block, { allowDangerousHtml: true }) };
}

/**
 * Puts the overview first in the page: right after `<body>` and its skip link; in a project's own
 * layout without `<body>`, before `<main>`, else at the very start of the content.
 */
export function insertAtFront(page: string, overview: string): string {
  const body = /<body\b[^>]*>\s*(?:<a class="skip-link"[^>]*>[\s\S]*?<\/a>)?/i.exec(page);
  const main = /<main\b/i.exec(page);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(page);
  const at = body ? body.index + body[0].length : main ? main.index : doctype ? doctype[0].length : 0;
  return `${page.slice(0, at)}\n${overview}\n${page.slice(at)}`;
}

/** What the marked document is wanted as: a page for the screen, one for print, or both. */
export interface MarkedPagesRequest {
  html: boolean;
  pdf: boolean;
  /** SOURCE_DATE_EPOCH for the PDF's date. */
  env: NodeJS.ProcessEnv;
}

export interface MarkedPages {
  /** The page for the screen (`--html`). */
  html?: string;
  /** The page for print with its contents' targets and bookmarks (`--pdf`). */
  print?: PrintablePage;
}

/** Print rules of the overview: its own running header, like the contents have theirs. */
function overviewPageCss(labels: DiffLabels): string {
  return `@media print { .diff-overview { page: diff-overview; } }\n@page diff-overview { @top-right { content: ${JSON.stringify(labels.overview)}; } }`;
}

/**
 * The whole new version as one page, with insertions and deletions marked and an overview in
 * front that links to every change. Uses the normal render pipeline with a hook per chapter; the
 * fonts are embedded as in `ihek build`, so the PDF never depends on the machine's fonts.
 */
export async function renderDiffPages(
  to: LoadedVersion,
  matches: readonly ChapterMatch[],
  result: DiffResult,
  request: MarkedPagesRequest,
): Promise<MarkedPages> {
  const labels = diffLabels(result.lang);
  const document = prepareDocument(to.project, handlungsfeldNames(to.project.profile));
  const byNewId = new Map(matches.filter((m) => m.to).map((m) => [m.to!.id, m]));
  const anchors: PlacedAnchors = new Map();
  const fontCss = await embeddedFontCss();
  const rendered = await renderChapters(document, {
    svgFontCss: svgFontCss(fontCss),
    onChapter: (section, chapter) => {
      const match = byNewId.get(chapter.source.frontMatter.id);
      if (match) markChapter(section, chapter, match, document.outline, result.lang, anchors);
    },
  });
  const chapters: RenderedChapter[] = [];
  const pending = [...rendered.chapters];
  for (const match of matches) {
    if (match.to) {
      const index = pending.findIndex((chapter) => chapter.id === match.to!.id);
      if (index !== -1) chapters.push(...pending.splice(0, index + 1));
    } else if (match.from) chapters.push(removedChapter(match.from, labels));
  }
  chapters.push(...pending);
  const marked = { ...rendered, chapters };

  const templates = await loadTemplates(to.project.root);
  const layout = { ...templates, css: `${templates.css}\n${DIFF_CSS}\n${overviewPageCss(labels)}` };
  const page = (printPages: boolean) => {
    const html = renderHtml(document, marked, layout, `ihek ${packageVersion()}`, fontCss, printPages);
    // A layout of the project's own may have no contents to lead on to.
    const overview = buildOverview(result, anchors, html.includes('id="inhaltsverzeichnis"'));
    return insertAtFront(html, toHtml({ type: 'root', children: [overview] } satisfies Root));
  };
  const pages: MarkedPages = {};
  if (request.html) pages.html = page(false);
  if (request.pdf) {
    const { targets, bookmarks } = contentsWithPages(document, marked);
    pages.print = {
      html: page(true),
      targets,
      bookmarks: [
        { id: 'aenderungsuebersicht', title: labels.overview, level: 1, page: 1 },
        // The contents follow the overview and the cover: found by the overview's link to them.
        ...bookmarks.map(({ page: _page, ...bookmark }) => bookmark),
      ],
      metadata: (browser) => {
        const base = pdfMetadata(document, request.env, browser);
        return { ...base, title: `${labels.heading} ${versionLabel(result.from, result.lang)} → ${versionLabel(result.to, result.lang)}: ${base.title}` };
      },
    };
  }
  return pages;
}
