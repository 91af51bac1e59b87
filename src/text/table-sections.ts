/**
 * One flattened block of rows is often several tables. A 项目支出绩效自评表 printed as pipes runs the form fields
 * (项目名称 | …), the money table (资金情况 | 全年预算数 | 全年执行数 | …) and the indicator table (一级指标 | 二级指标
 * | … | 得分) together, each under its own header row. Column headers are read from a table's first rows, so each
 * of these must be its own table: a new table starts at a header row (three or more short text cells, no
 * figure) with figures in the row below it. Rows that lost merged cells are then put back under
 * their columns (row-alignment.ts).
 */
import type { RawCell } from './table-grid.js';
import { cellKey, cellKind, isFigure } from './cell-kind.js';
import { alignRows } from './row-alignment.js';

/** A row of a flattened table and the lines it was read from (padding lines included). */
export interface FlatRow {
  cells: RawCell[];
  lines: number[];
}

export interface FlatSection {
  rows: RawCell[][];
  lines: number[];
  /** 0 for a table without a single figure (a block of form fields): it has no column headers to speak of. */
  headerRows?: number;
}

const hasFigure = (row: RawCell[] | undefined) => row?.some((c) => isFigure(cellKind(c.text))) ?? false;

export function isHeaderRow(row: RawCell[] | undefined): boolean {
  if (!row) return false;
  const filled = row.filter((c) => c.text.trim() !== '');
  return filled.length >= 3 && filled.every((c) => cellKind(c.text) === 'text' && cellKey(c.text).length <= 24);
}

/**
 * A header of two rows flattened from a grid with merged cells: 项目 | 2019年决算数 | 2020年执行数 | | (the last
 * spanning three columns, its span printed as empty cells after it or left off the row's end) over 金额 | 占调整预算% | 比上年增长% (the
 * cells the rows above span left out, so the row is packed to the left). The second row belongs under the spans:
 * only where the empty cells after the first row's spanning cells are exactly as many columns as the second row
 * has cells. Returns the second row put under its columns, or null.
 */
function underSpans(upper: RawCell[], lower: RawCell[], width: number): RawCell[] | null {
  const subheads = lower.filter((c) => c.text.trim() !== '');
  if (lower.slice(subheads.length).some((c) => c.text.trim() !== '')) return null;
  const columns: number[] = [];
  for (let col = 1; col < width; col++) {
    if ((upper[col]?.text.trim() ?? '') === '') continue;
    let end = col + 1;
    while (end < width && (upper[end]?.text.trim() ?? '') === '') end++;
    if (end - col >= 2) for (let k = col; k < end; k++) columns.push(k);
  }
  if (columns.length === 0 || columns.length !== subheads.length) return null;
  const placed: RawCell[] = Array.from({ length: width }, (_, col) => ({ ...(lower[col] ?? lower[0]!), text: '' }));
  columns.forEach((col, i) => (placed[col] = subheads[i]!));
  return placed;
}

export function splitSections(rows: FlatRow[]): FlatSection[] {
  const starts = [0];
  const twoRowHeads = new Map<number, RawCell[]>();
  // The header row right above the figures: a row of form fields (主管部门 | … | 实施单位 | …) above it is no
  // header, and telling a flattened two-row header from that is guesswork, unless the spans say it (underSpans).
  for (let r = 1; r < rows.length; r++) {
    if (!isHeaderRow(rows[r]!.cells) || !hasFigure(rows[r + 1]?.cells)) continue;
    const width = rows[r + 1]!.cells.length;
    const upper = rows[r - 1]!.cells;
    // Cells at the end of a row are dropped when empty: a row shorter than the figures' rows ends in a span.
    const placed = isHeaderRow(upper) && upper.length <= width ? underSpans(upper, rows[r]!.cells, width) : null;
    if (!placed) starts.push(r);
    else {
      if (r - 1 !== starts.at(-1)) starts.push(r - 1);
      twoRowHeads.set(r - 1, placed);
    }
  }
  return starts.map((start, s) => {
    const part = rows.slice(start, starts[s + 1] ?? rows.length);
    const cells = part.map((r) => r.cells);
    const placed = twoRowHeads.get(start);
    if (placed) {
      return { rows: alignRows([cells[0]!, placed, ...cells.slice(2)]), lines: part.flatMap((r) => r.lines), headerRows: 2 };
    }
    return {
      rows: isHeaderRow(cells[0]) ? alignRows(cells) : cells,
      lines: part.flatMap((r) => r.lines),
      ...(cells.some(hasFigure) ? {} : { headerRows: 0 }),
    };
  });
}
