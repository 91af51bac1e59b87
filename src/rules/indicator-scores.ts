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
import { div, gap, mul, overlaps, severityOf } from '../math/interval.js';
import { type Rule } from './rule.js';
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
      const w = ctx.interval(weight);
      const s = ctx.interval(score);
      ctx.checked++;
      if (s.lo.gt(w.hi)) {
        const margin = gap(s, w);
        ctx.flag('score_mismatch', {
          severity: severityOf(margin, new Decimal(score.value)),
          reported: score,
          expected: w,
          formula: `${score.raw} ≤ ${weight.raw}`,
          message: 'rule.score-over-weight',
          params: { row: name, reported: score.raw, weight: weight.raw },
          inputs: [['weight', weight]],
        }, margin);
        continue;
      }
      const target = row.figures.find((f) => f.role === '目标' && (f.comparator === '≥' || f.comparator === '≤' || f.comparator === '>' || f.comparator === '<'));
      const actual = row.figures.find((f) => f.role === '实际');
      if (!target || !actual || !sameUnit(target, actual)) continue;
      const t = ctx.interval(target);
      const a = ctx.interval(actual);
      const floor = target.comparator === '≥' || target.comparator === '>';
      const missed = floor ? a.hi.lt(t.lo) : a.lo.gt(t.hi);
      if (!missed) continue;
      const ratio = floor ? div(a, t) : div(t, a);
      if (!ratio) continue;
      const expected = mul(w, ratio);
      if (overlaps(s, expected) || s.hi.lt(expected.lo)) continue;
      const margin = gap(s, expected);
      ctx.flag('score_mismatch', {
        severity: 'warning',
        reported: score,
        expected,
        formula: floor ? `${weight.raw} × ${actual.raw} ÷ ${target.raw}` : `${weight.raw} × ${target.raw} ÷ ${actual.raw}`,
        message: 'rule.score-missed-target',
        params: {
          row: name,
          target: `${target.comparator}${target.raw}${target.rawUnit}`,
          actual: `${actual.raw}${actual.rawUnit}`,
          reported: score.raw,
          weight: weight.raw,
          expected: expected.lo.plus(expected.hi).div(2).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(),
        },
        inputs: [['target', target], ['actual', actual], ['weight', weight]],
      }, margin);
    }
  },
};
