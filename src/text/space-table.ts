/**
 * Tables laid out with spaces, as `pdftotext -layout` and fixed-width exports write them: cells are separated by
 * runs of two or more spaces and columns line up by character position. Columns are found from where cells start
 * on the table's lines; a line with a single indented cell continues the cell above it (a header wrapped in its
 * column: 全年平均 / 执行率).
 */
import type { Line } from '../model/document.js';
import type { RawCell } from './table-grid.js';

export interface Segment {
  start: number;
  end: number;
  text: string;
}

export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  for (const m of text.matchAll(/\S+(?: \S+)*/g)) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  return out;
}

const isMulti = (line: Line) => segments(line.text).length >= 2 && /\S {2,}\S/.test(line.text);
const isContinuation = (line: Line) => {
  const segs = segments(line.text);
  return segs.length === 1 && segs[0]!.start >= 8 && segs[0]!.text.length <= 20;
};

/** Cluster cell start positions; a column must start cells on at least two lines. */
function columnStarts(starts: number[][]): number[] {
  const all = starts.flat().sort((a, b) => a - b);
  const clusters: Array<{ lo: number; hi: number; lines: Set<number> }> = [];
  starts.forEach((row, li) => {
    for (const s of row) {
      const c = clusters.find((k) => s >= k.lo - 3 && s <= k.hi + 3);
      if (c) {
        c.lo = Math.min(c.lo, s);
        c.hi = Math.max(c.hi, s);
        c.lines.add(li);
      } else clusters.push({ lo: s, hi: s, lines: new Set([li]) });
    }
  });
  void all;
  return clusters
    .filter((c) => c.lines.size >= 2)
    .map((c) => c.lo)
    .sort((a, b) => a - b);
}

function columnOf(cols: number[], start: number): number {
  let best = 0;
  for (let i = 0; i < cols.length; i++) if (cols[i]! <= start + 3) best = i;
  return best;
}

const CJK_END = /[\u3000-\u9fff\uff00-\uffef]$/;

export interface SpaceTable {
  lines: number[];
  rows: RawCell[][];
}

export function findSpaceTables(lines: Line[], taken: Set<number>): SpaceTable[] {
  const out: SpaceTable[] = [];
  let i = 0;
  while (i < lines.length) {
    if (taken.has(i) || lines[i]!.kind === 'running' || !isMulti(lines[i]!)) {
      i++;
      continue;
    }
    const block: number[] = [];
    let j = i;
    while (j < lines.length && !taken.has(j) && lines[j]!.kind !== 'running') {
      if (isMulti(lines[j]!)) block.push(j);
      else if (isContinuation(lines[j]!) && block.length && j + 1 < lines.length && (isMulti(lines[j + 1]!) || isContinuation(lines[j + 1]!))) block.push(j);
      else break;
      j++;
    }
    const multi = block.filter((l) => isMulti(lines[l]!));
    if (multi.length < 3) {
      i = Math.max(j, i + 1);
      continue;
    }
    const cols = columnStarts(multi.map((l) => segments(lines[l]!.text).map((s) => s.start)));
    if (cols.length < 2) {
      i = j;
      continue;
    }
    const rows: RawCell[][] = [];
    for (const l of block) {
      const segs = segments(lines[l]!.text);
      if (!isMulti(lines[l]!) && rows.length) {
        // A continuation line: its text belongs to the cell above in the same column.
        const cell = rows[rows.length - 1]![columnOf(cols, segs[0]!.start)]!;
        cell.text = cell.text + (CJK_END.test(cell.text) ? '' : ' ') + segs[0]!.text;
        cell.spans.push({ line: l, start: segs[0]!.start, end: segs[0]!.end });
        continue;
      }
      const row: RawCell[] = cols.map(() => ({ text: '', spans: [] }));
      for (const s of segs) {
        const cell = row[columnOf(cols, s.start)]!;
        cell.text = cell.text ? `${cell.text} ${s.text}` : s.text;
        cell.spans.push({ line: l, start: s.start, end: s.end });
      }
      rows.push(row);
    }
    out.push({ lines: block, rows });
    i = j;
  }
  return out;
}
