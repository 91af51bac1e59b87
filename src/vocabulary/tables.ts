/**
 * Table rules, driven by header text. Each table is analysed once (column roles, row hierarchy, cell values) so
 * that extraction and the checks (row rates, column sums vs 小计/合计) read the same structure.
 *
 * Facts come from a table only where the table says what the figure is: a row labelled with a subject
 * (一、“三公”经费支出合计 | 全年预算数 → sangong_budget), the total row of a table whose caption names the subject
 * (表1-4 固定资产情况表, 合计 | 原值 → asset_fixed_total), and quarter tables. A project list's rows are kept
 * as table rows for the checks, not as department figures.
 */
import type { Cell, DocumentModel, Table } from '../model/document.js';
import type { Fact } from '../model/audit.js';
import type { MappedText } from '../text/mapped-text.js';
import { columnHeaders } from '../text/table-grid.js';
import { cellText as cachedCellText } from '../text/block-text.js';
import { parentSubjects, type Lexicon, type Measure } from './lexicon.js';
import { readLabel, stripParentheticals, type LabelReading } from './label.js';
import { parseNumber, scanNumbers, type NumberToken } from '../read/numbers.js';
import type { FactFactory } from './index.js';
import { Decimal } from 'decimal.js';

export type RowKind = 'header' | 'repeated' | 'section' | 'item' | 'subtotal' | 'total' | 'empty';
export type ColumnRole = 'label' | 'serial' | 'amount' | 'rate' | 'text';

export interface CellValue {
  token: NumberToken;
  mt: MappedText;
}

export interface RowInfo {
  index: number;
  kind: RowKind;
  label: string;
  /** Hierarchy level from the label's numbering (一、 = 1, （一） = 2, 1. = 3, （1） = 4, ① = 5), or UNNUMBERED. */
  level: number;
  /** The row starts a partial list (其中：…), whose parts need not add up to the parent. */
  partial: boolean;
  values: Map<number, CellValue>;
}

export interface ColumnInfo {
  col: number;
  header: string;
  role: ColumnRole;
  measure: Measure | null;
  quarter: 1 | 2 | 3 | 4 | 'all' | null;
  /** A column whose figures are all one metric (全年平均执行率). */
  metric: string | null;
  /** Money unit scale to 万元 (from 单位：元 / （万元） / the unit note); 1 when unknown. */
  scale: Decimal;
  rawUnit: string;
}

export interface TableAnalysis {
  table: Table;
  headers: string[];
  columns: ColumnInfo[];
  rows: RowInfo[];
  /** Subject named by the caption (固定资产情况表 → asset). */
  captionSubject: string | null;
  facts: Fact[];
  proseCells: Array<{ row: number; col: number; text: MappedText }>;
}

/** A serial column, alone or under a group header (收入 行次, 支出 栏次). */
const SERIAL = /(?:^|\s)(?:序号|行次|栏次|编号|序|No\.?)$/i;
const RATE_HEADER = /率|进度|占比|比例|比重|%|％/;
const TOTAL = /^(?:合\s*计|总\s*计|总\s*额|全部合计|总合计|总计数)$/;
const SUBTOTAL = /^(?:小\s*计)$/;
const CRITERIA_HEADER = /指标说明|评分标准|计分方法|计算公式|指标解释|评分细则|指标内涵|标准/;
/**
 * Row numbering in the order of the 公文 standard (GB/T 9704): 一、 above （一） above 1. above （1） above ①, so
 * （三）公务接待费 after 1.公务用车购置 closes the 1. list instead of joining it.
 */
const LEVELS: Array<[RegExp, number]> = [
  [/^[一二三四五六七八九十]+[、.．]/, 1],
  [/^[（(]\s*[一二三四五六七八九十]{1,2}\s*[）)]/, 2],
  [/^\d{1,2}[.、．](?!\d)/, 3],
  [/^[（(]\s*\d{1,2}\s*[）)]/, 4],
  [/^[①-⑳]/, 5],
];
/** The level of a row without numbering: below every numbered one. */
export const UNNUMBERED = 6;
/** A row numbered only in a 序号 column stands where 1. does. */
const SERIAL_LEVEL = 3;

export function cellText(doc: DocumentModel, cell: Cell): MappedText {
  return cachedCellText(doc, cell);
}

export function moneyScale(text: string | null): { scale: Decimal; unit: string } | null {
  if (!text) return null;
  const m = /(亿元|万元|千元|元)/.exec(text);
  if (!m) return null;
  const unit = m[1]!;
  return { unit, scale: new Decimal(unit === '亿元' ? 10000 : unit === '万元' ? 1 : unit === '千元' ? 0.1 : 0.0001) };
}

