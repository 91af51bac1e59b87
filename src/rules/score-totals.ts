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
import { add, point, show, sub, type Interval } from '../math/interval.js';
import type { IntervalOf, Rule, RuleContext } from './rule.js';

type Form = ScoreTable<Figure>;

function points(ctx: RuleContext, f: Figure, iv: IntervalOf = (x) => ctx.interval(x)): Interval {
  const v = new Decimal(f.value);
  return f.decimals <= 1 || v.times(10).isInteger() ? point(v) : iv(f);
}

/** An exact sum as written (10, 4.3); an interval as the other rules show it. */
function showPoints(iv: Interval): string {
  return iv.lo.eq(iv.hi) ? iv.lo.toFixed() : show(iv);
}

function total(ctx: RuleContext, figures: Figure[], iv?: IntervalOf): Interval {
  return figures.reduce((acc, f) => add(acc, points(ctx, f, iv)), point(0));
}

const key = (s: string) => s.replace(/\s+/g, '');

interface ScoreRelation {
  stated: Figure;
  parts: Array<[string, Figure]>;
  /** What the parts give, each figure standing for `iv(f)`. */
  expected(iv: IntervalOf): Interval;
  statedInterval?(iv: IntervalOf): Interval;
  agrees?(stated: Interval, expected: Interval): boolean;
  margin?(stated: Interval, expected: Interval): Decimal;
  expectedText(expected: Interval): string;
  metric: string;
  key?: string;
  reportedText?: string;
  severity?: 'error' | 'warning';
  formula(expected: Interval): string;
  message: string;
  params(expected: Interval): Record<string, string | number>;
}

function relate(ctx: RuleContext, r: ScoreRelation): boolean {
  return ctx.relate({
    check: 'score_total_mismatch',
    kind: 'score',
    stated: r.stated,
    alternatives: [{ inputs: r.parts, expected: r.expected, formula: r.formula }],
    statedInterval: r.statedInterval ?? ((iv) => points(ctx, r.stated, iv)),
    ...(r.agrees ? { agrees: r.agrees } : {}),
    ...(r.margin ? { margin: r.margin } : {}),
    severity: r.severity ?? 'error',
    expectedText: r.expectedText,
    metric: r.metric,
    key: r.key ?? '',
    reportedText: r.reportedText ?? r.stated.value,
    message: (expected) => ({ code: r.message, params: r.params(expected) }),
  });
}

