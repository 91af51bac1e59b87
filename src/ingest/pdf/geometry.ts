/**
 * Shapes shared by the PDF layout modules. Coordinates are page space as displayed (page rotation applied),
 * origin bottom-left, y = text baseline, the same convention as the OCR items of `src/ingest/ocr.ts`, so OCR pages
 * go through the same layout code as text-layer pages.
 */

/** One run of text at a position (structurally the same as `PositionedItem` in src/ingest/ocr.ts). */
export interface PositionedItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
}

/** An axis-parallel ruling segment (table border): horizontal when y1 === y2, vertical when x1 === x2. */
export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PageInput {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  items: PositionedItem[];
  /** Ruling segments, or null when they were not read (no table candidates on the page, OCR pages). */
  rules: Rule[] | null;
  ocr: boolean;
}

export const isHorizontal = (r: Rule): boolean => r.y1 === r.y2;
