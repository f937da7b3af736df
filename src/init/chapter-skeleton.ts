import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { GUIDANCE_MARK } from '../check/check-guidance.js';
import { normalizeHeading } from '../markdown/normalize-heading.js';
import { templatesDir } from '../package-paths.js';
import type { ChapterTypeSpec, Profile } from '../project/profile-types.js';

/**
 * Where the German chapter skeletons live: `templates/skeletons/<type>.md`, the body after the front
 * matter; a built-in profile whose outline differs has its own in `templates/skeletons/<profile>/`.
 */
export const skeletonsDir = path.join(templatesDir, 'skeletons');

/**
 * The one marker a skeleton may hold besides `{{…}}` expressions of the manifest: the Handlungsfeld
 * id, filled in when the chapter is created (a chapter body cannot ask for its own front matter).
 */
export const HANDLUNGSFELD_MARK = /%handlungsfeld%/g;

export interface ChapterPlan {
  id: string;
  title: string;
  type: string;
  handlungsfeld?: string;
}

async function readSkeleton(type: string, profile: string): Promise<string | undefined> {
  if (!/^[a-z0-9-]+$/i.test(type)) return undefined;
  const places = /^[a-z0-9-]+$/i.test(profile) ? [path.join(skeletonsDir, profile, `${type}.md`)] : [];
  for (const file of [...places, path.join(skeletonsDir, `${type}.md`)]) {
    try {
      return await readFile(file, 'utf8');
    } catch {
      // not there: the next place, else the generic skeleton
    }
  }
  return undefined;
}

function headingsOf(body: string): Set<string> {
  const found = new Set<string>();
  for (const match of body.matchAll(/^##[ \t]+(.+?)[ \t#]*$/gm)) found.add(normalizeHeading(match[1]!));
  return found;
}

/**
 * The body of a new chapter of `spec`'s type: the shipped skeleton, or a short generic one for a
 * type without skeleton, plus every section the profile requires that the skeleton lacks (a
 * project's profile may require more than the built-in one). Every paragraph of guidance carries
 * the guidance mark, so the check finds what is left of it.
 */
export async function chapterBody(spec: ChapterTypeSpec, plan: ChapterPlan, profile: Profile): Promise<string> {
  const skeleton =
    (await readSkeleton(spec.type, profile.name)) ??
    `Beschreiben Sie in diesem Kapitel ${spec.title ? `„${spec.title}“ ` : ''}die Lage im {{area}} und was daraus folgt. ${GUIDANCE_MARK}\n`;
  let body = skeleton.replace(HANDLUNGSFELD_MARK, plan.handlungsfeld ?? '').replace(/\r\n/g, '\n');
  const present = headingsOf(body);
  const perHf = spec.handlungsfeldSections ? profile.handlungsfelder.map((hf) => ({ title: hf.title, aliases: [] })) : [];
  for (const section of [...spec.sections, ...perHf]) {
    const names = [section.title, ...section.aliases].map(normalizeHeading);
    if (names.some((name) => present.has(name))) continue;
    body = `${body.replace(/\n*$/, '\n')}\n## ${section.title}\n\nBeschreiben Sie hier, was zum Abschnitt „${section.title}“ gehört. ${GUIDANCE_MARK}\n`;
  }
  return body.replace(/\n*$/, '\n');
}

/** A YAML scalar as it stands after `key: ` on one line (quoted only when it has to be). */
export function yamlScalar(value: string | number): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** The text of a chapter file: front matter (id, title, type, handlungsfeld, status) and body. */
export function chapterFileText(plan: ChapterPlan, body: string): string {
  const lines = [
    '---',
    `id: ${yamlScalar(plan.id)}`,
    `title: ${yamlScalar(plan.title)}`,
    `type: ${yamlScalar(plan.type)}`,
    ...(plan.handlungsfeld ? [`handlungsfeld: ${yamlScalar(plan.handlungsfeld)}`] : []),
    'status: entwurf',
    '---',
  ];
  return `${lines.join('\n')}\n\n${body}`;
}

/** The title a new chapter gets unless one is given: the Handlungsfeld's name, else the type's title. */
export function defaultTitle(spec: ChapterTypeSpec, profile: Profile, handlungsfeld?: string): string {
  if (handlungsfeld) {
    const hf = profile.handlungsfelder.find((h) => h.id === handlungsfeld);
    if (hf) return hf.title;
  }
  return spec.title ?? spec.type.charAt(0).toUpperCase() + spec.type.slice(1);
}
