import { locateVersion, readVersion, type LoadContext, type VersionSource, type VersionTexts } from './load-version.js';

/** Finds and reads one version for a comparison without the marked document: only its texts. */
export async function loadVersionTexts(source: VersionSource, context: LoadContext): Promise<VersionTexts> {
  const located = await locateVersion(source, context);
  context.signal?.throwIfAborted();
  return readVersion(located, { textOnly: true, ...(context.signal && { signal: context.signal }) });
}
