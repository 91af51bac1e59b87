/**
 * Figures in tables, from any format: every number in a data cell, labelled with its row label and the header
 * of its column. A form has several header rows where its blocks start (the funds block: 全年预算数 | 全年执行数 |
 * 分值 | 执行率 | 得分; the indicator block: 一级指标 | … | 年度指标值 | 实际完成值 | 分值 | 得分), so a column's
 * meaning is read from the nearest header row above the cell, not only from the top of the table. Flattened
 * tables (pipes) drop the cells a merged label covers, so a short row is aligned to its header from the right.
 *
 * What a cell holds decides its kind together with the header: 分值 → weight, 得分 → score, 率 or % → rate,
 * money (in the cell, the header, the row label or the table's unit note) → amount, a target or an achievement
 * in its own unit → quantity. Not figures: serial and code columns, criteria columns (评分标准: their numbers
 * are thresholds), years, time limits in months, dates.
 */
import type { Cell, DocumentModel, Table } from '../model/document.js';
import type { MappedText } from '../text/mapped-text.js';
import { columnHeaders, isNumericText } from '../text/table-grid.js';
import { cellText, footings, rowQuote, tableRows } from './table-rows.js';
import { parseNumber } from './numbers.js';
import type { FigureDraft } from './draft.js';
import { readProseFigures, type MoneyUnit, type ProseOptions } from './prose.js';
import { RULE_SENTENCE } from './words.js';
import { CELL, classify, isHeaderRow, meaning, MONEY_HEAD, parseCell, unitNote, type ColumnMeaning } from './columns.js';

const YEAR_LABEL = /^(?:19|20)\d{2}年度?(?:决算数?|预算数?|支出)?$/;

/** The text a cell shows, taking a merged cell's anchor. */
function anchorText(table: Table, r: number, c: number): string {
  const cell: Cell | undefined = table.rows[r]?.[c];
  if (!cell) return '';
  if (cell.text.trim() === '' && cell.mergedFrom) return table.rows[cell.mergedFrom[0]]?.[cell.mergedFrom[1]]?.text ?? '';
  return cell.text;
}

/** The label of a row: its rightmost name cell left of `col` (the most specific level: 三级指标, the item). */
function rowLabel(table: Table, r: number, col: number, columns: ColumnMeaning[], valueCols: Set<number>): string {
  for (let c = col - 1; c >= 0; c--) {
    const meaningOf = columns[c];
    // A row of one year's figures (2015年 | 2840 | 90 | …) is labelled by its year.
    const year = anchorText(table, r, c).replace(/\s+/g, '');
    if (c === 0 && YEAR_LABEL.test(year)) return year;
    // Targets and achievements in words (长期有效 | 有效) are values, not names.
    if (valueCols.has(c) || meaningOf?.criteria || meaningOf?.serial || meaningOf?.code || (meaningOf?.role && !meaningOf.label)) continue;
    const text = anchorText(table, r, c).replace(/\s+/g, ' ').trim();
    if (text === '' || isNumericText(text) || CELL.test(text)) continue;
    return text.length > 60 ? `${text.slice(0, 58)}…` : text;
  }
  return '';
}

export interface TableReadOptions {
  /** Unit in force where the table sits (a 单位：万元 line above it). */
  moneyUnit: MoneyUnit | null;
  prose: Omit<ProseOptions, 'moneyUnit' | 'extractor'>;
}

