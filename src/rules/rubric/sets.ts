/**
 * Sets of possible scores. A rate whose rounding interval straddles a tier edge can earn either tier's points, so
 * an item's re-score is a union of intervals, not one interval: 编外人员控制率 [9.99, 10.01] under "≤10% → 0.5,
 * >10% → 0" gives {0.5} ∪ {0}, and only a stated score outside both is wrong. Kept small: beyond a few dozen
 * pieces the set is replaced by its hull, which can only accept more, never flag more.
 */
import { Decimal } from 'decimal.js';
import { add, point, roundingInterval, type Interval } from '../../math/interval.js';
import type { Figure } from '../../model/audit.js';

export type ScoreSet = Interval[];

const MAX_PIECES = 32;

export function single(iv: Interval): ScoreSet {
  return [iv];
}

export function pointSet(v: Decimal.Value): ScoreSet {
  return [point(v)];
}

/** Sorted, touching pieces merged. */
export function normalize(set: ScoreSet): ScoreSet {
  const sorted = [...set].sort((a, b) => a.lo.cmp(b.lo));
  const out: Interval[] = [];
  for (const iv of sorted) {
    const last = out[out.length - 1];
    if (last && iv.lo.lte(last.hi)) {
      if (iv.hi.gt(last.hi)) out[out.length - 1] = { lo: last.lo, hi: iv.hi };
    } else out.push(iv);
  }
  return out.length > MAX_PIECES ? [hull(out)!] : out;
}

export function union(...sets: ScoreSet[]): ScoreSet {
  return normalize(sets.flat());
}

export function hull(set: ScoreSet): Interval | null {
  if (set.length === 0) return null;
  return { lo: Decimal.min(...set.map((s) => s.lo)), hi: Decimal.max(...set.map((s) => s.hi)) };
}

/** Every sum of one value from each set. */
export function sum(a: ScoreSet, b: ScoreSet): ScoreSet {
  const out: Interval[] = [];
  for (const x of a) for (const y of b) out.push(add(x, y));
  return normalize(out);
}

export function clamp(set: ScoreSet, lo: Decimal, hi: Decimal | null): ScoreSet {
  return normalize(
    set.map((iv) => {
      let l = Decimal.max(iv.lo, lo);
      let h = Decimal.max(iv.hi, lo);
      if (hi !== null) {
        l = Decimal.min(l, hi);
        h = Decimal.min(h, hi);
      }
      return { lo: l, hi: h };
    }),
  );
}

export function meets(set: ScoreSet, iv: Interval): boolean {
  return set.some((s) => s.lo.lte(iv.hi) && iv.lo.lte(s.hi));
}

/** Distance from an interval to the nearest piece of the set (0 when they meet). */
export function distance(set: ScoreSet, iv: Interval): Decimal {
  let best: Decimal | null = null;
  for (const s of set) {
    const d = s.hi.lt(iv.lo) ? iv.lo.minus(s.hi) : iv.hi.lt(s.lo) ? s.lo.minus(iv.hi) : new Decimal(0);
    if (best === null || d.lt(best)) best = d;
  }
  return best ?? new Decimal(0);
}

/** Rounded half-up to the framework's score decimals: how a scorer would write the computed score. */
export function roundSet(set: ScoreSet, decimals: number): ScoreSet {
  return normalize(set.map((iv) => ({ lo: iv.lo.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP), hi: iv.hi.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP) })));
}

/** `5`, `0.7`, `[5.4, 6]`, `{0, 0.5}`: a short human form, trailing zeros dropped. */
export function showSet(set: ScoreSet, decimals = 4): string {
  const num = (d: Decimal) => d.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed().replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  const piece = (iv: Interval) => (iv.lo.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).eq(iv.hi.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP)) ? num(iv.lo) : `[${num(iv.lo)}, ${num(iv.hi)}]`);
  if (set.length === 0) return '∅';
  if (set.length === 1) return piece(set[0]!);
  return `{${set.map(piece).join(', ')}}`;
}

/**
 * What a stated score can stand for when compared with a framework's rule: a scorer writes a pro-rata score
 * rounded, to at least one decimal (5.75 → 5.8, never 6), so an integer score is read as ±0.05, not ±0.5.
 */
export function statedScore(fact: Figure, value: Decimal.Value): Interval {
  return roundingInterval(new Decimal(value).toFixed(), Math.max(fact.decimals, 1));
}
