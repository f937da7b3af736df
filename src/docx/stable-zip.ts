import JSZip from 'jszip';

/**
 * The package with the same bytes for the same content: every entry dated with the document's
 * date (the zip's own dates would be "now"), and the creation and change dates of
 * docProps/core.xml set to it too.
 */
export async function stableZip(packed: Uint8Array, date: Date): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(packed);
  const stamp = `${date.toISOString().slice(0, 19)}Z`;
  const out = new JSZip();
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name]!;
    if (entry.dir) continue;
    let content: Uint8Array | string = await entry.async('uint8array');
    if (name === 'docProps/core.xml') {
      content = Buffer.from(content)
        .toString('utf8')
        .replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
    }
    out.file(name, content, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}