export function readTableFigures(doc: DocumentModel, table: Table, options: TableReadOptions): FigureDraft[] {
  const out: FigureDraft[] = [];
  const width = table.rows[0]?.length ?? 0;
  let tableUnit = unitNote(table.unitNote ?? '') ?? unitNote(table.caption ?? '') ?? options.moneyUnit;
  const captionPeople = /[（(]人[)）]/.test(table.caption ?? '');
  const combined = columnHeaders(table);
  let columns: ColumnMeaning[] = combined.map(meaning);
  let headerWidth = effectiveWidth(table.rows.slice(0, Math.max(1, table.headerRows)).map((row) => row.map((c) => c.text)));
  const flattened = table.origin === 'pipe' || table.origin === 'spaces';
  // Rows of years' figures (2015年 | … / 2016年 | …) under a money unit: a comparison of amounts across years.
  const moneyTable = table.rows.filter((row) => YEAR_LABEL.test((row[0]?.text ?? '').replace(/\s+/g, ''))).length >= 2;
  for (let r = 0; r < table.rows.length; r++) {
    if (table.repeatedHeaderRows.includes(r)) continue;
    const row = table.rows[r]!;
    const texts = row.map((_, c) => anchorText(table, r, c));
    if (isHeaderRow(texts)) {
      // A block's own header row, wherever it sits (a form's title rows come first): its columns, merged
      // labels from the left (资金情况 | | 全年预算数 …).
      // In the header rows at the top, the row refines the combined header (评价指标 / 参考评分标准 over 名称 /
      // 参考分值); further down it starts a block of its own.
      const own = texts.map((t, c) => (t.trim() === '' && c > 0 && texts[c - 1]!.trim() !== '' && row[c]?.mergedFrom ? texts[c - 1]! : t));
      columns = own.map((t, c) => {
        const inHeader = r < table.headerRows;
        const m = meaning(t.trim() === '' && inHeader ? (combined[c] ?? '') : t);
        return inHeader ? { ...m, criteria: m.criteria || meaning(combined[c] ?? '').criteria } : m;
      });
      headerWidth = effectiveWidth([texts]);
      // 项目资金（万元） heading the block: the unit of its bare amounts.
      tableUnit = texts.map((t) => (/[（(](?:万元|元|亿元|千元)[)）]/.test(t) ? unitNote(t) : null)).find((u) => u) ?? tableUnit;
      continue;
    }
    if (r < table.headerRows) continue;
    // 栏次 | | 1 | 栏次 | | 2: the columns' numbers, not figures.
    if (/^[栏行]次$/.test(texts.find((t) => t.trim() !== '')?.replace(/\s+/g, '') ?? '')) continue;
    // A flattened row that dropped its merged leading cells (its cells are contiguous and fewer than its
    // header's): align it to the header from the right. Rows that keep empty cells keep their places.
    const rowWidth = effectiveWidth([texts]);
    const contiguous = texts.slice(0, rowWidth).every((t) => t.trim() !== '');
    const layoutShift = flattened && contiguous && rowWidth < headerWidth && rowWidth >= 2 ? headerWidth - rowWidth : 0;
    const shift = bestShift(texts, columns, layoutShift);
    const column = (c: number) => columns[c + shift] ?? meaning('');
    const mts = row.map((cell) => cellText(doc, cell));
    const parsed = mts.map((mt, c) => (row[c]!.mergedFrom && row[c]!.text.trim() === '' ? null : parseCell(mt)));
    const valueCols = new Set(parsed.flatMap((p, c) => (p ? [c] : [])));
    const rowUnit = unitNote(texts.join(' '));
    const moneyRow = moneyTable || moneyColumns(columns);
    for (let c = 0; c < width; c++) {
      const col = column(c);
      if (col.serial || col.code) continue;
      const mt = mts[c]!;
      const p = parsed[c];
      const label = rowLabel(table, r, c, Array.from({ length: width }, (_, i) => column(i)), valueCols);
      const where = { id: table.id, row: r, col: c };
      if (!p) {
        // Free text with figures in it: targets stated in words (完成1部宣传片,2套方案), notes, narratives.
        if (col.criteria || !/\d/.test(mt.text) || mt.text.trim() === '') continue;
        // Scoring rules written in a cell (…符合要求（1分）；…合理分配（1分）): points of the framework, not figures.
        if ((mt.text.match(/[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]/g)?.length ?? 0) >= 2 || RULE_SENTENCE.test(mt.text)) continue;
        const drafts = readProseFigures(mt, { ...options.prose, moneyUnit: null, extractor: 'table-text' });
        for (const d of drafts) out.push({ ...d, table: where, label: d.label || label, role: d.role || col.role });
        if (col.role === '目标' || col.role === '实际') out.push(...quantitiesInText(mt, label, col, where, drafts));
        continue;
      }
      if (col.criteria) continue;
      if (c === 0 && !valueCols.has(1) && p.unit === '' && p.decimals === 0 && p.value.lte(200) && !col.role) continue;
      const what = classify(p, col, { label, rowUnit, tableUnit, people: captionPeople, staffContext: label + col.plain + (table.caption ?? ''), moneyTable: moneyRow });
      if (!what) continue;
      const { kind, value, unit: outUnit } = what;
      const start = p.start;
      out.push({
        mt,
        start,
        end: p.end,
        context: [0, mt.text.length],
        quote: rowQuote({ table }, r),
        table: where,
        kind,
        label: [label, col.header].filter(Boolean).join(' › '),
        value,
        unit: outUnit,
        raw: p.raw,
        rawUnit: p.unit,
        decimals: p.decimals,
        comparator: p.comparator,
        period: col.period,
        comparison: '',
        direction: 0,
        role: col.role,
        extractor: 'table',
      });
    }
  }
  return [...out, ...statedByStructure(doc, table, out)];
}

