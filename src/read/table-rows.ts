/**
 * The structure of a table, read once: which column is the label, a serial number, amounts, rates or text; which
 * row is a header, a section, an item, a 小计 or a 合计, and how deep it is nested by its numbering (一、 > （一） >
 * 1. > （1） > ①) or 其中. The vocabulary reads metrics from it, the rules read its sums and rates.
 */
import type { Cell, DocumentModel, Table } from '../model/document.js';
import type { MappedText } from '../text/mapped-text.js';
import { cellText as cachedCellText } from '../text/block-text.js';
import { columnHeaders } from '../text/table-grid.js';
import { parseNumber, scanNumbers, type NumberToken } from './numbers.js';
import { Decimal } from 'decimal.js';
import { SERIAL } from './words.js';

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
  /** Money unit scale to 万元 (from 单位：元 / （万元） / the unit note); 1 when unknown. */
  scale: Decimal;
  rawUnit: string;
}

/** A table's structure: its column headers and roles, its rows with their kind, level and numbers. */
export interface TableRows {
  table: Table;
  headers: string[];
  columns: ColumnInfo[];
  rows: RowInfo[];
}

/** A serial column, alone or under a group header (收入 行次, 支出 栏次). */
export const RATE_HEADER = /率|进度|占比|比例|比重|%|％/;
export const TOTAL = /^(?:合\s*计|总\s*计|总\s*额|全部合计|总合计|总计数)$/;
const SUBTOTAL = /^(?:小\s*计)$/;
export const CRITERIA_HEADER = /指标说明|评分标准|计分方法|计算公式|指标解释|评分细则|指标内涵|标准/;
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

/** The structure of a table, worked out once per table: the vocabulary, the figure reader and the rules share it. */
export function tableRows(doc: DocumentModel, table: Table): TableRows {
  let rows = analysed.get(table);
  if (!rows) analysed.set(table, (rows = analyseTable(doc, table)));
  return rows;
}

const analysed = new WeakMap<Table, TableRows>();

function analyseTable(doc: DocumentModel, table: Table): TableRows {
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
    const unit = moneyScale(header) ?? tableUnit;
    return { col, header, role, scale: unit?.scale ?? new Decimal(1), rawUnit: unit?.unit ?? '' };
  });
  // A table of numbers only (编制数 | 实际在职人数 | 控制率 over one row of values) has no label column: its first
  // column holds figures like the others.
  const textCol = columns.find((c) => c.role === 'text')?.col;
  const labelCol = textCol ?? (columns[0]?.role === 'amount' ? -1 : 0);
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
    let label = texts[r]![labelCol]?.text.trim() ?? '';
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
  namedTotalAtEnd(rows);
  headGroups(rows);
  return { table, headers, columns, rows };
}

/** 支出合计, 经费合计: a total named by what it totals. */
const NAMED_TOTAL = /^[\u4e00-\u9fff]{1,4}合\s*计$/;

/**
 * A table whose last row is a named total (支出合计 under a list of expenses) and that has no bare 合计: that row
 * totals the list. Elsewhere such a row may total one half or one block of a table (本年收入合计 before 上年结转 and
 * 总计), so only the last row of a table with no other total is read so.
 */
function namedTotalAtEnd(rows: RowInfo[]): void {
  if (rows.some((r) => r.kind === 'total' || r.kind === 'subtotal')) return;
  const last = rows.filter((r) => r.kind !== 'empty' && r.kind !== 'repeated').at(-1);
  if (last?.kind === 'item' && !last.partial && NAMED_TOTAL.test(last.label.replace(/\s+/g, ''))) last.kind = 'total';
}

/** A row as a quote: its non-empty cells joined by | (label, header and value read together). */
export function rowQuote(shape: Pick<TableRows, 'table'>, row: number): string {
  const cells = shape.table.rows[row]!.map((c) => c.text.replace(/\s+/g, ' ').trim());
  return cells.filter((t) => t !== '').join(' | ').slice(0, 200);
}

/** A sum the table states: a total row and the rows it adds up. */
export interface Footing {
  total: RowInfo;
  parts: RowInfo[];
  partial: boolean;
  /** The same parts without the rows that may belong to a 其中 list above them (购置费 after 其中：运行维护费). */
  without?: RowInfo[];
}

