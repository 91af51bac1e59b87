/**
 * The one document model every format adapter produces and every extractor reads.
 *
 * Text lives in `lines`: each line keeps the text exactly as extracted, with its page (paged formats) and its
 * 1-based number on that page. Everything else points into lines: a block lists line indices, a table cell lists
 * spans `{line, start, end}` (UTF-16 offsets into `lines[line].text`). So every character a fact or a flag quotes
 * is traceable to file, page, line and offset, whatever the format. Plain JSON-serialisable data, no classes.
 */

export const FORMATS = ['txt', 'md', 'html', 'docx', 'doc', 'pdf', 'xlsx', 'xls', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** How a line takes part in the reading flow. `running` = running header/footer/page number: kept for provenance, not read. */
export type LineKind = 'text' | 'heading' | 'table-row' | 'running';

export interface Line {
  /** 1-based page for paged formats (PDF), null otherwise. */
  page: number | null;
  /** 1-based line number within the page, or within the document when unpaged. */
  lineNo: number;
  /** The text as extracted (not normalised). Table rows of structured formats are their cells joined by a tab. */
  text: string;
  kind: LineKind;
  /** True when the text came from OCR (digits may be misread). */
  ocr?: boolean;
}

/** A character range `[start, end)` of one line. */
export interface Span {
  line: number;
  start: number;
  end: number;
}

export interface Cell {
  /** The cell text as printed, multi-line cells joined without a separator between CJK characters. */
  text: string;
  /** Where the text is; several spans when a cell wraps over lines. Empty for empty or covered cells. */
  spans: Span[];
  rowSpan: number;
  colSpan: number;
  /** For a cell covered by a merged cell: the [row, col] of the anchor cell. Its text is empty so nothing is counted twice. */
  mergedFrom?: [number, number];
}

export interface Table {
  id: number;
  /** Pages the table spans (stitched tables span several). Empty for unpaged formats. */
  pages: number[];
  /** Caption such as `表 2 公用经费控制情况表`, from the line just above the table, if any. */
  caption: string | null;
  /** Unit note such as `单位：万元` / `金额单位：万元` near the table, if any. */
  unitNote: string | null;
  /** Number of leading header rows in `rows`. */
  headerRows: number;
  /** Rectangular grid: every row has the same number of cells. */
  rows: Cell[][];
  /** Indices of rows that repeat the header on a later page (kept for provenance, skipped by rules). */
  repeatedHeaderRows: number[];
  /**
   * How the table was found: tab-separated lines, rows with `|` between cells (Markdown or not), space-aligned
   * columns, text flattened to one cell per line (`cells`), HTML/Word markup, PDF positions, a spreadsheet.
   */
  origin: 'tab' | 'pipe' | 'spaces' | 'cells' | 'markup' | 'layout' | 'sheet';
  /** Sheet name for spreadsheets. */
  sheet?: string;
}

export interface Block {
  kind: 'paragraph' | 'heading' | 'table';
  /** Line indices in reading order. For paragraphs of wrapped text, the lines the paragraph was joined from. */
  lines: number[];
  /** For table blocks: index into `tables`. */
  table?: number;
}

export interface DocumentModel {
  file: string;
  format: Format;
  /** For decoded text: the encoding decision and why (`utf-8`, `utf-8-bom`, `gb18030`, `utf-16le-bom`, …). */
  encoding?: string;
  /** Page count for paged formats, null otherwise. */
  pageCount: number | null;
  lines: Line[];
  blocks: Block[];
  tables: Table[];
  /** True when any page was read by OCR. */
  ocr: boolean;
  /** Notes on how the document was read (e.g. pages sent to OCR), shown in the audit. */
  notes: string[];
}

export function emptyCell(): Cell {
  return { text: '', spans: [], rowSpan: 1, colSpan: 1 };
}

/** The page and line number a reader sees for a line index. */
export function lineRef(doc: DocumentModel, line: number): { page: number | null; line: number } {
  const l = doc.lines[line];
  return { page: l?.page ?? null, line: l?.lineNo ?? 0 };
}
