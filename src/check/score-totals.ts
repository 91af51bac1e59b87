/**
 * score_total_mismatch: the score table against itself and against the text — items that do not add up to the
 * table's total, a total different from the stated 自评得分, an item scored above its weight, weights that do
 * not add up to the stated 总分 or to their 一级/二级 group's weight, and deductions the text describes ("该项
 * 指标扣2分", a 扣分情况 cell) that differ from what the table deducts. Item scores are exact as printed (one or
 * two decimals), so sums allow only the printed rounding. None of this needs a framework; checks against a
 * framework (a stated score outside what its rules give) are in src/score.
 */
import { Decimal } from 'decimal.js';
import type { Fact } from '../model/audit.js';
import type { CheckContext } from './context.js';
import type { ScoreItem, ScoreTable } from '../read/score-forms.js';
import { add, gap, overlaps, point, show, sub, type Interval } from '../math/interval.js';
import { defineMessages } from '../i18n/messages.js';

defineMessages({
  'score-group-vs-items': {
    zh: '“{group}”分值为 {reported}，但其下 {items} 项指标分值相加为 {expected}。',
    en: '“{group}” is weighted {reported}, but its {items} items’ weights add up to {expected}.',
  },
  'score-deduction-vs-table': {
    zh: '正文称指标“{item}”扣 {reported} 分，但评分表中该项分值 {weight}、得分 {score}，扣分为 {expected}。',
    en: 'The text says “{item}” lost {reported} points, but the table gives it {score} of {weight}: {expected} deducted.',
  },
  'score-deductions-total': {
    zh: '正文所述扣分合计 {reported} 分，超过评分表的总扣分 {expected} 分。',
    en: 'The deductions described in the text add up to {reported}, more than the table deducts in total ({expected}).',
  },
});

/**
 * Points are awarded, not measured: a score written 5 or 5.4 is that many points, and a scorer adds what was
 * written. Only scores with a non-zero second decimal (19.67 for 118/120 × 20) may be roundings. Treating every
 * printed score as ±½ unit would let a one-point slip hide in a long table (21 items × 0.05).
 */
function pointsIv(ctx: CheckContext, f: Fact): Interval {
  const v = ctx.value(f);
  // 5.00 and 0.70 are whole or tenth points written with a fixed format; 19.67 may be 19.666… rounded.
  return f.decimals <= 1 || v.times(10).isInteger() ? point(v) : ctx.interval(f);
}

/** An exact sum as written (10, 4.3); an interval as the other checks show it. */
function showPts(iv: Interval): string {
  return iv.lo.eq(iv.hi) ? iv.lo.toFixed() : show(iv);
}

function total(ctx: CheckContext, facts: Fact[]): Interval {
  return facts.reduce((acc, f) => add(acc, pointsIv(ctx, f)), point(0));
}

const key = (s: string) => s.replace(/\s+/g, '');

/** Group weights (一级/二级, 产出指标（50分）) against the weights of the items under them. */
function checkGroups(ctx: CheckContext, st: ScoreTable): void {
  for (const g of st.groups) {
    const under = (i: ScoreItem) => key(g.level === 1 ? i.level1 : i.level2) === key(g.name);
    const items = st.items.filter(under);
    const weights = items.map((i) => i.weight).filter((f): f is Fact => f !== null);
    if (weights.length === 0 || weights.length !== items.length) continue;
    ctx.checked++;
    const expected = total(ctx, weights);
    if (overlaps(pointsIv(ctx, g.weight), expected)) continue;
    ctx.flag({
      rule: 'score-totals',
      check: 'score_total_mismatch',
      severity: 'error',
      metric: 'score_group_max',
      key: g.name,
      reported: g.weight.value,
      expected: showPts(expected),
      margin: gap(pointsIv(ctx, g.weight), expected),
      formula: `${g.name}：${items.map((i) => `${i.name} ${i.weight!.value}`).join(' + ')} = ${showPts(expected)}`,
      message: 'score-group-vs-items',
      params: { group: g.name, reported: g.weight.value, expected: showPts(expected), items: items.length },
      evidence: [ctx.evidence('reported', g.weight), ...weights.map((w) => ctx.evidence('part', w))],
    });
  }
  // Level-2 group weights add up to their level-1 group's (部门管理 20 = 资金管理 8 + 项目管理 4 + …).
  for (const g1 of st.groups.filter((g) => g.level === 1)) {
    const names = new Set(st.items.filter((i) => key(i.level1) === key(g1.name)).map((i) => key(i.level2)));
    const subs = st.groups.filter((g) => g.level === 2 && names.has(key(g.name)));
    if (subs.length < 2 || subs.length !== names.size) continue;
    ctx.checked++;
    const expected = total(ctx, subs.map((s) => s.weight));
    if (overlaps(pointsIv(ctx, g1.weight), expected)) continue;
    ctx.flag({
      rule: 'score-totals',
      check: 'score_total_mismatch',
      severity: 'error',
      metric: 'score_group_max',
      key: g1.name,
      reported: g1.weight.value,
      expected: showPts(expected),
      margin: gap(pointsIv(ctx, g1.weight), expected),
      formula: `${g1.name}：${subs.map((s) => `${s.name} ${s.weight.value}`).join(' + ')} = ${showPts(expected)}`,
      message: 'score-group-vs-items',
      params: { group: g1.name, reported: g1.weight.value, expected: showPts(expected), items: subs.length },
      evidence: [ctx.evidence('reported', g1.weight), ...subs.map((s) => ctx.evidence('part', s.weight))],
    });
  }
}

