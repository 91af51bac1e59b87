/**
 * The funds row of a project form (年度资金总额 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分): the rate is
 * 执行数 ÷ 全年预算数 (the 年初预算数 is an alternative the form also prints: a rate consistent with either is
 * not flagged), and the score is 分值 × 执行率, never more than 分值.
 */
import { Decimal } from 'decimal.js';
import { mul, point, type Interval, severityOf, percentOf, midText } from '../math/interval.js';
import type { Figure } from '../model/audit.js';
import type { IntervalOf, Rule } from './rule.js';
import { headerOf, tableRows } from './rows.js';

/**
 * The rate in percent: a form may print it as a fraction (执行率 0.958 for 95.8 %), which a value of at most 1.5
 * without a % sign is; a rate that low in percent would not be printed beside its spending and budget.
 */
function inPercent(iv: IntervalOf, rate: Figure): Interval {
  const printed = iv(rate);
  return rate.rawUnit !== '%' && new Decimal(rate.value).lte('1.5') ? mul(printed, point(100)) : printed;
}

function capAt(a: Interval, cap: Interval): Interval {
  return { lo: Decimal.min(a.lo, cap.hi), hi: Decimal.min(a.hi, cap.hi) };
}

/** A score column whose header prints its formula: 得分(20分*执行率), 得分（10分×执行率）. */
const SCORE_BY_RATE = /得分[（(](\d+(?:\.\d+)?)分?[*×xX]执行率[）)]/;

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
        ctx.relate({
          check: 'ratio_mismatch',
          kind: 'ratio',
          stated: rate,
          statedInterval: (iv: IntervalOf) => inPercent(iv, rate),
          show: 'first',
          alternatives: ordered.map((budget) => ({
            inputs: [
              ['spend', spend],
              ['budget', budget],
            ],
            expected: (iv: IntervalOf) => percentOf(iv(spend), iv(budget)),
            formula: () => `${spend.raw} ÷ ${budget.raw} × 100`,
          })),
          severity: (margin) => severityOf(margin, new Decimal(rate.value)),
          message: (e, alternative) => ({
            code: 'rule.form-rate',
            params: { row: name, reported: rate.raw, spend: spend.raw, budget: alternative.inputs[1]![1].raw, expected: midText(e) },
          }),
        });
      }
      // 得分 (20分*执行率): the column's header prints the score's formula, and the weight with it.
      // A row read as figures under their headers alone (the label is the header) names its columns by the label.
      const column = (f: Figure) => (headerOf(f) || f.label).replace(/\s+/g, '');
      const rowRate = rate ?? row.figures.find((f) => f.kind === 'rate' && /执行率|完成率/.test(column(f)));
      const byHeader = !weight && rowRate ? row.figures.map((f) => ({ f, m: SCORE_BY_RATE.exec(column(f)) })).find((x) => x.m && x.f !== rowRate) : undefined;
      if (byHeader && rowRate) {
        const { f: stated, m } = byHeader;
        const rate = rowRate;
        const points = m![1]!;
        ctx.relate({
          check: 'score_mismatch',
          kind: 'score',
          stated,
          alternatives: [
            {
              inputs: [['rate', rate]],
              expected: (iv: IntervalOf) => capAt(mul(point(points), mul(inPercent(iv, rate), point('0.01'))), point(points)),
              formula: () => `${points} × ${rate.raw}%`,
            },
          ],
          severity: (margin) => severityOf(margin, new Decimal(stated.value)),
          message: (e) => ({ code: 'rule.form-rate-score', params: { row: name, reported: stated.raw, weight: points, rate: rate.raw, expected: midText(e) } }),
        });
      }
      if (rate && weight && score) {
        ctx.relate({
          check: 'score_mismatch',
          kind: 'score',
          stated: score,
          alternatives: [
            {
              inputs: [
                ['weight', weight],
                ['rate', rate],
              ],
              expected: (iv: IntervalOf) => capAt(mul(iv(weight), mul(inPercent(iv, rate), point('0.01'))), iv(weight)),
              formula: () => `${weight.raw} × ${rate.raw}%`,
            },
          ],
          severity: (margin) => severityOf(margin, new Decimal(score.value)),
          message: (e) => ({ code: 'rule.form-rate-score', params: { row: name, reported: score.raw, weight: weight.raw, rate: rate.raw, expected: midText(e) } }),
        });
      }
    }
  },
};
