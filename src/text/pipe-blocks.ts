/**
 * Blocks of lines that carry a table's `|` separators without being a Markdown table: rows written
 * `label | 200 | 195.5 | |||||` (pipe-rows.ts) and one cell per line closed by `|` (cell-stream.ts). A block is
 * the lines with a pipe, plus the lines of text a pipe closes within a few lines (a cell wrapped over lines, a
 * row broken before its `|`). Blank lines end a block.
 */
import type { Line } from '../model/document.js';

export interface LineBlock {
  start: number;
  /** Exclusive. */
  end: number;
}

export const hasPipe = (text: string) => text.includes('|');
/** A line of nothing but pipes: a cell separator (`|`), or the end of a row and its padding (`||`, `|||||`). */
export const isPipeOnly = (text: string) => /^\s*\|[\s|]*$/.test(text);
/** Cells with text on a line cut at its pipes. */
export const filledCells = (text: string) => text.split('|').filter((p) => p.trim() !== '').length;

/** How far below a line of text the `|` that closes its cell may stand (a cell of several lines). */
const CELL_LINES = 8;

export function findPipeBlocks(lines: Line[], taken: Set<number>): LineBlock[] {
  const usable = (i: number) => i >= 0 && i < lines.length && !taken.has(i) && lines[i]!.kind !== 'running';
  const plain = (i: number) => usable(i) && lines[i]!.text.trim() !== '' && !hasPipe(lines[i]!.text);
  const blocks: LineBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!usable(i) || !hasPipe(lines[i]!.text)) {
      i++;
      continue;
    }
    let start = i;
    // A first cell printed above its `|` line (一级指标 / |): at most two short lines of text.
    if (isPipeOnly(lines[i]!.text)) {
      while (start > i - 2 && plain(start - 1) && lines[start - 1]!.text.trim().length <= 20 && !/[：:。]\s*$/.test(lines[start - 1]!.text)) start--;
    }
    let j = i;
    while (usable(j)) {
      if (hasPipe(lines[j]!.text)) {
        j++;
        continue;
      }
      let k = j;
      while (k - j < CELL_LINES && plain(k)) k++;
      if (k > j && k - j < CELL_LINES && usable(k) && hasPipe(lines[k]!.text)) j = k;
      else break;
    }
    blocks.push({ start, end: j });
    i = j;
  }
  return blocks;
}

/**
 * Rows on lines (`a | b | c`) rather than one cell per line: at least two lines hold two or more cells, and they
 * are not lost among single-cell lines.
 */
export function holdsRowsOnLines(lines: Line[], block: LineBlock): boolean {
  let multi = 0;
  let withText = 0;
  for (let l = block.start; l < block.end; l++) {
    const text = lines[l]!.text;
    if (!hasPipe(text) || isPipeOnly(text)) continue;
    withText++;
    if (filledCells(text) >= 2) multi++;
  }
  return multi >= 2 && multi * 3 >= withText;
}
