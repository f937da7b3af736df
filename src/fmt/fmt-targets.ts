import { stat } from 'node:fs/promises';
import path from 'node:path';
import { IhekError, inputError } from '../errors.js';
import { msg } from '../i18n/message.js';
import { findManifest, MANIFEST_NAME } from '../project/find-project.js';
import { withDefaults, type RawManifest } from '../project/load-project.js';
import { parseYaml, positionOf } from '../project/parse-yaml.js';
import { readTextFile } from '../project/read-text-file.js';
import { resolveInside } from '../project/resolve-inside.js';
import type { Manifest } from '../project/types.js';
import { SchemaValidators } from '../project/validate-schema.js';

/** A chapter file `fmt` is asked to format. */
export interface FmtTarget {
  /** Path relative to the project folder, with forward slashes. */
  file: string;
  /** How the path is shown to the user: relative to the current folder, with forward slashes. */
  shown: string;
  absPath: string;
  /** Where the manifest lists the file (for "does not exist" messages), when it does. */
  listedAt?: { file: string; line: number };
}

export interface FmtTargets {
  root: string;
  manifest: Manifest;
  targets: FmtTarget[];
  /** Files named on the command line that cannot be formatted (outside the project, not Markdown). */
  refused: Array<{ shown: string; error: IhekError }>;
}

const posix = (file: string) => file.split(path.sep).join('/');

/**
 * Reads only the manifest (not the chapters: a broken chapter must not stop the others from being
 * formatted) and lists the files to format: those named, or every chapter and appendix file.
 * Without a folder, named files belong to the nearest ihek.yaml above the first of them.
 */
export async function findFmtTargets(dir: string | undefined, files: readonly string[], cwd: string): Promise<FmtTargets> {
  const above = dir === undefined && files[0] !== undefined ? await manifestAbove(path.resolve(cwd, files[0])) : undefined;
  const manifestPath = above ?? (await findManifest(dir, cwd));
  const root = path.dirname(manifestPath);
  const shownOf = (absPath: string) => posix(path.relative(cwd, absPath)) || path.basename(absPath);
  const manifestShown = shownOf(manifestPath);
  const yaml = parseYaml(await readTextFile(manifestPath, manifestShown, root), manifestShown);
  new SchemaValidators().assertValid('ihek', yaml);
  const manifest = withDefaults(yaml.value as RawManifest);

  const targets: FmtTarget[] = [];
  const refused: FmtTargets['refused'] = [];
  const seen = new Set<string>();
  const add = (absPath: string, listedAt?: FmtTarget['listedAt']) => {
    if (seen.has(absPath)) return;
    seen.add(absPath);
    targets.push({ file: posix(path.relative(root, absPath)), shown: shownOf(absPath), absPath, ...(listedAt && { listedAt }) });
  };

  if (files.length > 0) {
    for (const written of files) {
      try {
        const absPath = await resolveInside(root, cwd, written, { file: written });
        if (!/\.md$/i.test(absPath)) {
          throw inputError(msg('fmt.targets.notMarkdown', { file: written }), { file: written });
        }
        add(absPath);
      } catch (error) {
        if (!(error instanceof IhekError)) throw error;
        refused.push({ shown: written, error });
      }
    }
    return { root, manifest, targets, refused };
  }

  const listed = [
    ...manifest.chapters.map((file, index) => ({ file, key: ['chapters', index] })),
    ...manifest.appendix.map((file, index) => ({ file, key: ['appendix', index] })),
  ];
  for (const entry of listed) {
    const line = positionOf(yaml, entry.key).line;
    const absPath = await resolveInside(root, root, entry.file, { file: manifestShown, line, key: entry.key.join('.') });
    add(absPath, { file: manifestShown, line });
  }
  return { root, manifest, targets, refused };
}

/** The nearest ihek.yaml in the folders above a file, so `ihek fmt content/kapitel/01.md` finds its project. */
async function manifestAbove(file: string): Promise<string | undefined> {
  let folder = path.dirname(file);
  for (;;) {
    const candidate = path.join(folder, MANIFEST_NAME);
    if (await stat(candidate).then((info) => info.isFile(), () => false)) return candidate;
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}
