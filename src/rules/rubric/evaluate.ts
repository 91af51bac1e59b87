/**
 * Scoring one part of a framework item from the report's own figures. A part's value (a rate, a count) comes from
 * formula alternatives over metric ids; every mention of a metric is a candidate reading. Readings that agree are
 * intersected (the true value lies in all of them); readings that disagree are kept apart and each is scored, so a
 * stated score is accepted when any reading of the report supports it (the conflict itself is flagged by the
 * figure checks). Values are intervals (the rounding rule), so a rate near a tier edge yields both tiers' points.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../../model/audit.js';
import type { RuleContext } from '../rule.js';
import { evaluate, fillFormula, parseFormula, references, type Expr } from '../../math/formula.js';
import { point, show, type Interval } from '../../math/interval.js';
import { combinations } from '../by-metric.js';
import type { Condition, Range, Rule, RubricPart } from './schema.js';
import { clamp, normalize, pointSet, union, type ScoreSet } from './sets.js';

/** One reading of a metric: the interval its mentions allow, the value as printed, the facts it rests on. */
export interface Candidate {
  iv: Interval;
  point: Decimal;
  printed: string;
  facts: Figure[];
}

export type Env = (metric: string) => Candidate[];

function intersect(ivs: Interval[]): Interval | null {
  const lo = Decimal.max(...ivs.map((i) => i.lo));
  const hi = Decimal.min(...ivs.map((i) => i.hi));
  return lo.lte(hi) ? { lo, hi } : null;
}

/** Mentions of one metric as readings: one when they all agree, else one per distinct value. */
export function readingsOf(facts: Array<{ fact: Figure; iv: Interval; value: Decimal }>): Candidate[] {
  if (facts.length === 0) return [];
  const all = intersect(facts.map((f) => f.iv));
  if (all) return [{ iv: all, point: facts[0]!.value, printed: printedOf(facts[0]!.fact), facts: facts.map((f) => f.fact) }];
  const byValue = new Map<string, typeof facts>();
  for (const f of facts) byValue.set(f.value.toFixed(), [...(byValue.get(f.value.toFixed()) ?? []), f]);
  const out: Candidate[] = [];
  for (const group of byValue.values()) {
    const iv = intersect(group.map((g) => g.iv)) ?? group[0]!.iv;
    out.push({ iv, point: group[0]!.value, printed: printedOf(group[0]!.fact), facts: group.map((g) => g.fact) });
  }
  return out;
}

function printedOf(f: Figure): string {
  return f.raw.replace(/[,，\s]/g, '');
}

/** Readings from the checks' context: every numeric mention of the metric, unit slips corrected. */
export function contextEnv(ctx: RuleContext): Env {
  const cache = new Map<string, Candidate[]>();
  return (metric) => {
    let c = cache.get(metric);
    if (!c) {
      const facts = ctx.metrics.of(metric).filter((f) => f.naming?.reader !== 'score-table');
      c = readingsOf(facts.map((fact) => ({ fact, iv: ctx.interval(fact), value: new Decimal(fact.value) })));
      cache.set(metric, c);
    }
    return c;
  };
}

/** One evaluation of a formula on one reading of each input. */
export interface Reading {
  formula: string;
  /** The formula with the printed inputs: `9 ÷ (22 + 9) × 100`. */
  filled: string;
  iv: Interval;
  point: Decimal;
  facts: Figure[];
}

const parsed = new Map<string, Expr>();
function expr(source: string): Expr {
  let e = parsed.get(source);
  if (!e) {
    e = parseFormula(source);
    parsed.set(source, e);
  }
  return e;
}

/** Every evaluation of the formula over the readings of its inputs (at most `limit`); empty when an input is missing. */
export function readFormula(source: string, env: Env, limit = 16): Reading[] {
  const e = expr(source);
  const names = references(e);
  const lists = names.map((n) => env(n));
  if (lists.some((l) => l.length === 0)) return [];
  const out: Reading[] = [];
  for (const combo of combinations(lists, limit)) {
    const pick = new Map(names.map((n, i) => [n, combo[i]!]));
    const iv = evaluate(e, (n) => pick.get(n)?.iv ?? null);
    const pt = evaluate(e, (n) => {
      const c = pick.get(n);
      return c ? point(c.point) : null;
    });
    if (!iv || !pt) continue;
    out.push({
      formula: source,
      filled: names.length === 1 && e.kind === 'ref' ? pick.get(names[0]!)!.printed : fillFormula(e, (n) => pick.get(n)!.printed),
      iv,
      point: pt.lo,
      facts: [...new Set(combo.flatMap((c) => c.facts))],
    });
  }
  return out;
}

/**
 * The value a part reads: all alternatives evaluated; when every reading meets the others, their intersection;
 * otherwise the readings, each on its own.
 */
export function partValues(sources: string[], env: Env): Reading[] {
  const readings = sources.flatMap((s) => readFormula(s, env));
  if (readings.length <= 1) return readings;
  const all = intersect(readings.map((r) => r.iv));
  if (all) return [{ ...readings[0]!, iv: all, facts: [...new Set(readings.flatMap((r) => r.facts))] }];
  return readings;
}

export function inRange(r: Range, iv: Interval): boolean {
  if (r.lo !== null && (r.loClosed ? iv.hi.lt(r.lo) : iv.hi.lte(r.lo))) return false;
  if (r.hi !== null && (r.hiClosed ? iv.lo.gt(r.hi) : iv.lo.gte(r.hi))) return false;
  return true;
}

