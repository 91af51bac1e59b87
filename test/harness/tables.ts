/** Read a text report's tables the way table rules do: a cell by its row label and its column header. */
import { expect } from 'vitest';
import { textDocument } from '../../src/ingest/text.js';
import { columnHeaders } from '../../src/text/table-grid.js';
import { cellKey } from '../../src/text/cell-kind.js';
import type { DocumentModel, Table } from '../../src/model/document.js';

export const readText = (text: string, file = 'case.txt'): DocumentModel => textDocument(text, file, 'txt');

/** The first row with a cell reading `label` (normalised: 預(yù)算 = 预算, spaces ignored), header rows aside. */
function rowOf(table: Table, label: string): Table['rows'][number] | undefined {
  return table.rows.find((row, r) => r >= table.headerRows && row.some((c) => cellKey(c.text) === cellKey(label)));
}

/** The text of the cell in row `label` under column `header`, from the first table that has both; undefined if none. */
export function cellAt(doc: DocumentModel, label: string, header: string): string | undefined {
  for (const table of doc.tables) {
    const col = columnHeaders(table).findIndex((h) => cellKey(h) === cellKey(header));
    const row = rowOf(table, label);
    if (col >= 0 && row) return row[col]!.text;
  }
  return undefined;
}

/** The cells of row `label` in the first table that has it, from its first non-empty cell on. */
export function rowCells(doc: DocumentModel, label: string): string[] | undefined {
  for (const table of doc.tables) {
    const row = rowOf(table, label);
    if (row) return row.slice(row.findIndex((c) => c.text !== '')).map((c) => c.text);
  }
  return undefined;
}

/** Every character of every cell comes from its spans: the spans' text, white space aside, is the cell's text. */
export function expectCellsTraceable(doc: DocumentModel): void {
  for (const table of doc.tables) {
    for (const cell of table.rows.flat()) {
      const printed = cell.spans.map((s) => doc.lines[s.line]!.text.slice(s.start, s.end)).join('');
      expect(printed.replace(/\s+/g, '')).toBe(cell.text.replace(/\s+/g, ''));
      for (const s of cell.spans) expect(doc.lines[s.line]!.text.slice(s.start, s.end)).toBe(doc.lines[s.line]!.text.slice(s.start, s.end).trim());
    }
  }
}
