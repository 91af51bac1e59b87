/**
 * Shapes shared by the PDF layout modules. Coordinates are page space as displayed (page rotation applied),
 * origin bottom-left, y = text baseline, the same convention as the OCR items of `src/ingest/ocr.ts`, so OCR pages
 * go through the same layout code as text-layer pages.
 */

/** One run of text at a position: text-layer runs and OCR words alike (defined with the OCR engine's interface). */
import type { PositionedItem } from '../ocr-tsv.js';
export type { PositionedItem };

/** A PDF transformation matrix [a, b, c, d, e, f]. */
export type Matrix = [number, number, number, number, number, number];

/** m × n: apply n, then m (PDF's row-vector convention). */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
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
