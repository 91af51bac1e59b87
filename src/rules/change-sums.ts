/**
 * The change of a whole against the changes of its parts (“三公”经费比2022年减少0.41万元。其中：因公出国(境)费增加0
 * 万元；公务用车…增加0.05万元；公务接待费…减少0.46万元): when the parts the report lists under the whole add up to it
 * (the list is complete), and each part states its change against the same year as the whole's, the whole's change
 * is the sum of theirs, each with its sign. A list that does not make its whole, or a part without its change,
 * leaves the sum unknown.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { overlaps, severityOf, sumOf, withSign, type Interval } from '../math/interval.js';
import type { IntervalOf, Rule, RuleContext } from './rule.js';

function printed(f: Figure): string {
  return `${f.direction < 0 ? '−' : '+'}${f.raw}${f.rawUnit}`;
}

/** A whole's change against the sum of its parts' changes, each with its sign; `code` names the rule's message. */
export function relateChangeSum(ctx: RuleContext, whole: Figure, change: Figure, partChanges: Figure[], code: string): void {
  ctx.relate({
    check: 'difference_mismatch',
    kind: 'change',
    stated: change,
    statedInterval: (iv: IntervalOf) => withSign(iv(change), change.direction),
    alternatives: [
      {
        inputs: partChanges.map((c): [string, Figure] => ['change', c]),
        expected: (iv: IntervalOf) => sumOf(partChanges.map((c) => withSign(iv(c), c.direction))),
        formula: (e: Interval) => `${partChanges.map(printed).join(' ')} = ${ctx.shown(e, change)}`,
      },
    ],
    severity: (margin) => severityOf(margin, new Decimal(change.value)),
    message: (e) => ({ code, params: { label: whole.label, reported: printed(change), expected: ctx.shown(e, change) } }),
  });
}

/**
 * The parts listed under a whole that make it: all of them when they add up to it, else the longest run from the
 * first that does (国税…，地税…，财政…；实现地方一般预算收入…: the list went on past its parts with another cut of
 * the whole). Null when no such run of two or more parts makes the whole.
 */
export function partsMaking(ctx: RuleContext, whole: Figure): Figure[] | null {
  const parts = ctx.partsOf(whole).filter((f) => f !== whole && f.kind === whole.kind && f.direction === 0 && !f.comparison && f.unit === whole.unit);
  const target = ctx.interval(whole);
  for (let k = parts.length; k >= 2; k--) {
    if (overlaps(sumOf(parts.slice(0, k).map((p) => ctx.interval(p))), target)) return parts.slice(0, k);
  }
  return null;
}

export const changeSums: Rule = {
  id: 'change-sums',
  check: 'difference_mismatch',
  description: 'The change of a whole must be the sum of its parts’ changes when its parts make it.',
  messages: {
    'rule.change-sum': {
      zh: '{label}变动 {reported}，但其各组成部分的变动合计为 {expected}。',
      en: '{label} changed by {reported}, but the changes of its parts add up to {expected}.',
    },
  },
  run(ctx) {
    const isChange = (f: Figure) => f.kind === 'amount' && f.direction !== 0;
    for (const change of ctx.figures.filter(isChange)) {
      const whole = ctx.about(change);
      if (!whole || whole.kind !== 'amount' || whole.direction !== 0) continue;
      const parts = partsMaking(ctx, whole);
      if (!parts) continue;
      const changes = parts.map((p) => ctx.claimsAbout(p).filter((c) => isChange(c) && (c.comparison === change.comparison || c.comparison === '') && c.unit === change.unit));
      if (changes.some((c) => c.length !== 1)) continue;
      relateChangeSum(ctx, whole, change, changes.map((c) => c[0]!), 'rule.change-sum');
    }
  },
};
