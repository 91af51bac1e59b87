/**
 * What is left of a budget, stated after the budget and what was spent of it (下达资金8.56亿元，已支出7.61亿元，
 * 支出进度88.9%，结转0.95亿元): 结转 = 预算 − 已支出. Only in that order in one sentence, where the spending names
 * nothing but its measure; a 结转 elsewhere may be of another year or fund.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { severityOf, sub } from '../math/interval.js';
import { unmapped } from '../text/mapped-text.js';
import type { Rule } from './rule.js';
import { budgetAndSpendingBefore } from './spending.js';

const LEFT = /^(?:结转|结余|结转结余|剩余|未支出|未支付|尚未支付|未拨付|尚未拨付|未使用)(?:资金|金额)?$/;

export const remainders: Rule = {
  id: 'remainders',
  check: 'difference_mismatch',
  description: 'What is left of a budget must be the budget less what was spent, when the sentence states all three.',
  messages: {
    'rule.remainder': {
      zh: '{label}为 {reported}，但预算 {budget} 减已支出 {spent} 为 {expected}。',
      en: '{label} is {reported}, but the budget {budget} less the spending {spent} is {expected}.',
    },
  },
  run(ctx) {
    ctx.figures.forEach((left, i) => {
      if (left.kind !== 'amount' || left.direction !== 0 || left.comparison || !LEFT.test(unmapped(left.label).text.trim())) return;
      // The spending right before it, or before its rate (已支出7.61亿元，支出进度88.9%，结转0.95亿元).
      const before = ctx.figures[i - 1];
      const rate = before?.kind === 'rate' ? before : null;
      const spent: Figure | undefined = rate ? ctx.figures[i - 2] : before;
      if (!spent) return;
      const pair = budgetAndSpendingBefore(ctx, rate ?? left, spent);
      if (!pair || ctx.place(left)?.sentence !== ctx.place(spent)?.sentence) return;
      const { budget } = pair;
      ctx.relate({
        check: 'difference_mismatch',
        kind: 'difference',
        stated: left,
        alternatives: [
          {
            inputs: [
              ['budget', budget],
              ['spent', spent],
            ],
            expected: (iv) => sub(iv(budget), iv(spent)),
            formula: (e) => `${budget.raw}${budget.rawUnit} − ${spent.raw}${spent.rawUnit} = ${ctx.shown(e, left)}`,
          },
        ],
        severity: (margin) => severityOf(margin, new Decimal(left.value)),
        message: (e) => ({ code: 'rule.remainder', params: { label: left.label, reported: `${left.raw}${left.rawUnit}`, budget: `${budget.raw}${budget.rawUnit}`, spent: `${spent.raw}${spent.rawUnit}`, expected: ctx.shown(e, left) } }),
      });
    });
  },
};
