/**
 * Sheets (from SheetJS or our CSV parser) → lines and tables of the document model.
 *
 * Provenance convention for spreadsheets: `page` = 1-based sheet index, `lineNo` = the row number the user sees
 * in Excel, one synthetic line per row: the displayed cell texts joined by a tab. Every table cell has a span
 * into that line, so a fact quoted from a cell points at sheet, row and characters like any other format.
 *
 * What is dropped: rows and columns with no text that no merged cell runs through (Excel leaves many), covered
 * cells' own values (Excel does not show them either). Leading title rows (one text cell above the table:
 * `2021 年度部门整体支出绩效自评表`, `单位：万元`) become text lines, and the caption/unit note of the table.
 */
import type { Block, DocumentModel, Format, Line, Table } from '../model/document.js';
import { buildTable, isNumericText, type RawCell } from '../text/table-grid.js';
import { findCaption } from '../text/captions.js';
import { documentBlocks } from '../text/paragraphs.js';

/** A merged range, 0-based and inclusive, in source rows/columns. */
export interface GridRange {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface SheetGrid {
  /** Sheet name (absent for CSV). */
  name?: string;
  /** Display texts by source row and column (0-based; row i is Excel row i + 1). Holes are empty cells. */
  cells: (string | undefined)[][];
  merges: GridRange[];
}

/** Line breaks and tabs inside a cell (Alt+Enter) would break the one-row-one-line rule: they become spaces. */
export function flattenCellText(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/[\t\n\r\v\f\u2028\u2029]/g, ' ');
}

interface SheetPieces {
  lines: Line[];
  /** Local line indices (into `lines`) that are table rows, in order. */
  tableLines: number[];
  table: Omit<Table, 'id'> | null;
}

/** A sheet beyond what we read; the adapter turns it into a `too-large` status. */
export class SheetTooLarge extends Error {}

/** Most header rows a merge may claim; deeper "headers" are data rows merged down a column. */
const MAX_HEADER_ROWS = 6;

/** Most merged cells (by area) a sheet may have; a real report has a few hundred, a hostile file billions. */
export const MAX_MERGED_AREA = 2_000_000;

export function sheetPieces(grid: SheetGrid, page: number): SheetPieces {
  const text = (r: number, c: number): string => flattenCellText(grid.cells[r]?.[c] ?? '');
  // Extent of what has text; merges reaching past it add only empty rows and columns, so they are clipped.
  let dataHeight = 0;
  let dataWidth = 0;
  grid.cells.forEach((row, r) => {
    row?.forEach((v, c) => {
      if (v !== undefined && v.trim() !== '') {
        dataHeight = Math.max(dataHeight, r + 1);
        dataWidth = Math.max(dataWidth, c + 1);
      }
    });
  });
  // Merges whose anchor shows nothing are only formatting: ignore them.
  const merges = grid.merges
    .filter((m) => m.r0 < dataHeight && m.c0 < dataWidth && text(m.r0, m.c0).trim() !== '')
    .map((m) => ({ r0: m.r0, c0: m.c0, r1: Math.min(m.r1, dataHeight - 1), c1: Math.min(m.c1, dataWidth - 1) }))
    .filter((m) => m.r1 > m.r0 || m.c1 > m.c0);
  const area = merges.reduce((a, m) => a + (m.r1 - m.r0 + 1) * (m.c1 - m.c0 + 1), 0);
  if (area > MAX_MERGED_AREA) throw new SheetTooLarge(`${area} merged cells`);
  const covered = new Map<number, GridRange>();
  const key = (r: number, c: number) => r * 20_000 + c; // Excel has at most 16,384 columns
  for (const m of merges) {
    for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) covered.set(key(r, c), m);
  }
  /** What the user sees in a cell: covered cells show nothing of their own. */
  const shown = (r: number, c: number): string => {
    const m = covered.get(key(r, c));
    if (m && (m.r0 !== r || m.c0 !== c)) return '';
    return text(r, c);
  };

  const height = dataHeight;
  const width = dataWidth;
  const mergeRows = new Set<number>();
  for (const m of merges) for (let r = m.r0; r <= m.r1; r++) mergeRows.add(r);
  const filled: number[][] = [];
  for (let r = 0; r < height; r++) {
    const cols: number[] = [];
    const row = grid.cells[r];
    if (row) for (let c = 0; c < Math.min(width, row.length); c++) if (row[c] !== undefined && shown(r, c).trim() !== '') cols.push(c);
    filled.push(cols);
  }
  const filledCols = (r: number): number[] => filled[r]!;

  const keptRows: number[] = [];
  for (let r = 0; r < height; r++) if (filledCols(r).length > 0 || mergeRows.has(r)) keptRows.push(r);
  if (keptRows.length === 0) return { lines: [], tableLines: [], table: null };

  // Title rows: one text cell, above the first row with two, and no merge running on into the next row.
  let titleCount = 0;
  const firstMulti = keptRows.findIndex((r) => filledCols(r).length >= 2);
  if (firstMulti > 0) {
    while (titleCount < Math.min(firstMulti, 5)) {
      const r = keptRows[titleCount]!;
      if (merges.some((m) => m.r0 <= r && r < m.r1)) break;
      titleCount++;
    }
  }
  const titleRows = keptRows.slice(0, titleCount);
  const tableRows = keptRows.slice(titleCount);

  const usedCols = new Set<number>();
  for (const r of tableRows) for (const c of filledCols(r)) usedCols.add(c);
  for (const m of merges) if (m.r1 >= tableRows[0]!) for (let c = m.c0; c <= m.c1; c++) usedCols.add(c);
  const keptCols = [...usedCols].sort((a, b) => a - b);
  const rowIndex = new Map(tableRows.map((r, i) => [r, i]));
  const colIndex = new Map(keptCols.map((c, i) => [c, i]));

  const lines: Line[] = [];
  for (const r of titleRows) {
    const c = filledCols(r)[0]!;
    lines.push({ page, lineNo: r + 1, text: shown(r, c).trim(), kind: 'text' });
  }

  const rawRows: RawCell[][] = [];
  const tableLines: number[] = [];
  for (const r of tableRows) {
    const lineIndex = lines.length; // local; the caller shifts spans by the sheet's first line
    const cells: RawCell[] = [];
    let lineText = '';
    keptCols.forEach((c, i) => {
      if (i > 0) lineText += '\t';
      const raw = shown(r, c);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      const start = lineText.length + lead;
      lineText += raw;
      const cell: RawCell = {
        text: trimmed,
        spans: trimmed ? [{ line: lineIndex, start, end: start + trimmed.length }] : [],
      };
      const m = covered.get(key(r, c));
      if (m && m.r0 === r && m.c0 === c) {
        // Every row and column a merge runs through is kept, so the spans carry over unchanged.
        cell.rowSpan = m.r1 - m.r0 + 1;
        cell.colSpan = m.c1 - m.c0 + 1;
      } else if (m && rowIndex.has(m.r0) && colIndex.has(m.c0)) {
        cell.mergedFrom = [rowIndex.get(m.r0)!, colIndex.get(m.c0)!];
      }
      cells.push(cell);
    });
    lines.push({ page, lineNo: r + 1, text: lineText, kind: 'table-row' });
    tableLines.push(lineIndex);
    rawRows.push(cells);
  }

  const { caption, unitNote } = titleCaption(lines, titleRows.length);
  const headerRows = headerRowsFromMerges(rawRows);
  const table = buildTable(rawRows, {
    id: 0,
    pages: [page],
    caption,
    unitNote,
    origin: 'sheet',
    ...(grid.name !== undefined ? { sheet: grid.name } : {}),
    ...(headerRows !== undefined ? { headerRows } : {}),
  });
  const { id: _id, ...rest } = table;
  return { lines, tableLines, table: rest };
}

