/** One thing the report tells: something recognised, or a place that could not be carried over exactly. */
export interface ImportNote {
  kind:
    | 'merged-cells'
    | 'comment'
    | 'insertion'
    | 'deletion'
    | 'text-box'
    | 'field'
    | 'toc-field'
    | 'unsupported-image'
    | 'image-too-large'
    | 'missing-alt'
    | 'internal-link'
    | 'caption'
    | 'measures'
    | 'measures-kept-as-table'
    | 'preamble'
    | 'heading-number'
    | 'benn-block';
  /** The chapter heading as written in Word, and the section heading under it, where there is one. */
  chapter?: string;
  section?: string;
  detail: string;
}