export interface RuleOutcome {
  set: ScoreSet;
  /** What decided it: the tier(s) met, or the proportion. */
  how: string;
}

const Up = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_CEIL });
const Down = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_FLOOR });

/** The scores a rule gives for a value interval, for a part worth `max` points (already scaled). */
export function applyRule(rule: Rule, iv: Interval, max: Decimal, capped: boolean, scale: Decimal): RuleOutcome {
  switch (rule.type) {
    case 'proportional': {
      const lo = Down.mul(Down.div(iv.lo, rule.full), max);
      const hi = Up.mul(Up.div(iv.hi, rule.full), max);
      const set = clamp([{ lo, hi }], new Decimal(0), capped ? max : null);
      return { set, how: `${show(iv)} ÷ ${rule.full.toFixed()} × ${max.toFixed()}${capped ? `，最高 ${max.toFixed()}` : ''}` };
    }
    case 'tiers': {
      const met = rule.tiers.filter((t) => inRange(t.range, iv));
      const set = normalize(met.map((t) => point(t.score.times(scale))));
      return { set, how: met.map((t) => `${t.label ?? t.range.text} → ${t.score.times(scale).toFixed()}`).join(' / ') || 'no tier' };
    }
    case 'deduct': {
      const beyond = (v: Decimal) => Decimal.max(0, rule.direction === 'over' ? v.minus(rule.from) : rule.from.minus(v)).div(rule.per);
      // Units beyond the threshold are monotone in the value: the interval's ends bound them.
      const [uA, uB] = [beyond(iv.lo), beyond(iv.hi)];
      const uLo = Decimal.min(uA, uB);
      const uHi = Decimal.max(uA, uB);
      const points = rule.points.times(scale);
      const scores = (u: Decimal) => Decimal.max(0, max.minus(points.times(u)));
      const pieces: Interval[] = [];
      if (rule.steps === 'continuous' || rule.steps === 'either') pieces.push({ lo: scores(uHi), hi: scores(uLo) });
      const stepped = (round: (d: Decimal) => Decimal) => {
        const a = round(uLo);
        const b = round(uHi);
        for (let u = a; u.lte(b) && pieces.length < 64; u = u.plus(1)) pieces.push(point(scores(u)));
      };
      if (rule.steps === 'started' || rule.steps === 'either') stepped((d) => d.ceil());
      if (rule.steps === 'completed' || rule.steps === 'either') stepped((d) => d.floor());
      return {
        set: normalize(pieces),
        how: `${rule.direction === 'over' ? '超过' : '低于'} ${rule.from.toFixed()} 每 ${rule.per.toFixed()} 扣 ${points.toFixed()}`,
      };
    }
  }
}

/**
 * A condition on the figures as printed, given as alternative formulations (on the amounts, on the stated rate):
 * true or false when every evaluable formulation agrees, null when they disagree or none can be evaluated.
 * Printed values, not intervals: "实际采购金额大于采购计划金额" is about the amounts the report states, and two
 * amounts printed alike are equal as far as any scorer could tell.
 */
export function conditionHolds(conditions: Condition[], env: Env): boolean | null {
  const verdicts = new Set<boolean>();
  for (const c of conditions) {
    const left = readFormula(c.left, env);
    const right = readFormula(c.right, env);
    for (const l of left) {
      for (const r of right) {
        const cmp = l.point.cmp(r.point);
        const holds = c.op === '>' ? cmp > 0 : c.op === '>=' ? cmp >= 0 : c.op === '<' ? cmp < 0 : c.op === '<=' ? cmp <= 0 : cmp === 0;
        verdicts.add(holds);
      }
    }
  }
  return verdicts.size === 1 ? [...verdicts][0]! : null;
}

export interface PartResult {
  part: RubricPart;
  /** Points of the part for this report (the framework's, scaled when the report re-weights the item). */
  max: Decimal;
  computable: boolean;
  set: ScoreSet;
  readings: Array<{ reading: Reading; how: string; set: ScoreSet }>;
  /** The zero-if condition held (true), did not (false), could not be decided (null), or there is none (undefined). */
  zeroed?: boolean | null;
}

/** Score one part. A judgment part, or one whose inputs the report does not give, is not computable. */
export function scorePart(part: RubricPart, env: Env, scale: Decimal): PartResult {
  const max = part.max.times(scale);
  if (!part.value || !part.rule) return { part, max, computable: false, set: [{ lo: new Decimal(0), hi: max }], readings: [] };
  const values = partValues(part.value, env);
  if (values.length === 0) return { part, max, computable: false, set: [{ lo: new Decimal(0), hi: max }], readings: [] };
  const readings = values
    .map((reading) => {
      const out = applyRule(part.rule!, reading.iv, max, part.capped, scale);
      return { reading, how: out.how, set: out.set };
    })
    // A value outside every tier (a negative adjustment rate where the tiers start at 0) is one the framework
    // does not score: the part stays unverifiable rather than scoring nothing.
    .filter((r) => r.set.length > 0);
  if (readings.length === 0) return { part, max, computable: false, set: [{ lo: new Decimal(0), hi: max }], readings: [] };
  let set = union(...readings.map((r) => r.set));
  let zeroed: boolean | null | undefined;
  if (part.zeroIf.length) {
    zeroed = conditionHolds(part.zeroIf, env);
    if (zeroed === true) set = pointSet(0);
    else if (zeroed === null) set = union(set, pointSet(0));
  }
  return { part, max, computable: true, set, readings, ...(zeroed !== undefined ? { zeroed } : {}) };
}