/** The sums a table states: 小计 of items, 合计 of subtotals or top rows, parents of numbered children. */
export function footings(t: Pick<TableRows, 'rows'>): Footing[] {
  const rows = t.rows.filter((r) => r.kind !== 'header' && r.kind !== 'repeated' && r.kind !== 'empty');
  const out: Footing[] = [];
  let items: RowInfo[] = [];
  const subtotals: RowInfo[] = [];
  for (const r of rows) {
    if (r.kind === 'subtotal') {
      if (items.length) out.push({ total: r, parts: items, partial: false });
      subtotals.push(r);
      items = [];
    } else if (r.kind === 'section') {
      items = [];
    } else if (r.kind === 'item' && r.level >= 2 && !r.partial) {
      items.push(r);
    }
  }
  const total = rows.find((r) => r.kind === 'total');
  // Rows between the last numbered item and the total (本年收入合计, 年初结转和结余 before 总计) make the total
  // something else than the sum of the numbered items: which rows add up to it, the table does not say.
  const lastNumbered = rows.reduce((last, r, i) => (r.kind === 'item' && r.level < UNNUMBERED ? i : last), -1);
  const between =
    total && lastNumbered >= 0 && !numberedWithChildren(rows.slice(0, rows.indexOf(total)))
      ? rows.slice(lastNumbered + 1, rows.indexOf(total)).filter((r) => r.kind === 'item' && r.values.size > 0 && r.level === UNNUMBERED && !r.partial)
      : [];
  if (total && between.length === 0) {
    const top = rows.filter((r) => r.kind === 'item' && r.level === 1);
    // 其中 rows are parts of the row above them, not of the total.
    const plain = rows.filter((r) => r.kind === 'item' && !r.partial);
    const minLevel = Math.min(...plain.map((r) => r.level));
    const parts = subtotals.length ? subtotals : top.length ? top : plain.filter((r) => r.level === minLevel);
    // A named total among unnumbered rows (支出合计, then 上年结转, then 总计) already holds the rows above it: which
    // rows the total adds, the table does not say.
    const namedTotalAmong = !subtotals.length && !top.length && parts.some((r) => NAMED_TOTAL.test(r.label.replace(/\s+/g, '')));
    // An unmarked row right after a 其中 row may continue that list rather than stand beside the total's parts.
    const afterPartial = new Set(rows.filter((r, i) => i > 0 && !r.partial && rows[i - 1]!.partial).map((r) => r.index));
    const without = parts.filter((r) => !afterPartial.has(r.index));
    if (parts.length >= 2 && !namedTotalAmong) out.push({ total, parts, partial: false, ...(without.length < parts.length ? { without } : {}) });
  }
  // Numbered parents and their direct children. In a flat list (一、… 八、 each followed by its next sibling) the
  // last item is not the parent of the rows after the list.
  const numbered: Footing[] = [];
  const hasChildren = new Set<number>();
  rows.forEach((r, i) => {
    const next = rows[i + 1];
    if (r.kind === 'item' && r.level < UNNUMBERED && next && next.level > r.level && next.kind === 'item') hasChildren.add(i);
  });
  rows.forEach((r, i) => {
    if (r.kind !== 'item' || r.level >= UNNUMBERED) return;
    const siblings = rows.slice(0, i).filter((s) => s.kind === 'item' && s.level === r.level);
    const isLastOfList = !rows.slice(i + 1).some((s) => s.kind === 'item' && s.level === r.level);
    if (isLastOfList && siblings.length >= 2 && !siblings.some((s) => hasChildren.has(rows.indexOf(s)))) return;
    // When the list's other items have numbered children (一、 over 1、 2、), unnumbered rows after its last item
    // are rows of the table after the list (质量指标 after 四、…), not that item's children.
    const numberedChildren = siblings.some((s) => {
      const next = rows[rows.indexOf(s) + 1];
      return hasChildren.has(rows.indexOf(s)) && !!next && next.level < UNNUMBERED;
    });
    const children: RowInfo[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const c = rows[j]!;
      if (c.kind === 'total' || c.kind === 'subtotal' || c.level <= r.level) break;
      if (isLastOfList && numberedChildren && c.level >= UNNUMBERED && !c.partial) break;
      children.push(c);
    }
    // A row of figures with no name under a parent (3.财政补贴收入 | 0.00 | 100.00% whose name the layout lost) is no
    // part anyone can name: which rows the parent holds is unknown.
    if (children.some((c) => !c.label.trim() && c.values.size)) return;
    const direct = children.filter((c) => c.level === Math.min(...children.map((x) => x.level)));
    if (direct.length >= 1 && direct.some((c) => c.values.size)) {
      numbered.push({ total: r, parts: direct, partial: direct[0]!.partial || direct.length < 2 });
    }
  });
  out.push(...yearTotals(rows));
  // (一)医疗活动收入 63147 over 1、医疗收入 63147, 2、其他收入, 3、财政拨款收入: a first child that repeats its parent
  // beside other children says the numbering is not the hierarchy (2、 and 3、 stand beside (一)); neither that
  // parent's sum nor the sum it is a part of can be read from it.
  const garbled = new Set(numbered.filter((f) => f.parts.length >= 2 && sameValues(f.total, f.parts[0]!)).map((f) => f.total));
  out.push(...numbered.filter((f) => !garbled.has(f.total) && !f.parts.some((p) => garbled.has(p))));
  return out;
}