/** Caption and unit note from the title lines; a sheet's title above its table is its caption whatever it says. */
function titleCaption(lines: Line[], titleCount: number): { caption: string | null; unitNote: string | null } {
  const found = findCaption(lines, titleCount);
  if (found.caption === null) {
    for (let i = titleCount - 1; i >= 0; i--) {
      const t = lines[i]!.text;
      if (t !== found.unitNote && t.length <= 60 && !/[:：]/.test(t)) return { caption: t, unitNote: found.unitNote };
    }
  }
  return found;
}

/**
 * Header rows told by merges in the top row: a cell merged down over k rows (指标说明 over three rows) makes a
 * k-row header; a cell merged across (评价指标 over 一级/二级/三级指标) makes at least two. Merges inside the
 * header that reach further extend it. Undefined when merges say nothing or what they say is implausible (a
 * number in the "header", or no row left for data); then buildTable detects the header from the text.
 */
export function headerRowsFromMerges(rows: RawCell[][]): number | undefined {
  const top = rows[0];
  if (!top) return undefined;
  let h = 0;
  for (const c of top) {
    if ((c.rowSpan ?? 1) > 1) h = Math.max(h, c.rowSpan!);
    else if ((c.colSpan ?? 1) > 1) h = Math.max(h, 2);
  }
  if (h === 0) return undefined;
  for (let r = 1; r < h && r < rows.length; r++) {
    for (const c of rows[r]!) if (!c.mergedFrom && (c.rowSpan ?? 1) > 1) h = Math.max(h, r + c.rowSpan!);
  }
  if (h > MAX_HEADER_ROWS || h >= rows.length) return undefined;
  for (let r = 0; r < h; r++) if (rows[r]!.some((c) => isNumericText(c.text))) return undefined;
  return h;
}

/** Assemble the document from sheets in workbook order; empty sheets still count as pages. */
export function sheetsDocument(
  grids: SheetGrid[],
  file: string,
  format: Format,
  extra: { encoding?: string; notes?: string[] } = {},
): DocumentModel {
  const lines: Line[] = [];
  const tables: Table[] = [];
  const tableBlocks: Block[] = [];
  grids.forEach((grid, i) => {
    const pieces = sheetPieces(grid, i + 1);
    const offset = lines.length;
    lines.push(...pieces.lines);
    if (pieces.table) {
      const id = tables.length;
      const shift = (rows: Table['rows']) =>
        rows.map((row) => row.map((cell) => ({ ...cell, spans: cell.spans.map((s) => ({ ...s, line: s.line + offset })) })));
      tables.push({ id, ...pieces.table, rows: shift(pieces.table.rows) });
      tableBlocks.push({ kind: 'table', lines: pieces.tableLines.map((l) => l + offset), table: id });
    }
  });
  return {
    file,
    format,
    ...(extra.encoding ? { encoding: extra.encoding } : {}),
    pageCount: grids.length,
    lines,
    blocks: documentBlocks(lines, tableBlocks),
    tables,
    ocr: false,
    notes: extra.notes ?? [],
  };
}
