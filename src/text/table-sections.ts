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

export function splitSections(rows: FlatRow[]): FlatSection[] {
  const starts = [0];
  // The header row right above the figures: a row of form fields (主管部门 | … | 实施单位 | …) above it is no
  // header, and telling a flattened two-row header from that is guesswork.
  for (let r = 1; r < rows.length; r++) {
    if (isHeaderRow(rows[r]!.cells) && hasFigure(rows[r + 1]?.cells)) starts.push(r);
  }
  return starts.map((start, s) => {
    const part = rows.slice(start, starts[s + 1] ?? rows.length);
    const cells = part.map((r) => r.cells);
    return {
      rows: isHeaderRow(cells[0]) ? alignRows(cells) : cells,
      lines: part.flatMap((r) => r.lines),
      ...(cells.some(hasFigure) ? {} : { headerRows: 0 }),
    };
  });
}