/** A cell that holds one figure: `1,234.56`, `95.15%`, `-0.98`, `+0.98`. Placeholders (—, -) hold none. */
export function cellNumber(mt: MappedText): NumberToken | null {
  const t = mt.text.trim();
  if (!/^[-+]?[\d,]+(?:\.\d+)?\s*(?:%|万元|元|亿元|人|分|个)?$/.test(t)) return null;
  const tokens = scanNumbers(t.replace(/^\+/, ' '));
  if (tokens.length !== 1) {
    // Masks (years, list markers) do not apply inside a numeric cell.
    const m = /^([-+]?)([\d,]+(?:\.\d+)?)/.exec(t)!;
    const parsed = parseNumber(m[1] === '-' ? `-${m[2]}` : m[2]!);
    if (!parsed) return null;
    const unit = /%$/.test(t) ? '%' : '';
    return { start: 0, end: t.length, unitEnd: t.length, raw: m[2]!, ...parsed, unit, kind: unit ? 'percent' : 'none', scale: new Decimal(1) };
  }
  const token = tokens[0]!;
  if (t.startsWith('-') && !token.value.isNegative()) {
    token.value = token.value.negated();
  }
  return token;
}

export function rowLevel(label: string): { level: number; partial: boolean; stripped: string } {
  let text = label.trim();
  let partial = false;
  const other = /^其中[:：]?\s*/.exec(text);
  if (other) {
    partial = true;
    text = text.slice(other[0].length);
  }
  for (const [re, level] of LEVELS) {
    const m = re.exec(text);
    // A marker with nothing after it ((10) in a score table's cell) is a number in brackets, not a row's numbering.
    if (m && text.slice(m[0].length).trim()) return { level, partial, stripped: text.slice(m[0].length).trim() };
  }
  // An unnumbered 其中 row is a child of the row above it, not a parent of the rows below.
  return { level: UNNUMBERED, partial, stripped: text };
}

/**
 * An unnumbered row that ends in a colon and is followed by numbered rows (项目支出： then 1、业务工作经费, 2、…) heads
 * them: it stands one level above them, so it closes the list before it instead of becoming the last item's part.
 */
function headGroups(rows: RowInfo[]): void {
  rows.forEach((r, i) => {
    if (r.level !== UNNUMBERED || !/[:：]$/.test(r.label)) return;
    const next = rows.slice(i + 1).find((n) => n.kind !== 'empty');
    if (next && next.level < UNNUMBERED && next.level > 1) r.level = next.level - 1;
  });
}

