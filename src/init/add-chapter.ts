import { lstat, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { inputError } from '../errors.js';
import { msg } from '../i18n/message.js';
import { unknownChapterType } from '../check/check-structure.js';
import { writeAtomic } from '../output/write-atomic.js';
import type { ChapterTypeSpec, Profile } from '../project/profile-types.js';
import { loadProject, type LoadOptions } from '../project/load-project.js';
import { readProjectFile, TEXT_LIMIT } from '../project/read-project-file.js';
import { resolveInside } from '../project/resolve-inside.js';
import type { ChapterSource } from '../project/types.js';
import { chapterBody, chapterFileText, defaultTitle } from './chapter-skeleton.js';
import { numberedFileName } from './file-number.js';
import { insertListItem } from './insert-list-item.js';
import { createExclusive } from './write-new-files.js';

export interface AddChapterOptions extends LoadOptions {
  type: string;
  id: string;
  title?: string;
  handlungsfeld?: string;
}

export interface AddChapterResult {
  root: string;
  manifestFile: string;
  /** The new chapter file, relative to the project folder. */
  file: string;
  kind: 'chapter' | 'appendix';
  /** Its place in `chapters:` (or `appendix:`), 0-based. */
  index: number;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

function specFor(profile: Profile, type: string): ChapterTypeSpec {
  const spec = profile.chapterTypes.find((s) => s.type === type);
  if (spec) return spec;
  if (profile.anyChapterType && ID.test(type)) return { type, count: { min: 0 }, sections: [], handlungsfeldSections: false, appendix: false };
  throw inputError(unknownChapterType(type, profile).text);
}

/** Refuses what `ihek check` would reject at once: a second chapter where the profile allows one. */
function assertRoom(spec: ChapterTypeSpec, profile: Profile, chapters: ChapterSource[], hasBenn: boolean, handlungsfeld?: string): void {
  const ofType = chapters.filter((c) => c.frontMatter.type === spec.type);
  if (spec.count === 'per-handlungsfeld') {
    const list = profile.handlungsfelder.map((hf) => hf.id).join(', ');
    if (!handlungsfeld) {
      throw inputError(msg('init.addChapter.needsHandlungsfeld', { type: spec.type, list }));
    }
    if (!profile.handlungsfelder.some((hf) => hf.id === handlungsfeld)) {
      throw inputError(msg('init.addChapter.unknownHandlungsfeld', { handlungsfeld, list }));
    }
    const taken = ofType.find((c) => c.frontMatter.handlungsfeld === handlungsfeld);
    if (taken) {
      throw inputError(msg('init.addChapter.handlungsfeldTaken', { handlungsfeld, file: taken.file }));
    }
    return;
  }
  if (handlungsfeld !== undefined) {
    throw inputError(msg('init.addChapter.handlungsfeldNotApplicable', { type: spec.type }));
  }
  const max = spec.count === 'benn' ? (hasBenn ? 1 : 0) : spec.count.max;
  if (max === undefined || ofType.length < max) return;
  throw inputError(
    max === 0 && spec.count === 'benn'
      ? msg('init.addChapter.needsBenn', { type: spec.type })
      : msg('init.addChapter.tooMany', { max, type: spec.type, present: ofType.map((c) => c.file).join(', ') }),
  );
}

/**
 * Where a new chapter goes in its list: after the last chapter of the same or an earlier type in
 * the profile's order (Handlungsfelder among themselves in the profile's order of fields).
 */
export function insertionIndex(list: ChapterSource[], spec: ChapterTypeSpec, profile: Profile, handlungsfeld?: string): number {
  const rank = new Map(profile.chapterTypes.map((s, i) => [s.type, i]));
  const hfRank = new Map(profile.handlungsfelder.map((hf, i) => [hf.id, i]));
  const own = rank.get(spec.type) ?? Number.POSITIVE_INFINITY;
  let last = -1;
  list.forEach((chapter, index) => {
    // A type the profile does not know (profile `none`) ranks last, like the new one would.
    const other = rank.get(chapter.frontMatter.type) ?? Number.POSITIVE_INFINITY;
    if (other > own) return;
    if (other === own && handlungsfeld !== undefined) {
      const a = hfRank.get(chapter.frontMatter.handlungsfeld ?? '');
      const b = hfRank.get(handlungsfeld);
      if (a !== undefined && b !== undefined && a > b) return;
    }
    last = index;
  });
  return last + 1;
}

/**
 * Adds a chapter from its skeleton: writes `kapitel/NN-<id>.md` (`anhang/<letter>-<id>.md` for an
 * appendix type; NN a number no file in the folder has, see file-number.ts) and lists it in
 * ihek.yaml at the place the profile's order implies, changing nothing else in ihek.yaml. Refuses
 * an id or a file that exists.
 */
export async function addChapter(options: AddChapterOptions): Promise<AddChapterResult> {
  const { type, id } = options;
  if (!ID.test(id)) {
    throw inputError(msg('init.addChapter.badId', { id }));
  }
  const project = await loadProject(options);
  const { profile, chapters, root, manifestFile } = project;
  const spec = specFor(profile, type);
  const same = chapters.find((c) => c.frontMatter.id === id);
  if (same) {
    throw inputError(msg('init.addChapter.idTaken', { id, file: same.file }), { file: same.file });
  }
  assertRoom(spec, profile, chapters, Boolean(project.manifest.benn), options.handlungsfeld);

  const kind = spec.appendix ? 'appendix' : 'chapter';
  const list = chapters.filter((c) => c.kind === kind);
  const index = insertionIndex(list, spec, profile, options.handlungsfeld);
  const folder = kind === 'appendix' ? 'anhang' : 'kapitel';
  const present = await readdir(path.join(root, folder)).catch(() => [] as string[]);
  // A file of the same id that ihek.yaml does not list (a draft put aside) is not overwritten or doubled.
  const sameId = present.find((name) => name.endsWith(`-${id}.md`) && /^[0-9a-z]+-$/.test(name.slice(0, -`${id}.md`.length)));
  const listed = list.map((c) => (path.posix.dirname(c.file) === folder ? path.posix.basename(c.file) : undefined));
  const file = `${folder}/${sameId ?? numberedFileName(kind, listed, index, id, present)}`;
  // kapitel/ or anhang/ may be a link: the new file must still land inside the project.
  const target = await resolveInside(root, root, file, { file });
  if (sameId || (await lstat(target).then(() => true, () => false))) {
    throw inputError(msg('init.addChapter.fileExists', { file }), { file });
  }

  const title = options.title?.trim() || defaultTitle(spec, profile, options.handlungsfeld);
  const plan = { id, title, type, ...(options.handlungsfeld !== undefined && { handlungsfeld: options.handlungsfeld }) };
  const manifestPath = path.join(root, manifestFile);
  const manifestText = (await readProjectFile(root, manifestPath, manifestFile, TEXT_LIMIT)).toString('utf8');
  const updated = insertListItem(manifestText, manifestFile, kind === 'appendix' ? 'appendix' : 'chapters', index, file);

  await createExclusive(target, chapterFileText(plan, await chapterBody(spec, plan, profile)));
  try {
    await writeAtomic(manifestPath, updated);
  } catch (error) {
    await rm(target, { force: true });
    throw error;
  }
  return { root, manifestFile, file, kind, index };
}
