/**
 * Cut a stream of cells (one cell per line, no row marks) into rows.
 *
 * The stream starts with the header row, then the first data row, which is complete: its labels, then its
 * figures. Neither the header's width W nor the number of label columns L is printed, so every pair that leaves
 * the first row a label and a figure column is tried (L is the count of cells between the header and the first
 * figure, or fewer when the first row's first figure cells are empty), and every row is read as up to L labels
 * followed by exactly W − L cells (figures, blanks, remarks). The labels of a row are put in the
 * rightmost label columns: forms print a merged cell (一级指标 投入(15分) spanning three rows) once and leave it
 * out of the rows it covers, so a short row has lost its leftmost labels, never its figures. When every row
 * carries all its labels this is plain cutting by the header's width (項目 | 預算數 | 決算數 → rows of three,
 * empty cells kept in place). The width chosen is the one whose rows contradict themselves least: a row must
 * start with a label, and a column must not hold figures in some rows and text in others.
 */
import type { RawCell } from './table-grid.js';
import { cellKind, isFigure, type CellKind } from './cell-kind.js';
import type { FlatRow } from './table-sections.js';

export interface StreamCell {
  cell: RawCell;
  lines: number[];
}

const MAX_WIDTH = 40;

interface Cut {
  /** Per row, per column: the index of the stream cell there, or -1. */
  rows: number[][];
  conflicts: number;
}

function cutWith(kinds: CellKind[], width: number, labels: number): Cut {
  const rows: number[][] = [Array.from({ length: width }, (_, c) => c)];
  let conflicts = 0;
  let i = width;
  while (i < kinds.length) {
    const own: number[] = [];
    while (own.length < labels && i < kinds.length && !isFigure(kinds[i]!)) own.push(i++);
    if (own.length === 0) conflicts++;
    const row = new Array<number>(width).fill(-1);
    own.forEach((cell, k) => (row[labels - own.length + k] = cell));
    for (let col = labels; col < width && i < kinds.length; col++) row[col] = i++;
    rows.push(row);
  }
  // A column of the figure part holding figures in some rows and text in others is cut in the wrong place.
  for (let col = labels; col < width; col++) {
    let figures = 0;
    let texts = 0;
    for (let r = 1; r < rows.length; r++) {
      const kind = kinds[rows[r]![col]!];
      if (kind === undefined) continue;
      if (isFigure(kind)) figures++;
      else if (kind === 'text') texts++;
    }
    conflicts += Math.min(figures, texts);
  }
  return { rows, conflicts };
}

/** Rows of the stream, the header first; null when no width gives rows that agree with each other. */
export function cutStream(cells: StreamCell[]): FlatRow[] | null {
  // A header wider than MAX_WIDTH columns is no form's; the cap also bounds the work on long streams of text.
  const first = cells.findIndex((c, i) => i > 2 * MAX_WIDTH || isFigure(cellKind(c.cell.text)));
  if (first < 3 || first > 2 * MAX_WIDTH) return null;
  const kinds = cells.map((c) => cellKind(c.cell.text));
  // Ties go to the narrowest header and, for it, to the most labels: the first row complete.
  let best: Cut | null = null;
  for (let width = 2; width < Math.min(first, MAX_WIDTH + 1); width++) {
    if (cells.slice(0, width).filter((c) => c.cell.text !== '').length * 2 < width) continue;
    // Fewer labels than cells before the first figure when the first row leaves its first figure cells empty.
    for (let labels = Math.min(first - width, width - 1); labels >= 1; labels--) {
      const cut = cutWith(kinds, width, labels);
      if (!best || cut.conflicts < best.conflicts) best = cut;
    }
  }
  // Tolerate one row in ten that does not fit (a cell the flattening lost), not more.
  if (!best || best.rows.length < 3 || best.conflicts > Math.max(1, (best.rows.length - 1) / 10)) return null;
  return best.rows.map((row) => ({
    cells: row.map((i) => cells[i]?.cell ?? { text: '', spans: [] }),
    lines: row.flatMap((i) => cells[i]?.lines ?? []),
  }));
}
