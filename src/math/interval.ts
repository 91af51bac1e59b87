/**
 * Interval arithmetic on decimals, the rounding rule of docs/checks.md: a figure printed with d decimals stands
 * for any true value in [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]. Results are pushed outward (lower bounds rounded down, upper
 * bounds up), so an interval always contains every value the printed inputs allow: rounding can never raise a
 * false alarm. Decimal.js throughout, never binary floats.
 */
import { Decimal } from 'decimal.js';

const Down = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_FLOOR });
const Up = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_CEIL });

export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

export function point(v: Decimal.Value): Interval {
  const d = new Decimal(v);
  return { lo: d, hi: d };
}

/** The values a printed number may stand for. `scale` converts its printed unit to the figure's unit. */
export function roundingInterval(value: Decimal.Value, decimals: number, scale: Decimal.Value = 1, exact = false): Interval {
  const v = new Decimal(value);
  if (exact) return point(v.times(scale));
  const half = new Decimal(5).times(new Decimal(10).pow(-(decimals + 1)));
  const s = new Decimal(scale);
  const a = Down.mul(Down.sub(v, half), s);
  const b = Up.mul(Up.add(v, half), s);
  return a.lte(b) ? { lo: a, hi: b } : { lo: b, hi: a };
}

/** The number as printed (thousands separators and spaces dropped, a dash read as minus), or null for words (无变化). */
export function printedNumber(raw: string): Decimal | null {
  const digits = raw.replace(/[,，\s]/g, '').replace(/^[−–—]/, '-');
  return /^[-+]?\d+(?:\.\d+)?$/.test(digits) ? new Decimal(digits) : null;
}

/**
 * The factor from a figure's printed unit to its value's unit (10000 for 亿元 → 万元, 0.0001 for 元), recovered from
 * the value and the number as printed; 1 when the number is words or zero. Always positive: the sign is the value's.
 */
export function unitScale(value: Decimal.Value, raw: string): Decimal {
  const number = printedNumber(raw);
  if (!number || number.isZero()) return new Decimal(1);
  return new Decimal(value).div(number).abs();
}

/**
 * What a figure stands for: its printed number ± half a unit of its last decimal, in its value's unit. A count or
 * weight that is exact by nature is a point; a figure the text gives as approximate (约, 近) loses one decimal, a whole
 * number its units (约10% may be 5 % to 15 %).
 */
export function intervalOf(figure: { value: string; raw: string; decimals: number }, exact = false, approximate = false): Interval {
  const number = printedNumber(figure.raw);
  // A verbal figure (无变化) stands for its value at its decimals.
  if (!number) return roundingInterval(figure.value, figure.decimals);
  if (exact) return point(figure.value);
  return roundingInterval(number, approximate ? figure.decimals - 1 : figure.decimals, unitScale(figure.value, figure.raw));
}

export function add(a: Interval, b: Interval): Interval {
  return { lo: Down.add(a.lo, b.lo), hi: Up.add(a.hi, b.hi) };
}

/** The sum of intervals; 0 for none. */
export function sumOf(intervals: readonly Interval[]): Interval {
  return intervals.reduce(add, point(0));
}

export function sub(a: Interval, b: Interval): Interval {
  return { lo: Down.sub(a.lo, b.hi), hi: Up.sub(a.hi, b.lo) };
}

/** A change's interval with its sign: negated for a decrease (direction < 0), as it is otherwise. */
export function withSign(a: Interval, direction: number): Interval {
  return direction < 0 ? sub(point(0), a) : a;
}

export function mul(a: Interval, b: Interval): Interval {
  const lows = [Down.mul(a.lo, b.lo), Down.mul(a.lo, b.hi), Down.mul(a.hi, b.lo), Down.mul(a.hi, b.hi)];
  const highs = [Up.mul(a.lo, b.lo), Up.mul(a.lo, b.hi), Up.mul(a.hi, b.lo), Up.mul(a.hi, b.hi)];
  return { lo: Decimal.min(...lows), hi: Decimal.max(...highs) };
}

