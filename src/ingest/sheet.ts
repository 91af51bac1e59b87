/**
 * Spreadsheet reports: .xlsx/.xlsm and .xls through SheetJS, .csv through our own parser (see csv-parse.ts).
 * Every sheet becomes one table (origin 'sheet'); see sheet-grid.ts for the provenance convention.
 *
 * SheetJS is read with safe options only: no formula evaluation (it has none; we keep formula text off too),
 * no HTML, no styles, no VBA, a row cap. Numbers are taken as displayed (`w`: the cached value formatted by
 * the cell's number format), so 5.00 stays 5.00 and 99.77% stays 99.77%; formula cells give their cached value.
 */
import * as XLSX from 'xlsx';
import * as cptable from 'xlsx/dist/cpexcel.full.mjs';
import type { DocumentModel, Format } from '../model/document.js';
import { IngestError, msg } from '../model/status.js';
import { defineMessages } from '../i18n/messages.js';
import type { Message } from '../model/status.js';
import type { Adapter, IngestOptions } from './adapter.js';
import { assertSafeZip } from './zip-guard.js';
import { decodeText } from './encoding.js';
import { parseCsv } from '../text/csv-parse.js';
import { SheetTooLarge, sheetsDocument, type GridRange, type SheetGrid } from './sheet-grid.js';

// Excel 95 and older .xls keep text in the file's code page (936 = GBK for Chinese); the ESM build of SheetJS
// decodes code pages only once given the tables.
XLSX.set_cptable(cptable);

/** Rows read per sheet. Budget-performance workbooks have dozens to a few thousand. */
export const MAX_SHEET_ROWS = 100_000;
/** Columns per sheet. */
export const MAX_SHEET_COLS = 1_000;
/** Non-empty cells in the whole workbook. */
export const MAX_CELLS = 2_000_000;
/** Sheets per workbook. */
export const MAX_SHEETS = 500;

defineMessages({
  'sheet-corrupt': {
    zh: '电子表格文件已损坏或不是有效的 {format} 文件（{detail}）。请用 Excel 或 WPS 打开并另存后重试。',
    en: 'The spreadsheet is damaged or not a valid {format} file ({detail}). Open it in Excel or WPS, save it again and retry.',
  },
  'sheet-encrypted': {
    zh: '电子表格设有打开密码，无法读取。请取消密码保护后重试。',
    en: 'The spreadsheet is password-protected and cannot be read. Remove the password and retry.',
  },
  'sheet-too-large': {
    zh: '电子表格过大（{detail}），超出读取上限，未读取。请只保留报告相关的工作表后重试。',
    en: 'The spreadsheet is too large ({detail}) and was not read. Keep only the sheets of the report and retry.',
  },
  'sheet-empty': {
    zh: '电子表格中没有任何内容。',
    en: 'The spreadsheet has no content.',
  },
  'note-sheet-hidden': { zh: '隐藏的工作表“{sheet}”也已读取。', en: 'Hidden sheet "{sheet}" was read too.' },
  'note-formula-no-value': {
    zh: '工作表“{sheet}”有 {count} 个公式单元格没有保存计算结果，按空白处理；请在 Excel 中重新计算并保存。',
    en: 'Sheet "{sheet}" has {count} formula cells without a saved result, read as empty; recalculate and save in Excel.',
  },
  'note-rows-not-read': {
    zh: '工作表“{sheet}”声明有 {declared} 行，只读取了前 {max} 行。',
    en: 'Sheet "{sheet}" declares {declared} rows; only the first {max} were read.',
  },
  'note-csv-unterminated': {
    zh: 'CSV 文件末尾有未闭合的引号，最后一个字段可能不完整。',
    en: 'The CSV file ends inside a quoted field; the last field may be incomplete.',
  },
});