/**
 * Rows that are numbered parents each over rows of their own (一、预算拨款 over 公共预算拨款, 二、… over 教育收费, 三、其他
 * 资金 over 事业收入, 经营收入, 其他收入), with a parent of two rows or more that they add up to: the rows after the last
 * parent are its children, not rows between the list and the total.
 */
function numberedWithChildren(rows: RowInfo[]): boolean {
  const items = rows.filter((r) => r.kind === 'item');
  const parents = items.map((r, i) => [r, i] as const).filter(([r]) => r.level === 1);
  if (parents.length < 2 || items[0]?.level !== 1) return false;
  let confirmed = false;
  for (const [k, [parent, at]] of parents.entries()) {
    const end = parents[k + 1]?.[1] ?? items.length;
    const children = items.slice(at + 1, end);
    if (!children.length || children.some((c) => c.level <= 1)) return false;
    const direct = children.filter((c) => c.level === Math.min(...children.map((x) => x.level)));
    if (direct.length >= 2 && !direct[0]!.partial && addsUp(parent, direct)) confirmed = true;
  }
  return confirmed;
}

/** Whether rows add up to a row in some column, within their rounding. */
function addsUp(whole: RowInfo, parts: RowInfo[]): boolean {
  return [...whole.values].some(([col, v]) => {
    const cells = parts.map((p) => p.values.get(col)?.token);
    if (cells.some((c) => !c)) return false;
    const decimals = Math.max(v.token.decimals, ...cells.map((c) => c!.decimals));
    const sum = cells.reduce((acc, c) => acc.plus(c!.value), new Decimal(0));
    return sum.minus(v.token.value).abs().lte(new Decimal(10).pow(-decimals).times(0.5 * (parts.length + 1)));
  });
}

/** 本年收入合计, 本年支出合计: the year's own total, before what was carried over is added to make the 总计. */
const YEAR_TOTAL = /^本年(?:收入|支出)?合\s*计$/;

/**
 * A 决算 summary table (收入支出决算总表, one half of it): the numbered rows (一、…三、) make 本年收入合计, and 本年收入
 * 合计 with the rows after it (年初结转和结余, 使用非财政拨款结余) makes 总计. Only where every row before 本年…合计 is
 * numbered: an unnumbered row among them may or may not be one of its items.
 */
function yearTotals(rows: RowInfo[]): Footing[] {
  const year = rows.findIndex((r) => r.kind === 'item' && !r.partial && YEAR_TOTAL.test(r.label.replace(/\s+/g, '')));
  if (year < 0) return [];
  const out: Footing[] = [];
  const above = rows.slice(0, year).filter((r) => r.kind === 'item' && !r.partial);
  if (above.length >= 2 && above.every((r) => r.level === 1)) out.push({ total: rows[year]!, parts: above, partial: false });
  const total = rows.slice(year + 1).find((r) => r.kind === 'total');
  if (total) {
    const carried = rows.slice(year + 1, rows.indexOf(total)).filter((r) => (r.kind === 'item' || r.kind === 'section') && !r.partial);
    if (carried.length >= 1 && carried.every((r) => r.level === UNNUMBERED)) out.push({ total, parts: [rows[year]!, ...carried.filter((r) => r.kind === 'item')], partial: false });
  }
  return out;
}

/** Whether two rows state the same numbers in the same columns. */
function sameValues(a: RowInfo, b: RowInfo): boolean {
  if (a.values.size === 0 || a.values.size !== b.values.size) return false;
  return [...a.values].every(([col, v]) => {
    const w = b.values.get(col);
    return !!w && w.token.value.eq(v.token.value);
  });
}
