/**
 * A completion rate against the budget stated beside the gap to the budget: 决算 1741.75 万元，完成年初预算
 * 100%，决算数大于预算数 55.93 万元. The budget is the actual minus the gap, so the rate is actual ÷ budget.
 */
import { point, sub, type Interval, percentOf } from '../math/interval.js';
import type { IntervalOf, Rule } from './rule.js';
import { relatePercent } from './rate-relation.js';

export const rateVsVariance: Rule = {
  id: 'rate-vs-variance',
  check: 'ratio_mismatch',
  description: 'A rate of completion of the budget must agree with the stated gap between actual and budget.',
  messages: {
    'rule.rate-vs-variance': {
      zh: '{label}：完成预算 {reported}%，但实际数 {actual} 与预算相差 {change}，完成率应为 {expected}%。',
      en: '{label}: {reported}% of the budget is stated, but the actual {actual} differs from the budget by {change}: the rate is {expected}%.',
    },
  },
  run(ctx) {
    for (const rate of ctx.figures) {
      if (rate.kind !== 'rate' || rate.comparison !== '较预算') continue;
      const actual = ctx.about(rate);
      if (!actual || actual.kind !== 'amount') continue;
      const change = ctx.claimsAbout(actual).find((f) => f.kind === 'amount' && f.comparison === '较预算' && f.direction !== 0);
      if (!change) continue;
      const expected = (iv: IntervalOf): Interval | null => {
        const budget = change.direction > 0 ? sub(iv(actual), iv(change)) : sub(iv(actual), sub(point(0), iv(change)));
        return percentOf(iv(actual), budget);
      };
      relatePercent(
        ctx,
        rate,
        {
          inputs: [
            ['actual', actual],
            ['change', change],
          ],
          expected,
          formula: () => `${actual.raw} ÷ (${actual.raw} ${change.direction > 0 ? '−' : '+'} ${change.raw}) × 100`,
        },
        (expected) => ({ code: 'rule.rate-vs-variance', params: { label: actual.label, reported: rate.raw, actual: actual.raw, change: `${change.raw}${change.rawUnit}`, expected } }),
      );
    }
  },
};
