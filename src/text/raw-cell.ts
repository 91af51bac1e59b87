/**
 * Cells cut out of text lines, each keeping the exact characters it was read from. Every table reader of text
 * (tabs, pipes, one cell per line) builds its cells here, so a cell's spans always cover its printed text and
 * nothing else: the white space around a cell is not part of it.
 */
import type { RawCell } from './table-grid.js';

/** `text.slice(start, end)` of line `line`, trimmed; an all-blank slice is an empty cell with no span. */
export function sliceCell(line: number, text: string, start = 0, end = text.length): RawCell {
  const part = text.slice(start, end);
  const lead = part.length - part.trimStart().length;
  const trimmed = part.trim();
  return { text: trimmed, spans: trimmed ? [{ line, start: start + lead, end: start + lead + trimmed.length }] : [] };
}

/** The cells of `text.slice(start, end)` between separators (a tab, a `|`), empty ones included. */
export function splitCells(line: number, text: string, separator: string, start = 0, end = text.length): RawCell[] {
  const cells: RawCell[] = [];
  let from = start;
  for (;;) {
    const at = text.indexOf(separator, from);
    if (at < 0 || at >= end) break;
    cells.push(sliceCell(line, text, from, at));
    from = at + separator.length;
  }
  cells.push(sliceCell(line, text, from, end));
  return cells;
}

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/**
 * Pieces of one cell (a cell wrapped over lines, a unit `(万元)` printed under its label) as one cell. Pieces meet
 * without a separator where either side is CJK (a wrapped Chinese word has none), with a space otherwise.
 */
export function joinCells(pieces: RawCell[]): RawCell {
  let text = '';
  const spans: RawCell['spans'] = [];
  for (const piece of pieces) {
    if (piece.text === '') continue;
    // The last character alone: a `$`-anchored test would scan the whole growing text.
    if (text !== '' && !CJK.test(text[text.length - 1]!) && !CJK.test(piece.text[0]!)) text += ' ';
    text += piece.text;
    spans.push(...piece.spans);
  }
  return { text, spans };
}
