/**
 * score_total_mismatch: the score table against itself and against the text — items that do not add up to the
 * table's total, a total different from the stated 自评得分, an item scored above its weight, weights that do
 * not add up to the stated 总分. Item scores are exact as printed (one or two decimals), so sums allow only the
 * printed rounding.
 */
import { Decimal } from 'decimal.js';
import type { Fact } from '../model/audit.js';
import type { CheckContext } from './context.js';
import { add, gap, overlaps, point, show, type Interval } from './interval.js';

function total(ctx: CheckContext, facts: Fact[]): Interval {
  return facts.reduce((acc, f) => add(acc, ctx.interval(f)), point(0));
}

export function checkScoreTotals(ctx: CheckContext): void {
  const stated = (ctx.byMetric.get('self_score') ?? []).filter((f) => f.extractor !== 'score-table');
  for (const st of ctx.extraction.scoreTables) {
    const scores = st.items.map((i) => i.score).filter((f): f is Fact => f !== null);
    const weights = st.items.map((i) => i.weight).filter((f): f is Fact => f !== null);
    // Items above their weight.
    for (const item of st.items) {
      if (!item.score || !item.weight) continue;
      ctx.checked++;
      if (new Decimal(item.score.value).lte(item.weight.value)) continue;
      const margin = new Decimal(item.score.value).minus(item.weight.value);
      ctx.flag({
        check: 'score_total_mismatch',
        severity: 'error',
        metric: 'score_item',
        key: item.name,
        reported: item.score.value,
        expected: `≤ ${item.weight.value}`,
        margin,
        formula: `${item.name}: ${item.score.value} > ${item.weight.value}`,
        message: 'score-above-weight',
        params: { item: item.name, score: item.score.value, weight: item.weight.value },
        evidence: [ctx.evidence('reported', item.score), ctx.evidence('input', item.weight)],
      });
    }
    const sumScores = total(ctx, scores);
    const compare = (reported: Fact, expected: Interval, parts: Fact[], message: string, formula: string) => {
      ctx.checked++;
      if (overlaps(ctx.interval(reported), expected)) return;
      const margin = gap(ctx.interval(reported), expected);
      ctx.flag({
        check: 'score_total_mismatch',
        severity: 'error',
        metric: reported.metric,
        reported: ctx.reported(reported),
        expected: show(expected),
        margin,
        formula,
        message,
        params: { reported: ctx.reported(reported), expected: show(expected), items: parts.length },
        evidence: [ctx.evidence('reported', reported), ...parts.map((p) => ctx.evidence('part', p))],
      });
    };
    if (st.totalScore && scores.length >= 2) {
      compare(st.totalScore, sumScores, scores, 'score-items-vs-total', `Σ ${scores.length} 项得分 = ${show(sumScores)}`);
    }
    if (st.totalWeight && weights.length >= 2) {
      compare(st.totalWeight, total(ctx, weights), weights, 'score-weights-vs-total', `Σ ${weights.length} 项分值 = ${show(total(ctx, weights))}`);
    }
    const reference = st.totalScore ? ctx.interval(st.totalScore) : scores.length >= 2 ? sumScores : null;
    for (const s of stated) {
      if (!reference) continue;
      compare(s, reference, st.totalScore ? [st.totalScore] : scores, 'score-stated-vs-table', `评分表合计 = ${show(reference)}`);
    }
  }
}
