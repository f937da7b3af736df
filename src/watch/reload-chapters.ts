import { loadChapter } from '../project/load-project.js';
import type { ChapterSource, Project } from '../project/types.js';
import { SchemaValidators } from '../project/validate-schema.js';

/**
 * The project of the last build with the changed chapter files read again – the same way
 * `loadProject` reads them – and everything else reused. Returns undefined when that is not enough
 * and the whole project must be loaded: a changed file that is not a chapter, or a chapter whose id
 * changed (ids must stay unique across the project, which only the full load checks).
 */
export async function reloadChapters(previous: Project, changed: ReadonlySet<string>): Promise<Project | undefined> {
  const byPath = new Map(previous.chapters.map((c) => [c.absPath, c]));
  if ([...changed].some((file) => !byPath.has(file))) return undefined;
  const context = {
    root: previous.root,
    manifestFile: previous.manifestFile,
    manifestYaml: previous.manifestYaml,
    validators: new SchemaValidators(),
  };
  const counters = { chapter: 0, appendix: 0 };
  const chapters: ChapterSource[] = [];
  for (const chapter of previous.chapters) {
    const index = counters[chapter.kind]++;
    if (!changed.has(chapter.absPath)) {
      chapters.push(chapter);
      continue;
    }
    const list = chapter.kind === 'chapter' ? previous.manifest.chapters : previous.manifest.appendix;
    const written = list[index];
    if (written === undefined) return undefined;
    const fresh = await loadChapter(context, written, chapter.kind, [chapter.kind === 'chapter' ? 'chapters' : 'appendix', index]);
    if (fresh.frontMatter.id !== chapter.frontMatter.id) return undefined;
    chapters.push(fresh);
  }
  return { ...previous, chapters };
}
