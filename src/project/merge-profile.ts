import type { ChapterTypeSpec, CountSpec, Profile, ProfileFile, SectionSpec } from './profile-types.js';

const empty: Profile = {
  name: 'none',
  anyChapterType: false,
  requiresBenn: false,
  handlungsfelder: [],
  querschnittsthemen: [],
  chapterTypes: [],
  funds: {},
  numbering: { start: 1, letteredSections: [], appendix: 'Anhang A' },
  rules: {},
};

type WrittenCount = CountSpec | { min?: number; max?: number } | undefined;

function countOf(count: WrittenCount, fallback: CountSpec): CountSpec {
  if (count === undefined) return fallback;
  if (typeof count === 'string') return count;
  return { min: count.min ?? 0, ...(count.max !== undefined && { max: count.max }) };
}

function mergeSections(base: SectionSpec[], added: Array<{ title: string; aliases?: string[] }> = []): SectionSpec[] {
  const result = base.map((section) => ({ ...section, aliases: [...section.aliases] }));
  for (const section of added) {
    const existing = result.find((s) => s.title === section.title);
    if (existing) existing.aliases = [...new Set([...existing.aliases, ...(section.aliases ?? [])])];
    else result.push({ title: section.title, aliases: section.aliases ?? [] });
  }
  return result;
}

/** Funds merge by name, and each limit of a fund by its key: a project can change one figure. */
function mergeFunds(base: Profile['funds'], added: ProfileFile['funds'] = {}): Profile['funds'] {
  const result = Object.fromEntries(Object.entries(base).map(([name, rules]) => [name, { ...rules }]));
  for (const [name, rules] of Object.entries(added)) result[name] = { ...result[name], ...rules };
  return result;
}

/**
 * Applies a profile file on top of a base profile. Handlungsfelder merge by id (`remove: true`
 * drops one, `replaceHandlungsfelder: true` starts from none); chapter types merge by type
 * (sections and aliases are added, count and title replaced); new types go before the appendix
 * or after the type named in `after`; fund limits and the numbering style are overridden key by
 * key, rule severities one by one.
 */
export function mergeProfile(base: Profile = empty, file: ProfileFile): Profile {
  let handlungsfelder = file.replaceHandlungsfelder ? [] : base.handlungsfelder.map((hf) => ({ ...hf }));
  for (const hf of file.handlungsfelder ?? []) {
    if (hf.remove) {
      handlungsfelder = handlungsfelder.filter((existing) => existing.id !== hf.id);
      continue;
    }
    const existing = handlungsfelder.find((e) => e.id === hf.id);
    if (existing) existing.title = hf.title ?? existing.title;
    else handlungsfelder.push({ id: hf.id, title: hf.title ?? hf.id });
  }

  const chapterTypes: ChapterTypeSpec[] = base.chapterTypes.map((spec) => ({ ...spec, sections: [...spec.sections] }));
  for (const added of file.chapterTypes ?? []) {
    const existing = chapterTypes.find((spec) => spec.type === added.type);
    if (existing) {
      existing.count = countOf(added.count, existing.count);
      existing.sections = mergeSections(existing.sections, added.sections);
      if (added.title !== undefined) existing.title = added.title;
      if (added.appendix !== undefined) existing.appendix = added.appendix;
      if (added.handlungsfeldSections !== undefined) existing.handlungsfeldSections = added.handlungsfeldSections;
      continue;
    }
    const spec: ChapterTypeSpec = {
      type: added.type,
      ...(added.title !== undefined && { title: added.title }),
      count: countOf(added.count, { min: 0 }),
      sections: mergeSections([], added.sections),
      handlungsfeldSections: added.handlungsfeldSections ?? false,
      appendix: added.appendix ?? false,
    };
    const afterIndex = added.after ? chapterTypes.findIndex((s) => s.type === added.after) : -1;
    const firstAppendix = chapterTypes.findIndex((s) => s.appendix);
    const at = afterIndex !== -1 ? afterIndex + 1 : spec.appendix || firstAppendix === -1 ? chapterTypes.length : firstAppendix;
    chapterTypes.splice(at, 0, spec);
  }

  return {
    name: file.name ?? base.name,
    ...((file.description ?? base.description) !== undefined && { description: file.description ?? base.description }),
    anyChapterType: file.anyChapterType ?? base.anyChapterType,
    requiresBenn: file.requiresBenn ?? base.requiresBenn,
    handlungsfelder,
    querschnittsthemen: file.querschnittsthemen ?? base.querschnittsthemen,
    chapterTypes,
    funds: mergeFunds(base.funds, file.funds),
    numbering: { ...base.numbering, ...file.numbering },
    rules: { ...base.rules, ...file.rules },
    ...((file.funding?.text ?? base.funding?.text) !== undefined && { funding: { text: file.funding?.text ?? base.funding?.text } }),
  };
}
