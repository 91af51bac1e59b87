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

const SERIAL_HEAD = /^(?:序号|编号)$/;
const SERIAL = /^\d{1,3}$/;

/**
 * Rows numbered in a 序号 column whose cells wrap over several lines, the header too (序号 | 一级 指标 | / 二级 指标 |
 * / … / 指标分值 | … | 自评得分 |, then 1 | 规划 (15分) | / 基础信息 (3分) | … | / 3 |, then 2 | …): a row runs from
 * one serial number to the next (1, 2, 3 … in order; a lone 3 before the 2 is a cell of row 1), the header from
 * 序号 to the first. A row short of the header's width lost the cells merged into the rows above it, which stand
 * right after its serial number (一级指标, 二级指标): they are put back there as empty cells, when the row's last
 * line pads it with as many empty cells (`| 3 | ||`); a row short for another reason (the excerpt cut it) is left.
 */
/** Empty cells closed after a line's last filled cell: `| 3 | ||` has two. */
function padding(text: string): number {
  const tail = /[|\s]*$/.exec(text)?.[0] ?? '';
  return Math.max(0, (tail.match(/\|/g)?.length ?? 0) - 1);
}

export function joinSerialRows(lines: Line[], rows: FlatRow[]): FlatRow[] {
  const head = rows.findIndex((r) => SERIAL_HEAD.test(r.cells[0]?.text.replace(/\s+/g, '') ?? ''));
  const first = rows.findIndex((r, i) => i > head && r.cells[0]?.text.trim() === '1');
  if (head < 0 || first < 0) return rows;
  const joined: FlatRow[] = [{ cells: rows.slice(head, first).flatMap((r) => r.cells), lines: rows.slice(head, first).flatMap((r) => r.lines) }];
  let expected = 1;
  for (const row of rows.slice(first)) {
    const lead = row.cells[0]?.text.trim() ?? '';
    if (SERIAL.test(lead) && Number(lead) === expected) {
      joined.push({ cells: [...row.cells], lines: [...row.lines] });
      expected++;
    } else {
      const last = joined[joined.length - 1]!;
      last.cells.push(...row.cells);
      last.lines.push(...row.lines);
    }
  }
  const width = joined[0]!.cells.length;
  // Three numbered rows at least, a header over two lines or more, and no row wider than the header.
  if (expected <= 3 || joined.some((r) => r.cells.length > width) || first - head < 2) return rows;
  const body = joined.slice(1).map((r) => {
    const missing = width - r.cells.length;
    if (missing === 0 || padding(lines[Math.max(...r.lines)]?.text ?? '') !== missing) return r;
    const empty = Array.from({ length: missing }, () => ({ text: '', spans: [] }));
    return { ...r, cells: [r.cells[0]!, ...empty, ...r.cells.slice(1)] };
  });
  return [...rows.slice(0, head), joined[0]!, ...body];
}

/** Two lines of prose that happen to hold a `|` are no table: three rows of two cells, or two of three, are. */
function isGrid(rows: FlatRow[]): boolean {
  const filled = rows.map((r) => r.cells.filter((c) => c.text !== '').length);
  return filled.filter((n) => n >= 2).length >= 3 || filled.filter((n) => n >= 3).length >= 2;
}