/** Notes are strings in the document model: a JSON-encoded Message, as the PDF adapter writes them. */
function note(message: Message): string {
  return JSON.stringify(message);
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** SheetJS reads anything (random bytes become a one-cell text sheet), so the container is checked first. */
function readWorkbook(bytes: Buffer, format: Format): XLSX.WorkBook {
  try {
    return XLSX.read(bytes, {
      type: 'buffer',
      dense: true,
      cellFormula: true, // formula text only, to tell cells without a cached value; nothing is evaluated
      cellHTML: false,
      cellStyles: false,
      cellNF: false,
      cellDates: false,
      // Built-in format 14 is "the system short date": Chinese Excel shows 2022/5/8, not SheetJS's 5/8/22.
      dateNF: 'yyyy/m/d',
      bookVBA: false,
      bookDeps: false,
      WTF: false,
      sheetRows: MAX_SHEET_ROWS + 1,
    });
  } catch (error) {
    throw classify(error, format);
  }
}

function classify(error: unknown, format: Format): IngestError {
  if (error instanceof IngestError) return error;
  const text = errorText(error);
  if (/password|encrypt/i.test(text)) return new IngestError('encrypted', msg('sheet-encrypted'));
  return new IngestError('failed', msg('sheet-corrupt', { format, detail: text }));
}

/** SheetJS sometimes throws strings or objects rather than Errors. */
function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error);
  return (text ?? 'unknown error').slice(0, 120);
}

