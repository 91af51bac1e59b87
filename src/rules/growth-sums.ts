/**
 * The growth of a whole against the growths of its parts (收入12.00亿元，增长10.0%，其中：税收收入8.00亿元，增长
 * 5.0%；非税收入4.00亿元，增长20.0%): when the parts the report lists under the whole add up to it, and each part
 * states its rate against the same base as the whole's, the whole's prior level is the sum of the parts' (each part
 * ÷ (1 + its rate)), and the whole's rate is its level over that sum, less one. A list that does not make its whole,
 * a part without its rate or with no sign to it, or a rate on an adjusted basis (同口径, 剔除…因素) leaves the
 * whole's rate unknown.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { unmapped } from '../text/mapped-text.js';
import { add, div, magnitude, mul, point, relativeChange, severityOf, withSign, type Interval } from '../math/interval.js';
import type { IntervalOf, Rule } from './rule.js';
import { partsMaking } from './change-sums.js';
import { ratesFromParts } from './rates-from-parts.js';
import { textBefore } from './printed.js';

const ADJUSTED = /同口径|可比|剔除|扣除|自然口径/;

/**
 * Output and activity measures (地区生产总值, 增加值, 产值, 零售额, 投资) grow at comparable prices: their rates are not the
 * change of the amounts printed, and the parts' real rates do not make the whole's from the printed levels.
 */
const REAL_TERMS = /生产总值|GDP|增加值|产值|产业|产量|零售|投资/;

/** Rates against a budget or a schedule, not against the year before. */
const AGAINST_PLAN = new Set(['较预算', '较进度']);

const isLevel = (f: Figure) => f.kind === 'amount' && f.direction === 0 && !f.comparison;
/** A total of everything a budget takes in or pays out, carry-overs and transfers among it. */
const AGGREGATE = /总计|合计|总量/;
const isRate = (f: Figure) => f.kind === 'growth' && f.unit === '%';

/** The prior level a figure and its signed rate give: level ÷ (1 + rate); null when the rate may be −100 % or less. */
function priorOf(level: Interval, rate: Interval): Interval | null {
  const factor = add(point(1), mul(rate, point('0.01')));
  return factor.lo.gt(0) ? div(level, factor) : null;
}

function printedRate(f: Figure): string {
  return `${f.direction < 0 ? '−' : '+'}${f.raw}%`;
}

export const growthSums: Rule = {
  id: 'growth-sums',
  check: 'difference_mismatch',
  description: 'The growth rate of a whole must follow from its parts’ levels and growth rates when its parts make it.',
  messages: {
    'rule.growth-sum': {
      zh: '{label}增幅报告为 {reported}，但按各组成部分的金额与增幅推算（上年数为各部分上年数之和）应为 {expected}。',
      en: '{label} is said to change by {reported}, but its parts’ levels and rates (the prior year being the sum of theirs) give {expected}.',
    },
  },
  run(ctx) {
    for (const growth of ctx.figures) {
      if (!isRate(growth) || ADJUSTED.test(unmapped(growth.label).text) || AGAINST_PLAN.has(growth.comparison)) continue;
      const whole = ctx.about(growth);
      if (!whole || !isLevel(whole) || ADJUSTED.test(unmapped(whole.label).text)) continue;
      const parts = partsMaking(ctx, whole);
      if (!parts || [whole, ...parts].some((f) => REAL_TERMS.test(unmapped(f.label).text))) continue;
      // 收入总计 (本级收入, 转移支付, 动用预算稳定调节基金…): last year's total may have held items this year's has not.
      if (AGGREGATE.test(unmapped(whole.label).text) || AGGREGATE.test(textBefore(ctx, whole, 4))) continue;
      const rates = parts.map((p) =>
        ctx.claimsAbout(p).filter((c) => isRate(c) && (c.comparison === growth.comparison || c.comparison === '' || growth.comparison === '')),
      );
      // Each part with exactly one rate, with its sign (持平 is 0), on the figure as printed.
      if (rates.some((r) => r.length !== 1)) continue;
      const partRates = rates.map((r) => r[0]!);
      if (partRates.some((r) => (r.direction === 0 && !new Decimal(r.value).isZero()) || ADJUSTED.test(unmapped(r.label).text) || AGAINST_PLAN.has(r.comparison))) continue;
      // One base for all: a rate against the year before beside one stated with no base is the same comparison.
      if (new Set([growth, ...partRates].map((r) => r.comparison).filter(Boolean)).size > 1) continue;
      const formula = () => `${whole.raw} ÷ (${parts.map((p, i) => `${p.raw} ÷ (1 ${partRates[i]!.direction < 0 ? '−' : '+'} ${partRates[i]!.raw}%)`).join(' + ')}) − 1`;
      const alternatives = ratesFromParts(
        whole,
        parts,
        partRates,
        (iv, part, rate) => priorOf(iv(part), withSign(iv(rate), rate.direction)),
        (level, priors) => {
          const change = relativeChange(level, priors);
          if (!change) return null;
          const percent = mul(change, point(100));
          // A rate stated without its sign (增减) is its magnitude.
          return growth.direction === 0 ? magnitude(percent) : percent;
        },
        formula,
      );
      ctx.relate({
        check: 'difference_mismatch',
        kind: 'change',
        stated: growth,
        statedInterval: (iv: IntervalOf) => withSign(iv(growth), growth.direction),
        alternatives,
        severity: (margin) => severityOf(margin, new Decimal(growth.value)),
        message: (e) => ({
          code: 'rule.growth-sum',
          params: { label: whole.label, reported: printedRate(growth), expected: e.lo.plus(e.hi).div(2).toFixed(2, Decimal.ROUND_HALF_UP) },
        }),
      });
    }
  },
};
