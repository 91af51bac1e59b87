/**
 * Tables exported as CSV and pasted into a text report, one record a line:
 *
 *     "项目资金(万元)","","年初预算数","全年预算数","全年执行数","分值","执行率","得分",""
 *     "","年度资金总额","1,200.00","1,465.30","1,418.92","10","96.84%","9.68",""
 *
 * Records are read by the CSV reader of .csv files (csv-parse.ts): a comma inside quotes belongs to the field
 * (`"1,200.00"` is one number), `""` is an empty cell and keeps its column, a quoted field may run over lines.
 * A cell's span is the text inside its quotes.
 *
 * Prose has commas too (ASCII ones, in text converted from PDF), so a line is a record only when it is written as
 * RFC 4180 writes it (no stray quote: `"十四五"规划,…` is prose), and, unquoted, holds three or more short
 * cells without sentence punctuation. A run of at least two records with the same number of fields is a table
 * when one of them has a quoted field or an empty one before its last (`,,`: prose ends a line with a comma, it
 * does not double one).
 */
import type { Line } from '../model/document.js';
import { readRecord, type CsvField } from './csv-parse.js';
import type { RawCell } from './table-grid.js';
import { joinCells, sliceCell } from './raw-cell.js';
import type { FlatRow } from './table-sections.js';

/** A quoted field may hold line breaks; a record running over more lines than this is none. */
const MAX_RECORD_LINES = 5;
/** An unquoted cell longer than this, or with sentence punctuation, is prose cut at its commas. */
const MAX_CELL = 40;
const SENTENCE = /[。；;！？!?]/;

interface CsvLine {
  row: FlatRow;
  fields: number;
  /** A quoted field or an empty one: no prose is written so. */
  marked: boolean;
}

/** The cell of a field: its characters on each line it covers, trimmed, joined as a wrapped cell is. */
function fieldCell(field: CsvField, at: (offset: number) => { line: number; start: number; text: string }): RawCell {
  const parts: RawCell[] = [];
  for (const [start, end] of field.pieces) {
    // A piece inside quotes may cross a line break: one part per line.
    for (let from = start; from < end; ) {
      const where = at(from);
      const stop = Math.min(end, from + (where.text.length - where.start));
      const piece = sliceCell(where.line, where.text, where.start, where.start + (stop - from));
      const prev = parts[parts.length - 1];
      // Pieces of one line (around a `""`) meet without a separator.
      if (prev && piece.text && prev.spans[prev.spans.length - 1]?.line === where.line) {
        parts[parts.length - 1] = { text: prev.text + piece.text, spans: [...prev.spans, ...piece.spans] };
      } else if (piece.text) parts.push(piece);
      from = stop + 1;
    }
  }
  return joinCells(parts);
}

/** The record starting at line `l`, or null when the line is no CSV record. */
function recordAt(lines: Line[], l: number, usable: (i: number) => boolean): CsvLine | null {
  // White space at the end of a line (pasted text has it) is no part of its last field.
  const text = (k: number) => lines[k]!.text.trimEnd();
  if (!text(l).includes(',')) return null;
  let joined = '';
  const starts: number[] = [];
  for (let k = l; k < l + MAX_RECORD_LINES && usable(k); k++) {
    starts.push(joined.length);
    joined += `${text(k)}\n`;
    if (k === l && !text(l).includes('"')) break;
  }
  const record = readRecord(joined, ',', text(l).length - text(l).trimStart().length);
  if (record.unterminatedQuote || record.fields.length < 2 || record.fields.some((f) => !f.strict)) return null;
  const used = starts.filter((s) => s < record.next).length;
  const at = (offset: number) => {
    let k = used - 1;
    while (starts[k]! > offset) k--;
    return { line: l + k, start: offset - starts[k]!, text: text(l + k) };
  };
  const cells = record.fields.map((f) => fieldCell(f, at));
  const quoted = record.fields.some((f) => f.quoted);
  // An empty field before the last one (`,,`, a leading comma): prose ends a line with a comma, never doubles one.
  const empty = cells.slice(0, -1).some((c) => c.text === '');
  if (!quoted && (cells.length < 3 || cells.some((c) => c.text.length > MAX_CELL || SENTENCE.test(c.text)))) return null;
  return {
    row: { cells, lines: Array.from({ length: used }, (_, k) => l + k) },
    fields: record.fields.length,
    marked: quoted || empty,
  };
}

export interface CsvRun {
  rows: FlatRow[];
  lines: number[];
}

/** Runs of CSV records with the same number of fields among the lines not `taken`. */
export function findCsvRuns(lines: Line[], taken: Set<number>): CsvRun[] {
  const usable = (i: number) => i >= 0 && i < lines.length && !taken.has(i) && lines[i]!.kind !== 'running';
  const blank = (i: number) => i < lines.length && (lines[i]!.kind === 'running' || lines[i]!.text.trim() === '');
  const runs: CsvRun[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = usable(i) ? recordAt(lines, i, usable) : null;
    if (!first) {
      i++;
      continue;
    }
    const records = [first];
    let j = first.row.lines[first.row.lines.length - 1]! + 1;
    for (;;) {
      // Blank lines between records of one table (a page break, a spaced export) do not end it.
      let k = j;
      while (k < lines.length && !taken.has(k) && blank(k)) k++;
      const next = usable(k) ? recordAt(lines, k, usable) : null;
      if (!next || next.fields !== first.fields) break;
      records.push(next);
      j = next.row.lines[next.row.lines.length - 1]! + 1;
    }
    if (records.length >= 2 && records.some((r) => r.marked)) {
      runs.push({ rows: records.map((r) => r.row), lines: records.flatMap((r) => r.row.lines) });
    }
    i = j;
  }
  return runs;
}
