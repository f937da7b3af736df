import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic } from '../diagnostics.js';
import type { Localized } from '../i18n/lang.js';
import type { PreparedDocument } from '../document/prepared-document.js';
import { positionOf } from '../project/parse-yaml.js';
import type { ChapterSource } from '../project/types.js';
import type { ChapterTypeSpec, Profile, SectionSpec } from '../project/profile-types.js';
import type { ParsedChapter } from '../transform/parsed-chapter.js';
import { closestName } from '../i18n/closest-name.js';
import { msg } from '../i18n/message.js';
import { handNumber } from '../markdown/hand-number.js';
import { normalizeHeading } from '../markdown/normalize-heading.js';
import { finding } from '../rules.js';

function typeLine(chapter: ChapterSource): { file: string; line: number } {
  return { file: chapter.file, line: positionOf(chapter.frontMatterYaml, ['type']).line };
}

function describeType(spec: ChapterTypeSpec): Localized {
  return msg('check.structure.typeName', { type: spec.type, title: spec.title ?? '' });
}

/** What to say about a chapter type the profile does not know, with the type it most likely means. */
export function unknownChapterType(type: string, profile: Profile): { text: Localized; guess?: string } {
  const types = profile.chapterTypes.map((s) => s.type);
  const guess = closestName(type, types);
  const list = types.join(', ');
  return {
    text: guess
      ? msg('check.structure.unknownTypeGuess', { type, guess, profile: profile.name, list })
      : msg('check.structure.unknownType', { type, profile: profile.name, list }),
    ...(guess && { guess }),
  };
}

/** Chapter types, counts, order, front matter and required sections, as the profile says. */
export function checkStructure(document: PreparedDocument): Diagnostic[] {
  const { project } = document;
  const { profile, manifestFile } = project;
  const out: Diagnostic[] = [];
  const specOf = new Map(profile.chapterTypes.map((spec) => [spec.type, spec]));
  const chaptersKey = { file: manifestFile, line: positionOf(project.manifestYaml, ['chapters'], 'key').line };

  // Known types and appendix placement. A mistyped type is taken as the type it most likely
  // means when chapters are counted, so the same slip is not also reported as a missing chapter.
  const meant = new Map<ChapterSource, string>();
  for (const source of project.chapters) {
    const spec = specOf.get(source.frontMatter.type);
    if (!spec) {
      if (profile.anyChapterType) continue;
      const unknown = unknownChapterType(source.frontMatter.type, profile);
      if (unknown.guess) meant.set(source, unknown.guess);
      out.push(finding('chapter-type', typeLine(source), unknown.text));
      continue;
    }
    if (spec.appendix && source.kind === 'chapter') {
      out.push(
        finding('chapter-order', { file: manifestFile, line: source.manifestLine }, msg('check.structure.appendixAsChapter', { file: source.file, type: spec.type })),
      );
    } else if (!spec.appendix && source.kind === 'appendix') {
      out.push(
        finding('chapter-order', { file: manifestFile, line: source.manifestLine }, msg('check.structure.chapterAsAppendix', { file: source.file, type: spec.type })),
      );
    }
  }

  if (profile.requiresBenn && !project.manifest.benn) {
    out.push(finding('required-chapter', { file: manifestFile, line: 1 }, msg('check.structure.needsBennBlock', { profile: profile.name })));
  }
  out.push(...checkCounts(project.chapters, profile, Boolean(project.manifest.benn), chaptersKey, meant));
  out.push(...checkOrder(project.chapters.filter((c) => c.kind === 'chapter'), profile, manifestFile));
  out.push(...checkHandlungsfeldFrontMatter(project.chapters, profile));
  for (const chapter of document.chapters) {
    const spec = specOf.get(chapter.source.frontMatter.type);
    if (spec && (spec.sections.length > 0 || spec.handlungsfeldSections)) out.push(...checkSections(chapter, spec, profile));
  }
  return out;
}

/**
 * Too few or too many chapters of a type. `meant` holds the type a mistyped chapter most likely
 * means: it fills its place (no "missing" finding besides the one at its `type:`), but is not
 * counted against the maximum.
 */
function checkCounts(
  chapters: ChapterSource[],
  profile: Profile,
  hasBenn: boolean,
  chaptersKey: { file: string; line: number },
  meant: ReadonlyMap<ChapterSource, string>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const spec of profile.chapterTypes) {
    const ofType = chapters.filter((c) => c.frontMatter.type === spec.type);
    const presumed = chapters.filter((c) => meant.get(c) === spec.type);
    if (spec.count === 'per-handlungsfeld') {
      for (const hf of profile.handlungsfelder) {
        const forHf = ofType.filter((c) => c.frontMatter.handlungsfeld === hf.id);
        if (forHf.length === 0 && !presumed.some((c) => c.frontMatter.handlungsfeld === hf.id)) {
          out.push(
            finding('required-chapter', chaptersKey, msg('check.structure.handlungsfeldMissing', { id: hf.id, title: hf.title, type: spec.type })),
          );
        }
        for (const extra of forHf.slice(1)) {
          out.push(
            finding('chapter-count', typeLine(extra), msg('check.structure.handlungsfeldTwice', { id: hf.id, file: forHf[0]!.file }), [{ file: forHf[0]!.file, line: typeLine(forHf[0]!).line }]),
          );
        }
      }
      continue;
    }
    const bounds =
      spec.count === 'benn' ? (hasBenn ? { min: 1, max: 1 } : { min: 0, max: 0 }) : spec.count;
    if (ofType.length + presumed.length < bounds.min) {
      out.push(
        finding('required-chapter', chaptersKey, msg('check.structure.typeMissing', { type: describeType(spec), benn: spec.count === 'benn' })),
      );
    }
    if (bounds.max !== undefined && ofType.length > bounds.max) {
      for (const extra of ofType.slice(bounds.max)) {
        const first = ofType[0]!;
        out.push(
          bounds.max === 0
            ? finding('chapter-count', typeLine(extra), msg('check.structure.needsBenn', { type: describeType(spec) }))
            : finding('chapter-count', typeLine(extra), msg('check.structure.tooMany', { max: bounds.max, type: describeType(spec), file: first.file }), [{ file: first.file, line: typeLine(first).line }]),
        );
      }
    }
  }
  return out;
}