/**
 * Numbers the table itself relates are figures even where their column does not say what they are (原值 in a
 * table whose unit note was lost): a 合计 or 小计 row and the rows it adds up, and the amounts in a row beside its
 * rate. The rules check what the table states about them.
 */
function statedByStructure(doc: DocumentModel, table: Table, read: FigureDraft[]): FigureDraft[] {
  const rows = tableRows(doc, table);
  const have = new Set(read.filter((d) => d.table).map((d) => `${d.table!.row}:${d.table!.col}`));
  const related = new Set<string>();
  const amountColumns = rows.columns.filter((c) => c.role === 'amount').map((c) => c.col);
  for (const footing of footings(rows)) {
    for (const row of [footing.total, ...footing.parts]) for (const c of amountColumns) if (row.values.has(c)) related.add(`${row.index}:${c}`);
  }
  for (const row of rows.rows) {
    if (![...row.values.keys()].some((c) => rows.columns[c]!.role === 'rate')) continue;
    for (const c of row.values.keys()) if (rows.columns[c]!.role === 'amount' || rows.columns[c]!.role === 'rate') related.add(`${row.index}:${c}`);
  }
  const out: FigureDraft[] = [];
  for (const row of rows.rows) {
    for (const [c, cell] of row.values) {
      if (!related.has(`${row.index}:${c}`) || have.has(`${row.index}:${c}`)) continue;
      const column = rows.columns[c]!;
      const { token, mt } = cell;
      const rate = token.kind === 'percent' || column.role === 'rate';
      const money = token.kind === 'money' ? { scale: token.scale } : column.rawUnit ? { scale: column.scale } : null;
      out.push({
        mt,
        start: token.start,
        end: token.unitEnd,
        context: [0, mt.text.length],
        quote: rowQuote({ table }, row.index),
        table: { id: table.id, row: row.index, col: c },
        kind: rate ? 'rate' : 'amount',
        label: [row.label, column.header].filter(Boolean).join(' › '),
        value: rate || !money ? token.value : token.value.times(money.scale),
        unit: rate ? '%' : money ? '万元' : '',
        raw: token.raw,
        rawUnit: token.unit,
        decimals: token.decimals,
        comparator: '=',
        period: '',
        comparison: '',
        direction: 0,
        role: '',
        extractor: 'table',
      });
    }
  }
  return out;
}

/**
 * How well a cell's content fits a column: a percent under a rate, money under a budget, a count in its own unit
 * under a target or an achievement, a bare number under any value column, words under name columns.
 */
