/**
 * sum_mismatch in tables: the sums a table states by its structure — 小计 against its items, 合计 against its
 * subtotals or top-level rows, a numbered parent row against its children (其中 lists are partial: they may sum to
 * less) — column by column, and 调整前 + 调整数 = 调整后 row by row where a table has those three columns. Parts
 * are summed with the rounding of each (Calculations 1.1). A part whose cell holds something other than a number
 * or a placeholder leaves the sum unknown: nothing is checked.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { add, gap, overlaps, severityOf, sumOf, type Interval } from '../math/interval.js';
import { footings, type RowInfo } from '../read/table-rows.js';
import type { TableAnalysis } from '../vocabulary/tables.js';
import type { Rule, RuleContext } from './rule.js';

const PLACEHOLDER = /^[-—–－/\\…]+$/;

function sumFlag(ctx: RuleContext, whole: Figure, parts: Figure[], total: Interval, message: string, params: Record<string, string>, formula: string): void {
  const margin = gap(total, ctx.interval(whole));
  ctx.flag(
    'sum_mismatch',
    {
      severity: severityOf(margin.div(ctx.scale(whole)), new Decimal(whole.raw.replace(/[,，\s]/g, '') || whole.value)),
      reported: whole,
      role: 'whole',
      expected: total,
      formula,
      message,
      params,
      inputs: parts.map((f): [string, Figure] => ['part', f]),
    },
    margin,
  );
}

function columnSums(ctx: RuleContext, file: string, t: TableAnalysis): void {
  const figure = (row: RowInfo, col: number) => ctx.cell(file, t.table.id, row.index, col);
  for (const footing of footings(t)) {
    for (const col of t.columns.filter((c) => c.role === 'amount')) {
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
      if (unknown) continue;
      const present = parts.filter((p): p is Figure => !!p);
      const total = sumOf(present.map((p) => ctx.interval(p)));
      ctx.checked++;
      if (overlaps(total, ctx.interval(whole)) || (footing.partial && total.hi.lte(ctx.interval(whole).hi))) continue;
      if (footing.without) {
        const alternative = footing.without.map((p) => figure(p, col.col)).filter((p): p is Figure => !!p);
        if (overlaps(sumOf(alternative.map((p) => ctx.interval(p))), ctx.interval(whole))) continue;
      }
      const shown = ctx.shown(total, whole);
      sumFlag(
        ctx,
        whole,
        present,
        total,
        footing.partial ? 'table-sum-exceeds' : 'table-sum-mismatch',
        { row: footing.total.label, column: col.header, reported: whole.raw, expected: shown },
        `${footing.total.label || col.header} = ${footing.parts.map((p) => p.label).join(' + ')} = ${present.map((p) => p.raw).join(' + ')} = ${shown}`,
      );
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
    const total = add(ctx.interval(a), ctx.interval(d));
    ctx.checked++;
    if (overlaps(total, ctx.interval(b))) continue;
    const shown = ctx.shown(total, b);
    sumFlag(
      ctx,
      b,
      [a, d],
      total,
      'table-sum-mismatch',
      { row: row.label, column: t.headers[after.col]!, reported: b.raw, expected: shown },
      `${t.headers[after.col]} = ${t.headers[before.col]} + ${t.headers[delta.col]} = ${a.raw} + ${d.raw} = ${shown}`,
    );
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
      adjustments(ctx, file, table);
    }
  },
};
