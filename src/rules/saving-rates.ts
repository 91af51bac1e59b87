/**
 * A saving and its rate after the budget and what was spent of it (政府采购预算金额320万元，实际采购金额300万元，节约资金
 * 20万元，节约率6.25%): the rate is the saving over the budget. Only in that order in one sentence, the budget the
 * larger of the two amounts before the saving.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { percentOf, show } from '../math/interval.js';
import { unmapped } from '../text/mapped-text.js';
import type { Rule } from './rule.js';
import { relatePercent } from './rate-relation.js';

const SAVING = /(?:节约|节支|节省|节资)(?:资金|金额)?(?:为|了)?$/;
const SAVING_RATE = /(?:节约|节支|节资|节省)(?:率|比例)(?:为|是|达)?$/;

export const savingRates: Rule = {
  id: 'saving-rates',
  check: 'ratio_mismatch',
  description: 'A saving rate after the budget, the spending and the saving must be the saving over the budget.',
  messages: {
    'rule.saving-rate': {
      zh: '{label}为 {reported}%，但节约 {saving} ÷ 预算 {budget} 为 {expected}%。',
      en: '{label} is {reported}%, but the saving {saving} over the budget {budget} is {expected}%.',
    },
  },
  run(ctx) {
    ctx.figures.forEach((rate, i) => {
      // The words of saving read as a decrease (节约资金20万元，节约率6.25%): the figures are the saving and its rate all the same.
      if (i < 3 || (rate.kind !== 'rate' && rate.kind !== 'growth') || rate.unit !== '%' || rate.comparator !== '=' || !SAVING_RATE.test(unmapped(rate.label).text.trim())) return;
      const [budget, spent, saving] = [ctx.figures[i - 3]!, ctx.figures[i - 2]!, ctx.figures[i - 1]!];
      const sentence = ctx.place(rate)?.sentence;
      const plain = (f: Figure) => f.kind === 'amount' && f.direction === 0 && !f.comparison && f.unit === saving.unit && ctx.place(f)?.sentence === sentence;
      const savingShape = saving.kind === 'amount' && saving.unit === budget.unit && ctx.place(saving)?.sentence === sentence;
      if (![budget, spent].every(plain) || !savingShape || !SAVING.test(unmapped(saving.label).text.trim())) return;
      if (new Decimal(budget.value).lt(spent.value)) return;
      relatePercent(
        ctx,
        rate,
        {
          inputs: [
            ['saving', saving],
            ['budget', budget],
          ],
          expected: (iv) => percentOf(iv(saving), iv(budget)),
          formula: (e) => `${saving.raw} ÷ ${budget.raw} × 100 = ${show(e)}`,
        },
        (expected) => ({ code: 'rule.saving-rate', params: { label: rate.label, reported: rate.raw, saving: `${saving.raw}${saving.rawUnit}`, budget: `${budget.raw}${budget.rawUnit}`, expected } }),
      );
    });
  },
};
