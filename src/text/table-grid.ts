/**
 * Turn rows of cells (from any format) into a rectangular `Table`: pad rows, find the header rows, mark header
 * rows repeated after a page break, drop separator rows. Shared by every adapter so tables look alike whatever
 * the format.
 */
import type { Cell, Span, Table } from '../model/document.js';

export interface RawCell {
  text: string;
  spans: Span[];
  rowSpan?: number;
  colSpan?: number;
  mergedFrom?: [number, number];
}

const NUMERIC = /^[-+−]?[¥￥]?\d[\d,，]*(?:\.\d+)?\s*[%％]?$/;
const PLACEHOLDER = /^[-—–－…/\\]*$/;

export function cellKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/[（(]/g, '(').replace(/[）)]/g, ')');
}

export function isNumericText(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return t !== '' && NUMERIC.test(t);
}

function isSeparatorRow(row: RawCell[]): boolean {
  const texts = row.map((c) => c.text.trim()).filter((t) => t !== '');
  return texts.length > 0 && texts.every((t) => /^[-—–=:|]+$/.test(t) && t.length >= 2);
}

function headerLike(row: RawCell[]): boolean {
  const texts = row.map((c) => c.text.trim()).filter((t) => t !== '' && !PLACEHOLDER.test(t));
  if (texts.length === 0) return false;
  return !texts.some((t) => isNumericText(t));
}

/**
 * Header rows: the first row when it has no number in it; further rows while the row above has empty cells
 * (a merged header spanning sub-headers) and this row also has no number. At most four header rows.
 */
export function detectHeaderRows(rows: RawCell[][]): number {
  if (rows.length < 2 || !headerLike(rows[0]!)) return 0;
  let count = 1;
  while (count < Math.min(4, rows.length - 1)) {
    const above = rows[count - 1]!;
    const row = rows[count]!;
    const aboveHasGaps = above.some((c) => c.text.trim() === '' && !c.mergedFrom) || above.some((c) => c.mergedFrom || (c.colSpan ?? 1) > 1);
    if (!aboveHasGaps || !headerLike(row)) break;
    // A row with a single text cell in the first column is a section row (一、履职类项目), not a header.
    const filled = row.filter((c) => c.text.trim() !== '');
    if (filled.length === 1 && row[0]!.text.trim() !== '' && row.length > 2) break;
    count++;
  }
  return count;
}

export interface TableMeta {
  id: number;
  pages?: number[];
  caption?: string | null;
  unitNote?: string | null;
  origin: Table['origin'];
  sheet?: string;
  /** Known header row count (from markup); detected when absent. */
  headerRows?: number;
}

export function buildTable(rawRows: RawCell[][], meta: TableMeta): Table {
  const kept = rawRows.filter((r) => !isSeparatorRow(r));
  // reduce, not Math.max(...rows): a spread of 100k+ rows overflows the call stack.
  const width = kept.reduce((w, r) => Math.max(w, r.length), 0);
  const rows: Cell[][] = kept.map((r) => {
    const cells: Cell[] = r.map((c) => ({
      text: c.text,
      spans: c.spans,
      rowSpan: c.rowSpan ?? 1,
      colSpan: c.colSpan ?? 1,
      ...(c.mergedFrom ? { mergedFrom: c.mergedFrom } : {}),
    }));
    while (cells.length < width) cells.push({ text: '', spans: [], rowSpan: 1, colSpan: 1 });
    return cells;
  });
  const headerRows = meta.headerRows ?? detectHeaderRows(kept);
  const headerKeys = rows.slice(0, headerRows).map((r) => r.map((c) => cellKey(c.text)).join('\u0001'));
  const repeatedHeaderRows: number[] = [];
  if (headerRows > 0) {
    for (let r = headerRows; r < rows.length; r++) {
      const key = rows[r]!.map((c) => cellKey(c.text)).join('\u0001');
      if (key.replace(/\u0001/g, '') !== '' && headerKeys.includes(key)) repeatedHeaderRows.push(r);
    }
  }
  return {
    id: meta.id,
    pages: meta.pages ?? [],
    caption: meta.caption ?? null,
    unitNote: meta.unitNote ?? null,
    headerRows,
    rows,
    repeatedHeaderRows,
    origin: meta.origin,
    ...(meta.sheet ? { sheet: meta.sheet } : {}),
  };
}

/**
 * Column headers as one string per column, joining the header rows top to bottom. A header cell left empty
 * under a merged parent takes the parent's text from the left when some header row below it has text
 * (评价指标 over 一级指标 | 参考分值 …).
 */
export function columnHeaders(table: Table): string[] {
  const width = table.rows[0]?.length ?? 0;
  const heads: string[] = [];
  for (let col = 0; col < width; col++) {
    const parts: string[] = [];
    for (let r = 0; r < table.headerRows; r++) {
      const row = table.rows[r]!;
      let text = row[col]!.text.trim();
      if (text === '' && row[col]!.mergedFrom) {
        const [ar, ac] = row[col]!.mergedFrom!;
        text = table.rows[ar]?.[ac]?.text.trim() ?? '';
      }
      if (text === '') {
        const below = table.rows.slice(r + 1, table.headerRows).some((b) => b[col]!.text.trim() !== '');
        if (below) {
          for (let left = col - 1; left >= 0; left--) {
            const t = row[left]!.text.trim();
            if (t !== '') {
              text = t;
              break;
            }
          }
        }
      }
      if (text !== '' && parts[parts.length - 1] !== text) parts.push(text);
    }
    heads.push(parts.join(' '));
  }
  return heads;
}

/**
 * A table's rows as text for reading it by eye, one line a row: `h0` for header rows, `r5` for the others, the
 * source line of the row's first cell, its cells between ` | ` (empty cells stay visible as `|  |`).
 */
export function rowsAsText(table: Table, lineNo: (line: number) => number): string[] {
  return table.rows.map((row, r) => {
    const span = row.find((c) => c.spans.length)?.spans[0];
    const cells = row.map((c) => c.text.replace(/\s+/g, ' '));
    return `${r < table.headerRows ? 'h' : 'r'}${r} l${span ? lineNo(span.line) : '-'}: ${cells.join(' | ')}`;
  });
}
