/**
 * A whole's rate read from its parts' (growth-sums, completion-sums): each part and its own rate give the part's
 * base (its prior year, its budget); the whole's rate is a level over the sum of the bases, the level being the
 * whole as printed or its parts' sum (the whole may be rounded apart from them), whichever reading fits.
 */
import type { Figure } from '../model/audit.js';
import { sumOf, type Interval } from '../math/interval.js';
import type { Alternative, IntervalOf } from './rule.js';

export function ratesFromParts(
  whole: Figure,
  parts: Figure[],
  partRates: Figure[],
  baseOf: (iv: IntervalOf, part: Figure, rate: Figure) => Interval | null,
  rateOf: (level: Interval, bases: Interval) => Interval | null,
  formula: () => string,
): Alternative[] {
  const expectedWith = (level: (iv: IntervalOf) => Interval) => (iv: IntervalOf): Interval | null => {
    const bases = parts.map((p, i) => baseOf(iv, p, partRates[i]!));
    if (bases.some((b) => b === null)) return null;
    return rateOf(level(iv), sumOf(bases as Interval[]));
  };
  const inputs = parts.flatMap((p, i): Array<[string, Figure]> => [
    ['part', p],
    ['rate', partRates[i]!],
  ]);
  return [
    { inputs: [['whole', whole], ...inputs], expected: expectedWith((iv) => iv(whole)), formula },
    { inputs, expected: expectedWith((iv) => sumOf(parts.map((p) => iv(p)))), formula },
  ];
}
