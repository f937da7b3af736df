import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * The installed package's root folder (the one with package.json, schemas/ and templates/): the
 * nearest folder above this module that has both. This module runs from dist/ and, bundled, from
 * dist/bundle/.
 */
function findPackageRoot(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  for (let dir = here; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'templates'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(here, '..');
  }
}

export const packageRoot = findPackageRoot();
export const schemasDir = path.join(packageRoot, 'schemas');
export const templatesDir = path.join(packageRoot, 'templates');
/** The preview's live-reload script, bundled for the browser from src/watch/client/ by the build. */
export const liveReloadScript = path.join(packageRoot, 'dist', 'watch', 'live-reload.js');