/** Displayed text of a SheetJS cell: the formatted cached value where there is one. */
function displayText(cell: XLSX.CellObject | undefined): string | undefined {
  if (!cell || cell.t === 'z') return undefined;
  if (cell.w !== undefined) return cell.w;
  if (cell.v === undefined || cell.v === null) return undefined;
  if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE';
  if (cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  return String(cell.v);
}

function workbookGrids(wb: XLSX.WorkBook, notes: string[]): SheetGrid[] {
  if (wb.SheetNames.length > MAX_SHEETS) {
    throw new IngestError('too-large', msg('sheet-too-large', { detail: `${wb.SheetNames.length} sheets` }));
  }
  let cellCount = 0;
  return wb.SheetNames.map((name, index) => {
    const ws = wb.Sheets[name];
    if (wb.Workbook?.Sheets?.[index]?.Hidden) notes.push(note(msg('note-sheet-hidden', { sheet: name })));
    const data = (ws?.['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
    if (data.length > MAX_SHEET_ROWS && data.slice(MAX_SHEET_ROWS).some((row) => row?.some((c) => displayText(c)?.trim()))) {
      throw new IngestError('too-large', msg('sheet-too-large', { detail: `"${name}" > ${MAX_SHEET_ROWS} rows` }));
    }
    const full = ws?.['!fullref'] ? XLSX.utils.decode_range(ws['!fullref']) : null;
    if (full && full.e.r + 1 > MAX_SHEET_ROWS) {
      notes.push(note(msg('note-rows-not-read', { sheet: name, declared: full.e.r + 1, max: MAX_SHEET_ROWS })));
    }
    const cells: (string | undefined)[][] = [];
    let noValue = 0;
    for (let r = 0; r < Math.min(data.length, MAX_SHEET_ROWS); r++) {
      const row = data[r];
      if (!row) continue;
      const out: (string | undefined)[] = [];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        const t = displayText(cell);
        if (t === undefined) {
          if (cell?.f !== undefined && cell.v === undefined) noValue++;
          continue;
        }
        if (t.trim() === '') continue;
        if (c >= MAX_SHEET_COLS) {
          throw new IngestError('too-large', msg('sheet-too-large', { detail: `"${name}" > ${MAX_SHEET_COLS} columns` }));
        }
        if (++cellCount > MAX_CELLS) throw new IngestError('too-large', msg('sheet-too-large', { detail: `> ${MAX_CELLS} cells` }));
        out[c] = t;
      }
      cells[r] = out;
    }
    if (noValue > 0) notes.push(note(msg('note-formula-no-value', { sheet: name, count: noValue })));
    const merges: GridRange[] = (ws?.['!merges'] ?? []).map((m) => ({ r0: m.s.r, c0: m.s.c, r1: m.e.r, c1: m.e.c }));
    return { name, cells, merges };
  });
}

function toDocument(grids: SheetGrid[], path: string, format: Format, extra: { encoding?: string; notes: string[] }): DocumentModel {
  let doc: DocumentModel;
  try {
    doc = sheetsDocument(grids, path, format, extra);
  } catch (error) {
    if (error instanceof SheetTooLarge) throw new IngestError('too-large', msg('sheet-too-large', { detail: error.message }));
    throw error;
  }
  if (doc.lines.length === 0) throw new IngestError('empty', msg('sheet-empty'));
  return doc;
}

function readBinaryWorkbook(bytes: Buffer, path: string, format: Format, options: IngestOptions): DocumentModel {
  if (startsWith(bytes, ZIP_MAGIC)) {
    // SheetJS inflates every zip entry in memory: refuse bombs before it sees the file.
    assertSafeZip(bytes, options.limits);
  } else if (!startsWith(bytes, CFB_MAGIC)) {
    throw new IngestError('failed', msg('sheet-corrupt', { format, detail: 'not a zip or OLE container' }));
  } else if (isEncryptedOle(bytes, format)) {
    throw new IngestError('encrypted', msg('sheet-encrypted'));
  }
  const notes: string[] = [];
  const grids = workbookGrids(readWorkbook(bytes, format), notes);
  return toDocument(grids, path, format, { notes });
}

/**
 * Office puts a password-protected .xlsx in an OLE container with these streams; SheetJS's own errors for them
 * vary (sometimes a bare string), so we look first. (A protected BIFF .xls has a FILEPASS record instead, which
 * SheetJS reports as "File is password-protected".)
 */
function isEncryptedOle(bytes: Buffer, format: Format): boolean {
  let container: unknown;
  try {
    container = XLSX.CFB.read(bytes, { type: 'buffer' });
  } catch (error) {
    throw new IngestError('failed', msg('sheet-corrupt', { format, detail: errorText(error) }));
  }
  return Boolean(XLSX.CFB.find(container, 'EncryptedPackage') || XLSX.CFB.find(container, 'EncryptionInfo'));
}

/** Delimited text (a .csv, or tab-separated text saved as .xls as many download pages do). */
function readDelimited(bytes: Buffer, path: string, format: Format): DocumentModel {
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') throw new IngestError('empty', msg('empty-file'));
  const parsed = parseCsv(text, { maxRows: MAX_SHEET_ROWS });
  if (parsed.truncated) throw new IngestError('too-large', msg('sheet-too-large', { detail: `> ${MAX_SHEET_ROWS} rows` }));
  const notes: string[] = [];
  if (parsed.unterminatedQuote) notes.push(note(msg('note-csv-unterminated')));
  let cellCount = 0;
  for (const row of parsed.rows) {
    if (row.length > MAX_SHEET_COLS) throw new IngestError('too-large', msg('sheet-too-large', { detail: `> ${MAX_SHEET_COLS} columns` }));
    cellCount += row.length;
  }
  if (cellCount > MAX_CELLS) throw new IngestError('too-large', msg('sheet-too-large', { detail: `> ${MAX_CELLS} cells` }));
  return toDocument([{ cells: parsed.rows, merges: [] }], path, format, { encoding, notes });
}

const XML_START = /^\s*<\?xml/;

export const xlsxAdapter: Adapter = {
  format: 'xlsx',
  async read(bytes, path, options) {
    return readBinaryWorkbook(bytes, path, 'xlsx', options);
  },
};

export const xlsAdapter: Adapter = {
  format: 'xls',
  async read(bytes, path, options) {
    if (startsWith(bytes, CFB_MAGIC) || startsWith(bytes, ZIP_MAGIC)) return readBinaryWorkbook(bytes, path, 'xls', options);
    // Excel 2003 XML: SheetJS reads it; it has no zip to guard and no formulas we evaluate.
    const head = bytes.subarray(0, 512).toString('latin1');
    if (XML_START.test(head) && /urn:schemas-microsoft-com:office:spreadsheet/.test(bytes.subarray(0, 4096).toString('latin1'))) {
      const notes: string[] = [];
      return toDocument(workbookGrids(readWorkbook(bytes, 'xls'), notes), path, 'xls', { notes });
    }
    // Text with tabs or commas named .xls (web exports do this); binary junk is not a workbook.
    const sample = bytes.subarray(0, 8192);
    if (sample.includes(0) && !(sample[0] === 0xff || sample[0] === 0xfe)) {
      throw new IngestError('failed', msg('sheet-corrupt', { format: 'xls', detail: 'not an Excel file' }));
    }
    return readDelimited(bytes, path, 'xls');
  },
};

export const csvAdapter: Adapter = {
  format: 'csv',
  async read(bytes, path) {
    if (bytes.length === 0) throw new IngestError('empty', msg('empty-file'));
    return readDelimited(bytes, path, 'csv');
  },
};
