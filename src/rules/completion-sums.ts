/**
 * The completion rate of a whole against its parts' (财政收入29612万元，占年初预算的27.7%。其中，国税11765万元，
 * 占年初预算的25%；地税14796万元，占年初预算的30.1%；财政3051万元，占年初预算的28.8%): when the parts the report
 * lists under the whole add up to it, and each states its rate against the same budget as the whole's (年初, 调整,
 * 年度), each part's budget is the part ÷ its rate, the whole's budget is their sum, and the whole's rate is the
 * whole over it. A list that does not make its whole, a part without its rate, or rates of two budgets leave it
 * unknown.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { unmapped } from '../text/mapped-text.js';
import { div, mul, percentOf, point, severityOf } from '../math/interval.js';
import type { Rule } from './rule.js';
import { partsMaking } from './change-sums.js';
import { ratesFromParts } from './rates-from-parts.js';

const isLevel = (f: Figure) => f.kind === 'amount' && f.direction === 0 && !f.comparison;

/** A rate of the figure against its budget: 占年初预算的25%, 完成年度预算的56.5%, 为预算的101%. */
function isCompletion(f: Figure): boolean {
  const label = unmapped(f.label).text;
  // 占年初预算月进度的109%: against the schedule's share of the budget, not the budget.
  if (/进度/.test(label)) return false;
  return f.kind === 'rate' && f.unit === '%' && f.comparator === '=' && (f.comparison === '较预算' || /(?:完成|占|为)[^，,；;]*?(?:预算|计划|任务)/.test(label));
}

/** Which budget a rate is of, as its words say: 年初, 调整, or the budget unqualified. */
function budgetOf(f: Figure): string {
  return /年初|调整|变动/.exec(unmapped(f.label).text)?.[0] ?? '';
}

export const completionSums: Rule = {
  id: 'completion-sums',
  check: 'ratio_mismatch',
  description: 'The completion rate of a whole must follow from its parts’ levels and completion rates when its parts make it.',
  messages: {
    'rule.completion-sum': {
      zh: '{label}完成预算的比例报告为 {reported}%，但按各组成部分的金额与完成比例推算（预算为各部分预算之和）应为 {expected}%。',
      en: '{label} is said to be {reported}% of its budget, but its parts’ levels and rates (the budget being the sum of theirs) give {expected}%.',
    },
  },
  run(ctx) {
    for (const rate of ctx.figures) {
      if (!isCompletion(rate)) continue;
      const whole = ctx.about(rate);
      if (!whole || !isLevel(whole)) continue;
      const parts = partsMaking(ctx, whole);
      if (!parts) continue;
      const rates = parts.map((p) => ctx.claimsAbout(p).filter(isCompletion));
      if (rates.some((r) => r.length !== 1)) continue;
      const partRates = rates.map((r) => r[0]!);
      if (partRates.some((r) => budgetOf(r) !== budgetOf(rate) || new Decimal(r.value).isZero())) continue;
      const formula = () => `${whole.raw} ÷ (${parts.map((p, i) => `${p.raw} ÷ ${partRates[i]!.raw}%`).join(' + ')}) × 100`;
      const alternatives = ratesFromParts(whole, parts, partRates, (iv, part, rate) => div(iv(part), mul(iv(rate), point('0.01'))), percentOf, formula);
      ctx.relate({
        check: 'ratio_mismatch',
        kind: 'ratio',
        stated: rate,
        alternatives,
        severity: (margin) => severityOf(margin, new Decimal(rate.value)),
        message: (e) => ({
          code: 'rule.completion-sum',
          params: { label: whole.label, reported: rate.raw, expected: e.lo.plus(e.hi).div(2).toFixed(2, Decimal.ROUND_HALF_UP) },
        }),
      });
    }
  },
};
