/**
 * A change and its rate, stated together about one figure: 支出 387.82 万元，较上年减少 125.51 万元，下降 24.5%.
 * The base is the one the sentence states for the comparison (比上年累计支出 433 万元; 较年初预算 412.00 万元), and
 * then the change must be the difference and the rate the difference over the base; or else the current figure
 * minus the change (plus it for a decrease), and the rate is the change over that. A change and a rate are paired
 * only when they compare with the same thing (较预算 or 比上年).
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { changeRate, gap, mul, overlaps, point, relativeChange, sub, type Interval, severityOf } from '../math/interval.js';
import { type Rule, type RuleContext } from './rule.js';

function signed(ctx: RuleContext, f: Figure, direction: number): Interval {
  const iv = ctx.interval(f);
  return direction < 0 ? sub(point(0), iv) : iv;
}

export const changeGrowth: Rule = {
  id: 'change-growth',
  check: 'difference_mismatch',
  description: 'A stated change and its rate must agree with the figure they are about and its prior value.',
  messages: {
    'rule.change-growth': {
      zh: '{label}：所述增减幅度 {reported}% 与增减额和基数计算的 {expected}% 不符。',
      en: '{label}: the stated rate of change {reported}% does not match {expected}% from the change and its base.',
    },
    'rule.change-levels': {
      zh: '{label}：所述增减额 {reported} 与前后两个数（{current} 与 {prior}）之差 {expected} 不符。',
      en: '{label}: the stated change {reported} does not match {expected}, the difference of {current} and {prior}.',
    },
  },
  run(ctx) {
    for (const level of ctx.figures) {
      if (level.kind !== 'amount' || level.direction !== 0 || level.comparison || ctx.about(level)) continue;
      const claims = ctx.claimsAbout(level);
      const isBase = (f: Figure) => f.kind === 'amount' && f.direction === 0 && !f.comparison;
      // The base each comparison names in the sentence: the prior year's level (比上年累计支出 433 万元), or the
      // budget (较年初预算 412.00 万元).
      const baseFor = (comparison: string): Figure | undefined =>
        comparison === '比上年'
          ? claims.find((f) => isBase(f) && f.period && f.role !== '预算')
          : comparison === '较预算'
            ? claims.find((f) => isBase(f) && f.role === '预算')
            : undefined;
      const changes = claims.filter((f) => f.kind === 'amount' && f.comparison && f.direction !== 0);
      for (const change of changes) {
        const base = baseFor(change.comparison);
        if (!base) continue;
        // Both figures stated: the change is their difference.
        const difference = sub(ctx.interval(level), ctx.interval(base));
        ctx.checked++;
        const stated = signed(ctx, change, change.direction);
        if (overlaps(stated, difference)) continue;
        ctx.flag('difference_mismatch', {
          severity: severityOf(gap(stated, difference), new Decimal(change.value)),
          reported: change,
          expected: difference.lo.lt(0) && change.direction < 0 ? sub(point(0), difference) : difference,
          formula: `${level.raw} − ${base.raw} = ${difference.lo.plus(difference.hi).div(2).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed()}`,
          message: 'rule.change-levels',
          params: { label: level.label, reported: `${change.raw}${change.rawUnit}`, expected: difference.lo.plus(difference.hi).div(2).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(), current: level.raw, prior: base.raw },
          inputs: [['current', level], ['base', base]],
        }, gap(stated, difference));
      }
      for (const growth of claims.filter((f) => f.kind === 'growth' && f.unit === '%')) {
        const base = baseFor(growth.comparison);
        const change = changes.find((c) => c.comparison === growth.comparison && (c.direction === growth.direction || growth.direction === 0)) ?? null;
        if (!base && !change) continue;
        const q = base ? relativeChange(ctx.interval(level), ctx.interval(base)) : changeRate(ctx.interval(level), signed(ctx, change!, change!.direction));
        if (!q) continue;
        const expected = mul(q, point(100));
        const magnitude = expected.hi.lte(0) ? sub(point(0), expected) : expected;
        const reported = ctx.interval(growth);
        ctx.checked++;
        if (overlaps(reported, magnitude) || (expected.lo.lt(0) && expected.hi.gt(0))) continue;
        const inputs: Array<[string, Figure]> = [['current', level], ...(base ? [['base', base] as [string, Figure]] : [['change', change!] as [string, Figure]])];
        const margin = gap(reported, magnitude);
        ctx.flag('difference_mismatch', {
          severity: severityOf(margin, new Decimal(growth.value)),
          reported: growth,
          expected: magnitude,
          formula: base
            ? `(${level.raw} − ${base.raw}) ÷ ${base.raw} × 100`
            : `${change!.raw} ÷ (${level.raw} ${change!.direction > 0 ? '−' : '+'} ${change!.raw}) × 100`,
          message: 'rule.change-growth',
          params: { label: level.label, reported: growth.raw, expected: magnitude.lo.plus(magnitude.hi).div(2).toFixed(2, Decimal.ROUND_HALF_UP) },
          inputs,
        }, margin);
      }
    }
  },
};
