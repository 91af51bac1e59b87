/**
 * sum_mismatch in tables: the sums a table states by its structure — 小计 against its items, 合计 against its
 * subtotals or top-level rows, a numbered parent row against its children (其中 lists are partial: they may sum to
 * less) — column by column, and 调整前 + 调整数 = 调整后 row by row where a table has those three columns. Parts
 * are summed with the rounding of each (Calculations 1.1). A part whose cell holds something other than a number
 * or a placeholder leaves the sum unknown: nothing is checked.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { add, sumOf, type Interval } from '../math/interval.js';
import { footings, tableRows, type Footing, type RowInfo, type TableRows } from '../read/table-rows.js';
import type { Table } from '../model/document.js';
import { completePartition } from '../read/partitions.js';
import type { TableAnalysis } from '../vocabulary/tables.js';
import type { IntervalOf, Rule, RuleContext } from './rule.js';

const PLACEHOLDER = /^[-—–－/\\…]+$/;

/** A row naming a whole by its words (支出总额, 收入合计, 总支出), not by a 合计 row of its own. */
const WHOLE_ROW = /总额|合计|总计|总数|^总|^本年/;

/**
 * A whole followed by the rows that name all of one partition of it (支出总额, then 基本支出 and 项目支出, each
 * with its own 其中 rows): the sum the row labels state where the table has no 合计 row for it. Rows that are not
 * members end the list; a list that leaves a member unnamed is no sum.
 */
function partitionFootings(t: TableAnalysis): Footing[] {
  const rows = t.rows.filter((r) => r.kind !== 'header' && r.kind !== 'repeated' && r.kind !== 'empty');
  const out: Footing[] = [];
  rows.forEach((whole, i) => {
    if (whole.kind !== 'item' || whole.partial || !WHOLE_ROW.test(whole.label.replace(/\s+/g, ''))) return;
    const members: RowInfo[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const r = rows[j]!;
      if (r.partial) continue;
      if (r.kind !== 'item' || r.level !== whole.level) break;
      members.push(r);
    }
    const partition = members.length >= 2 ? completePartition(members.map((m) => m.label)) : null;
    if (partition && !partition.members.some((m) => m.test(whole.label))) out.push({ total: whole, parts: members, partial: false });
  });
  return out;
}

/**
 * Whether a footing's parts run to the last row of a table that ends the document: an excerpt or a page cut there
 * may have lost the rows after it (3.公务接待费 under 1. and 2.), so the parts may only not exceed their whole.
 */
function cutAfter(ctx: RuleContext, file: string, t: TableAnalysis, footing: Footing): boolean {
  const doc = ctx.input.docs.find((d) => d.file === file);
  const last = doc?.blocks.at(-1);
  if (!doc || last?.kind !== 'table' || last.table !== doc.tables.indexOf(t.table)) return false;
  const lastRow = Math.max(...t.rows.filter((r) => r.kind !== 'empty').map((r) => r.index));
  return footing.parts.some((p) => p.index === lastRow) && footing.total.index < lastRow;
}

/**
 * The right half of a table of two halves side by side (收入 | 决算数 | 支出 | 决算数): its rows read from its own label
 * column, and the offset of that column in the table.
 */
function rightHalf(ctx: RuleContext, file: string, t: TableAnalysis): { half: TableRows; offset: number } | null {
  const amountBefore = (col: number) => t.columns.some((c) => c.col < col && c.role === 'amount');
  const labels = t.columns.find((c) => c.col > 0 && c.role === 'text' && amountBefore(c.col) && t.columns.some((a) => a.col > c.col && a.role === 'amount'));
  const doc = ctx.input.docs.find((d) => d.file === file);
  if (!labels || !doc) return null;
  const data = t.rows.filter((r) => r.kind !== 'header' && r.kind !== 'repeated' && r.kind !== 'empty');
  const named = data.filter((r) => /[\u4e00-\u9fff]{2}/.test(t.table.rows[r.index]?.[labels.col]?.text ?? '')).length;
  if (named < Math.max(3, data.length * 0.6)) return null;
  const half: Table = { ...t.table, rows: t.table.rows.map((row) => row.slice(labels.col)) };
  return { half: tableRows(doc, half), offset: labels.col };
}

