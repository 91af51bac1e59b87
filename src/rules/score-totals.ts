/**
 * score_total_mismatch: a score form against itself and against the text — items that do not add up to the form's
 * total, a total different from the 自评得分 the text states, an item scored above its weight, weights that do not
 * add up to the stated 总分 or to their 一级/二级 group's weight, and deductions the text describes (该项指标扣2分,
 * a 扣分情况 cell) that differ from what the form deducts. None of this needs a scoring framework (the rule
 * rubric-scores checks a form against one).
 *
 * Points are awarded, not measured: a score written 5 or 5.4 is that many points, and a scorer adds what was
 * written. Only scores with a non-zero second decimal (19.67 for 118/120 × 20) may be roundings; treating every
 * printed score as ±½ unit would let a one-point slip hide in a long table (21 items × 0.05).
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import type { ScoreItem, ScoreTable } from '../read/score-forms.js';
import { add, gap, overlaps, point, show, sub, type Interval } from '../math/interval.js';
import type { Rule, RuleContext } from './rule.js';

type Form = ScoreTable<Figure>;

function points(ctx: RuleContext, f: Figure): Interval {
  const v = new Decimal(f.value);
  return f.decimals <= 1 || v.times(10).isInteger() ? point(v) : ctx.interval(f);
}

/** An exact sum as written (10, 4.3); an interval as the other rules show it. */
function showPoints(iv: Interval): string {
  return iv.lo.eq(iv.hi) ? iv.lo.toFixed() : show(iv);
}

function total(ctx: RuleContext, figures: Figure[]): Interval {
  return figures.reduce((acc, f) => add(acc, points(ctx, f)), point(0));
}

const key = (s: string) => s.replace(/\s+/g, '');

function raise(ctx: RuleContext, reported: Figure, expected: string, margin: Decimal, input: { metric: string; key?: string; formula: string; message: string; params: Record<string, string | number>; inputs: Array<[string, Figure]>; reportedText?: string; severity?: 'error' | 'warning' }): void {
  ctx.flag(
    'score_total_mismatch',
    {
      severity: input.severity ?? 'error',
      reported,
      reportedText: input.reportedText ?? reported.value,
      expected,
      metric: input.metric,
      key: input.key ?? '',
      formula: input.formula,
      message: input.message,
      params: input.params,
      inputs: input.inputs,
    },
    margin,
  );
}

/** Group weights (一级/二级, 产出指标（50分）) against the weights of the items under them, and level 2 against level 1. */
function groups(ctx: RuleContext, form: Form): void {
  for (const g of form.groups) {
    const under = (i: ScoreItem<Figure>) => key(g.level === 1 ? i.level1 : i.level2) === key(g.name);
    const items = form.items.filter(under);
    const weights = items.map((i) => i.weight).filter((f): f is Figure => f !== null);
    if (weights.length === 0 || weights.length !== items.length) continue;
    ctx.checked++;
    const expected = total(ctx, weights);
    if (overlaps(points(ctx, g.weight), expected)) continue;
    raise(ctx, g.weight, showPoints(expected), gap(points(ctx, g.weight), expected), {
      metric: 'score_group_max',
      key: g.name,
      formula: `${g.name}：${items.map((i) => `${i.name} ${i.weight!.value}`).join(' + ')} = ${showPoints(expected)}`,
      message: 'score-group-vs-items',
      params: { group: g.name, reported: g.weight.value, expected: showPoints(expected), items: items.length },
      inputs: weights.map((w): [string, Figure] => ['part', w]),
    });
  }
  for (const g1 of form.groups.filter((g) => g.level === 1)) {
    const names = new Set(form.items.filter((i) => key(i.level1) === key(g1.name)).map((i) => key(i.level2)));
    const subs = form.groups.filter((g) => g.level === 2 && names.has(key(g.name)));
    if (subs.length < 2 || subs.length !== names.size) continue;
    ctx.checked++;
    const expected = total(ctx, subs.map((s) => s.weight));
    if (overlaps(points(ctx, g1.weight), expected)) continue;
    raise(ctx, g1.weight, showPoints(expected), gap(points(ctx, g1.weight), expected), {
      metric: 'score_group_max',
      key: g1.name,
      formula: `${g1.name}：${subs.map((s) => `${s.name} ${s.weight.value}`).join(' + ')} = ${showPoints(expected)}`,
      message: 'score-group-vs-items',
      params: { group: g1.name, reported: g1.weight.value, expected: showPoints(expected), items: subs.length },
      inputs: subs.map((s): [string, Figure] => ['part', s.weight]),
    });
  }
}

/**
 * Deductions the text states against the form: the deductions named for an item must equal its weight − score;
 * all deductions together cannot exceed what the form deducts in total (the text may leave some unexplained).
 */