function checkOrder(chapters: ChapterSource[], profile: Profile, manifestFile: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const rank = new Map(profile.chapterTypes.map((spec, index) => [spec.type, index]));
  let previous: ChapterSource | undefined;
  for (const chapter of chapters) {
    const current = rank.get(chapter.frontMatter.type);
    if (current === undefined) continue;
    if (previous && current < rank.get(previous.frontMatter.type)!) {
      out.push(
        finding('chapter-order', { file: manifestFile, line: chapter.manifestLine }, msg('check.structure.order', { file: chapter.file, type: chapter.frontMatter.type, previousFile: previous.file, previousType: previous.frontMatter.type }), [{ file: manifestFile, line: previous.manifestLine }]),
      );
      continue;
    }
    previous = chapter;
  }
  return out;
}

function checkHandlungsfeldFrontMatter(chapters: ChapterSource[], profile: Profile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const known = new Set(profile.handlungsfelder.map((hf) => hf.id));
  const list = profile.handlungsfelder.map((hf) => hf.id).join(', ');
  for (const chapter of chapters) {
    const { frontMatter } = chapter;
    const perHf = profile.chapterTypes.find((s) => s.type === frontMatter.type)?.count === 'per-handlungsfeld';
    if (perHf && frontMatter.handlungsfeld === undefined) {
      out.push(
        finding('front-matter', typeLine(chapter), msg('check.structure.needsHandlungsfeld', { type: frontMatter.type, list })),
      );
    } else if (frontMatter.handlungsfeld !== undefined && known.size > 0 && !known.has(frontMatter.handlungsfeld)) {
      out.push(
        finding('front-matter', { file: chapter.file, line: positionOf(chapter.frontMatterYaml, ['handlungsfeld']).line }, msg('check.structure.unknownHandlungsfeld', { handlungsfeld: frontMatter.handlungsfeld, list })),
      );
    }
  }
  return out;
}

function lastLine(chapter: ParsedChapter): number {
  const { source } = chapter;
  return source.bodyLine + Math.max(0, source.body.replace(/\n+$/, '').split('\n').length - 1);
}

/**
 * The sections a chapter of `spec`'s type must have: the profile's list, then one per Handlungsfeld
 * when the type asks for it (found by its title, or its id and title).
 */
function requiredSections(spec: ChapterTypeSpec, profile: Profile): Array<SectionSpec & { handlungsfeld?: string }> {
  if (!spec.handlungsfeldSections) return spec.sections;
  const perHf = profile.handlungsfelder.map((hf) => ({
    title: hf.title,
    aliases: [`${hf.id} ${hf.title}`, `${hf.id}: ${hf.title}`, `Handlungsfeld ${hf.title}`],
    handlungsfeld: hf.id,
  }));
  return [...spec.sections, ...perHf];
}

/** A `##` heading as compared with the profile: a letter or number typed in front ("a) Bildung") does not count. */
function headingKey(heading: Heading): string {
  const text = toString(heading);
  const typed = handNumber(text);
  return normalizeHeading(typed ? text.slice(typed.length) : text);
}

function checkSections(chapter: ParsedChapter, spec: ChapterTypeSpec, profile: Profile): Diagnostic[] {
  if (!chapter.tree) return [];
  const headings = chapter.tree.children.filter((node): node is Heading => node.type === 'heading' && node.depth === 2);
  const present = headings.map((heading) => ({ heading, key: headingKey(heading) }));
  const sections = requiredSections(spec, profile);
  const found = sections.map((section) => {
    const names = new Set([section.title, ...section.aliases].map(normalizeHeading));
    return present.filter((p) => names.has(p.key));
  });
  const matches = found.map((all) => all[0]);
  const out: Diagnostic[] = [];
  sections.forEach((section, index) => {
    const [first, ...again] = found[index]!;
    if (first && section.handlungsfeld) {
      for (const extra of again) {
        const line = extra.heading.position?.start.line ?? chapter.source.bodyLine;
        out.push(
          finding('required-section', { file: chapter.source.file, line }, msg('check.structure.handlungsfeldSectionTwice', { section: section.title, id: section.handlungsfeld, chapter: chapter.source.frontMatter.title, line: first.heading.position?.start.line ?? line }), [{ file: chapter.source.file, line: first.heading.position?.start.line ?? line }]),
        );
      }
    }
    if (first) return;
    const next = matches.slice(index + 1).find(Boolean);
    const aliases = section.aliases.length && !section.handlungsfeld ? ` (${section.aliases.join(', ')})` : section.handlungsfeld ? ` (${section.handlungsfeld})` : '';
    const place = next
      ? { file: chapter.source.file, line: next.heading.position?.start.line ?? chapter.source.bodyLine }
      : { file: chapter.source.file, line: lastLine(chapter) };
    out.push(
      finding('required-section', place, msg('check.structure.sectionMissing', { section: section.title, aliases, chapter: chapter.source.frontMatter.title, type: spec.type, beforeHeading: next !== undefined })),
    );
  });
  return out;
}