/** Null when the divisor may be zero: the ratio is undefined, not 0 % and not a flag. */
export function div(a: Interval, b: Interval): Interval | null {
  if (b.lo.lte(0) && b.hi.gte(0)) return null;
  const lows = [Down.div(a.lo, b.lo), Down.div(a.lo, b.hi), Down.div(a.hi, b.lo), Down.div(a.hi, b.hi)];
  const highs = [Up.div(a.lo, b.lo), Up.div(a.lo, b.hi), Up.div(a.hi, b.lo), Up.div(a.hi, b.hi)];
  return { lo: Decimal.min(...lows), hi: Decimal.max(...highs) };
}

/** `part` as a percentage of `whole`; null when the whole may be zero. */
export function percentOf(part: Interval, whole: Interval): Interval | null {
  const q = div(part, whole);
  return q ? mul(q, point(100)) : null;
}

/**
 * The relative change from `base` to `current` (a fraction), as current ÷ base − 1: each input enters once, so
 * its rounding is not counted twice as it is in (current − base) ÷ base. Null when the base may be zero.
 */
export function relativeChange(current: Interval, base: Interval): Interval | null {
  const ratio = div(current, base);
  return ratio ? sub(ratio, point(1)) : null;
}

/**
 * The relative change that a signed change `delta` to `current` is of the prior level (current − delta), as
 * 1 ÷ (current ÷ delta − 1), each input once. Null when delta or the prior level may be zero.
 */
export function changeRate(current: Interval, delta: Interval): Interval | null {
  const t = div(current, delta);
  return t ? div(point(1), sub(t, point(1))) : null;
}

/**
 * What two enclosures of one quantity both allow (a change stated and the difference of its two levels): null when
 * they do not meet. XBRL Calculations 1.1 merges consistent duplicate facts the same way.
 */
export function intersect(a: Interval, b: Interval): Interval | null {
  const lo = Decimal.max(a.lo, b.lo);
  const hi = Decimal.min(a.hi, b.hi);
  return lo.lte(hi) ? { lo, hi } : null;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

/** How far apart two intervals are (0 when they meet). */
export function gap(a: Interval, b: Interval): Decimal {
  if (overlaps(a, b)) return new Decimal(0);
  return a.hi.lt(b.lo) ? b.lo.minus(a.hi) : a.lo.minus(b.hi);
}

export function midpoint(a: Interval): Decimal {
  return a.lo.plus(a.hi).div(2);
}

/** The midpoint rounded half up to `decimals`, as a message prints what a relation expects. */
export function midText(a: Interval, decimals = 2): string {
  return midpoint(a).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed();
}

/** |x| over an interval: what a change stated without its direction (相差, 变动) may be. */
export function magnitude(a: Interval): Interval {
  if (a.lo.gte(0)) return a;
  if (a.hi.lte(0)) return sub(point(0), a);
  return { lo: new Decimal(0), hi: Decimal.max(a.hi, a.lo.abs()) };
}

/**
 * How serious a gap is: an error when it is large for the figure (0.1 in its unit, or 0.1 % of it), a warning when
 * it is small enough to be a slip of the last digit.
 */
export function severityOf(margin: Decimal, reported: Decimal): 'error' | 'warning' {
  const relative = reported.isZero() ? margin : margin.div(reported.abs());
  return margin.gte(0.1) || relative.gte(0.001) ? 'error' : 'warning';
}

/**
 * A short human form: the value when the interval is narrow at the given decimals, else the midpoint with the
 * interval the printed inputs allow: `44.89 [44.7396, 45.048]`.
 */
export function show(a: Interval, decimals = 2): string {
  const lo = a.lo.toDecimalPlaces(decimals + 2, Decimal.ROUND_FLOOR);
  const hi = a.hi.toDecimalPlaces(decimals + 2, Decimal.ROUND_CEIL);
  const mid = midpoint(a).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  if (hi.minus(lo).lte(new Decimal(10).pow(-decimals))) return mid.toFixed(decimals);
  return `${mid.toFixed(decimals)} [${lo.toFixed()}, ${hi.toFixed()}]`;
}
