/**
 * One page: positioned items (+ ruling lines when read) → lines in reading order and the page's table pieces.
 * Items inside a ruled grid become table rows: one line per visual line of a grid row, cells separated by a tab
 * (empty cells too, so columns line up as in tab-separated text), and every cell points into those lines.
 * Text-layer pages and OCR pages both come through here.
 */
import type { LineKind } from '../../model/document.js';
import type { RawCell } from '../../text/table-grid.js';
import type { PageInput, PositionedItem } from './geometry.js';
import { findGrids, type Grid } from './grids.js';
import { groupLines, joinItems, splitItemAt, wrapJoiner } from './lines.js';
import { findTextTables } from './text-tables.js';

export interface LaidLine {
  text: string;
  /** Baseline, page space. */
  y: number;
  /** Left edge of the line's text. */
  x: number;
  fontSize: number;
  /** `text` or `table-row` from layout; `running` and `heading` are decided later with the whole document. */
  kind: LineKind;
}

/** The part of a table on one page. Cell spans point at indices of `PageLayout.lines`. */
export interface PageTable {
  rows: RawCell[][];
  /** Column edges, left to right. */
  xs: number[];
  top: number;
  bottom: number;
  /** Indices of the page lines holding the rows, in order. */
  lines: number[];
  origin: 'layout';
}

export interface PageLayout {
  page: number;
  width: number;
  height: number;
  ocr: boolean;
  lines: LaidLine[];
  tables: PageTable[];
}

/** Where an item is read from: the centre of its first glyph, a third of the font size above the baseline. */
function probe(it: PositionedItem): [number, number] {
  const firstWidth = Math.min(it.width, it.fontSize) / 2;
  return [it.x + firstWidth, it.y + 0.3 * it.fontSize];
}

function inGrid(grid: Grid, x: number, y: number): boolean {
  return x >= grid.xs[0]! - 2 && x <= grid.xs[grid.xs.length - 1]! + 2 && y <= grid.ys[0]! + 2 && y >= grid.ys[grid.ys.length - 1]! - 2;
}

function bandOf(edges: number[], v: number, descending: boolean): number {
  const n = edges.length - 1;
  for (let i = 0; i < n; i++) {
    const a = edges[i]!;
    const b = edges[i + 1]!;
    if (descending ? v <= a + 2 && v >= b : v >= a - 2 && v <= b) return i;
  }
  return descending ? (v > edges[0]! ? 0 : n - 1) : v < edges[0]! ? 0 : n - 1;
}

interface Pending {
  y: number;
  x: number;
  fontSize: number;
  kind: LaidLine['kind'];
  text: string;
  /** Set for table lines: cell pieces to turn into spans once the line's index is known. */
  cells?: Array<{ row: number; col: number; start: number; end: number }>;
  table?: number;
  /** Order inside the table (grid row, then top to bottom). */
  order?: number;
}

