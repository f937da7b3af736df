import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { templatesDir } from '../package-paths.js';
import { filesAt } from '../project/project-files.js';
import { assertInsideIfThere } from '../project/read-project-file.js';
import { readTextFile } from '../project/read-text-file.js';

export interface LayoutTemplates {
  layout: string;
  partials: Record<string, string>;
  css: string;
}

/**
 * The project's `templates/` folder. It and its `partials/` may be symbolic links inside the
 * project, never out of it: a linked folder would bring in files from anywhere on the machine.
 */
export async function ownTemplatesDir(projectRoot: string): Promise<string> {
  const own = path.join(projectRoot, 'templates');
  await assertInsideIfThere(projectRoot, own, 'templates');
  await assertInsideIfThere(projectRoot, path.join(own, 'partials'), 'templates/partials');
  return own;
}

async function listPartials(dir: string): Promise<string[]> {
  try {
    return (await filesAt(dir).readdir(dir)).filter((name) => name.endsWith('.hbs'));
  } catch {
    return [];
  }
}

/**
 * The page layout, its partials and the style sheet. A project overrides any of them by putting a
 * file of the same name into its own `templates/` folder (`templates/partials/cover.hbs`, …).
 */
export async function loadTemplates(projectRoot: string): Promise<LayoutTemplates> {
  const own = await ownTemplatesDir(projectRoot);
  const pick = async (relative: string): Promise<string> => {
    try {
      return await readTextFile(path.join(own, relative), path.posix.join('templates', relative), projectRoot);
    } catch (error) {
      if ((error as { text?: { en?: string } }).text?.en?.endsWith('does not exist')) {
        return readFile(path.join(templatesDir, relative), 'utf8');
      }
      throw error;
    }
  };
  const names = [
    ...new Set([
      ...(await listPartials(path.join(templatesDir, 'partials'))),
      ...(await listPartials(path.join(own, 'partials'))),
    ]),
  ].sort();
  const [layout, css, ...bodies] = await Promise.all([
    pick('layout.hbs'),
    pick('style.css'),
    ...names.map((name) => pick(path.posix.join('partials', name))),
  ]);
  const partials: Record<string, string> = {};
  names.forEach((name, index) => {
    partials[name.replace(/\.hbs$/, '')] = bodies[index] ?? '';
  });
  return { layout: layout ?? '', css: css ?? '', partials };
}
