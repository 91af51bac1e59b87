/**
 * A scored indicator row (年度指标值 | 实际完成值 | 分值 | 得分):
 * - the score may not exceed the weight;
 * - an indicator that misses its target (≥95% achieved 90%, ≤5300元 achieved 5830元) scored at full marks is
 *   flagged as a warning: by the national rule (财预〔2020〕10号) a quantitative indicator earns its weight in
 *   proportion to its achievement. Only targets with a direction (≥, ≤) and the same unit as the achievement are
 *   judged; the proportional score is compared with the score's own rounding, so a near miss is not flagged.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { div, mul, overlaps, severityOf, type Interval, midText } from '../math/interval.js';
import type { IntervalOf, Rule } from './rule.js';
import { tableRows } from './rows.js';

function sameUnit(a: Figure, b: Figure): boolean {
  return a.unit === b.unit && a.unit !== '';
}

export const indicatorScores: Rule = {
  id: 'indicator-scores',
  check: 'score_mismatch',
  description: 'An indicator’s score must not exceed its weight, nor stay full when the indicator missed its target.',
  messages: {
    'rule.score-over-weight': {
      zh: '“{row}”得分 {reported} 超过其分值 {weight}。',
      en: '“{row}”: score {reported} exceeds its weight {weight}.',
    },
    'rule.score-missed-target': {
      zh: '“{row}”目标为 {target}，实际完成 {actual}，未达目标，却得 {reported} 分（分值 {weight}）；按完成比例应约为 {expected} 分。',
      en: '“{row}”: target {target}, achieved {actual} — the target was missed, yet it scores {reported} of {weight}; in proportion it would be about {expected}.',
    },
  },
  run(ctx) {
    for (const row of tableRows(ctx)) {
      const weight = row.figures.find((f) => f.kind === 'weight' && f.role === '分值');
      const score = row.figures.find((f) => f.kind === 'score' && f.role === '得分');
      if (!weight || !score) continue;
      const name = score.label.split(' › ')[0] ?? '';
      const over = !ctx.relate({
        check: 'score_mismatch',
        kind: 'score',
        stated: score,
        alternatives: [{ inputs: [['weight', weight]], expected: (iv: IntervalOf) => iv(weight), formula: () => `${score.raw} ≤ ${weight.raw}` }],
        agrees: (s, w) => !s.lo.gt(w.hi),
        severity: (margin) => severityOf(margin, new Decimal(score.value)),
        message: () => ({ code: 'rule.score-over-weight', params: { row: name, reported: score.raw, weight: weight.raw } }),
      });
      if (over) continue;
      const target = row.figures.find((f) => f.role === '目标' && (f.comparator === '≥' || f.comparator === '≤' || f.comparator === '>' || f.comparator === '<'));
      const actual = row.figures.find((f) => f.role === '实际');
      if (!target || !actual || !sameUnit(target, actual)) continue;
      const floor = target.comparator === '≥' || target.comparator === '>';
      const t = ctx.interval(target);
      const a = ctx.interval(actual);
      const missed = floor ? a.hi.lt(t.lo) : a.lo.gt(t.hi);
      if (!missed) continue;
      const proportional = (iv: IntervalOf): Interval | null => {
        const ratio = floor ? div(iv(actual), iv(target)) : div(iv(target), iv(actual));
        return ratio ? mul(iv(weight), ratio) : null;
      };
      ctx.relate({
        check: 'score_mismatch',
        kind: 'score',
        stated: score,
        alternatives: [
          {
            inputs: [
              ['target', target],
              ['actual', actual],
              ['weight', weight],
            ],
            expected: proportional,
            formula: () => (floor ? `${weight.raw} × ${actual.raw} ÷ ${target.raw}` : `${weight.raw} × ${target.raw} ÷ ${actual.raw}`),
          },
        ],
        // A score at or below the proportional one is the scorer's judgment; only one above it is worth a look.
        agrees: (s, expected) => overlaps(s, expected) || s.hi.lt(expected.lo),
        severity: 'warning',
        message: (expected) => ({
          code: 'rule.score-missed-target',
          params: {
            row: name,
            target: `${target.comparator}${target.raw}${target.rawUnit}`,
            actual: `${actual.raw}${actual.rawUnit}`,
            reported: score.raw,
            weight: weight.raw,
            expected: midText(expected),
          },
        }),
      });
    }
  },
};
