/**
 * How much text the inline parser reads in vain in one paragraph. An opener that is never closed –
 * an HTML comment `<!--` without `-->`, `<?` without `?>`, `<![CDATA[` without `]]>`, `<!DOCTYPE`
 * without `>`, a run of backticks without a run of the same length after it – makes the parser read
 * on to the end of the paragraph before it gives up and takes the opener as text. Each such opener
 * costs the rest of the paragraph: thousands of them in one paragraph cost its length thousands of
 * times over. This counts that cost in one pass, to refuse the paragraph before the parser sees it.
 */

export type HtmlOpener = 'comment' | 'instruction' | 'cdata' | 'declaration';

interface Place {
  line: number;
  column: number;
}

interface Pending {
  /** Openers since the last closer of their kind, and the sum of their offsets. */
  count: number;
  offsets: number;
  first?: Place;
}

export class UnclosedOpeners {
  private html = new Map<HtmlOpener, Pending>();
  /** Runs of backticks by length: how many so far, and where the last one began. */
  private backticks = new Map<number, { count: number; offset: number; place: Place }>();

  htmlOpener(kind: HtmlOpener, offset: number, place: Place): void {
    let pending = this.html.get(kind);
    if (!pending) this.html.set(kind, (pending = { count: 0, offsets: 0 }));
    pending.count += 1;
    pending.offsets += offset;
    pending.first ??= place;
  }

  /** `>` at `offset` of `text`: closes the openers whose end marker ends there. */
  htmlCloser(text: string, offset: number): void {
    this.html.delete('declaration');
    if (text.charCodeAt(offset - 1) === 0x3f /* ? */) this.html.delete('instruction');
    if (text.startsWith('--', offset - 2)) this.html.delete('comment');
    if (text.startsWith(']]', offset - 2)) this.html.delete('cdata');
  }

  backtickRun(length: number, offset: number, place: Place): void {
    const seen = this.backticks.get(length);
    if (seen) {
      seen.count += 1;
      seen.offset = offset;
      seen.place = place;
    } else this.backticks.set(length, { count: 1, offset, place });
  }

  /**
   * The characters read in vain when the paragraph ends at `end`, and the first opener that causes
   * it. A run of backticks is closed by the next run of the same length, so of an odd number of
   * runs of one length the last one stays open.
   */
  cost(end: number): { characters: number; place?: Place } {
    let characters = 0;
    let place: Place | undefined;
    const earlier = (candidate: Place) => {
      if (!place || candidate.line < place.line || (candidate.line === place.line && candidate.column < place.column)) place = candidate;
    };
    for (const pending of this.html.values()) {
      characters += pending.count * end - pending.offsets;
      if (pending.first) earlier(pending.first);
    }
    for (const run of this.backticks.values()) {
      if (run.count % 2 === 0) continue;
      characters += end - run.offset;
      earlier(run.place);
    }
    return place ? { characters, place } : { characters };
  }
}