function fit(text: string, col: ColumnMeaning | undefined): number {
  const t = text.trim().replace(/\s+/g, '');
  if (t === '' || /^[-—–－/\\…]+$/.test(t)) return 0;
  const m = CELL.exec(t);
  if (!col) return m ? -1 : 0.5;
  // A name column keeps its names even when its header states a unit (资金情况（万元）).
  const valued = !col.label && (col.role !== '' || col.percent || col.money !== null || col.people);
  if (!m) {
    if (col.role === '目标' || col.role === '实际') return 0;
    return valued ? -0.5 : 0.5;
  }
  if (!valued) return col.label || col.criteria ? -1 : 0;
  const unit = m[3] ?? '';
  const indicator = col.role === '目标' || col.role === '实际';
  const points = col.role === '分值' || col.role === '得分';
  const amount = col.role === '预算' || col.role === '执行' || col.money !== null;
  if (m[1] && m[1] !== '约') return indicator ? 1 : -0.5;
  if (unit === '%' || unit === '‰') return col.percent || indicator ? 1 : -1;
  if (/元$/.test(unit)) return amount || indicator ? 1 : -1;
  if (unit && unit !== '分') return indicator ? 1 : -1;
  if (unit === '分') return points ? 1 : -1;
  return col.percent && !amount && !points ? 0.5 : 1;
}

/**
 * The shift that puts a row's cells under the columns their content fits, when the layout lost a cell or gained
 * one (a row label left of a header that has none, merged cells dropped): the layout's own placement unless
 * another fits clearly better.
 */
function bestShift(texts: string[], columns: ColumnMeaning[], layoutShift: number): number {
  const score = (s: number) => texts.reduce((sum, t, c) => sum + fit(t, columns[c + s]), 0);
  const base = score(layoutShift);
  let best = layoutShift;
  let bestScore = base;
  for (const s of [-2, -1, 0, 1, 2]) {
    const v = score(s);
    if (v > bestScore) {
      best = s;
      bestScore = v;
    }
  }
  return bestScore >= base + 1.5 ? best : layoutShift;
}

/** Most named value columns name money (合计 | 因公出国(境)经费 | 公务接待费 | … | 车辆购置). */
function moneyColumns(columns: ColumnMeaning[]): boolean {
  const named = columns.filter((c) => c.plain && !c.label && !c.serial && !c.code && !c.criteria);
  return named.length >= 3 && named.filter((c) => MONEY_HEAD.test(c.plain)).length * 2 > named.length;
}

/** Width of rows without their trailing empty cells. */
function effectiveWidth(rows: string[][]): number {
  let width = 0;
  for (const row of rows) {
    let w = row.length;
    while (w > 0 && row[w - 1]!.trim() === '') w--;
    width = Math.max(width, w);
  }
  return width;
}

/** Counts in a target or achievement stated in words (完成1部宣传片,2套方案): quantities in their own units. */
function quantitiesInText(mt: MappedText, label: string, col: ColumnMeaning, where: FigureDraft['table'], already: FigureDraft[]): FigureDraft[] {
  const out: FigureDraft[] = [];
  for (const m of mt.text.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)\s*(部|套|个|项|家|户|人次|人|只|头|亩|台|件|份|篇|场|期|批|所|座|条|辆|本|张|次|公里|千米|米|平方米|吨)/g)) {
    const start = m.index!;
    if (already.some((d) => d.start <= start && start < d.end)) continue;
    const parsed = parseNumber(m[1]!);
    if (!parsed) continue;
    out.push({
      mt,
      start,
      end: start + m[0].length,
      context: [0, mt.text.length],
      table: where,
      kind: 'quantity',
      label: [label, col.header].filter(Boolean).join(' › '),
      value: parsed.value,
      unit: m[2]!,
      raw: m[1]!,
      rawUnit: m[2]!,
      decimals: parsed.decimals,
      comparator: '=',
      period: col.period,
      comparison: '',
      direction: 0,
      role: col.role,
      extractor: 'table-text',
    });
  }
  return out;
}
