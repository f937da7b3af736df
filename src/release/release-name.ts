import { slug } from '../markdown/slug.js';
import type { Manifest } from '../project/types.js';

/**
 * The file name of a release without extension: `ihek-<area>-<version>`, both parts slugged like
 * anchors (lower case, ä→ae ö→oe ü→ue ß→ss, other runs → `-`): Kosmosviertel 1.0.0 →
 * `ihek-kosmosviertel-1-0-0`.
 */
export function releaseBaseName(manifest: Pick<Manifest, 'area' | 'version'>): string {
  return ['ihek', slug(manifest.area), slug(manifest.version ?? '')].filter((part) => part !== '').join('-');
}
