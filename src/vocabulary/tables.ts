/**
 * Table rules, driven by header text. Each table is analysed once (column roles, row hierarchy, cell values) so
 * that the vocabulary and the rules (row rates, column sums vs 小计/合计) read the same structure.
 *
 * A table's numbers are named only where the table says what the figure is: a row labelled with a subject
 * (一、“三公”经费支出合计 | 全年预算数 → sangong_budget), the total row of a table whose caption names the subject
 * (表1-4 固定资产情况表, 合计 | 原值 → asset_fixed_total), and quarter tables. A project list's rows are kept
 * as table rows for the checks, not as department figures.
 */
import type { DocumentModel } from '../model/document.js';
import type { MappedText } from '../text/mapped-text.js';
import { metricUnit, parentSubjects, type Lexicon, type Measure } from './lexicon.js';
import { readLabel, stripParentheticals, type LabelReading } from './label.js';
import type { NumberToken } from '../read/numbers.js';
import { locateNumber } from '../read/layout.js';
import { cellText, moneyScale, RATE_HEADER, CRITERIA_HEADER, rowQuote, tableRows, type ColumnInfo, type TableRows } from '../read/table-rows.js';
import { nameNumber, type MetricNaming, type NamingPlace } from './naming.js';
import { Decimal } from 'decimal.js';

/** What the vocabulary reads in a column header: the measure (预算, 决算), the quarter, a whole metric. */
export interface ColumnReading extends ColumnInfo {
  measure: Measure | null;
  quarter: 1 | 2 | 3 | 4 | 'all' | null;
  /** A column whose figures are all one metric (全年平均执行率). */
  metric: string | null;
}

/** A table's structure with the vocabulary's reading of its headers and caption. */
export interface TableAnalysis extends Omit<TableRows, 'columns'> {
  columns: ColumnReading[];
  /** Subject named by the caption (固定资产情况表 → asset). */
  captionSubject: string | null;
}

/** What the vocabulary read in one table: its analysis, the numbers it named, and the cells of free text. */
export interface TableReading {
  analysis: TableAnalysis;
  namings: MetricNaming[];
  /** Cells of free text with figures (扣分情况说明, 偏差原因), to be read like prose. */
  proseCells: Array<{ row: number; col: number; text: MappedText }>;
}

export function analyseTable(doc: DocumentModel, lex: Lexicon, table: TableRows['table']): TableAnalysis {
  const rows = tableRows(doc, table);
  const columns = rows.columns.map((c): ColumnReading => {
    const reading = readLabel(lex, stripParentheticals(c.header.replace(/[（(](?:万元|元|亿元|%)[)）]/g, '')));
    return {
      ...c,
      measure: reading.measure,
      quarter: typeof reading.quarter === 'number' || reading.quarter === 'all' ? (reading.quarter as ColumnReading['quarter']) : null,
      metric: reading.metric,
    };
  });
  const caption = table.caption ? readLabel(lex, stripParentheticals(table.caption.replace(/^表\s*[\d一二三四五六七八九十]+(?:\s*[-—.．]\s*\d+)?/, ''))) : null;
  return { ...rows, columns, captionSubject: caption?.subject ?? null };
}

function quarterOf(reading: LabelReading): 1 | 2 | 3 | 4 | null {
  return typeof reading.quarter === 'number' ? reading.quarter : null;
}

