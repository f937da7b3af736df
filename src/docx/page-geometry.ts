/** The page of the Word version: A4 with the margins of the printed PDF (render/page-css.ts). */
export const PAGE_MM = { width: 210, height: 297, top: 24, right: 20, bottom: 22, left: 22 } as const;

const TWIPS_PER_MM = 1440 / 25.4;

export function twips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** The width of the text column, in twentieths of a point and in CSS pixels (96 to the inch). */
export const CONTENT_WIDTH_MM = PAGE_MM.width - PAGE_MM.left - PAGE_MM.right;
export const CONTENT_WIDTH_TWIPS = twips(CONTENT_WIDTH_MM);
export const CONTENT_WIDTH_PX = Math.floor((CONTENT_WIDTH_MM / 25.4) * 96);