/**
 * Deductions the text states against the table: per item, the deductions named for it must equal weight − score;
 * all deductions together cannot exceed what the table deducts in total (the text may leave some unexplained).
 */
function checkDeductions(ctx: CheckContext, tables: ScoreTable[]): void {
  const deductions = tables.flatMap((t) => t.deductions);
  if (deductions.length === 0) return;
  const items = tables.flatMap((t) => t.items);
  const byItem = new Map<string, Fact[]>();
  for (const d of deductions) if (d.item) byItem.set(key(d.item), [...(byItem.get(key(d.item)) ?? []), d.fact]);
  for (const [name, facts] of byItem) {
    const item = items.find((i) => key(i.name) === name);
    if (!item?.weight || !item.score) continue;
    ctx.checked++;
    const stated = total(ctx, facts);
    const deducted = sub(pointsIv(ctx, item.weight), pointsIv(ctx, item.score));
    if (overlaps(stated, deducted)) continue;
    const sum = facts.reduce((s, f) => s.plus(f.value), new Decimal(0)).toFixed();
    ctx.flag({
      rule: 'score-totals',
      check: 'score_total_mismatch',
      severity: 'warning',
      metric: 'score_deduction',
      key: item.name,
      reported: sum,
      expected: showPts(deducted),
      margin: gap(stated, deducted),
      formula: `${item.name}：分值 ${item.weight.value} − 得分 ${item.score.value} = ${showPts(deducted)}；正文扣 ${facts.map((f) => f.value).join(' + ')} 分`,
      message: 'score-deduction-vs-table',
      params: { item: item.name, reported: sum, weight: item.weight.value, score: item.score.value, expected: showPts(deducted) },
      evidence: [...facts.map((f) => ctx.evidence('reported', f)), ctx.evidence('weight', item.weight), ctx.evidence('score', item.score)],
    });
  }
  const scored = items.filter((i) => i.weight && i.score);
  if (scored.length < items.length || scored.length < 2) return;
  ctx.checked++;
  const stated = total(ctx, deductions.map((d) => d.fact));
  const deducted = sub(total(ctx, scored.map((i) => i.weight!)), total(ctx, scored.map((i) => i.score!)));
  if (stated.lo.lte(deducted.hi)) return;
  const sum = deductions.reduce((s, d) => s.plus(d.fact.value), new Decimal(0)).toFixed();
  ctx.flag({
    rule: 'score-totals',
    check: 'score_total_mismatch',
    severity: 'warning',
    metric: 'score_deduction',
    reported: sum,
    expected: `≤ ${showPts(deducted)}`,
    margin: stated.lo.minus(deducted.hi),
    formula: `正文扣分 ${deductions.map((d) => d.fact.value).join(' + ')} = ${sum}；评分表 Σ分值 − Σ得分 = ${showPts(deducted)}`,
    message: 'score-deductions-total',
    params: { reported: sum, expected: showPts(deducted) },
    evidence: deductions.map((d) => ctx.evidence('reported', d.fact)),
  });
}

export function checkScoreTotals(ctx: CheckContext): void {
  const stated = (ctx.byMetric.get('self_score') ?? []).filter((f) => f.extractor !== 'score-table');
  const tables = ctx.extraction.scoreTables;
  const departments = tables.filter((t) => t.kind === 'department');
  // The self-score stated in the text is the department table's; a project form's only when it is the report.
  const statedBelongsTo = departments.length ? departments : tables.length === 1 ? tables : [];
  for (const st of tables) {
    const scores = st.items.map((i) => i.score).filter((f): f is Fact => f !== null);
    const weights = st.items.map((i) => i.weight).filter((f): f is Fact => f !== null);
    // Items above their weight.
    for (const item of st.items) {
      if (!item.score || !item.weight) continue;
      ctx.checked++;
      if (new Decimal(item.score.value).lte(item.weight.value)) continue;
      const margin = new Decimal(item.score.value).minus(item.weight.value);
      ctx.flag({
        rule: 'score-totals',
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
        rule: 'score-totals',
        check: 'score_total_mismatch',
        severity: 'error',
        metric: reported.metric,
        reported: reported.value,
        expected: showPts(expected),
        margin,
        formula,
        message,
        params: { reported: reported.value, expected: showPts(expected), items: parts.length },
        evidence: [ctx.evidence('reported', reported), ...parts.map((p) => ctx.evidence('part', p))],
      });
    };
    // A total is compared only when every item has its number: a blank 得分 leaves the sum unknown, not short.
    if (st.totalScore && scores.length >= 2 && scores.length === st.items.length) {
      compare(st.totalScore, sumScores, scores, 'score-items-vs-total', `Σ ${scores.length} 项得分 = ${showPts(sumScores)}`);
    }
    if (st.totalWeight && weights.length >= 2 && weights.length === st.items.length) {
      compare(st.totalWeight, total(ctx, weights), weights, 'score-weights-vs-total', `Σ ${weights.length} 项分值 = ${showPts(total(ctx, weights))}`);
    }
    checkGroups(ctx, st);
    if (!statedBelongsTo.includes(st)) continue;
    const complete = scores.length >= 2 && scores.length === st.items.length;
    const reference = st.totalScore ? ctx.interval(st.totalScore) : complete ? sumScores : null;
    for (const s of stated) {
      if (!reference) continue;
      compare(s, reference, st.totalScore ? [st.totalScore] : scores, 'score-stated-vs-table', `评分表合计 = ${showPts(reference)}`);
    }
  }
  checkDeductions(ctx, tables);
}