export function analyseTable(doc: DocumentModel, lex: Lexicon, table: Table): Omit<TableAnalysis, 'facts' | 'proseCells'> {
  const headers = columnHeaders(table);
  const tableUnit = moneyScale(table.unitNote) ?? moneyScale(table.caption);
  const texts = table.rows.map((row) => row.map((cell) => cellText(doc, cell)));
  const numbers = texts.map((row, r) => row.map((mt) => (r < table.headerRows ? null : cellNumber(mt))));

  const columns: ColumnInfo[] = headers.map((header, col) => {
    const dataRows = numbers.slice(table.headerRows).map((row) => row[col]);
    const filled = texts.slice(table.headerRows).map((row) => row[col]!.text.trim()).filter((t) => t !== '' && !/^[-—–－/\\…]+$/.test(t));
    const numeric = dataRows.filter((n) => n !== null).length;
    const percent = dataRows.filter((n) => n?.kind === 'percent').length;
    let role: ColumnRole = 'text';
    const plainHeader = header.replace(/\s+/g, '');
    // A column without a header is a serial one when it counts rows: 1, 2, 3 … (not any column of small integers).
    const counts = dataRows.filter((n): n is NumberToken => n !== null);
    const countsRows = counts.length >= 2 && counts.every((n, i) => n.decimals === 0 && n.value.eq(counts[0]!.value.plus(i)));
    if (SERIAL.test(header.trim()) || SERIAL.test(plainHeader) || (plainHeader === '' && countsRows)) role = 'serial';
    // 得分 (20分*执行率) names a score computed from a rate, not a rate.
    else if (filled.length && numeric >= Math.max(1, filled.length * 0.6)) role = (RATE_HEADER.test(header) && !/得分|分值/.test(header)) || percent > numeric / 2 ? 'rate' : 'amount';
    const reading = readLabel(lex, stripParentheticals(header.replace(/[（(](?:万元|元|亿元|%)[)）]/g, '')));
    const unit = moneyScale(header) ?? tableUnit;
    return {
      col,
      header,
      role,
      measure: reading.measure,
      quarter: typeof reading.quarter === 'number' || reading.quarter === 'all' ? (reading.quarter as ColumnInfo['quarter']) : null,
      metric: reading.metric,
      scale: unit?.scale ?? new Decimal(1),
      rawUnit: unit?.unit ?? '',
    };
  });
  const labelCol = columns.find((c) => c.role === 'text')?.col ?? 0;
  if (columns[labelCol]) columns[labelCol]!.role = 'label';

  const rows: RowInfo[] = table.rows.map((row, r) => {
    const values = new Map<number, CellValue>();
    if (r >= table.headerRows) {
      row.forEach((_, c) => {
        const token = numbers[r]![c];
        if (token && columns[c]!.role !== 'serial' && columns[c]!.role !== 'label') values.set(c, { token, mt: texts[r]![c]! });
      });
    }
    // The label: the label column, or the first text cell when that is empty (一、履职类项目 in the 序号 column).
    let label = texts[r]![labelCol]!.text.trim();
    if (label === '') label = texts[r]!.map((t) => t.text.trim()).find((t, c) => t !== '' && columns[c]!.role !== 'amount' && columns[c]!.role !== 'rate' && !numbers[r]![c]) ?? '';
    const { level, partial, stripped } = rowLevel(label);
    const serialCol = columns.find((c) => c.role === 'serial');
    const hasSerial = serialCol !== undefined && numbers[r]![serialCol.col] !== null;
    let kind: RowKind;
    if (r < table.headerRows) kind = 'header';
    else if (table.repeatedHeaderRows.includes(r)) kind = 'repeated';
    // 栏次 | | 1 | 栏次 | | 2: the columns' numbers, part of the header.
    else if (/^[栏行]次$/.test(stripped.replace(/\s+/g, ''))) kind = 'repeated';
    else if (TOTAL.test(stripped.replace(/\s+/g, ''))) kind = 'total';
    else if (SUBTOTAL.test(stripped.replace(/\s+/g, ''))) kind = 'subtotal';
    else if (values.size === 0) kind = label === '' ? 'empty' : 'section';
    else kind = 'item';
    return { index: r, kind, label: stripped, level: hasSerial && level === UNNUMBERED ? SERIAL_LEVEL : level, partial, values };
  });
  headGroups(rows);

  const caption = table.caption ? readLabel(lex, stripParentheticals(table.caption.replace(/^表\s*[\d一二三四五六七八九十]+(?:\s*[-—.．]\s*\d+)?/, ''))) : null;
  const captionSubject = caption?.subject ?? null;
  return { table, headers, columns, rows, captionSubject };
}

function quarterOf(reading: LabelReading): 1 | 2 | 3 | 4 | null {
  return typeof reading.quarter === 'number' ? reading.quarter : null;
}

export function readTables(doc: DocumentModel, lex: Lexicon, factory: FactFactory, skip: Set<number>): TableAnalysis[] {
  const out: TableAnalysis[] = [];
  for (const table of doc.tables) {
    if (skip.has(table.id)) continue;
    const shape = analyseTable(doc, lex, table);
    const facts: Fact[] = [];
    const proseCells: TableAnalysis['proseCells'] = [];
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
      const found: Array<{ col: number; metric: string; fact: Fact }> = [];
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
        const fact = factory.fromToken(value.mt, token as NumberToken, metric, row.label, [0, value.mt.text.length], 'table', false, {
          id: table.id,
          row: row.index,
          col,
        });
        // Quote the whole row, so a reader sees label, header and value together.
        fact.location.quote = rowQuote(shape, row.index);
        if (rowReading.scope) fact.scope = rowReading.scope;
        found.push({ col, metric, fact });
      }
      // Two columns read as the same metric (指标金额 and 计划金额 both as the plan): the table does not say which.
      for (const f of found) if (found.filter((o) => o.metric === f.metric).length === 1) facts.push(f.fact);
      // Free text cells with figures (扣分情况说明) are read like prose; criteria columns are rules, not facts.
      row.index >= table.headerRows &&
        table.rows[row.index]!.forEach((cell, col) => {
          if (row.values.has(col) || CRITERIA_HEADER.test(shape.headers[col] ?? '')) return;
          const mt = cellText(doc, cell);
          if (mt.text.length >= 8 && /\d/.test(mt.text)) proseCells.push({ row: row.index, col, text: mt });
        });
    }
    out.push({ ...shape, facts, proseCells });
  }
  return out;
}

export function rowQuote(shape: Pick<TableAnalysis, 'table' | 'headers'>, row: number): string {
  const cells = shape.table.rows[row]!.map((c) => c.text.replace(/\s+/g, ' ').trim());
  return cells.filter((t) => t !== '').join(' | ').slice(0, 200);
}