export function layoutPage(input: PageInput): PageLayout {
  const grids = input.rules ? findGrids(input.rules) : [];
  const gridItems: PositionedItem[][] = grids.map(() => []);
  const flowItems: PositionedItem[] = [];
  for (const it of input.items) {
    if (it.str.trim() === '') continue;
    const [px, py] = probe(it);
    const g = grids.findIndex((grid) => inGrid(grid, px, py));
    if (g >= 0) gridItems[g]!.push(it);
    else flowItems.push(it);
  }

  const pending: Pending[] = [];
  const tables: Array<{ grid: Grid | null; rows: RawCell[][]; xs: number[]; top: number; bottom: number }> = [];

  grids.forEach((grid, g) => {
    const items = gridItems[g]!;
    if (items.length === 0) return;
    const t = tables.length;
    const cells = fillGrid(grid, items, t, pending);
    tables.push({ grid, rows: cells, xs: grid.xs, top: grid.ys[0]!, bottom: grid.ys[grid.ys.length - 1]! });
  });

  const flowLines = groupLines(flowItems);
  // Tables without borders (and OCR'd tables) are found from the alignment of text segments.
  const textTables = findTextTables(flowLines);
  const inTextTable = new Set<number>();
  for (const tt of textTables) {
    const t = tables.length;
    const rows: RawCell[][] = tt.rows.map((r) => r.map(() => ({ text: '', spans: [] })));
    tt.lines.forEach((lineIdx, order) => {
      inTextTable.add(lineIdx);
      const line = flowLines[lineIdx]!;
      const cellsOfLine = tt.cellsOfLine[order]!;
      let text = '';
      const pieces: Pending['cells'] = [];
      cellsOfLine.forEach((items, col) => {
        if (col > 0) text += '\t';
        if (items.length === 0) return;
        const joined = joinItems(items);
        pieces.push({ row: tt.rowOfLine[order]!, col, start: text.length, end: text.length + joined.text.length });
        text += joined.text;
      });
      pending.push({ y: line.y, x: line.items[0]!.x, fontSize: line.fontSize, kind: 'table-row', text, cells: pieces, table: t, order });
    });
    tables.push({ grid: null, rows, xs: tt.xs, top: tt.top, bottom: tt.bottom });
  }
  flowLines.forEach((line, i) => {
    if (inTextTable.has(i)) return;
    pending.push({ y: line.y, x: line.items[0]!.x, fontSize: line.fontSize, kind: 'text', text: joinItems(line.items).text });
  });

  // Reading order: top to bottom; a table's lines stay together in row order, placed at the table's top.
  const key = (p: Pending) => (p.table !== undefined ? tables[p.table]!.top + 1e-3 : p.y);
  pending.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (a.table !== undefined && a.table === b.table) return a.order! - b.order!;
    return kb - ka;
  });

  const lines: LaidLine[] = [];
  const tableLines: number[][] = tables.map(() => []);
  const spans: Array<Map<string, Array<{ line: number; start: number; end: number }>>> = tables.map(() => new Map());
  for (const p of pending) {
    const index = lines.length;
    lines.push({ text: p.text, y: p.y, x: p.x, fontSize: p.fontSize, kind: p.kind });
    if (p.table === undefined) continue;
    tableLines[p.table]!.push(index);
    for (const c of p.cells ?? []) {
      const k = `${c.row},${c.col}`;
      const list = spans[p.table]!.get(k) ?? [];
      list.push({ line: index, start: c.start, end: c.end });
      spans[p.table]!.set(k, list);
    }
  }

  const pageTables: PageTable[] = [];
  tables.forEach((t, ti) => {
    const rows = t.rows.map((row, r) =>
      row.map((cell, c) => {
        if (cell.mergedFrom) return cell;
        const list = spans[ti]!.get(`${r},${c}`) ?? [];
        let text = '';
        for (const s of list) {
          const piece = lines[s.line]!.text.slice(s.start, s.end);
          text += text ? wrapJoiner(text, piece) + piece : piece;
        }
        return { ...cell, text, spans: list };
      }),
    );
    const kept = dropEmptyRows(rows);
    if (kept.length === 0) return;
    pageTables.push({ rows: kept, xs: t.xs, top: t.top, bottom: t.bottom, lines: tableLines[ti]!, origin: 'layout' });
  });

  return { page: input.page, width: input.width, height: input.height, ocr: input.ocr, lines, tables: pageTables };
}

/**
 * Items of one grid → cells. Each grid row's items are split into visual lines; each visual line becomes one
 * pending line whose text is the row's cells on that line, tab-separated.
 */
function fillGrid(grid: Grid, items: PositionedItem[], table: number, pending: Pending[]): RawCell[][] {
  const rows = grid.ys.length - 1;
  const cols = grid.xs.length - 1;
  const interior = grid.xs.slice(1, -1);
  const byRow: PositionedItem[][] = Array.from({ length: rows }, () => []);
  for (const it of items) {
    for (const piece of splitItemAt(it, interior)) {
      const [, py] = probe(piece);
      byRow[bandOf(grid.ys, py, true)]!.push(piece);
    }
  }
  let order = 0;
  for (let r = 0; r < rows; r++) {
    for (const line of groupLines(byRow[r]!)) {
      const slots: PositionedItem[][] = Array.from({ length: cols }, () => []);
      for (const it of line.items) {
        const c = bandOf(grid.xs, it.x + Math.min(it.width, it.fontSize) / 2, false);
        const [, ac] = grid.anchor[r]![c]!;
        slots[ac]!.push(it);
      }
      let text = '';
      const cells: Pending['cells'] = [];
      slots.forEach((slot, c) => {
        if (c > 0) text += '\t';
        if (slot.length === 0) return;
        const joined = joinItems(slot);
        const [ar, ac] = grid.anchor[r]![c]!;
        cells.push({ row: ar, col: ac, start: text.length, end: text.length + joined.text.length });
        text += joined.text;
      });
      pending.push({ y: line.y, x: line.items[0]!.x, fontSize: line.fontSize, kind: 'table-row', text, cells, table, order: order++ });
    }
  }
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c): RawCell => {
      const [ar, ac] = grid.anchor[r]![c]!;
      if (ar !== r || ac !== c) return { text: '', spans: [], mergedFrom: [ar, ac] };
      const [rowSpan, colSpan] = grid.span[r]![c]!;
      return { text: '', spans: [], rowSpan, colSpan };
    }),
  );
}

/** Rows with no text that no merged cell reaches into (spacer rows, double borders) carry nothing. */
function dropEmptyRows(rows: RawCell[][]): RawCell[][] {
  const keep = rows.map((row) => row.some((c) => c.text.trim() !== '' || c.mergedFrom || (c.rowSpan ?? 1) > 1));
  const newIndex: number[] = [];
  let n = 0;
  keep.forEach((k, i) => {
    newIndex[i] = k ? n++ : -1;
  });
  return rows
    .filter((_, i) => keep[i])
    .map((row) => row.map((c) => (c.mergedFrom ? { ...c, mergedFrom: [newIndex[c.mergedFrom[0]]!, c.mergedFrom[1]] as [number, number] } : c)));
}
