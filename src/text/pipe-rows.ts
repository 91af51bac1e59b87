/**
 * Rows written on lines with `|` between cells, without Markdown's leading pipe, as web pages and PDF exports
 * flatten forms: `年度财政资金总额 | 200 | 195.5 | 97.75% | 19.55 | |||||`.
 *
 * - A run of pipes at the end of a row is padding (every row padded to the same count of pipes); the empty cells
 *   it makes are not kept, since the row's real cells are packed to the left anyway.
 * - In a padded block, a line that ends in a single `|` (`产 出 指 标 (50分) |`) has its row continued on the next
 *   line; a line of pipes alone ends the row.
 * - A line without a pipe followed by a line that starts with one (`成本指标` / `| 省级… | 200万 | …`) is a row
 *   broken before its `|`.
 * - Any other line without a pipe ends the rows before it.
 * - Where rows begin with their first cell (`项目资金(万元) | | 年初预算数 | …`), a line that begins with `|` and
 *   holds a row's worth of cells (` | 年度资金总额 | 1,860.00 | …`) is a row whose first cell is empty (merged
 *   with the cell above), not the rest of the line before it.
 */
import type { Line } from '../model/document.js';
import type { RawCell } from './table-grid.js';
import { filledCells, hasPipe, isPipeOnly, type LineBlock } from './pipe-blocks.js';
import { joinCells, splitCells } from './raw-cell.js';
import type { FlatRow } from './table-sections.js';

const ENDS_PADDED = /\|\s*\|\s*$/;
const ENDS_SINGLE_PIPE = /[^|\s]\s*\|\s*$/;
const ENDS_PIPE = /\|\s*$/;
const STARTS_PIPE = /^\s*\|/;

/** The cells of one row read from its lines, a cell left open at a line's end continued on the next line. */
function rowCells(lines: Line[], rowLines: number[], leadingEmptyCell: boolean): RawCell[] {
  const cells: RawCell[] = [];
  let open = false;
  for (const l of rowLines) {
    const text = lines[l]!.text;
    const parts = splitCells(l, text, '|');
    if (STARTS_PIPE.test(text) && !(leadingEmptyCell && l === rowLines[0])) parts.shift();
    else if (open && cells.length) cells.push(joinCells([cells.pop()!, parts.shift()!]));
    if (ENDS_PIPE.test(text)) parts.pop();
    cells.push(...parts);
    open = !ENDS_PIPE.test(text);
  }
  while (cells.length && cells[cells.length - 1]!.text === '') cells.pop();
  return cells;
}

/** The row groups of a block: rows of consecutive lines, a group ending at a line of text that is no row. */
export function pipeRowGroups(lines: Line[], block: LineBlock): FlatRow[][] {
  const texts = (l: number) => lines[l]!.text;
  let multi = 0;
  let padded = 0;
  for (let l = block.start; l < block.end; l++) {
    if (filledCells(texts(l)) < 2) continue;
    multi++;
    if (ENDS_PADDED.test(texts(l))) padded++;
  }
  const paddedBlock = padded * 2 >= multi;
  // Rows that begin with their first cell rather than a pipe: there a leading pipe follows an empty cell.
  let openingRows = 0;
  for (let l = block.start; l < block.end; l++) if (filledCells(texts(l)) >= 2 && !STARTS_PIPE.test(texts(l))) openingRows++;
  const leadingEmptyCell = !paddedBlock && openingRows >= 2;
  const ownRow = (l: number) => leadingEmptyCell && STARTS_PIPE.test(texts(l)) && texts(l).split('|').length >= 3;
  const groups: FlatRow[][] = [];
  let rows: FlatRow[] = [];
  let current: number[] = [];
  let padding: number[] = [];
  const flush = () => {
    const cells = current.length ? rowCells(lines, current, ownRow(current[0]!)) : [];
    if (cells.length) rows.push({ cells, lines: [...current, ...padding] });
    else if (rows.length) rows[rows.length - 1]!.lines.push(...current, ...padding);
    current = [];
    padding = [];
  };
  const endGroup = () => {
    flush();
    if (rows.length) groups.push(rows);
    rows = [];
  };
  for (let l = block.start; l < block.end; l++) {
    const text = texts(l);
    const nextStartsWithPipe = l + 1 < block.end && STARTS_PIPE.test(texts(l + 1));
    if (!hasPipe(text)) {
      if (nextStartsWithPipe) current.push(l);
      else endGroup();
      continue;
    }
    if (isPipeOnly(text)) {
      padding.push(l);
      flush();
      continue;
    }
    current.push(l);
    const continued = (paddedBlock && ENDS_SINGLE_PIPE.test(text)) || (!ENDS_PIPE.test(text) && nextStartsWithPipe && !ownRow(l + 1));
    if (!continued) flush();
  }
  endGroup();
  return groups.filter(isGrid);
}

/** Two lines of prose that happen to hold a `|` are no table: three rows of two cells, or two of three, are. */
function isGrid(rows: FlatRow[]): boolean {
  const filled = rows.map((r) => r.cells.filter((c) => c.text !== '').length);
  return filled.filter((n) => n >= 2).length >= 3 || filled.filter((n) => n >= 3).length >= 2;
}
