/**
 * A change and its rate, stated together about one figure: 支出 387.82 万元，较上年减少 125.51 万元，下降 24.5%.
 * The base is the one the sentence states for the comparison (比上年累计支出 433 万元; 较年初预算 412.00 万元), and
 * then the change must be the difference and the rate the difference over the base; or else the current figure
 * minus the change (plus it for a decrease), and the rate is the change over that. A change and a rate are paired
 * only when they compare with the same thing (较预算 or 比上年).
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { changeRate, div, intersect, mul, overlaps, point, relativeChange, sub, withSign, type Interval, severityOf, midText } from '../math/interval.js';
import type { IntervalOf, Rule } from './rule.js';
import { textBetween } from './printed.js';

function signed(iv: IntervalOf, f: Figure, direction: number): Interval {
  return withSign(iv(f), direction);
}

export const changeGrowth: Rule = {
  id: 'change-growth',
  check: 'difference_mismatch',
  description: 'A stated change and its rate must agree with the figure they are about and its prior value.',
  messages: {
    'rule.change-growth': {
      zh: '{label}：所述增减幅度 {reported}% 与增减额和基数计算的 {expected}% 不符。',
      en: '{label}: the stated rate of change {reported}% does not match {expected}% from the change and its base.',
    },
    'rule.change-levels': {
      zh: '{label}：所述增减额 {reported} 与前后两个数（{current} 与 {prior}）之差 {expected} 不符。',
      en: '{label}: the stated change {reported} does not match {expected}, the difference of {current} and {prior}.',
    },
  },
  run(ctx) {
    for (const level of ctx.figures) {
      if (level.kind !== 'amount' || level.direction !== 0 || level.comparison || ctx.about(level)) continue;
      const claims = ctx.claimsAbout(level);
      const isBase = (f: Figure) => f.kind === 'amount' && f.direction === 0 && !f.comparison;
      // The base each comparison names in the sentence: the prior year's level (比上年累计支出 433 万元), or the
      // budget (较年初预算 412.00 万元).
      const baseFor = (comparison: string): Figure | undefined =>
        comparison === '比上年'
          ? claims.find((f) => isBase(f) && f.period && f.role !== '预算')
          : comparison === '较预算'
            ? claims.find((f) => isBase(f) && f.role === '预算')
            : // No comparison word: an earlier year of the same thing stated with it (2016年预算8万元，2015年预算12.5万元).
              claims.find((f) => isBase(f) && /^\d{4}$/.test(f.period) && /^\d{4}$/.test(level.period) && Number(f.period) < Number(level.period));
      // A change with no comparison word (…51653万元，增加6455万元，增长14.28%) pairs only with a rate that has none
      // either: both compare with one base, whichever the passage means.
      const changes = claims.filter((f) => f.kind === 'amount' && f.direction !== 0);
      for (const change of changes) {
        const base = baseFor(change.comparison);
        if (!base) continue;
        // Both figures stated: the change is their difference.
        const difference = (iv: IntervalOf) => sub(iv(level), iv(base));
        const shown = (e: Interval) => midText(e);
        ctx.relate({
          check: 'difference_mismatch',
          kind: 'difference',
          stated: change,
          statedInterval: (iv) => signed(iv, change, change.direction),
          alternatives: [
            {
              inputs: [
                ['current', level],
                ['base', base],
              ],
              expected: difference,
              formula: (e) => `${level.raw} − ${base.raw} = ${shown(e)}`,
            },
          ],
          expectedText: (e) => ctx.shown(e.lo.lt(0) && change.direction < 0 ? sub(point(0), e) : e, change),
          severity: (margin) => severityOf(margin, new Decimal(change.value)),
          message: (e) => ({ code: 'rule.change-levels', params: { label: level.label, reported: `${change.raw}${change.rawUnit}`, expected: shown(e), current: level.raw, prior: base.raw } }),
        });
      }
      for (const growth of claims.filter((f) => f.kind === 'growth' && f.unit === '%')) {
        // 其中，房地產營業稅同比增加123億元，增長58.7%: a rate right after the change of an item named with it is that
        // item's rate, not the rate of the figure the item is part of.
        // Not one in brackets closed before the rate ((其中：旗本级减少29100万元，开发区增加4100万元)，下降35.7%).
        const before = ctx.figures[ctx.position(growth) - 1];
        const closedBetween = !!before && /[)）]/.test(textBetween(ctx, before, growth) ?? '');
        if (before && before.kind === 'amount' && before.direction !== 0 && !claims.includes(before) && ctx.place(before)?.sentence === ctx.place(growth)?.sentence && !closedBetween) continue;
        const base = baseFor(growth.comparison);
        // With no comparison word, only the change printed right beside the rate is its change: right before it, or
        // right after it in the same clause run (增长50.1%，增收412.8亿元); 旗本级35900万元，下降8%；…减少29100万元 compares
        // with another base.
        const adjacent = (c: Figure) => {
          if (growth.comparison !== '') return true;
          const [at, of] = [ctx.position(growth), ctx.position(c)];
          if (at === of + 1) return true;
          // …增加60000万元(其中:旗本级58800万元,开发区1200万元),增长26.1%: the change's own parts in brackets between
          // them leave the rate beside it.
          if (of < at) {
            const after = textBetween(ctx, c, growth);
            return after !== null && /^[万亿]?元?\s*[（(][^（()）]*[)）]\s*[，,]\s*(?:增长|下降|增幅|降幅|减少|增加)(?:了|为)?\s*$/.test(after);
          }
          const between = of === at + 1 ? textBetween(ctx, growth, c) : null;
          return between !== null && /^[\s，,]*(?:同比|较上年|比上年)?(?:增收|减收|增加|减少|增支|减支)?\s*$/.test(between.replace(/^[%％]/, ''));
        };
        const change = changes.find((c) => c.comparison === growth.comparison && (c.direction === growth.direction || growth.direction === 0) && adjacent(c)) ?? null;
        if (!base && !change) continue;
        const rate = (current: Figure) => (iv: IntervalOf): Interval | null => {
          const q = base ? (change && current === level && bothStated(iv, base, change)) || relativeChange(iv(current), iv(base)) : changeRate(iv(current), signed(iv, change!, change!.direction));
          return q ? mul(q, point(100)) : null;
        };
        // The change stated beside both levels (12.5万元，较年初预算15万元减少2.5万元，下降18.67%): the change and the
        // base are each known twice, as printed and from the other two, and the rate lies within what both allow
        // (15 printed whole is 14.5–15.5 alone, 14.9–15.1 with 12.5 + 2.5).
        const bothStated = (iv: IntervalOf, base: Figure, change: Figure): Interval | null => {
          const delta = signed(iv, change, change.direction);
          // Only where the change is the printed levels' difference, as the report computed it: 8 − 12.5 stated as
          // 减少4.35 was worked out otherwise, and which of its figures the rate used, the words do not say.
          const printedDifference = new Decimal(level.value).minus(base.value);
          if (printedDifference.lt(delta.lo) || printedDifference.gt(delta.hi)) return null;
          const changeKnown = intersect(delta, sub(iv(level), iv(base)));
          const baseKnown = intersect(iv(base), sub(iv(level), delta));
          return changeKnown && baseKnown ? div(changeKnown, baseKnown) : null;
        };
        // 收入总计3759.2万元，其中年初结转和结余1366.76万元，较2019年增加197.03万元，增加5.5%: the change after a 其中
        // item may be its sentence's whole's; either reading that agrees is the one meant.
        const currents = [level, ...(base ? [] : ctx.byIds(ctx.place(level)?.partOf ?? []).filter((w) => ctx.place(w)?.sentence === ctx.place(level)?.sentence))];
        ctx.relate({
          check: 'difference_mismatch',
          kind: 'change',
          stated: growth,
          alternatives: currents.map((current) => ({
            inputs: [['current', current], ...(base ? [['base', base]] : []), ...(change && (!base || current === level) ? [['change', change]] : [])] as Array<[string, Figure]>,
            // The stated rate is a magnitude (下降 24.5%); a change of either sign near zero says nothing.
            expected: (iv: IntervalOf) => {
              const e = rate(current)(iv);
              return e && e.hi.lte(0) ? sub(point(0), e) : e;
            },
            formula: () =>
              base && change && current === level
                ? `${change.raw} ÷ ${base.raw} × 100 (${current.raw} − ${base.raw} = ${change.direction < 0 ? '−' : ''}${change.raw})`
                : base
                  ? `(${current.raw} − ${base.raw}) ÷ ${base.raw} × 100`
                  : `${change!.raw} ÷ (${current.raw} ${change!.direction > 0 ? '−' : '+'} ${change!.raw}) × 100`,
          })),
          // A change that may be of either sign (2 printed whole against 1.50) may be of any size up to the largest
          // either way allows: a stated rate beyond that still cannot be.
          agrees: (reported, magnitude) => overlaps(reported, magnitude) || (magnitude.lo.lt(0) && magnitude.hi.gt(0) && reported.lo.lte(Decimal.max(magnitude.lo.abs(), magnitude.hi))),
          severity: (margin) => severityOf(margin, new Decimal(growth.value)),
          message: (magnitude) => ({ code: 'rule.change-growth', params: { label: level.label, reported: growth.raw, expected: magnitude.lo.plus(magnitude.hi).div(2).toFixed(2, Decimal.ROUND_HALF_UP) } }),
        });
      }
    }
  },
};
