/**
 * Tables flattened to one cell per line, each cell closed by a `|`: `項目|` / `預算數 |` / `合計|` / `49.9 |`.
 * Variants seen in published reports:
 * - a line that is only `|` closes an empty cell, or closes the cell written on the lines above it (a cell of
 *   several lines: `投 入` / `(15分)` / `|`);
 * - two cells can share a line (`其中:公务用车运行维护费|15 |`);
 * - a line of two or more pipes alone (`||`, `|||||`) ends a row, in the files that mark rows at all.
 * Rows marked that way are taken as marked; a stretch of cells without marks is cut into rows by stream-rows.ts.
 */
import type { Line } from '../model/document.js';
import { isPipeOnly, type LineBlock } from './pipe-blocks.js';
import { joinCells, sliceCell } from './raw-cell.js';
import { cutStream, type StreamCell } from './stream-rows.js';
import type { FlatRow } from './table-sections.js';
import type { RawCell } from './table-grid.js';

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

/** The rows of a block of one-cell-per-line text, or none when its cells cannot be cut into consistent rows. */
export function streamRows(lines: Line[], block: LineBlock): FlatRow[] {
  const segments = streamSegments(lines, block);
  const widest = Math.max(0, ...segments.filter((s) => s.length <= MARKED_ROW_MAX).map((s) => s.length));
  const rows: FlatRow[] = [];
  for (const segment of segments) {
    const unmarked = segment.length > MARKED_ROW_MAX || (segments.length === 1 && segment.length > 3) || segment.length > 2 * Math.max(widest, 3);
    if (!unmarked) {
      rows.push({ cells: segment.map((c) => c.cell), lines: segment.flatMap((c) => c.lines) });
      continue;
    }
    const cut = cutStream(segment);
    if (cut) rows.push(...cut);
  }
  return rows;
}
