import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { div, gap, mul, overlaps, point, roundingInterval, show } from './interval.js';
import { evaluate, evaluateRough, parseFormula } from './formula.js';

const pct = (a: string, da: number, b: string, db: number) => mul(div(roundingInterval(a, da), roundingInterval(b, db))!, point(100));

describe('the rounding rule of docs/checks.md', () => {
  it.each([
    // [numerator, denominator, reported %, decimals of reported, consistent?]
    ['7.62', '8.01', '95.15', 2, true], // seed 000 培训支出: 95.13 by point arithmetic, consistent within rounding
    ['2.11', '4.70', '44.03', 2, false], // seed 002 公务用车: 44.89
    ['1198.34', '1256.78', '95.35', 2, true],
    ['1198.34', '1256.78', '95.36', 2, false],
    ['251.89', '251.89', '100.00', 2, true],
    ['79.05', '81.44', '97.08', 2, true], // point 97.07; the interval reaches 97.0775
    ['4272.61', '5008.04', '85.32', 2, true], // borderline: meets at 85.315
    ['2.11', '4.79', '44.03', 2, true], // 44.05 by point arithmetic
  ] as const)('%s / %s printed as %s %%', (a, b, r, k, consistent) => {
    const computed = pct(a, a.split('.')[1]?.length ?? 0, b, b.split('.')[1]?.length ?? 0);
    expect(overlaps(computed, roundingInterval(r, k))).toBe(consistent);
  });

  it('a zero denominator gives no ratio, not 0 % and not a flag', () => {
    expect(div(roundingInterval('0.00', 2), roundingInterval('0.00', 2))).toBeNull();
    expect(div(roundingInterval('5', 0), roundingInterval('0', 0))).toBeNull();
  });

  it('sums allow the half-units of every part (Calculations 1.1)', () => {
    // 16,368.51 − 14,993.34 printed as 1,375.18: consistent at the closed boundary.
    const diff = evaluate(parseFormula('a - b'), (n) => (n === 'a' ? roundingInterval('16368.51', 2) : roundingInterval('14993.34', 2)))!;
    expect(overlaps(diff, roundingInterval('1375.18', 2))).toBe(true);
    expect(show(diff)).toBe('1375.17 [1375.16, 1375.18]');
  });

  it('reports how far outside the interval a value lies', () => {
    expect(gap(pct('2.11', 2, '4.70', 2), roundingInterval('44.03', 2)).toFixed(4)).toBe('0.7046');
    expect(gap(point(1), point(1)).eq(0)).toBe(true);
  });

  it('counts are exact', () => {
    const rate = mul(div(roundingInterval('38', 0, 1, true), roundingInterval('41', 0, 1, true))!, point(100));
    // Exact inputs give an interval only as wide as the 40-digit directed rounding.
    expect(rate.hi.minus(rate.lo).lt('1e-30')).toBe(true);
    expect(rate.lo.toDecimalPlaces(4).eq(new Decimal('92.6829'))).toBe(true);
  });

  it('formulas parse with precedence and parentheses', () => {
    const v = evaluate(parseFormula('(q1 + q2 + q3 + q4) / 4'), (n) => point({ q1: '121', q2: '86.82', q3: '89.76', q4: '99.77' }[n]!))!;
    expect(v.lo.toFixed(4)).toBe('99.3375');
    expect(() => parseFormula('a / (b')).toThrow();
    expect(() => parseFormula('a $ b')).toThrow();
  });
});

describe('the float enclosure that rules trials out', () => {
  // [formula, inputs as [value, decimals]]: the rough bounds hold the exact ones, so a miss in floats is a miss.
  it.each([
    ['spend / budget * 100', { spend: ['4753.66', 2], budget: ['3824.26', 2] }],
    ['spend / budget * 100', { spend: ['0.1', 1], budget: ['0.3', 1] }],
    ['(a - b) / b * 100', { a: ['16368.51', 2], b: ['14993.34', 2] }],
    ['(q1 + q2 + q3 + q4) / 4', { q1: ['121', 0], q2: ['86.82', 2], q3: ['89.76', 2], q4: ['99.77', 2] }],
    ['a * 0.01 + b', { a: ['123456789.123456', 6], b: ['-0.000001', 6] }],
  ] as Array<[string, Record<string, [string, number]>]>)('%s', (source, inputs) => {
    const expr = parseFormula(source);
    const exact = evaluate(expr, (n) => roundingInterval(inputs[n]![0], inputs[n]![1]))!;
    const rough = evaluateRough(expr, (n) => {
      const iv = roundingInterval(inputs[n]![0], inputs[n]![1]);
      return [iv.lo.toNumber(), iv.hi.toNumber()];
    })!;
    expect(new Decimal(rough[0]).lte(exact.lo)).toBe(true);
    expect(new Decimal(rough[1]).gte(exact.hi)).toBe(true);
  });

  it('is null where a divisor may be zero, as the exact evaluation is', () => {
    const expr = parseFormula('a / b');
    expect(evaluate(expr, (n) => (n === 'a' ? point(1) : roundingInterval('0', 1)))).toBeNull();
    expect(evaluateRough(expr, (n) => (n === 'a' ? [1, 1] : [-0.05, 0.05]))).toBeNull();
  });
});
