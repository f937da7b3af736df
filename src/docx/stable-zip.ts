import JSZip from 'jszip';

/**
 * Numbers the docx library counts through the whole process (bookmark ids, the names of the
 * contents' bookmarks, drawing ids): renumbered in the order they appear, so a second document made in the same
 * process has the same numbers as the first.
 */
function renumber(xml: string): string {
  const tocNames = new Map<string, number>();
  const bookmarkIds = new Map<string, number>();
  let drawings = 0;
  return xml
    .replace(/(<wp:docPr\b[^>]*?\bid=")\d+"/g, (_, start: string) => `${start}${++drawings}"`)
    .replace(/_Toc(\d+)/g, (_, n: string) => {
      if (!tocNames.has(n)) tocNames.set(n, tocNames.size + 1);
      return `_Toc${tocNames.get(n)!}`;
    })
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (_, start: string, n: string) => {
      if (!bookmarkIds.has(n)) bookmarkIds.set(n, bookmarkIds.size + 1);
      return `${start}${bookmarkIds.get(n)!}"`;
    });
}

/**
 * The package with the same bytes for the same content: every entry dated with the document's
 * date (the zip's own dates would be "now"), the creation and change dates of docProps/core.xml
 * set to it too, and the library's running numbers counted from one (see renumber).
 */
export async function stableZip(packed: Uint8Array, date: Date): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(packed);
  const stamp = `${date.toISOString().slice(0, 19)}Z`;
  const document = zip.file('word/document.xml');
  if (document) zip.file('word/document.xml', renumber(await document.async('string')));
  const core = zip.file('docProps/core.xml');
  if (core) {
    const xml = await core.async('string');
    zip.file('docProps/core.xml', xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`));
  }
  // The entries left as they were keep their compressed bytes: only their dates change.
  for (const entry of Object.values(zip.files)) entry.date = date;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}
