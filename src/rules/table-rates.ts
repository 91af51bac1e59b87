/**
 * ratio_mismatch in tables: each row's rate (执行率, 控制率, 利用率, 完成率) against the row's own amounts. The
 * numerator is a spending or in-use column, the denominator a budget-like one, as the vocabulary reads their
 * headers; when a table has several budget-like columns (年初下达金额, 调整预算数; 指标金额, 计划金额) the rate is
 * consistent if any of them gives it, so a table that measures against the other budget is not a false alarm.
 * Staff tables read the same way: 控制率 is 实际在职人数 over 编制数.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { severityOf, type Interval, percentOf } from '../math/interval.js';
import type { ColumnReading, TableAnalysis } from '../vocabulary/tables.js';
import type { IntervalOf, Rule, RuleContext } from './rule.js';

// 预算完成率 is spending over budget; 项目完成率 and 任务完成率 count work done, not money.
const RATE = /执行率|控制率|利用率|使用率|支出率|拨付率|(?<!项目|任务|工作|目标|指标|计划)完成率|进度/;
const NUMERATOR = /实际|支出数|支出金额|已支付|支付|决算|执行数|执行金额|在用|完成|使用|在职|实有/;
// 编制数 is the base of 人员控制率 (在职 ÷ 编制), as a budget is of 执行率.
const DENOMINATOR = /预算|计划|指标|原值|年初|调整|下达|批复|安排|编制|核定/;
/** A column of people (编制数, 实际在职人数) pairs only with another of people; money only with money. */
const PEOPLE = /人数|编制|在职|实有|[（(]人[)）]/;
const DENOMINATOR_PREFERENCE: Array<ColumnReading['measure']> = ['adjusted', 'budget', 'amount', 'initial'];

function numerators(t: TableAnalysis): ColumnReading[] {
  return t.columns.filter((c) => c.role === 'amount' && (c.measure === 'spend' || c.measure === 'spend_weak' || c.measure === 'in_use' || NUMERATOR.test(c.header)));
}

function denominators(t: TableAnalysis, exclude: Set<number>): ColumnReading[] {
  const columns = t.columns.filter((c) => c.role === 'amount' && !exclude.has(c.col) && (DENOMINATOR.test(c.header) || ['adjusted', 'budget', 'initial', 'amount'].includes(c.measure ?? '')));
  const rank = (c: ColumnReading) => {
    const i = DENOMINATOR_PREFERENCE.indexOf(c.measure);
    return i < 0 ? DENOMINATOR_PREFERENCE.length : i;
  };
  return columns.sort((a, b) => rank(a) - rank(b));
}

/** The rate metric of a column, from a figure above in it that the vocabulary named (三公 parts → sangong_rate). */
function columnMetric(ctx: RuleContext, file: string, t: TableAnalysis, row: number, col: number): string {
  for (let r = row - 1; r >= 0; r--) {
    const f = ctx.cell(file, t.table.id, r, col);
    if (f?.metric && ctx.lex.metrics.get(f.metric)?.unit === 'percent') return f.metric;
  }
  return '';
}

function tableRates(ctx: RuleContext, file: string, t: TableAnalysis): void {
  const rateColumns = t.columns.filter((c) => c.role === 'rate' && RATE.test(c.header));
  const nums = numerators(t);
  if (!rateColumns.length || !nums.length) return;
  const dens = denominators(t, new Set(nums.map((n) => n.col)));
  if (!dens.length) return;
  for (const row of t.rows) {
    if (row.kind === 'header' || row.kind === 'repeated') continue;
    const cell = (col: number) => ctx.cell(file, t.table.id, row.index, col);
    for (const rc of rateColumns) {
      const rate = cell(rc.col);
      if (!rate) continue;
      const pairs: Array<{ num: ColumnReading; den: ColumnReading; spend: Figure; budget: Figure }> = [];
      for (const num of nums) {
        const spend = cell(num.col);
        if (!spend) continue;
        for (const den of dens) {
          const budget = cell(den.col);
          if (budget && PEOPLE.test(num.header) === PEOPLE.test(den.header)) pairs.push({ num, den, spend, budget });
        }
      }
      ctx.relate({
        check: 'ratio_mismatch',
        kind: 'ratio',
        stated: rate,
        show: 'first',
        metric: rate.metric || columnMetric(ctx, file, t, row.index, rc.col),
        key: row.label,
        alternatives: pairs.map(({ num, den, spend, budget }) => ({
          inputs: [
            ['input', spend],
            ['input', budget],
          ],
          expected: (iv: IntervalOf) => percentOf(iv(spend), iv(budget)),
          formula: (result: Interval) => `${rc.header} = ${num.header} ÷ ${den.header} × 100 = ${spend.raw} ÷ ${budget.raw} × 100 = ${ctx.shown(result, rate)}`,
        })),
        severity: (margin) => severityOf(margin, new Decimal(rate.value)),
        message: (result) => ({ code: 'table-ratio-mismatch', params: { row: row.label, column: rc.header, reported: `${rate.raw}${rate.rawUnit}`, expected: ctx.shown(result, rate) } }),
      });
    }
  }
}

export const tableRatesRule: Rule = {
  id: 'table-rates',
  check: 'ratio_mismatch',
  description: 'A table row’s rate must be its spending column over one of its budget columns.',
  messages: {
    'table-ratio-mismatch': {
      zh: '表中“{row}”的{column}为 {reported}，按同行数据计算应为 {expected}。',
      en: 'Row “{row}”: {column} is {reported}; the row’s own figures give {expected}.',
    },
  },
  run(ctx) {
    for (const { file, table } of ctx.input.tables) tableRates(ctx, file, table);
  },
};
