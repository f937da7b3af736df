import type { ImportNote } from './import-notes.js';
import type { WordScan } from './scan-word-markup.js';
import type { WordChapter } from './split-document.js';

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Names the chapter of each tracked change, text box and field: paragraphs come in document
 * order, so the paragraph whose text is the next chapter's heading starts that chapter. Comments
 * are left out here: the conversion found them with their section already.
 */
export function placeMarkup(scan: WordScan, chapters: readonly WordChapter[]): ImportNote[] {
  const chapterAt: Array<string | undefined> = [];
  let next = 0;
  let chapter: string | undefined;
  for (const text of scan.paragraphs) {
    if (next < chapters.length && flat(text) !== '' && flat(text) === flat(chapters[next]!.heading)) chapter = chapters[next++]!.heading;
    chapterAt.push(chapter);
  }
  const notes: ImportNote[] = [];
  // The same field in one chapter (every SEQ of its captions, every PAGE) is one line with a count.
  const fields = new Map<string, { note: ImportNote; detail: string; count: number }>();
  for (const item of scan.markup) {
    if (item.kind === 'comment') continue;
    const where = chapterAt[item.paragraph];
    const note: ImportNote = { kind: item.kind, ...(where !== undefined && { chapter: where }), detail: item.detail === '' ? '' : `„${item.detail}“` };
    if (item.kind === 'field') {
      const key = `${where ?? ''}\u0000${item.detail}`;
      const seen = fields.get(key);
      if (seen) {
        seen.note.detail = `${seen.detail} ×${++seen.count}`;
        continue;
      }
      fields.set(key, { note, detail: note.detail, count: 1 });
    }
    notes.push(note);
  }
  return notes;
}
