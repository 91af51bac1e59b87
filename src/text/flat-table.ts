/**
 * Tables whose grid was flattened on the way to text, rebuilt from the lines no other table reader took:
 * - CSV records pasted as lines (csv-lines.ts),
 * - rows on lines with `|` between cells (pipe-rows.ts),
 * - one cell per line closed by `|` (cell-stream.ts, stream-rows.ts), small tables under captions among them,
 * - one cell per line between blank lines, no separator at all (blank-cells.ts).
 * A block of CSV records or pipe rows is split into one table per header row it holds (table-sections.ts).
 */
import type { Line, Table } from '../model/document.js';
import type { RawCell } from './table-grid.js';
import { findPipeBlocks, holdsRowsOnLines } from './pipe-blocks.js';
import { joinSerialRows, pipeRowGroups } from './pipe-rows.js';
import { streamRows } from './cell-stream.js';
import { splitSections, type FlatRow } from './table-sections.js';
import { findBlankCellTables, type BlankCellTable } from './blank-cells.js';
import { withGroupHeadMerged } from './row-alignment.js';
import { findCsvRuns } from './csv-lines.js';

export interface FlatTable {
  lines: number[];
  rows: RawCell[][];
  /** `tab` for CSV records: delimited rows on lines, as tab-separated ones are. */
  origin: Extract<Table['origin'], 'tab' | 'pipe' | 'cells'>;
  /** Set when the reader knows it (a table of form fields has none); detected by buildTable otherwise. */
  headerRows?: number;
  /** A caption the reader found among the cells (经费控制情况(万元)); the lines above are looked at otherwise. */
  caption?: string | null;
}

/** A table needs two rows and two columns with text in them. */
function worthATable(rows: RawCell[][]): boolean {
  const filled = rows.filter((r) => r.some((c) => c.text !== ''));
  const columns = new Set(rows.flatMap((r) => r.flatMap((c, i) => (c.text !== '' ? [i] : []))));
  return filled.length >= 2 && columns.size >= 2;
}

export function findFlatTables(lines: Line[], taken: Set<number>): FlatTable[] {
  const tables: FlatTable[] = [];
  const add = (rows: FlatRow[], origin: FlatTable['origin']) => {
    for (const section of splitSections(rows)) {
      if (!worthATable(section.rows)) continue;
      tables.push({ lines: [...new Set(section.lines)].sort((a, b) => a - b), rows: section.headerRows === 0 ? section.rows : withGroupHeadMerged(section.rows), origin, ...(section.headerRows !== undefined ? { headerRows: section.headerRows } : {}) });
    }
  };
  // CSV first: a quoted field may hold a `|`.
  for (const run of findCsvRuns(lines, taken)) add(run.rows, 'tab');
  const csv = new Set([...taken, ...tables.flatMap((t) => t.lines)]);
  const addCells = (t: BlankCellTable) => {
    if (worthATable(t.rows)) tables.push({ lines: t.lines, rows: t.headerRows ? withGroupHeadMerged(t.rows) : t.rows, origin: 'cells', headerRows: t.headerRows, caption: t.caption });
  };
  for (const block of findPipeBlocks(lines, csv)) {
    if (holdsRowsOnLines(lines, block)) for (const group of pipeRowGroups(lines, block)) add(joinSerialRows(lines, group), 'pipe');
    else {
      const stream = streamRows(lines, block);
      add(stream.rows, 'cells');
      stream.tables.forEach(addCells);
    }
  }
  const used = new Set([...taken, ...tables.flatMap((t) => t.lines)]);
  findBlankCellTables(lines, used).forEach(addCells);
  return tables;
}
