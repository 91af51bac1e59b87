/**
 * Tables without vertical rules (borderless, three-line tables, OCR'd scans): runs of close lines, at least
 * three of them with several text segments. Column edges are the gutters (x ranges no segment covers) of the
 * lines with the usual number of cells; items straddling an edge are cut there. The table ends at a line of
 * running text (one segment across several columns). A line with an empty first cell, no number and fewer cells
 * than the row above continues that row (a wrapped cell). Two columns of prose are not a table.
 */
import type { PositionedItem } from './geometry.js';
import { SEGMENT_GAP, splitItemAt, type TextLine } from './lines.js';
import { isNumericText } from '../../text/table-grid.js';

export interface TextTable {
  /** Indices of the lines (in the given array) that make the table. */
  lines: number[];
  /** For each of those lines, its items per column. */
  cellsOfLine: PositionedItem[][][];
  /** For each of those lines, the table row it belongs to. */
  rowOfLine: number[];
  /** rows × cols (shape only). */
  rows: null[][];
  xs: number[];
  top: number;
  bottom: number;
}

interface Segment {
  x1: number;
  x2: number;
  items: PositionedItem[];
}

function segments(line: TextLine): Segment[] {
  const segs: Segment[] = [];
  for (const it of line.items) {
    const last = segs[segs.length - 1];
    const fs = Math.min(it.fontSize, line.fontSize);
    if (last && it.x - last.x2 <= SEGMENT_GAP * fs) {
      last.items.push(it);
      last.x2 = Math.max(last.x2, it.x + it.width);
    } else segs.push({ x1: it.x, x2: it.x + it.width, items: [it] });
  }
  return segs;
}

const MIN_MULTI_LINES = 3;

export function findTextTables(lines: TextLine[]): TextTable[] {
  const segs = lines.map(segments);
  const tables: TextTable[] = [];
  let i = 0;
  while (i < lines.length) {
    if (segs[i]!.length < 2) {
      i++;
      continue;
    }
    // Grow a run of vertically close lines; single-segment lines may be wrapped cells.
    let j = i + 1;
    while (j < lines.length) {
      const pitch = lines[j - 1]!.y - lines[j]!.y;
      if (pitch > 2.6 * Math.max(lines[j]!.fontSize, lines[j - 1]!.fontSize)) break;
      j++;
    }
    const found = tableIn(lines, segs, i, j);
    if (found) {
      tables.push(found);
      i = found.lines[found.lines.length - 1]! + 1;
    } else i++;
  }
  return tables;
}

/** Edges strictly inside a segment (it straddles those columns), with half an em of slack at its ends. */
function crossings(seg: Segment, xs: number[], fontSize: number): number {
  return xs.slice(1, -1).filter((x) => x > seg.x1 + fontSize / 2 && x < seg.x2 - fontSize / 2).length;
}

/** The table starting at line `start` within lines [start, end), or null. */
function tableIn(lines: TextLine[], segs: Segment[][], start: number, end: number): TextTable | null {
  const fs = lines[start]!.fontSize;
  const multi = range(start, end).filter((k) => segs[k]!.length >= 2);
  if (multi.length < MIN_MULTI_LINES) return null;
  const xs = gutters(multi.map((k) => segs[k]!), fs);
  if (!xs) return null;
  // The table goes on until a line of running text: one segment across several columns.
  let last = start;
  for (let k = start; k < end; k++) {
    const s = segs[k]!;
    if (s.length === 1 && crossings(s[0]!, xs, fs) >= 2) break;
    if (s.length >= 2) last = k;
  }
  // Single-segment lines after the last multi-cell line are notes under the table, not wrapped cells.
  const tableLines = range(start, last + 1);
  if (tableLines.filter((k) => segs[k]!.length >= 2).length < MIN_MULTI_LINES) return null;
  const cols = xs.length - 1;
  const interior = xs.slice(1, -1);
  const cellsOfLine: PositionedItem[][][] = [];
  const rowOfLine: number[] = [];
  let rowCount = 0;
  let prevFilled = 0;
  for (const k of tableLines) {
    const cells: PositionedItem[][] = Array.from({ length: cols }, () => []);
    for (const it of lines[k]!.items) {
      for (const piece of splitItemAt(it, interior)) cells[columnOf(xs, piece.x + Math.min(piece.width, piece.fontSize) / 2)]!.push(piece);
    }
    const filled = cells.filter((c) => c.length > 0).length;
    const numeric = cells.some((c) => c.length > 0 && isNumericText(c.map((it) => it.str).join('')));
    const continues = rowCount > 0 && cells[0]!.length === 0 && !numeric && filled < prevFilled;
    if (!continues) {
      rowCount++;
      prevFilled = filled;
    }
    rowOfLine.push(rowCount - 1);
    cellsOfLine.push(cells);
  }
  // Two columns of running text (a two-column page) line up like a table but are prose.
  const proseColumns = Array.from({ length: cols }, (_, c) => {
    const texts = cellsOfLine.map((cells) => cells[c]!.map((it) => it.str).join('')).filter((t) => t !== '');
    return texts.length > 0 && texts.reduce((n, t) => n + t.length, 0) / texts.length > 20;
  }).filter(Boolean).length;
  if (proseColumns >= 2) return null;
  const first = lines[tableLines[0]!]!;
  const lastLine = lines[tableLines[tableLines.length - 1]!]!;
  return {
    lines: tableLines,
    cellsOfLine,
    rowOfLine,
    rows: Array.from({ length: rowCount }, () => Array.from({ length: cols }, () => null)),
    xs,
    // Reading order places the table at its first line (a caption just above must stay above).
    top: first.y,
    bottom: lastLine.y - 0.3 * lastLine.fontSize,
  };
}

function range(a: number, b: number): number[] {
  return Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);
}

/**
 * Column edges from the x ranges that (almost) no line covers: up to a tenth of the lines may run across a
 * gutter (a long name, two OCR words run together) without hiding it. An edge sits towards the gutter's right
 * end, so the few long texts of the column on its left are less often cut. Null when fewer than two columns.
 */
function gutters(lineSegments: Segment[][], fontSize: number): number[] | null {
  const all = lineSegments.flat();
  const left = Math.floor(Math.min(...all.map((s) => s.x1)));
  const right = Math.ceil(Math.max(...all.map((s) => s.x2)));
  const cover = new Array<number>(right - left + 1).fill(0);
  for (const segs of lineSegments) {
    const hit = new Uint8Array(cover.length);
    for (const s of segs) for (let x = Math.ceil(s.x1) - left; x <= Math.floor(s.x2) - left; x++) hit[x] = 1;
    hit.forEach((h, x) => (cover[x]! += h));
  }
  const allowed = Math.floor(lineSegments.length / 10);
  const xs = [left];
  let runStart = -1;
  for (let x = 0; x < cover.length; x++) {
    const open = cover[x]! <= allowed;
    if (open && runStart < 0) runStart = x;
    if (!open && runStart >= 0) {
      if (x - runStart >= fontSize) xs.push(left + Math.max((runStart + x) / 2, x - fontSize));
      runStart = -1;
    }
  }
  xs.push(right);
  return xs.length >= 3 ? xs : null;
}

function columnOf(xs: number[], x: number): number {
  for (let c = xs.length - 2; c >= 0; c--) if (x >= xs[c]! - 0.5) return c;
  return 0;
}
