/**
 * Every message ihek shows, in German: the command line's output and help, the check's findings, errors.
 * `en.ts` holds the same keys in the same order, so the two files read side by side; a test holds them
 * equal. Keys are `<folder>.<what>`, grouped in sections by the folder of src/ that uses them.
 *
 * A message is a string, or a function of named values (a file, a line, a number, a quoted word). A value
 * passed as `{ de, en }` reaches each language's function as that language's string (see `msg`).
 */
export const de = {
  // ── cli ──
  // (end of cli)

  // ── watch ──
  // (end of watch)

  // ── fmt ──
  // (end of fmt)

  // ── output ──
  // (end of output)

  // ── release ──
  // (end of release)

  // ── project ──
  // (end of project)

  // ── diff ──
  // (end of diff)

  // ── pdf ──
  // (end of pdf)

  // ── pipeline ──
  // (end of pipeline)

  // ── errors ──
  'errors.more': (v: { count: number }) => `… und ${v.count} weitere Probleme`,
  // (end of errors)

  // ── init ──
  // (end of init)

  // ── check ──
  // (end of check)

  // ── rules ──
  // (end of rules)

  // ── import ──
  // (end of import)

  // ── markdown ──
  'markdown.deadline.parse': 'Zerlegen des Markdown',
  'markdown.deadline.render': 'Umwandeln in HTML',
  'markdown.deadline.exceeded': (v: { file: string; line: number; step: string; seconds: number }) =>
    `${v.file}:${v.line}: ${v.step} dauerte länger als ${v.seconds} s – der Text ist für den Rechner zu verschachtelt oder zu groß; bitte das Kapitel vereinfachen oder aufteilen`,
  // (end of markdown)

  // ── transform ──
  // (end of transform)

  // ── render ──
  // (end of render)

  // ── charts ──
  // (end of charts)

  // ── document ──
  // (end of document)

  // ── docx ──
  'docx.step': 'Word-Fassung schreiben',
  'docx.option': 'Word-Fassung (.docx) erzeugen (das HTML wird immer mit geschrieben)',
  // (end of docx)
};

/** The shape both catalogues have: every key of the German one, with the same named values. */
export type Messages = typeof de;
