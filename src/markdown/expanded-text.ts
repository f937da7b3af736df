/** A chapter body after its Handlebars expressions were evaluated. */
export interface ExpandedText {
  text: string;
  /** For each line of `text` (index 0 = line 1), the line of the source file it came from. */
  lineMap: number[];
}

/** A body without `{{` expressions, as it stands: every line maps to its own source line. */
export function unexpanded(body: string, bodyLine: number): ExpandedText {
  return { text: body, lineMap: body.split('\n').map((_, index) => bodyLine + index) };
}
