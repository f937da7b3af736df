import { normalizeHeading } from '../markdown/normalize-heading.js';
import type { Profile } from '../project/profile-types.js';
import type { WordChapter } from './split-document.js';

export interface ChapterMatch {
  type: string;
  handlungsfeld?: string;
  /** Whether a title of the profile matched; otherwise the type is a fallback. */
  recognised: boolean;
}

export interface ProfileMatch {
  profile: Profile;
  chapters: ChapterMatch[];
}

const norm = (text: string) => normalizeHeading(text).replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();

/** The Handlungsfeld a heading names: by its title ("Bildung") or its number ("Handlungsfeld 2", "HF 2"). */
export function handlungsfeldOf(heading: string, profile: Profile): string | undefined {
  const text = norm(heading);
  const byNumber = /\b(?:handlungsfeld|hf)\s*(\d{1,2})\b/.exec(text);
  if (byNumber) {
    const hf = profile.handlungsfelder.find((h) => h.id.replace(/\D/g, '') === byNumber[1]);
    if (hf) return hf.id;
  }
  const bare = text.replace(/^(?:handlungsfeld|hf)\s*\d*\s*/, '');
  return profile.handlungsfelder.find((h) => norm(h.title) === bare)?.id;
}

/** Matches one chapter heading against the chapter types (titles) and Handlungsfelder of a profile. */
function matchChapter(chapter: WordChapter, profile: Profile): ChapterMatch {
  const types = profile.chapterTypes;
  if (chapter.appendix) {
    const appendix = types.find((t) => t.appendix);
    return { type: appendix?.type ?? 'anhang', recognised: appendix !== undefined };
  }
  const hf = handlungsfeldOf(chapter.title, profile);
  const hfType = types.find((t) => t.count === 'per-handlungsfeld');
  if (hf && hfType) return { type: hfType.type, handlungsfeld: hf, recognised: true };
  const title = norm(chapter.title);
  const exact = types.find((t) => !t.appendix && t.title !== undefined && (norm(t.title) === title || norm(t.type) === title));
  if (exact) return { type: exact.type, recognised: true };
  // "BENN – Berlin Entwickelt Neue Nachbarschaften": the title's first word is enough.
  const leading = types.find((t) => !t.appendix && t.title !== undefined && t.count !== 'per-handlungsfeld' && title.startsWith(norm(t.title).split(' ')[0]!) && norm(t.title).split(' ')[0]!.length >= 4);
  if (leading) return { type: leading.type, recognised: true };
  const open = types.find((t) => !t.appendix && typeof t.count === 'object' && t.count.min === 0 && t.count.max === undefined);
  return { type: open?.type ?? 'kapitel', recognised: false };
}

/**
 * The profile whose titles the headings match best; of two that match equally well, the one
 * listed first. `none` takes any type and recognises nothing.
 */
export function matchProfile(chapters: WordChapter[], profiles: Profile[]): ProfileMatch {
  let best: ProfileMatch | undefined;
  let bestScore = -1;
  for (const profile of profiles) {
    const matches = chapters.map((chapter) =>
      profile.anyChapterType ? { type: chapter.appendix ? 'anhang' : 'kapitel', recognised: false } : matchChapter(chapter, profile),
    );
    const score = matches.filter((m) => m.recognised).length;
    if (score > bestScore) {
      best = { profile, chapters: matches };
      bestScore = score;
    }
  }
  return best!;
}
