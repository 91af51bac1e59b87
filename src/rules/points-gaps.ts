/**
 * A gap in percentage points against a rate printed in brackets right before it (增长19.9%，高于全省平均增幅(11%)
 * 8.9个百分点; 自给率21.4%…低于全区财政自给率(53.2%)33.9个百分点): the gap is the report's own rate less the one in
 * brackets (or the reverse for 低于). The report's rate is the last one of its sentence outside brackets of the same
 * sort (a growth for 增幅, a rate for 率). A gap whose other rate is not printed beside it (快于时间进度) is not checked.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { severityOf, sub, withSign, type Interval } from '../math/interval.js';
import { unmapped } from '../text/mapped-text.js';
import type { IntervalOf, Rule } from './rule.js';
import { inBrackets, textBefore } from './printed.js';

const ABOVE = /高于|快于|超过|超出|高出/g;
const BELOW = /低于|慢于|低出/g;
const GROWTH = /增幅|增速|增长|降幅|下降/;

export const pointsGaps: Rule = {
  id: 'points-gaps',
  check: 'difference_mismatch',
  description: 'A gap in percentage points must be the difference of the rate and the rate printed beside it.',
  messages: {
    'rule.points-gap': {
      zh: '{label}相差 {reported} 个百分点，但 {own}% 与 {other}% 相差 {expected} 个百分点。',
      en: '{label}: a gap of {reported} points, but {own}% and {other}% are {expected} points apart.',
    },
  },
  run(ctx) {
    for (const gap of ctx.figures) {
      if (gap.unit !== '个百分点' || gap.location.table) continue;
      const at = ctx.position(gap);
      const other = ctx.figures[at - 1];
      const sentence = ctx.place(gap)?.sentence;
      if (!other || other.unit !== '%' || ctx.place(other)?.sentence !== sentence || !inBrackets(ctx, other)) continue;
      if (!/^\s*[)）]\s*$/.test(textBefore(ctx, gap, 2).slice(-1))) continue;
      const label = unmapped(gap.label).text;
      const verbs = [...label.matchAll(ABOVE)].map((m) => ({ at: m.index!, sign: 1 })).concat([...label.matchAll(BELOW)].map((m) => ({ at: m.index!, sign: -1 })));
      const verb = verbs.sort((a, b) => b.at - a.at)[0];
      if (!verb) continue;
      const growth = GROWTH.test(unmapped(other.label).text);
      let own: Figure | undefined;
      for (let k = at - 2; k >= 0; k--) {
        const f = ctx.figures[k]!;
        if (ctx.place(f)?.sentence !== sentence) break;
        if (f.unit !== '%' || inBrackets(ctx, f) || (f.kind === 'growth') !== growth) continue;
        own = f;
        break;
      }
      if (!own) continue;
      const mine = own;
      const signedOwn = (iv: IntervalOf): Interval => withSign(iv(mine), mine.kind === 'growth' ? mine.direction : 1);
      const signedOther = (iv: IntervalOf): Interval => iv(other);
      ctx.relate({
        check: 'difference_mismatch',
        kind: 'difference',
        stated: gap,
        alternatives: [
          {
            inputs: [
              ['rate', mine],
              ['other', other],
            ],
            expected: (iv: IntervalOf) => (verb.sign > 0 ? sub(signedOwn(iv), signedOther(iv)) : sub(signedOther(iv), signedOwn(iv))),
            formula: (e: Interval) => `${verb.sign > 0 ? `${mine.raw} − (${other.raw})` : `${other.raw} − ${mine.raw}`} = ${ctx.shown(e, gap)}`,
          },
        ],
        severity: (margin) => severityOf(margin, new Decimal(gap.value)),
        message: (e) => ({ code: 'rule.points-gap', params: { label: mine.label, reported: gap.raw, own: mine.raw, other: other.raw, expected: ctx.shown(e, gap) } }),
      });
    }
  },
};