function deductions(ctx: RuleContext, forms: Form[]): void {
  const stated = forms.flatMap((t) => t.deductions);
  if (stated.length === 0) return;
  const items = forms.flatMap((t) => t.items);
  const byItem = new Map<string, Figure[]>();
  for (const d of stated) if (d.item) byItem.set(key(d.item), [...(byItem.get(key(d.item)) ?? []), d.fact]);
  for (const [name, figures] of byItem) {
    const item = items.find((i) => key(i.name) === name);
    if (!item?.weight || !item.score) continue;
    ctx.checked++;
    const said = total(ctx, figures);
    const deducted = sub(points(ctx, item.weight), points(ctx, item.score));
    if (overlaps(said, deducted)) continue;
    const sum = figures.reduce((s, f) => s.plus(f.value), new Decimal(0)).toFixed();
    raise(ctx, figures[0]!, showPoints(deducted), gap(said, deducted), {
      severity: 'warning',
      metric: 'score_deduction',
      key: item.name,
      reportedText: sum,
      formula: `${item.name}：分值 ${item.weight.value} − 得分 ${item.score.value} = ${showPoints(deducted)}；正文扣 ${figures.map((f) => f.value).join(' + ')} 分`,
      message: 'score-deduction-vs-table',
      params: { item: item.name, reported: sum, weight: item.weight.value, score: item.score.value, expected: showPoints(deducted) },
      inputs: [...figures.slice(1).map((f): [string, Figure] => ['reported', f]), ['weight', item.weight], ['score', item.score]],
    });
  }
  const scored = items.filter((i) => i.weight && i.score);
  if (scored.length < items.length || scored.length < 2) return;
  ctx.checked++;
  const said = total(ctx, stated.map((d) => d.fact));
  const deducted = sub(total(ctx, scored.map((i) => i.weight!)), total(ctx, scored.map((i) => i.score!)));
  if (said.lo.lte(deducted.hi)) return;
  const sum = stated.reduce((s, d) => s.plus(d.fact.value), new Decimal(0)).toFixed();
  raise(ctx, stated[0]!.fact, `≤ ${showPoints(deducted)}`, said.lo.minus(deducted.hi), {
    severity: 'warning',
    metric: 'score_deduction',
    reportedText: sum,
    formula: `正文扣分 ${stated.map((d) => d.fact.value).join(' + ')} = ${sum}；评分表 Σ分值 − Σ得分 = ${showPoints(deducted)}`,
    message: 'score-deductions-total',
    params: { reported: sum, expected: showPoints(deducted) },
    inputs: stated.slice(1).map((d): [string, Figure] => ['reported', d.fact]),
  });
}

export const scoreTotals: Rule = {
  id: 'score-totals',
  check: 'score_total_mismatch',
  description: 'A score form’s items, weights, groups and total, and the text’s self-score and deductions, must agree.',
  messages: {
    'score-above-weight': {
      zh: '指标“{item}”得分 {score} 超过其分值 {weight}。',
      en: 'Item “{item}” is scored {score}, above its weight {weight}.',
    },
    'score-items-vs-total': {
      zh: '评分表合计为 {reported}，但 {items} 项指标得分相加为 {expected}。',
      en: 'The score table total is {reported}, but its {items} item scores add up to {expected}.',
    },
    'score-weights-vs-total': {
      zh: '评分表总分值为 {reported}，但 {items} 项指标分值相加为 {expected}。',
      en: 'The table’s total weight is {reported}, but its {items} item weights add up to {expected}.',
    },
    'score-stated-vs-table': {
      zh: '正文所述自评得分 {reported} 与评分表得分 {expected} 不符。',
      en: 'The self-score stated in the text, {reported}, differs from the score table’s {expected}.',
    },
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
  },
  run(ctx) {
    const stated = ctx.metrics.of('self_score').filter((f) => f.naming?.reader !== 'score-table');
    const forms = ctx.input.scoreForms;
    const departments = forms.filter((t) => t.kind === 'department');
    // The self-score stated in the text is the department form's; a project form's only when it is the report.
    const statedBelongsTo = departments.length ? departments : forms.length === 1 ? forms : [];
    for (const form of forms) {
      const scores = form.items.map((i) => i.score).filter((f): f is Figure => f !== null);
      const weights = form.items.map((i) => i.weight).filter((f): f is Figure => f !== null);
      for (const item of form.items) {
        if (!item.score || !item.weight) continue;
        ctx.checked++;
        if (new Decimal(item.score.value).lte(item.weight.value)) continue;
        raise(ctx, item.score, `≤ ${item.weight.value}`, new Decimal(item.score.value).minus(item.weight.value), {
          metric: 'score_item',
          key: item.name,
          formula: `${item.name}: ${item.score.value} > ${item.weight.value}`,
          message: 'score-above-weight',
          params: { item: item.name, score: item.score.value, weight: item.weight.value },
          inputs: [['input', item.weight]],
        });
      }
      const sumScores = total(ctx, scores);
      const compare = (reported: Figure, expected: Interval, parts: Figure[], message: string, formula: string) => {
        ctx.checked++;
        if (overlaps(ctx.interval(reported), expected)) return;
        raise(ctx, reported, showPoints(expected), gap(ctx.interval(reported), expected), {
          metric: reported.metric,
          formula,
          message,
          params: { reported: reported.value, expected: showPoints(expected), items: parts.length },
          inputs: parts.map((p): [string, Figure] => ['part', p]),
        });
      };
      // A total is compared only when every item has its number: a blank 得分 leaves the sum unknown, not short.
      if (form.totalScore && scores.length >= 2 && scores.length === form.items.length) {
        compare(form.totalScore, sumScores, scores, 'score-items-vs-total', `Σ ${scores.length} 项得分 = ${showPoints(sumScores)}`);
      }
      if (form.totalWeight && weights.length >= 2 && weights.length === form.items.length) {
        compare(form.totalWeight, total(ctx, weights), weights, 'score-weights-vs-total', `Σ ${weights.length} 项分值 = ${showPoints(total(ctx, weights))}`);
      }
      groups(ctx, form);
      if (!statedBelongsTo.includes(form)) continue;
      const complete = scores.length >= 2 && scores.length === form.items.length;
      const reference = form.totalScore ? ctx.interval(form.totalScore) : complete ? sumScores : null;
      if (!reference) continue;
      for (const s of stated) compare(s, reference, form.totalScore ? [form.totalScore] : scores, 'score-stated-vs-table', `评分表合计 = ${showPoints(reference)}`);
    }
    deductions(ctx, forms);
  },
};
