/**
 * The funds row of a project form (年度资金总额 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分): the rate is
 * 执行数 ÷ 全年预算数 (the 年初预算数 is an alternative the form also prints: a rate consistent with either is
 * not flagged), and the score is 分值 × 执行率, never more than 分值.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { div, gap, mul, overlaps, point, type Interval, severityOf } from '../math/interval.js';
import { type Rule } from './rule.js';
import { headerOf, tableRows } from './rows.js';

function capAt(a: Interval, cap: Interval): Interval {
  return { lo: Decimal.min(a.lo, cap.hi), hi: Decimal.min(a.hi, cap.hi) };
}

export const formExecution: Rule = {
  id: 'form-execution',
  check: 'ratio_mismatch',
  description: 'A form row’s execution rate is its spending over its budget; its score is the weight times that rate.',
  messages: {
    'rule.form-rate': {
      zh: '“{row}”执行率为 {reported}%，按执行数 {spend} ÷ 预算数 {budget} 计算应为 {expected}%。',
      en: '“{row}”: execution rate {reported}%, but {spend} ÷ {budget} gives {expected}%.',
    },
    'rule.form-rate-score': {
      zh: '“{row}”得分为 {reported}，按分值 {weight} × 执行率 {rate}% 应为 {expected}。',
      en: '“{row}”: score {reported}, but weight {weight} × rate {rate}% gives {expected}.',
    },
  },
  run(ctx) {
    for (const row of tableRows(ctx)) {
      const budgets = row.figures.filter((f) => f.kind === 'amount' && f.role === '预算');
      const spend = row.figures.find((f) => f.kind === 'amount' && f.role === '执行');
      const rate = row.figures.find((f) => f.kind === 'rate' && /执行率|完成率/.test(headerOf(f)));
      const weight = row.figures.find((f) => f.kind === 'weight');
      const score = row.figures.find((f) => f.kind === 'score');
      const name = row.figures[0]!.label.split(' › ')[0] ?? '';
      if (rate && spend && budgets.length) {
        // The full-year budget first (全年预算数), the initial one as an alternative.
        const ordered = [...budgets].sort((a, b) => Number(/年初/.test(headerOf(a))) - Number(/年初/.test(headerOf(b))));
        const trials = ordered
          .map((b) => ({ budget: b, q: div(ctx.interval(spend), ctx.interval(b)) }))
          .filter((t): t is { budget: Figure; q: Interval } => t.q !== null)
          .map((t) => ({ budget: t.budget, expected: mul(t.q, point(100)) }));
        const reported = ctx.interval(rate);
        if (trials.length) {
          ctx.checked++;
          if (!trials.some((t) => overlaps(reported, t.expected))) {
            const t = trials[0]!;
            const margin = gap(reported, t.expected);
            ctx.flag('ratio_mismatch', {
              severity: severityOf(margin, new Decimal(rate.value)),
              reported: rate,
              expected: t.expected,
              formula: `${spend.raw} ÷ ${t.budget.raw} × 100`,
              message: 'rule.form-rate',
              params: { row: name, reported: rate.raw, spend: spend.raw, budget: t.budget.raw, expected: t.expected.lo.plus(t.expected.hi).div(2).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed() },
              inputs: [['spend', spend], ['budget', t.budget]],
            }, margin);
          }
        }
      }
      if (rate && weight && score) {
        const w = ctx.interval(weight);
        const expected = capAt(mul(w, mul(ctx.interval(rate), point('0.01'))), w);
        const reported = ctx.interval(score);
        ctx.checked++;
        if (overlaps(reported, expected)) continue;
        const margin = gap(reported, expected);
        ctx.flag('score_mismatch', {
          severity: severityOf(margin, new Decimal(score.value)),
          reported: score,
          expected,
          formula: `${weight.raw} × ${rate.raw}%`,
          message: 'rule.form-rate-score',
          params: { row: name, reported: score.raw, weight: weight.raw, rate: rate.raw, expected: expected.lo.plus(expected.hi).div(2).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed() },
          inputs: [['weight', weight], ['rate', rate]],
        }, margin);
      }
    }
  },
};
