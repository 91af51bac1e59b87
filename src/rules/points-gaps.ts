/**
 * A gap in percentage points against another rate: one printed in brackets right before it (增长19.9%，高于全省平均
 * 增幅(11%)8.9个百分点; 自给率21.4%…低于全区财政自给率(53.2%)33.9个百分点), or the growth of the figure the gap
 * names, stated elsewhere in the report (科技支出增长30.7%，高于一般公共预算支出增幅29.3个百分点, where 一般公共预算支出
 * 5812.6亿元 grew 1.4%): the gap is the report's own rate less the other one (or the reverse for 低于). The report's rate
 * is the last one of its sentence outside brackets of the same sort (a growth for 增幅, a rate for 率). A gap whose
 * other rate is not printed beside it nor named (快于时间进度, 高于全省平均增幅, 高于上年同期增幅) is not checked here,
 * nor one whose name answers with two growths (the month's and the year's).
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { severityOf, sub, withSign, type Interval } from '../math/interval.js';
import { unmapped } from '../text/mapped-text.js';
import type { IntervalOf, Rule, RuleContext } from './rule.js';
import { inBrackets, textBefore } from './printed.js';

const ABOVE = /高于|快于|超过|超出|高出/g;
const BELOW = /低于|慢于|低出/g;
const GROWTH = /增幅|增速|增长|降幅|下降/;

/** 高于一般公共预算支出增幅29.3个百分点: the name of the figure whose growth the gap is against. */
const NAMED_GROWTH = /(?:高于|低于|快于|慢于|超过|超出)\s*([^，,；;。\d()（）%]{2,24}?)(?:的)?(?:平均)?(?:增幅|增速|增长率|增长速度)\s*$/;

/** A figure's name for matching: its label without quotes and the verb after it (全省财政支出完成 → 全省财政支出). */
function bareName(label: string): string {
  return unmapped(label).text.replace(/[“”"'\s]/g, '').replace(/(?:累计)?(?:完成|实现)$/, '');
}

/**
 * The growth of the figure a gap names (高于财政支出增速3.64个百分点 → the growth of 全省财政支出完成1245.01亿元): the
 * growths stated of levels whose names end with that name, when they give one value.
 */
function namedGrowth(ctx: RuleContext, gap: Figure): { growth: Figure; levels: Figure[] } | undefined {
  const named = NAMED_GROWTH.exec(textBefore(ctx, gap, 40))?.[1]?.trim();
  if (!named || named.length < 2 || /^全|上年|同期|去年|目标|计划|平均/.test(named)) return undefined;
  const levels = ctx.figures.filter((f) => f.kind === 'amount' && f.direction === 0 && !f.comparison && f.location.file === gap.location.file && bareName(f.label).endsWith(named));
  const growths = levels.flatMap((l) => ctx.claimsAbout(l).filter((c) => c.kind === 'growth' && c.unit === '%' && c.comparison !== '较预算'));
  if (!growths.length || new Set(growths.map((g) => `${g.direction}|${g.value}`)).size !== 1) return undefined;
  return { growth: growths[0]!, levels };
}

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
      const sentence = ctx.place(gap)?.sentence;
      const beside = ctx.figures[at - 1];
      const bracketed = beside && beside.unit === '%' && ctx.place(beside)?.sentence === sentence && inBrackets(ctx, beside) && /^\s*[)）]\s*$/.test(textBefore(ctx, gap, 2).slice(-1));
      const named = bracketed ? undefined : namedGrowth(ctx, gap);
      const other = bracketed ? beside : named?.growth;
      if (!other) continue;
      const label = unmapped(gap.label).text;
      const verbs = [...label.matchAll(ABOVE)].map((m) => ({ at: m.index!, sign: 1 })).concat([...label.matchAll(BELOW)].map((m) => ({ at: m.index!, sign: -1 })));
      const verb = verbs.sort((a, b) => b.at - a.at)[0];
      if (!verb) continue;
      const growth = bracketed ? GROWTH.test(unmapped(other.label).text) : true;
      let own: Figure | undefined;
      for (let k = bracketed ? at - 2 : at - 1; k >= 0; k--) {
        const f = ctx.figures[k]!;
        if (ctx.place(f)?.sentence !== sentence) break;
        if (f.unit !== '%' || inBrackets(ctx, f) || (f.kind === 'growth') !== growth) continue;
        own = f;
        break;
      }
      // The named figure's growth is not the report's own rate, nor a rate of one of its levels.
      if (!own || own === other || (named && named.levels.includes(ctx.about(own)!))) continue;
      const mine = own;
      const signedOwn = (iv: IntervalOf): Interval => withSign(iv(mine), mine.kind === 'growth' ? mine.direction : 1);
      // A rate in brackets carries its sign (-8.9%); a named growth has its direction (下降1.4%).
      const signedOther = (iv: IntervalOf): Interval => (bracketed ? iv(other) : withSign(iv(other), other.direction));
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
