/**
 * Read an HTML `<table>` into a rectangular grid. rowspan/colspan are expanded as browsers lay them out: the
 * anchor cell keeps the text and the span sizes, every cell it covers is empty with `mergedFrom`, so a merged
 * amount is never counted twice. Header rows come from `<thead>` or leading all-`<th>` rows.
 */
import { BLOCK, isDropped, type DomNode } from './html-dom.js';
import { TextRun } from './html-text.js';

export interface GridCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  mergedFrom?: [number, number];
}

export interface HtmlTable {
  caption: string | null;
  rows: GridCell[][];
  /** From markup; undefined when the markup does not say. */
  headerRows: number | undefined;
  /** Content inside the table but outside any cell (browsers show it before the table). */
  stray: DomNode[];
  /** Number of td/th elements: a table of one cell is a layout box, not data. */
  cells: number;
}

interface RawRow {
  cells: DomNode[];
  inHead: boolean;
}

/** HTML caps colspan at 1000; wider grids are not reports. */
const MAX_COLS = 1000;
/** Beyond this many grid cells a table is read as text rather than expanded (hostile spans, giant exports). */
export const MAX_GRID_CELLS = 1_000_000;

/** Rows (tr) and caption of this table, not of tables nested in it, in source order. */
function collectRows(table: DomNode): { rows: RawRow[]; caption: DomNode | null; stray: DomNode[] } {
  const rows: RawRow[] = [];
  const stray: DomNode[] = [];
  let caption: DomNode | null = null;
  const stack: Array<{ node: DomNode; inHead: boolean }> = [];
  const pushChildren = (node: DomNode, inHead: boolean) => {
    const kids = node.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, inHead });
  };
  pushChildren(table, false);
  while (stack.length > 0) {
    const { node, inHead } = stack.pop()!;
    if (node.type === 'text') {
      if ((node.data ?? '').trim() !== '') stray.push(node);
      continue;
    }
    if (isDropped(node, true)) continue;
    switch (node.name) {
      case 'tr':
        rows.push({ cells: rowCells(node), inHead });
        break;
      case 'caption':
        caption ??= node;
        break;
      case 'thead':
        pushChildren(node, true);
        break;
      case 'tbody':
      case 'tfoot':
        pushChildren(node, false);
        break;
      case 'colgroup':
      case 'col':
        break;
      case 'td':
      case 'th':
        // A cell outside any row: its own row.
        rows.push({ cells: [node], inHead });
        break;
      default:
        stray.push(node);
    }
  }
  return { rows, caption, stray };
}

/** td/th of a row, looking through wrappers (a form or span around cells in hand-written pages). */
function rowCells(tr: DomNode): DomNode[] {
  const cells: DomNode[] = [];
  const stack = [...(tr.children ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.name === 'td' || node.name === 'th') cells.push(node);
    else if (node.name !== 'table' && node.name !== 'tr' && node.children) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return cells;
}

/** The text of a cell on one line: paragraphs and line breaks inside it join with a space, or nothing between CJK. */
export function inlineText(node: DomNode): string {
  const run = new TextRun();
  const stack: Array<DomNode | null> = [...(node.children ?? [])].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n === null) {
      run.softBreak();
      continue;
    }
    if (n.type === 'text') {
      run.add(n.data ?? '');
      continue;
    }
    if (isDropped(n, true)) continue;
    if (n.name === 'br') {
      run.softBreak();
      continue;
    }
    const block = BLOCK.has(n.name ?? '');
    if (block) {
      run.softBreak();
      stack.push(null);
    }
    const kids = n.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return run.take();
}

function spanAttr(node: DomNode, name: string): number {
  const n = Number.parseInt(node.attribs?.[name] ?? '', 10);
  return Number.isFinite(n) ? n : 1;
}

function expand(rows: RawRow[], texts: string[][], withSpans: boolean): GridCell[][] | null {
  const grid: Array<Array<GridCell | undefined>> = rows.map(() => []);
  let budget = MAX_GRID_CELLS;
  for (let r = 0; r < rows.length; r++) {
    const out = grid[r]!;
    let c = 0;
    rows[r]!.cells.forEach((cell, k) => {
      while (out[c]) c++;
      if (c >= MAX_COLS) return;
      const left = rows.length - r;
      let rs = withSpans ? spanAttr(cell, 'rowspan') : 1;
      // rowspan="0" spans to the end of the table.
      rs = rs === 0 ? left : Math.min(Math.max(rs, 1), left);
      const cs = withSpans ? Math.min(Math.max(spanAttr(cell, 'colspan'), 1), MAX_COLS - c) : 1;
      budget -= rs * cs;
      if (budget < 0) return;
      out[c] = { text: texts[r]![k]!, rowSpan: rs, colSpan: cs };
      for (let dr = 0; dr < rs; dr++) {
        const row = grid[r + dr]!;
        for (let dc = 0; dc < cs; dc++) {
          if ((dr === 0 && dc === 0) || row[c + dc]) continue;
          row[c + dc] = { text: '', rowSpan: 1, colSpan: 1, mergedFrom: [r, c] };
        }
      }
      c += cs;
    });
    if (budget < 0) return null;
  }
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  if (width * grid.length > MAX_GRID_CELLS) return null;
  return grid.map((row) => {
    const full: GridCell[] = [];
    for (let c = 0; c < width; c++) full.push(row[c] ?? { text: '', rowSpan: 1, colSpan: 1 });
    return full;
  });
}

/** The table's grid, or null when it is too large to expand (the caller reads it as text). */
export function readTable(table: DomNode): HtmlTable | null {
  const { rows, caption, stray } = collectRows(table);
  const kept = rows.filter((r) => r.cells.length > 0);
  const texts = kept.map((r) => r.cells.map((cell) => inlineText(cell)));
  const grid = expand(kept, texts, true) ?? expand(kept, texts, false);
  if (grid === null) return null;
  let headerRows: number | undefined;
  const head = kept.findIndex((r) => !r.inHead);
  if (head > 0) headerRows = head;
  else if (head === 0) {
    let th = 0;
    while (th < kept.length && kept[th]!.cells.every((c) => c.name === 'th')) th++;
    if (th > 0 && th < kept.length) headerRows = th;
  }
  const cells = kept.reduce((n, r) => n + r.cells.length, 0);
  return { caption: caption ? inlineText(caption) || null : null, rows: grid, headerRows, stray, cells };
}
