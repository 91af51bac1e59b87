/**
 * Re-scoring a department score table (部门整体) against a framework. Each printed item is matched to the
 * framework's item; computable parts are scored from the report's own figures (evaluate.ts), judgment parts are
 * taken as stated (clamped to what they can be worth). An item whose stated score no reading of the report can
 * give is a `score_mismatch`, with the rate, its tier and the formula. The report's re-scored total is the sum
 * of the items' intervals, each computed score rounded as the framework writes scores.
 */
import { Decimal } from 'decimal.js';
import type { Evidence, Figure } from '../../model/audit.js';
import type { RuleContext } from '../rule.js';
import { point, show, type Interval } from '../../math/interval.js';
import type { ScoreItem, ScoreTable } from '../../read/score-forms.js';
import type { Rubric, RubricItem } from './schema.js';
import { groupOf, matchItem } from './detect.js';
import { scorePart, type Env, type PartResult } from './evaluate.js';
import { clamp, distance, hull, meets, normalize, roundSet, showSet, statedScore, sum, type ScoreSet } from './sets.js';

export type ItemStatus = 'computed' | 'mixed' | 'judgment' | 'unverifiable' | 'custom' | 'unknown';

export interface ItemResult {
  name: string;
  table: ScoreItem<Figure> | null;
  item: RubricItem | null;
  status: ItemStatus;
  weight: Decimal | null;
  stated: Figure | null;
  parts: PartResult[];
  /** Scores the item can have given the report's figures (judgment parts from 0 to their worth), with scoring tolerance. */
  possible: ScoreSet | null;
  /** The item's share of the re-scored total. */
  rescored: Interval;
  consistent: boolean | null;
}

export interface DepartmentResult {
  items: ItemResult[];
  total: Interval;
  flags: number;
  checked: number;
}

const ZERO = new Decimal(0);

/** Half a unit of the framework's score decimals: a scorer may round each part before adding. */
function tolerance(rubric: Rubric): Decimal {
  return new Decimal(5).times(new Decimal(10).pow(-(rubric.scoreDecimals + 1)));
}

function widen(set: ScoreSet, by: Decimal): ScoreSet {
  return normalize(set.map((iv) => ({ lo: iv.lo.minus(by), hi: iv.hi.plus(by) })));
}

export interface ComputedItem {
  parts: PartResult[];
  /** Sum of the computable parts' scores. */
  computed: ScoreSet;
  /** The same, each pro-rata part widened by the framework's score rounding. */
  tolerant: ScoreSet;
  /** Points of the parts that are judgment or lack data. */
  judgmentMax: Decimal;
}

/** The computable share of a framework item from the report's figures (no stated score involved). */
export function computeItem(rubric: Rubric, fw: RubricItem, env: Env, scale: Decimal = new Decimal(1)): ComputedItem {
  const parts = (fw.parts ?? []).map((p) => scorePart(p, env, scale));
  const tol = tolerance(rubric);
  let computed: ScoreSet = [point(0)];
  let tolerant: ScoreSet = [point(0)];
  for (const p of parts.filter((x) => x.computable)) {
    computed = sum(computed, p.set);
    // Pro-rata parts give fractions a scorer rounds; tiers give the printed points exactly.
    tolerant = sum(tolerant, p.part.rule?.type === 'tiers' ? p.set : widen(p.set, tol));
  }
  const judgmentMax = parts.filter((p) => !p.computable).reduce((s, p) => s.plus(p.max), ZERO);
  return { parts, computed, tolerant, judgmentMax };
}

