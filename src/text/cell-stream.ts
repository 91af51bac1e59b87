/**
 * Tables flattened to one cell per line, each cell closed by a `|`: `項目|` / `預算數 |` / `合計|` / `49.9 |`.
 * Variants seen in published reports:
 * - a line that is only `|` closes an empty cell, or closes the cell written on the lines above it (a cell of
 *   several lines: `投 入` / `(15分)` / `|`);
 * - two cells can share a line (`其中:公务用车运行维护费|15 |`);
 * - a line of two or more pipes alone (`||`, `|||||`) ends a row, in the files that mark rows at all.
 * Rows marked that way are taken as marked; a stretch of cells without marks is cut into rows by stream-rows.ts,
 * or, when no header width fits it, read as small tables under their captions.
 */
import type { Line } from '../model/document.js';
import { isPipeOnly, type LineBlock } from './pipe-blocks.js';
import { joinCells, sliceCell } from './raw-cell.js';
import { cutStream, type StreamCell } from './stream-rows.js';
import type { FlatRow } from './table-sections.js';
import type { RawCell } from './table-grid.js';
import { cellKind, isFigure } from './cell-kind.js';
import { cellUnit, unitTables, type BlankCellTable, type Unit } from './blank-cells.js';

/** The cells of a block in reading order, and the stretches of them that row marks delimit. */
export function streamSegments(lines: Line[], block: LineBlock): StreamCell[][] {
  const segments: StreamCell[][] = [];
  let cells: StreamCell[] = [];
  let pending: RawCell[] = [];
  let pendingLines: number[] = [];
  const close = () => {
    cells.push({ cell: joinCells(pending), lines: pendingLines });
    pending = [];
    pendingLines = [];
  };
  for (let l = block.start; l < block.end; l++) {
    const text = lines[l]!.text;
    if (isPipeOnly(text) && (text.match(/\|/g)?.length ?? 0) >= 2) {
      if (pending.length) close();
      if (cells.length) cells[cells.length - 1]!.lines.push(l);
      segments.push(cells);
      cells = [];
      continue;
    }
    let from = 0;
    for (let at = text.indexOf('|'); at >= 0; at = text.indexOf('|', from)) {
      const piece = sliceCell(l, text, from, at);
      if (piece.text) pending.push(piece);
      pendingLines.push(l);
      close();
      from = at + 1;
    }
    const rest = sliceCell(l, text, from);
    if (rest.text) {
      pending.push(rest);
      pendingLines.push(l);
    }
  }
  // Text after the last `|` is a cell the excerpt cut short, kept as it is.
  if (pending.length) close();
  segments.push(cells);
  return segments.filter((s) => s.length > 0);
}

/** A stretch longer than this holds several rows even in a file that marks rows. */
const MARKED_ROW_MAX = 12;

export interface StreamReading {
  /** Rows of the stretches that were marked or could be cut by one header's width. */
  rows: FlatRow[];
  /** Tables of the stretches that could not: small tables under captions (see streamTables). */
  tables: BlankCellTable[];
}

/** The rows of a block of one-cell-per-line text; stretches that cannot be cut into rows are read by captions. */
export function streamRows(lines: Line[], block: LineBlock): StreamReading {
  const segments = streamSegments(lines, block);
  const widest = Math.max(0, ...segments.filter((s) => s.length <= MARKED_ROW_MAX).map((s) => s.length));
  const rows: FlatRow[] = [];
  const tables: BlankCellTable[] = [];
  for (const segment of segments) {
    const unmarked = segment.length > MARKED_ROW_MAX || (segments.length === 1 && segment.length > 3) || segment.length > 2 * Math.max(widest, 3);
    if (!unmarked) {
      rows.push({ cells: segment.map((c) => c.cell), lines: segment.flatMap((c) => c.lines) });
      continue;
    }
    // A header naming its label columns (一级指标 | 二级指标 | …) says how rows are cut, where its tables hold as
    // many figures as cutting by a guessed header width does.
    const captioned = oneCellPerLine(segment) ? streamTables(segment) : [];
    const cut = cutStream(segment);
    const labelled = captioned.some((t) => t.labelColumns) && figureCount(captioned.flatMap((t) => t.rows)) >= figureCount(cut?.map((r) => r.cells) ?? []);
    if (cut && !labelled) rows.push(...cut);
    else tables.push(...captioned);
  }
  return { rows, tables };
}

/** Most cells closed on a line of their own: a stream, not a row of cells on one line read as one. */
function oneCellPerLine(cells: StreamCell[]): boolean {
  const closing = cells.map((c) => c.lines[c.lines.length - 1]);
  const perLine = new Map<number | undefined, number>();
  for (const l of closing) perLine.set(l, (perLine.get(l) ?? 0) + 1);
  return closing.filter((l) => perLine.get(l) === 1).length >= 0.8 * cells.length;
}

const figureCount = (rows: RawCell[][]) => rows.reduce((n, row) => n + row.filter((c) => isFigure(cellKind(c.text))).length, 0);

/**
 * A stream holding several small tables, each under its caption (a 基础数据表: 财政供养人员情况(人) | 编制数 | … |
 * 经费控制情况 | 2021年决算数 | … | 支出总额 | 5,968.71 | …), read as cells between blank lines are
 * (blank-cells.ts): a caption starts a table, its header is the text cells before the first figures, a text cell
 * starts a row and the figures and blanks after it fill its columns. Titles and fields (…表, 填报单位:…,
 * 金额单位:万元) are no cells.
 */
function streamTables(cells: StreamCell[]): BlankCellTable[] {
  const tables: BlankCellTable[] = [];
  let run: Unit[] = [];
  for (const c of [...cells, null]) {
    const unit = c && cellUnit(c.cell, c.lines, [c.cell.text]);
    if (unit) {
      run.push(unit);
      continue;
    }
    tables.push(...unitTables(run));
    run = [];
  }
  return tables;
}