/** Group weights (一级/二级, 产出指标（50分）) against the weights of the items under them, and level 2 against level 1. */
function groups(ctx: RuleContext, form: Form): void {
  for (const g of form.groups) {
    const under = (i: ScoreItem<Figure>) => key(g.level === 1 ? i.level1 : i.level2) === key(g.name);
    const items = form.items.filter(under);
    const weights = items.map((i) => i.weight).filter((f): f is Figure => f !== null);
    if (weights.length === 0 || weights.length !== items.length) continue;
    relate(ctx, {
      stated: g.weight,
      parts: weights.map((w): [string, Figure] => ['part', w]),
      expected: (iv) => total(ctx, weights, iv),
      expectedText: showPoints,
      metric: 'score_group_max',
      key: g.name,
      formula: (expected) => `${g.name}：${items.map((i) => `${i.name} ${i.weight!.value}`).join(' + ')} = ${showPoints(expected)}`,
      message: 'score-group-vs-items',
      params: (expected) => ({ group: g.name, reported: g.weight.value, expected: showPoints(expected), items: items.length }),
    });
  }
  for (const g1 of form.groups.filter((g) => g.level === 1)) {
    const names = new Set(form.items.filter((i) => key(i.level1) === key(g1.name)).map((i) => key(i.level2)));
    const subs = form.groups.filter((g) => g.level === 2 && names.has(key(g.name)));
    if (subs.length < 2 || subs.length !== names.size) continue;
    relate(ctx, {
      stated: g1.weight,
      parts: subs.map((s): [string, Figure] => ['part', s.weight]),
      expected: (iv) => total(ctx, subs.map((s) => s.weight), iv),
      expectedText: showPoints,
      metric: 'score_group_max',
      key: g1.name,
      formula: (expected) => `${g1.name}：${subs.map((s) => `${s.name} ${s.weight.value}`).join(' + ')} = ${showPoints(expected)}`,
      message: 'score-group-vs-items',
      params: (expected) => ({ group: g1.name, reported: g1.weight.value, expected: showPoints(expected), items: subs.length }),
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
    const weight = item.weight;
    const score = item.score;
    const sum = figures.reduce((s, f) => s.plus(f.value), new Decimal(0)).toFixed();
    relate(ctx, {
      stated: figures[0]!,
      statedInterval: (iv) => total(ctx, figures, iv),
      parts: [...figures.slice(1).map((f): [string, Figure] => ['reported', f]), ['weight', weight], ['score', score]],
      expected: (iv) => sub(points(ctx, weight, iv), points(ctx, score, iv)),
      expectedText: showPoints,
      severity: 'warning',
      metric: 'score_deduction',
      key: item.name,
      reportedText: sum,
      formula: (deducted) => `${item.name}：分值 ${weight.value} − 得分 ${score.value} = ${showPoints(deducted)}；正文扣 ${figures.map((f) => f.value).join(' + ')} 分`,
      message: 'score-deduction-vs-table',
      params: (deducted) => ({ item: item.name, reported: sum, weight: weight.value, score: score.value, expected: showPoints(deducted) }),
    });
  }
  const scored = items.filter((i) => i.weight && i.score);
  if (scored.length < items.length || scored.length < 2) return;
  const sum = stated.reduce((s, d) => s.plus(d.fact.value), new Decimal(0)).toFixed();
  relate(ctx, {
    stated: stated[0]!.fact,
    statedInterval: (iv) => total(ctx, stated.map((d) => d.fact), iv),
    parts: stated.slice(1).map((d): [string, Figure] => ['reported', d.fact]),
    expected: (iv) => sub(total(ctx, scored.map((i) => i.weight!), iv), total(ctx, scored.map((i) => i.score!), iv)),
    // The text may leave some deductions unexplained: it may say less than the table deducts, never more.
    agrees: (said, deducted) => said.lo.lte(deducted.hi),
    margin: (said, deducted) => Decimal.max(0, said.lo.minus(deducted.hi)),
    expectedText: (deducted) => `≤ ${showPoints(deducted)}`,
    severity: 'warning',
    metric: 'score_deduction',
    reportedText: sum,
    formula: (deducted) => `正文扣分 ${stated.map((d) => d.fact.value).join(' + ')} = ${sum}；评分表 Σ分值 − Σ得分 = ${showPoints(deducted)}`,
    message: 'score-deductions-total',
    params: (deducted) => ({ reported: sum, expected: showPoints(deducted) }),
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
        const [score, weight] = [item.score, item.weight];
        relate(ctx, {
          stated: score,
          statedInterval: () => point(score.value),
          parts: [['input', weight]],
          expected: () => point(weight.value),
          agrees: (s, w) => s.lo.lte(w.hi),
          margin: (s, w) => Decimal.max(0, s.lo.minus(w.hi)),
          expectedText: () => `≤ ${weight.value}`,
          metric: 'score_item',
          key: item.name,
          formula: () => `${item.name}: ${score.value} > ${weight.value}`,
          message: 'score-above-weight',
          params: () => ({ item: item.name, score: score.value, weight: weight.value }),
        });
      }
      const compare = (reported: Figure, expected: (iv: IntervalOf) => Interval, parts: Figure[], message: string, formula: (expected: Interval) => string) =>
        relate(ctx, {
          stated: reported,
          statedInterval: (iv) => iv(reported),
          parts: parts.map((p): [string, Figure] => ['part', p]),
          expected,
          expectedText: showPoints,
          metric: reported.metric,
          formula,
          message,
          params: (e) => ({ reported: reported.value, expected: showPoints(e), items: parts.length }),
        });
      // A total is compared only when every item has its number: a blank 得分 leaves the sum unknown, not short.
      if (form.totalScore && scores.length >= 2 && scores.length === form.items.length) {
        compare(form.totalScore, (iv) => total(ctx, scores, iv), scores, 'score-items-vs-total', (e) => `Σ ${scores.length} 项得分 = ${showPoints(e)}`);
      }
      if (form.totalWeight && weights.length >= 2 && weights.length === form.items.length) {
        compare(form.totalWeight, (iv) => total(ctx, weights, iv), weights, 'score-weights-vs-total', (e) => `Σ ${weights.length} 项分值 = ${showPoints(e)}`);
      }
      groups(ctx, form);
      if (!statedBelongsTo.includes(form)) continue;
      const complete = scores.length >= 2 && scores.length === form.items.length;
      const totalScore = form.totalScore;
      const reference = totalScore ? (iv: IntervalOf) => iv(totalScore) : complete ? (iv: IntervalOf) => total(ctx, scores, iv) : null;
      if (!reference) continue;
      for (const s of stated) compare(s, reference, totalScore ? [totalScore] : scores, 'score-stated-vs-table', (e) => `评分表合计 = ${showPoints(e)}`);
    }
    deductions(ctx, forms);
  },
};