/** Score one item of the table (or of the framework, when the report prints no table). */
export function scoreItem(rubric: Rubric, table: ScoreItem<Figure> | null, fw: RubricItem | null, env: Env, ctx: RuleContext): ItemResult {
  const name = table?.name ?? fw!.name;
  const stated = table?.score ?? null;
  const tableWeight = table?.weight ? new Decimal(table.weight.value) : null;
  const weight = tableWeight ?? fw?.weight ?? null;
  const statedValue = stated ? new Decimal(stated.value) : null;
  // Judgment items count as stated, but never above their weight or below 0 (an excess is flagged by the totals check).
  const asStated = (): Interval => {
    if (statedValue === null) return { lo: ZERO, hi: weight ?? ZERO };
    const v = Decimal.max(ZERO, weight ? Decimal.min(statedValue, weight) : statedValue);
    return point(v);
  };
  const base = { name, table, item: fw, weight, stated, parts: [] as PartResult[], possible: null, consistent: null };
  if (!fw) {
    const open = table ? groupOf(rubric, table)?.open : false;
    return { ...base, status: open ? 'custom' : 'unknown', rescored: asStated() };
  }
  if (!fw.parts) return { ...base, status: 'judgment', rescored: asStated() };
  // A report may re-weight an item (参考分值): its parts and tiers scale with it.
  const scale = tableWeight && fw.weight && !fw.weight.isZero() ? tableWeight.div(fw.weight) : new Decimal(1);
  const { parts, computed, tolerant, judgmentMax } = computeItem(rubric, fw, env, scale);
  if (parts.every((p) => !p.computable)) return { ...base, parts, status: 'unverifiable', rescored: asStated() };
  const cap = weight;
  const possible = clamp(sum(tolerant, [{ lo: ZERO, hi: judgmentMax }]), ZERO, cap);
  const consistent = stated ? meets(possible, statedScore(stated, new Decimal(stated.value))) : null;
  // The item's share of the total: computed parts as the framework rounds them, judgment parts as stated.
  const rounded = roundSet(clamp(computed, ZERO, cap), rubric.scoreDecimals);
  const h = hull(rounded)!;
  let rescored: Interval;
  if (judgmentMax.isZero()) rescored = h;
  else if (statedValue === null) rescored = { lo: h.lo, hi: cap ? Decimal.min(cap, h.hi.plus(judgmentMax)) : h.hi.plus(judgmentMax) };
  else {
    // The judgment share is what the stated score leaves over the computed parts, within [0, its worth]:
    // c + clamp(stated − c, 0, J) is monotone in c, so the computed hull's ends bound it.
    const f = (c: Decimal) => c.plus(Decimal.min(judgmentMax, Decimal.max(ZERO, statedValue.minus(c))));
    rescored = { lo: f(h.lo), hi: f(h.hi) };
    if (cap) rescored = { lo: Decimal.min(rescored.lo, cap), hi: Decimal.min(rescored.hi, cap) };
  }
  return { ...base, parts, status: judgmentMax.isZero() ? 'computed' : 'mixed', possible, rescored, consistent };
}

/** The rate(s), tier(s) and formula(s) behind an item's computed parts, for the flag. */
export function explain(r: ItemResult): { rate: string; tier: string; formula: string; facts: Figure[] } {
  const rates: string[] = [];
  const tiers: string[] = [];
  const formulas: string[] = [];
  const facts: Figure[] = [];
  for (const p of r.parts) {
    if (!p.computable) {
      formulas.push(`${p.part.label}：判断类，0–${p.max.toFixed()} 分`);
      continue;
    }
    // Readings that come to the same value say the same thing once; a few are enough to explain a flag.
    const seen = new Set<string>();
    for (const x of p.readings) {
      facts.push(...x.reading.facts);
      const value = show(x.reading.iv);
      if (seen.has(value) || seen.size >= 3) continue;
      seen.add(value);
      rates.push(`${p.part.label} ${value}`);
      if (!tiers.includes(x.how)) tiers.push(x.how);
      formulas.push(`${p.part.label} = ${x.reading.filled} = ${value} → ${x.how} → ${showSet(x.set)}`);
    }
    if (p.zeroed === true) formulas.push(`${p.part.label}：满足得 0 分的条件`);
    if (p.zeroed === null) formulas.push(`${p.part.label}：无法判断是否满足得 0 分的条件`);
  }
  return { rate: rates.join('；'), tier: tiers.join('；'), formula: `${r.name}：${formulas.join('；')}`, facts: [...new Set(facts)] };
}

const LENIENCY = { error: 0, warning: 1, info: 2 } as const;

export function flagItem(r: ItemResult, rubric: Rubric, ctx: RuleContext): void {
  if (r.consistent !== false || !r.stated || !r.possible) return;
  // A score above the item's weight is flagged by the totals check already; the rule has nothing to add.
  if (r.weight && new Decimal(new Decimal(r.stated.value)).gt(r.weight)) return;
  // The most lenient severity among the computed parts: a mismatch may come from any of them.
  const severity = r.parts
    .filter((p) => p.computable)
    .map((p) => p.part.flagSeverity)
    .reduce<'error' | 'warning' | 'info'>((a, b) => (LENIENCY[b] > LENIENCY[a] ? b : a), 'error');
  const { rate, tier, formula, facts } = explain(r);
  const expected = showSet(r.possible);
  const evidence: Evidence[] = [ctx.evidence('reported', r.stated)];
  if (r.table?.weight) evidence.push(ctx.evidence('weight', r.table.weight));
  for (const f of facts) evidence.push(ctx.evidence('input', f));
  ctx.raise({
    check: 'score_mismatch',
    severity,
    metric: 'score_item',
    key: r.name,
    reported: r.stated.value,
    expected,
    margin: distance(r.possible, statedScore(r.stated, new Decimal(r.stated.value))),
    formula,
    message: 'score-item-mismatch',
    params: { item: r.name, reported: r.stated.value, expected, rate, tier, title: rubric.title },
    evidence,
  }, [r.stated, ...(r.table?.weight ? [r.table.weight] : []), ...facts]);
}

