/**
 * ratio_mismatch in tables: each row with a rate column (执行率, 控制率, 利用率) against the row's own amounts.
 * The numerator is a spending/in-use column, the denominator a budget-like column; when a table has several
 * budget-like columns (年初下达金额, 调整预算数; 指标金额, 计划金额) the rate is consistent if any of them gives
 * it, so a table that measures against the other budget is not a false alarm.
 */
import { Decimal } from 'decimal.js';
import type { CheckContext } from './context.js';
import { div, gap, mul, overlaps, point, roundingInterval, show, type Interval, severityOf } from '../math/interval.js';
import type { ColumnReading as ColumnInfo, TableAnalysis } from '../vocabulary/tables.js';
import { cellEvidence, cellInterval, fillCellLocations } from './sums.js';

const NUMERATOR = /实际|支出数|支出金额|已支付|支付|决算|执行数|执行金额|在用|完成|使用/;
const DENOMINATOR = /预算|计划|指标|原值|年初|调整|下达|批复|安排/;
const DENOMINATOR_PREFERENCE: Array<ColumnInfo['measure']> = ['adjusted', 'budget', 'amount', 'initial'];

function numerators(t: TableAnalysis): ColumnInfo[] {
  return t.columns.filter((c) => c.role === 'amount' && (c.measure === 'spend' || c.measure === 'spend_weak' || c.measure === 'in_use' || NUMERATOR.test(c.header)));
}

function denominators(t: TableAnalysis, exclude: Set<number>): ColumnInfo[] {
  const cols = t.columns.filter((c) => c.role === 'amount' && !exclude.has(c.col) && (DENOMINATOR.test(c.header) || ['adjusted', 'budget', 'initial', 'amount'].includes(c.measure ?? '')));
  const rank = (c: ColumnInfo) => {
    const i = DENOMINATOR_PREFERENCE.indexOf(c.measure);
    return i < 0 ? DENOMINATOR_PREFERENCE.length : i;
  };
  return cols.sort((a, b) => rank(a) - rank(b));
}

export function checkTableRates(ctx: CheckContext, tables: TableAnalysis[]): void {
  for (const t of tables) {
    const rateCols = t.columns.filter((c) => c.role === 'rate' && /执行率|控制率|利用率|完成率|进度/.test(c.header));
    if (!rateCols.length) continue;
    const nums = numerators(t);
    if (!nums.length) continue;
    const dens = denominators(t, new Set(nums.map((n) => n.col)));
    if (!dens.length) continue;
    for (const row of t.rows) {
      if (row.kind === 'header' || row.kind === 'repeated') continue;
      for (const rc of rateCols) {
        const v = row.values.get(rc.col);
        if (!v) continue;
        const reported: Interval = roundingInterval(v.token.value, v.token.decimals);
        let nearest: { num: ColumnInfo; den: ColumnInfo; result: Interval } | null = null;
        let consistent = false;
        for (const num of nums) {
          const a = cellInterval(row, num.col);
          if (!a) continue;
          for (const den of dens) {
            const b = cellInterval(row, den.col);
            if (!b) continue;
            const q = div(a, b);
            if (!q) continue;
            const result = mul(q, point(100));
            if (overlaps(result, reported)) consistent = true;
            nearest ??= { num, den, result };
          }
        }
        if (!nearest) continue;
        ctx.checked++;
        if (consistent) continue;
        const margin = gap(nearest.result, reported);
        const fact = t.facts.find((f) => f.location.table?.row === row.index && f.location.table?.col === rc.col);
        const file = ctx.extraction.doc.file;
        const evidence = [
          fact ? ctx.evidence('reported', fact) : cellEvidence(t, row, rc.col, 'reported', file),
          cellEvidence(t, row, nearest.num.col, 'input', file),
          cellEvidence(t, row, nearest.den.col, 'input', file),
        ];
        fillCellLocations(ctx, evidence);
        const numRaw = row.values.get(nearest.num.col)!.token.raw;
        const denRaw = row.values.get(nearest.den.col)!.token.raw;
        ctx.flag({
          rule: 'table-rates',
          check: 'ratio_mismatch',
          severity: severityOf(margin, new Decimal(v.token.value)),
          metric: fact?.metric ?? rateMetricOfRow(ctx, t, row.index, rc.col),
          key: row.label,
          reported: v.token.value.toFixed(v.token.decimals),
          expected: show(nearest.result),
          margin,
          formula: `${rc.header} = ${nearest.num.header} ÷ ${nearest.den.header} × 100 = ${numRaw} ÷ ${denRaw} × 100 = ${show(nearest.result)}`,
          message: 'table-ratio-mismatch',
          params: { row: row.label, column: rc.header, reported: `${v.token.raw}${v.token.unit}`, expected: show(nearest.result) },
          evidence,
        });
      }
    }
  }
}

/** The rate metric a row's rate belongs to, when a fact of the same column names one (三公 parts → sangong_rate). */
function rateMetricOfRow(ctx: CheckContext, t: TableAnalysis, row: number, col: number): string {
  const sameColumn = t.facts.filter((f) => f.location.table?.col === col && ctx.lex.metrics.get(f.metric)?.unit === 'percent');
  const above = sameColumn.filter((f) => (f.location.table?.row ?? 0) < row).pop();
  return above?.metric ?? '';
}