/** The tables not in `skip`, in order; `placeOf` gives the place of a table's row. */
export function readTables(doc: DocumentModel, lex: Lexicon, skip: Set<number>, placeOf: (table: number, row: number) => NamingPlace): TableReading[] {
  const out: TableReading[] = [];
  for (const table of doc.tables) {
    if (skip.has(table.id)) continue;
    const shape = analyseTable(doc, lex, table);
    const namings: MetricNaming[] = [];
    const proseCells: TableReading['proseCells'] = [];
    const quarterColumns = shape.columns.filter((c) => typeof c.quarter === 'number').length >= 2;
    // A table whose rows are parts of one subject (基本支出, 项目支出 → the total) names its 合计 row by them.
    const parents = parentSubjects(lex);
    const itemParents = shape.rows
      .filter((r) => r.kind === 'item')
      .map((r) => parents.get(readLabel(lex, stripParentheticals(r.label)).subject ?? '') ?? null)
      .filter((p): p is string => p !== null);
    const totalSubject = shape.captionSubject ?? (itemParents.length >= 2 && itemParents.every((p) => p === itemParents[0]) ? itemParents[0]! : null);
    const quarterRows = shape.rows.filter((r) => quarterOf(readLabel(lex, r.label)) !== null).length >= 2;
    for (const row of shape.rows) {
      if (row.kind === 'header' || row.kind === 'repeated') continue;
      const rowReading = readLabel(lex, stripParentheticals(row.label.replace(/[（(](?:万元|元|亿元|%)[)）]/g, '')));
      const rowUnit = moneyScale(row.label);
      const found: MetricNaming[] = [];
      for (const [col, value] of row.values) {
        const column = shape.columns[col]!;
        let metric: string | null = null;
        if (column.metric && (value.token.kind === 'percent' || column.role === 'rate')) metric = column.metric;
        else if (quarterColumns && typeof column.quarter === 'number') {
          metric = lex.map.get(`q${column.quarter}|${rowReading.measure ?? 'none'}`) ?? null;
        } else if (quarterRows && quarterOf(rowReading)) {
          metric = lex.map.get(`q${quarterOf(rowReading)}|${column.measure ?? 'none'}`) ?? null;
        } else if (rowReading.metric && !rowReading.blocked && !rowReading.rejected) {
          metric = rowReading.metric;
        } else {
          // A row label with words after its subject names a line item (公用经费综合定额), not the subject.
          const subject = rowReading.subject ?? (row.kind === 'total' ? totalSubject : null);
          if (subject && !rowReading.blocked && !rowReading.specific && !rowReading.rejected) {
            const measure = column.measure ?? (column.role === 'rate' ? 'rate' : null) ?? rowReading.measure;
            metric = lex.map.get(`${subject}|${measure ?? 'none'}`) ?? lex.map.get(`${subject}|none`) ?? null;
          }
        }
        if (!metric) continue;
        const def = lex.metrics.get(metric)!;
        const token = { ...value.token };
        if (def.unit === 'money') {
          if (token.kind !== 'none' && token.kind !== 'money') continue;
          const unit = rowUnit ?? (column.rawUnit ? { unit: column.rawUnit, scale: column.scale } : null);
          token.scale = unit?.scale ?? new Decimal(1);
          token.unit = token.kind === 'money' ? token.unit : (unit?.unit ?? '');
          token.kind = 'money';
        } else if (def.unit === 'percent') {
          if (token.kind !== 'percent' && !(token.kind === 'none' && (column.role === 'rate' || RATE_HEADER.test(row.label)))) continue;
        } else if (def.unit === 'people') {
          if (token.decimals !== 0) continue;
        }
        const number = locateNumber(doc, value.mt, token as NumberToken, [0, value.mt.text.length], metricUnit(lex, metric), { id: table.id, row: row.index, col });
        // Quote the whole row, so a reader sees label, header and value together.
        number.location.quote = rowQuote(shape, row.index);
        found.push(nameNumber(lex, metric, number, { key: row.label, reader: 'table', scope: rowReading.scope }, placeOf(table.id, row.index)));
      }
      // Two columns read as the same metric (指标金额 and 计划金额 both as the plan): the table does not say which.
      for (const f of found) if (found.filter((o) => o.metric === f.metric).length === 1) namings.push(f);
      // Free text cells with figures (扣分情况说明) are read like prose; criteria columns are rules, not figures.
      row.index >= table.headerRows &&
        table.rows[row.index]!.forEach((cell, col) => {
          if (row.values.has(col) || CRITERIA_HEADER.test(shape.headers[col] ?? '')) return;
          const mt = cellText(doc, cell);
          if (mt.text.length >= 8 && /\d/.test(mt.text)) proseCells.push({ row: row.index, col, text: mt });
        });
    }
    out.push({ analysis: shape, namings, proseCells });
  }
  return out;
}
