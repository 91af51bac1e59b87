/**
 * A table's columns of change beside the two columns they compare (年初预算 | 决算数 | 增减额 | 增减率; 上年数 | 本年数 |
 * 增减 | 增幅): on each row the change is the later column less the earlier, and its rate that change over the earlier.
 * Only where exactly two amount columns stand before the first column of change: which two a third would compare,
 * the table does not say. Tables whose columns are years are table-changes'; a figure already checked is left to it.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { magnitude, percentOf, severityOf, sub, type Interval } from '../math/interval.js';
import type { ColumnReading, TableAnalysis } from '../vocabulary/tables.js';
import type { IntervalOf, Rule, RuleContext } from './rule.js';

const CHANGE = /^(?:比上年)?(?:增减|增减额|增减数|增减金额|差额|变动额|变动数|增减变动)(?:[（(][^)）]*[)）])?$/;
const CHANGE_RATE = /^(?:比上年)?(?:增减率|增减幅度|增减比例|增减%|增幅|增长率|变动率|变动幅度|增减百分比)(?:[（(][^)）]*[)）])?%?$/;

const plain = (header: string) => header.replace(/\s+/g, '');

/** A figure another rule already checked as the same kind of relation (table-changes' year columns). */
const checkedAs = (ctx: RuleContext, f: Figure, kind: string) => ctx.relations.some((r) => r.spec.stated === f && r.spec.kind === kind);

/** A change printed without a sign (增减 1.50 where the later column is the smaller) says its size only. */
function signedOrSize(f: Figure, difference: Interval): Interval {
  return f.raw.trim().startsWith('-') || f.raw.trim().startsWith('−') || new Decimal(f.value).isZero() ? difference : magnitude(difference);
}

function tableVariances(ctx: RuleContext, file: string, t: TableAnalysis): void {
  const changeCols = t.columns.filter((c) => c.role === 'amount' && CHANGE.test(plain(c.header)));
  const rateCols = t.columns.filter((c) => (c.role === 'rate' || c.role === 'amount') && CHANGE_RATE.test(plain(c.header)));
  if (!changeCols.length && !rateCols.length) return;
  const first = Math.min(...[...changeCols, ...rateCols].map((c) => c.col));
  const compared = t.columns.filter((c): c is ColumnReading => c.col < first && c.role === 'amount');
  if (compared.length !== 2 || changeCols.length > 1 || rateCols.length > 1) return;
  const [earlier, later] = compared as [ColumnReading, ColumnReading];
  // Two years side by side are table-changes' (their order and base come from the years).
  if (/(?:19|20)\d{2}/.test(earlier.header) && /(?:19|20)\d{2}/.test(later.header)) return;
  const changeCol = changeCols[0];
  const rateCol = rateCols[0];
  for (const row of t.rows) {
    if (row.kind === 'header' || row.kind === 'repeated' || row.kind === 'empty' || row.kind === 'section') continue;
    const cell = (col: number | undefined) => (col === undefined ? null : ctx.cell(file, t.table.id, row.index, col));
    const [base, current, change, rate] = [cell(earlier.col), cell(later.col), cell(changeCol?.col), cell(rateCol?.col)];
    if (!base || !current) continue;
    const difference = (iv: IntervalOf) => sub(iv(current), iv(base));
    if (change && !checkedAs(ctx, change, 'difference')) {
      ctx.relate({
        check: 'difference_mismatch',
        kind: 'difference',
        stated: change,
        key: row.label,
        alternatives: [
          {
            inputs: [
              ['current', current],
              ['base', base],
            ],
            expected: (iv) => signedOrSize(change, difference(iv)),
            formula: (e) => `${changeCol!.header} = ${later.header} − ${earlier.header} = ${current.raw} − ${base.raw} = ${ctx.shown(e, change)}`,
          },
        ],
        severity: (margin) => severityOf(margin, new Decimal(change.value)),
        message: (e) => ({ code: 'rule.table-variance', params: { row: row.label, column: changeCol!.header, reported: change.raw, expected: ctx.shown(e, change) } }),
      });
    }
    if (rate && rate.unit === '%' && !checkedAs(ctx, rate, 'change')) {
      const expected = (iv: IntervalOf): Interval | null => {
        const q = percentOf(difference(iv), iv(base));
        return q ? signedOrSize(rate, q) : null;
      };
      ctx.relate({
        check: 'difference_mismatch',
        kind: 'change',
        stated: rate,
        key: row.label,
        alternatives: [
          {
            inputs: [
              ['current', current],
              ['base', base],
            ],
            expected,
            formula: (e) => `${rateCol!.header} = (${current.raw} − ${base.raw}) ÷ ${base.raw} × 100 = ${ctx.shown(e, rate)}`,
          },
        ],
        severity: (margin) => severityOf(margin, new Decimal(rate.value)),
        message: (e) => ({ code: 'rule.table-variance', params: { row: row.label, column: rateCol!.header, reported: `${rate.raw}${rate.rawUnit}`, expected: ctx.shown(e, rate) } }),
      });
    }
  }
}

export const tableVariancesRule: Rule = {
  id: 'table-variances',
  check: 'difference_mismatch',
  description: 'A table’s change columns must be the later of the two columns before them less the earlier, and that change over the earlier.',
  messages: {
    'rule.table-variance': {
      zh: '表中“{row}”的{column}为 {reported}，按同行前两列计算应为 {expected}。',
      en: 'Row “{row}”: {column} is {reported}; the two columns before it give {expected}.',
    },
  },
  run(ctx) {
    for (const { file, table } of ctx.input.tables) tableVariances(ctx, file, table);
  },
};