function columnSums(ctx: RuleContext, file: string, t: TableAnalysis, right: { half: TableRows; offset: number } | null = null): void {
  const figure = (row: RowInfo, col: number) => ctx.cell(file, t.table.id, row.index, col);
  const shape = right ? right.half : t;
  const offset = right?.offset ?? 0;
  const amountColumns = right ? right.half.columns.filter((c) => c.role === 'amount').map((c) => ({ col: c.col + offset, header: c.header })) : t.columns.filter((c) => c.role === 'amount');
  for (const found of [...footings(shape), ...(right ? [] : partitionFootings(t))]) {
    const footing = cutAfter(ctx, file, t, found) ? { ...found, partial: true } : found;
    for (const col of amountColumns) {
      // A table of two halves side by side (一、本级收入 | 2095 | 2095 | 一、本级支出 | 4894 | 4894): a column right of
      // a second label column is the other half's, whose rows are not this row's (its sums are read from its own
      // labels, with `right`).
      const cells = t.table.rows[footing.total.index] ?? [];
      if (cells.slice(offset + 1, col.col).some((c) => /[\u4e00-\u9fff]{2}/.test(c.text) && !/\d/.test(c.text))) continue;
      const whole = figure(footing.total, col.col);
      if (!whole) continue;
      const parts = footing.parts.map((p) => figure(p, col.col));
      // A placeholder (—, -, /) or an empty cell in a row of nothing else is none; a part whose cell is missing
      // while the row has other figures (an OCR or layout loss) leaves the sum unknown.
      if (parts.every((p) => !p)) continue;
      const unknown = footing.parts.some((p, i) => {
        if (parts[i]) return false;
        const text = t.table.rows[p.index]![col.col]!.text.trim();
        if (text !== '' && !PLACEHOLDER.test(text)) return true;
        return text === '' && p.values.size > 0;
      });
      // A row among the parts whose cell holds words (另行核算, 详见附表) rather than a number: its amount is not
      // stated, so the sum is unknown, even though the row was not read as a part.
      const first = Math.min(...footing.parts.map((p) => p.index));
      const wordy = t.table.rows.slice(first, footing.total.index).some((row, k) => {
        const text = row[col.col]?.text.trim() ?? '';
        return text !== '' && !PLACEHOLDER.test(text) && !/\d/.test(text) && !ctx.cell(file, t.table.id, first + k, col.col);
      });
      // Every part equal to the total (100, 100, 100 under a misaligned 占预算% header): rates, not amounts.
      const stated = parts.filter((p): p is Figure => !!p);
      const allEqual = stated.length >= 2 && stated.every((p) => p.value === whole.value);
      // Half the parts each above the total: a column of rates or averages whose header the layout lost.
      const overWhole = stated.filter((p) => new Decimal(p.value).gt(new Decimal(whole.value))).length;
      if (stated.length >= 2 && new Decimal(whole.value).gt(0) && overWhole * 2 >= stated.length) continue;
      if (unknown || wordy || allEqual) continue;
      // A column of changes (预算增加 8972, -2312): some rows left out of a partial list may be negative, so its
      // parts may add up to more than their whole.
      if (footing.partial && t.rows.some((r) => new Decimal(figure(r, col.col)?.value ?? 0).isNeg())) continue;
      const present = parts.filter((p): p is Figure => !!p);
      const without = footing.without?.map((p) => figure(p, col.col)).filter((p): p is Figure => !!p);
      const named = (rows: RowInfo[], figures: Figure[]) => `${footing.total.label || col.header} = ${rows.map((p) => p.label).join(' + ')} = ${figures.map((p) => p.raw).join(' + ')}`;
      ctx.relate({
        check: 'sum_mismatch',
        kind: 'sum',
        stated: whole,
        role: 'whole',
        show: 'first',
        alternatives: [
          { inputs: present.map((p): [string, Figure] => ['part', p]), expected: (iv) => sumOf(present.map(iv)), formula: (total) => `${named(footing.parts, present)} = ${ctx.shown(total, whole)}` },
          // The same parts without rows that may belong to a 其中 list above them.
          ...(without ? [{ inputs: without.map((p): [string, Figure] => ['part', p]), expected: (iv: IntervalOf) => sumOf(without.map(iv)), formula: (total: Interval) => `${named(footing.without!, without)} = ${ctx.shown(total, whole)}` }] : []),
        ],
        // A 其中 list may add up to less than its parent.
        within: (stated, total) => footing.partial && total.hi.lte(stated.hi),
        message: (total) => ({
          code: footing.partial ? 'table-sum-exceeds' : 'table-sum-mismatch',
          params: { row: footing.total.label, column: col.header, reported: whole.raw, expected: ctx.shown(total, whole) },
        }),
      });
    }
  }
}

/** 调整前 + 调整数 = 调整后, row by row, where a table has those three columns. */
function adjustments(ctx: RuleContext, file: string, t: TableAnalysis): void {
  const find = (re: RegExp) => t.columns.find((c) => c.role === 'amount' && re.test(t.headers[c.col]!.replace(/\s+/g, '')));
  const before = find(/调整前|年初/);
  const delta = find(/调整数|调整金额|调增|调减|增减/);
  const after = find(/调整后/);
  if (!before || !delta || !after) return;
  for (const row of t.rows) {
    const [a, d, b] = [before, delta, after].map((c) => ctx.cell(file, t.table.id, row.index, c.col));
    if (!a || !d || !b) continue;
    ctx.relate({
      check: 'sum_mismatch',
      kind: 'sum',
      stated: b,
      role: 'whole',
      alternatives: [
        {
          inputs: [
            ['part', a],
            ['part', d],
          ],
          expected: (iv) => add(iv(a), iv(d)),
          formula: (total) => `${t.headers[after.col]} = ${t.headers[before.col]} + ${t.headers[delta.col]} = ${a.raw} + ${d.raw} = ${ctx.shown(total, b)}`,
        },
      ],
      message: (total) => ({ code: 'table-sum-mismatch', params: { row: row.label, column: t.headers[after.col]!, reported: b.raw, expected: ctx.shown(total, b) } }),
    });
  }
}

export const tableSums: Rule = {
  id: 'table-sums',
  check: 'sum_mismatch',
  description: 'The totals a table states by its rows (合计, 小计, numbered parents) and its 调整 columns must add up.',
  messages: {
    'table-sum-mismatch': {
      zh: '表中“{row}”的{column}为 {reported}，但分项合计为 {expected}。',
      en: 'Row “{row}”, column {column}: {reported}, but the items add up to {expected}.',
    },
    'table-sum-exceeds': {
      zh: '表中“{row}”的{column}为 {reported}，但其中所列分项合计 {expected} 已超过该数。',
      en: 'Row “{row}”, column {column}: {reported}, but the listed sub-items already add up to {expected}.',
    },
  },
  run(ctx) {
    for (const { file, table } of ctx.input.tables) {
      columnSums(ctx, file, table);
      const right = rightHalf(ctx, file, table);
      if (right) columnSums(ctx, file, table, right);
      adjustments(ctx, file, table);
    }
  },
};
