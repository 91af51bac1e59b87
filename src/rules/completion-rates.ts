/**
 * A completion rate with the budget it is of, stated together: 收入累计完成 99552 万元，占年初预算数 109466 万元的
 * 90.9% (完成年初预算任务 71,900 万元的 88.08%). The rate is the figure over that budget. Rates of the vocabulary
 * (执行率, 控制率) are the rule ratios' to check; a rate whose budget the sentence does not state is not checked.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { severityOf, show, percentOf } from '../math/interval.js';
import type { Rule } from './rule.js';
import { unmapped } from '../text/mapped-text.js';

export const completionRates: Rule = {
  id: 'completion-rates',
  check: 'ratio_mismatch',
  description: 'A completion rate must be its figure over the budget stated with it (占年初预算数 X 的 Y%).',
  messages: {
    'rule.completion-rate': {
      zh: '{label}完成 {actual}，为预算 {budget} 的 {reported}%，但 {actual} ÷ {budget} 为 {expected}%。',
      en: '{label}: {actual} is said to be {reported}% of the budget {budget}, but {actual} ÷ {budget} is {expected}%.',
    },
  },
  run(ctx) {
    for (const rate of ctx.figures) {
      if (rate.kind !== 'rate' || rate.unit !== '%') continue;
      if (rate.metric && ctx.lex.rates.some((r) => r.metric === rate.metric)) continue;
      // 增幅超过了100%: a growth or a bound, not a share of the budget.
      if (rate.comparator !== '=' || /增|降|幅|超/.test(unmapped(rate.label).text)) continue;
      const actual = ctx.about(rate);
      if (!actual || actual.kind !== 'amount' || actual.direction !== 0) continue;
      const sentence = ctx.place(rate)?.sentence;
      const isBudget = (f: Figure) => f.kind === 'amount' && f.direction === 0 && !f.comparison && f.role === '预算' && f !== actual;
      // The budget printed right before the rate (占年初预算数X的Y%), a claim about the same figure, in its sentence:
      // with 为人大预算数37.1亿元的91.16%，为市下三季度目标33.23亿元101.78%, each rate has its own base.
      const budget = ctx.figures[ctx.figures.indexOf(rate) - 1];
      if (!budget || !isBudget(budget) || ctx.place(budget)?.sentence !== sentence || !ctx.claimsAbout(actual).includes(budget)) continue;
      ctx.relate({
        check: 'ratio_mismatch',
        kind: 'ratio',
        stated: rate,
        alternatives: [
          {
            inputs: [
              ['actual', actual],
              ['budget', budget],
            ],
            expected: (iv) => percentOf(iv(actual), iv(budget)),
            formula: (e) => `${actual.raw} ÷ ${budget.raw} × 100 = ${show(e)}`,
          },
        ],
        severity: (margin) => severityOf(margin, new Decimal(rate.value)),
        message: (e) => ({
          code: 'rule.completion-rate',
          params: { label: actual.label, actual: `${actual.raw}${actual.rawUnit}`, budget: `${budget.raw}${budget.rawUnit}`, reported: rate.raw, expected: e.lo.plus(e.hi).div(2).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed() },
        }),
      });
    }
  },
};
