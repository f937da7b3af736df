import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from './package-paths.js';

/** The package version, read once from package.json. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
