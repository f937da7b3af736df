import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { IhekError } from '../errors.js';
import { IMAGE_LIMIT, readProjectFile } from '../project/read-project-file.js';
import { positionOf } from '../project/parse-yaml.js';
import type { ManifestImage, Project } from '../project/types.js';
import { finding } from '../rules.js';
import { withFonts } from './embed-images.js';
import { overTotal, resolveImage, TOTAL_IMAGE_BYTES, type AssetResult } from './resolve-asset.js';

/** An image named in ihek.yaml, with the line that names it. */
export interface ManifestImageUse {
  role: 'cover' | 'logo';
  image: ManifestImage;
  place: { file: string; line: number; column: number };
}

/** An image of the cover as the page shows it: its content as a data URL and its alt text. */
export interface EmbeddedImage {
  src: string;
  alt: string;
}

/** The cover picture and the funders' logos, embedded; what could not be embedded is left out (and reported). */
export interface FrontImages {
  cover?: EmbeddedImage;
  logos: EmbeddedImage[];
}

/** The cover picture and the logos the manifest names, in the order it names them. */
export function manifestImages(project: Project): ManifestImageUse[] {
  const { manifest, manifestYaml, manifestFile } = project;
  const at = (key: Array<string | number>) => ({ file: manifestFile, ...positionOf(manifestYaml, key) });
  const uses: ManifestImageUse[] = [];
  if (manifest.cover?.image) uses.push({ role: 'cover', image: manifest.cover.image, place: at(['cover', 'image', 'file']) });
  (manifest.funding?.logos ?? []).forEach((image, index) => {
    uses.push({ role: 'logo', image, place: at(['funding', 'logos', index, 'file']) });
  });
  return uses;
}

/**
 * The manifest's images as the check sees them before anything is embedded: each with a `data:`
 * URL of its own standing in, so a template that shows them is judged as it will be built.
 */
export function standInFrontImages(project: Project): FrontImages {
  const front: FrontImages = { logos: [] };
  for (const use of manifestImages(project)) {
    const image = { src: 'data:,', alt: use.image.alt.trim() };
    if (use.role === 'cover') front.cover = image;
    else front.logos.push(image);
  }
  return front;
}

/**
 * Where each image of the manifest is, by the rules of chapter images: inside the project, read
 * from the project folder, a regular file in a format a browser shows, within the size limits.
 */
export function resolveManifestImages(project: Project): Array<{ use: ManifestImageUse; result: Promise<AssetResult> }> {
  const from = path.join(project.root, project.manifestFile);
  return manifestImages(project).map((use) => ({ use, result: resolveImage(project.root, from, use.image.file, 'manifest') }));
}

/**
 * The cover picture and the logos as data URLs, so the page (and a cover partial of the project's
 * own) shows them without loading anything. An SVG gets the bundled fonts, as chapter images do.
 */
export async function embedFrontImages(project: Project, diagnostics: Diagnostic[], svgFontCss?: string): Promise<FrontImages> {
  const front: FrontImages = { logos: [] };
  let total = 0;
  for (const { use, result } of resolveManifestImages(project)) {
    const resolved = await result;
    const refuse = (rule: string, text: Diagnostic['text']) => void diagnostics.push(finding(rule, use.place, text));
    if (!resolved.ok) {
      refuse(resolved.rule, resolved.text);
      continue;
    }
    if (total + resolved.bytes > TOTAL_IMAGE_BYTES) {
      refuse('image-size', overTotal(use.image.file));
      continue;
    }
    total += resolved.bytes;
    let bytes: Buffer;
    try {
      bytes = await readProjectFile(project.root, resolved.absPath, use.image.file, IMAGE_LIMIT);
    } catch (error) {
      // Changed since it was looked at (now a FIFO, larger, gone): refused as the reader says.
      if (!(error instanceof IhekError)) throw error;
      refuse('image-missing', error.text);
      continue;
    }
    const content = resolved.mediaType === 'image/svg+xml' && svgFontCss ? Buffer.from(withFonts(bytes.toString('utf8'), svgFontCss)) : bytes;
    const embedded = { src: `data:${resolved.mediaType};base64,${content.toString('base64')}`, alt: use.image.alt.trim() };
    if (use.role === 'cover') front.cover = embedded;
    else front.logos.push(embedded);
  }
  return front;
}
