/** Ids in the marked document, shared by the marks and the overview that links to them. */
export const anchorOf = {
  hunk: (sectionId: string) => (n: number) => `diff-${sectionId}--${n}`,
  title: (sectionId: string) => (n: number) => `diff-${sectionId}--titel-${n}`,
  removed: (id: string) => `diff-removed--${id}`,
};

/** Hunk anchors placed per section (its anchor in the new version), in hunk order. */
export type PlacedAnchors = Map<string, Array<string | undefined>>;