export function scoreDepartment(rubric: Rubric, table: ScoreTable<Figure>, env: Env, ctx: RuleContext): DepartmentResult {
  const before = ctx.flags.length;
  const items = table.items.map((t) => scoreItem(rubric, t, matchItem(rubric, t.name), env, ctx));
  let checked = 0;
  for (const r of items) {
    if (r.status === 'computed' || r.status === 'mixed') {
      if (r.stated) checked++;
      flagItem(r, rubric, ctx);
    }
    // A computable item the report gives no data for: its score stands unverified, and the audit says so.
    if (r.status === 'unverifiable' && r.stated) ctx.unverifiable.push(r.stated);
  }
  const total = items.reduce((acc, r) => ({ lo: acc.lo.plus(r.rescored.lo), hi: acc.hi.plus(r.rescored.hi) }), { lo: ZERO, hi: ZERO });
  // Weights must add up to the framework's total when the table prints no total of its own to compare with.
  // A table cut short (a page or an excerpt missing) falls short without being wrong: short weights are a
  // finding only when every item of the framework is there; weights beyond the total always are.
  const weights = table.items.map((i) => i.weight).filter((f): f is Figure => f !== null);
  if (rubric.totalWeight && !table.totalWeight && weights.length === table.items.length && weights.length >= 2) {
    checked++;
    const s = weights.reduce((acc, f) => acc.plus(new Decimal(f.value)), ZERO);
    // Complete: every item of a framework whose own items make its total (some are known only in part).
    const matched = new Set(items.map((r) => r.item).filter((i) => i !== null));
    const known = rubric.items.reduce((acc, i) => acc.plus(i.weight ?? 0), ZERO);
    const complete = known.eq(rubric.totalWeight) && rubric.items.every((i) => matched.has(i));
    if (s.gt(rubric.totalWeight) || (s.lt(rubric.totalWeight) && complete)) {
      ctx.raise({
        check: 'score_total_mismatch',
        severity: 'warning',
        metric: 'score_item_max',
        reported: s.toFixed(),
        expected: rubric.totalWeight.toFixed(),
        margin: s.minus(rubric.totalWeight).abs(),
        formula: `Σ ${weights.length} 项分值 = ${s.toFixed()}；《${rubric.title}》总分 ${rubric.totalWeight.toFixed()}`,
        message: 'score-weights-vs-rubric',
        params: { reported: s.toFixed(), expected: rubric.totalWeight.toFixed(), title: rubric.title },
        evidence: weights.map((f) => ctx.evidence('part', f)),
      }, weights);
    }
  }
  return { items, total, flags: ctx.flags.length - before, checked };
}

/**
 * No score table: every framework item scored from the report's figures, judgment items from 0 to their weight.
 * The upper bound is the most the framework allows; a stated self-score above it cannot be right, but the
 * framework was only inferred, so the finding is a note (info), not an error.
 */
export function scoreWithoutTable(rubric: Rubric, env: Env, ctx: RuleContext): DepartmentResult {
  const before = ctx.flags.length;
  const items = rubric.items.map((fw) => scoreItem(rubric, null, fw, env, ctx));
  // Open groups (个性化指标) count at their weight, whatever items the department chose.
  const openWeight = rubric.groups.filter((g) => g.open).reduce((s, g) => s.plus(g.weight ?? 0), ZERO);
  const fixed = items.filter((r) => !rubric.groups.find((g) => g.id === r.item?.parent)?.open);
  const total = fixed.reduce(
    (acc, r) => ({ lo: acc.lo.plus(r.rescored.lo), hi: acc.hi.plus(r.rescored.hi) }),
    { lo: ZERO, hi: openWeight },
  );
  const checked = items.filter((r) => r.status === 'computed' || r.status === 'mixed').length;
  const stated = ctx.metrics.of('self_score')[0];
  if (stated && ctx.interval(stated).lo.gt(total.hi)) {
    ctx.raise({
      check: 'score_total_mismatch',
      severity: 'info',
      metric: 'self_score',
      reported: stated.value,
      expected: `≤ ${total.hi.toFixed()}`,
      margin: ctx.interval(stated).lo.minus(total.hi),
      formula: items
        .filter((r) => r.status === 'computed' || r.status === 'mixed')
        .map((r) => `${r.name} ${show(r.rescored)}`)
        .join('；'),
      message: 'score-total-above-max',
      params: { reported: stated.value, expected: total.hi.toFixed(), title: rubric.title },
      evidence: [ctx.evidence('reported', stated), ...items.flatMap((r) => explain(r).facts).slice(0, 12).map((f) => ctx.evidence('input', f))],
    }, [stated, ...items.flatMap((r) => explain(r).facts).slice(0, 12)]);
  }
  return { items, total, flags: ctx.flags.length - before, checked };
}
