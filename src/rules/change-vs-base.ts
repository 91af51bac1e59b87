/**
 * A change against something the report states elsewhere, in its table or its text:
 * - against the budget (与预算相比减少 0.1 万元, 无变化, 下降 0.006%): the actual minus the budget of the same thing
 *   (公务接待费支出 → the row 公务接待费, column 预算数);
 * - against the prior year (比上年减少 45.44 万元): this year's figure minus the prior year's of the same thing
 *   (a column 2021年决算数 beside 2022年决算数, or a text 上年…).
 * A rate of change is that change over the base. When several bases are found, a change consistent with any of
 * them is not flagged; when none is, nothing is checked.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { magnitude, point, sub, severityOf, type Interval, percentOf, midText } from '../math/interval.js';
import type { IntervalOf, Rule } from './rule.js';
import { coreName } from './names.js';
import { unmapped } from '../text/mapped-text.js';
import { quoteBefore } from './printed.js';

function isLevel(f: Figure): boolean {
  return f.kind === 'amount' && f.direction === 0 && !f.comparison;
}

function isBudget(f: Figure): boolean {
  return isLevel(f) && (f.role === '预算' || /预算/.test(f.label.split(' › ').pop() ?? ''));
}

/** The year a figure is of: its own period, else the report's. */
function yearOf(f: Figure, reportYear: number | null): number | null {
  return /^\d{4}$/.test(f.period) ? Number(f.period) : reportYear;
}

/** A figure of the year before `current`'s (上年, or a year one less), not a budget. */
function isPriorOf(f: Figure, current: Figure, reportYear: number | null): boolean {
  if (!isLevel(f) || isBudget(f)) return false;
  if (f.period === '上年') return true;
  const year = /^\d{4}$/.test(f.period) ? Number(f.period) : null;
  const now = yearOf(current, reportYear);
  return year !== null && now !== null && year === now - 1;
}

const PRIOR_YEAR_BUDGET = /(?:比|较|与|同|对比)(?:上年|上一年|去年|上年度)(?:年初|调整后?|全年)?预算/;
const YEAR_BUDGET = /(?:比|较|与|同|对比)((?:19|20)\d{2})年度?(?:年初|调整后?|全年)?预算/;

function distinct(figures: Figure[]): Figure[] {
  const seen = new Set<string>();
  return figures.filter((f) => !seen.has(f.value) && seen.add(f.value));
}

export const changeVsBase: Rule = {
  id: 'change-vs-base',
  check: 'difference_mismatch',
  description: 'A change against the budget or the prior year must be the figure minus that base, stated elsewhere in the report.',
  messages: {
    'rule.change-vs-budget': {
      zh: '{label}：与预算相比的增减，文中写作“{words}”，但报告所列预算数 {base}、实际数 {actual}，相差 {expected}。',
      en: '{label}: the text gives the change against the budget as “{words}”, but the report gives budget {base} and actual {actual}, a difference of {expected}.',
    },
    'rule.change-vs-prior': {
      zh: '{label}：比上年的增减，文中写作“{words}”，但报告所列上年数 {base}、本年数 {actual}，相差 {expected}。',
      en: '{label}: the text gives the change against the prior year as “{words}”, but the report gives {base} for the prior year and {actual} for this year, a difference of {expected}.',
    },
  },
  run(ctx) {
    // Levels by the name of what they are of.
    const byName = new Map<string, Figure[]>();
    for (const f of ctx.figures) {
      if (!isLevel(f)) continue;
      const name = ctx.derived('core', f, (x) => coreName(x.label));
      if (name.length >= 2) byName.set(name, [...(byName.get(name) ?? []), f]);
    }
    for (const claim of ctx.figures) {
      const versusBudget = claim.comparison === '较预算';
      if ((!versusBudget && claim.comparison !== '比上年') || (claim.kind !== 'amount' && claim.kind !== 'growth') || claim.unit === '个百分点') continue;
      const current = ctx.about(claim);
      if (!current || !isLevel(current) || isBudget(current)) continue;
      // A prior level stated in the same sentence is change-growth's to check.
      if (!versusBudget && ctx.claimsAbout(current).some((f) => isLevel(f) && f.period)) continue;
      const name = ctx.derived('core', current, (f) => coreName(f.label));
      if (name.length < 2) continue;
      const same = (byName.get(name) ?? []).filter((f) => f !== current);
      // 比2019年预算减少 names the budget of its year; 比上年预算数减少, the prior year's, which has no year to match.
      // The words before the claim in its sentence (比2019年预算减少4.8万元,下降17.78%: the rate has the same base).
      const quote = unmapped(claim.location.quote).text;
      const words = `${quoteBefore(claim, quote) ?? ''}${unmapped(claim.label).text}`.replace(/\s+/g, '');
      if (versusBudget && PRIOR_YEAR_BUDGET.test(words)) continue;
      const namedYear = YEAR_BUDGET.exec(words)?.[1];
      const budgetYear = namedYear && Number(namedYear) !== yearOf(current, ctx.year) ? namedYear : null;
      const bases = distinct(
        versusBudget
          ? same.filter((f) => isBudget(f) && (budgetYear ? f.period === budgetYear : !f.period || !current.period || f.period === current.period))
          : same.filter((f) => isPriorOf(f, current, ctx.year)),
      );
      // The same number printed again (全区 and 本级 中央补助 2146.7) is another mention, not last year's level.
      bases.splice(0, bases.length, ...bases.filter((b) => b.value !== current.value));
      if (!bases.length) continue;
      const expectedOf = (base: Figure) => (iv: IntervalOf): Interval | null => {
        const difference = sub(iv(current), iv(base));
        if (claim.kind === 'growth') {
          return percentOf(magnitude(difference), iv(base));
        }
        return claim.direction === 0 ? magnitude(difference) : claim.direction < 0 ? sub(point(0), difference) : difference;
      };
      const mid = (e: Interval) => midText(e);
      // A base whose change cannot be computed (a divisor that may be zero) excuses the claim: nothing is checked.
      if (bases.some((base) => expectedOf(base)((f) => ctx.interval(f)) === null)) continue;
      ctx.relate({
        check: 'difference_mismatch',
        kind: claim.kind === 'growth' ? 'change' : 'difference',
        stated: claim,
        alternatives: bases.map((base) => ({
          inputs: [
            ['current', current],
            [versusBudget ? 'budget' : 'prior', base],
          ],
          expected: expectedOf(base),
          formula: (e: Interval) =>
            claim.kind === 'growth' ? `|${current.raw} − ${base.raw}| ÷ ${base.raw} × 100 = ${mid(e)}` : `${current.raw} − ${base.raw} = ${mid(sub(ctx.interval(current), ctx.interval(base)))}`,
        })),
        severity: (margin) => severityOf(margin, new Decimal(claim.value)),
        message: (e, alternative) => ({
          code: versusBudget ? 'rule.change-vs-budget' : 'rule.change-vs-prior',
          params: { label: current.label, words: `${claim.raw}${claim.rawUnit}`, base: alternative.inputs[1]![1].raw, actual: current.raw, expected: mid(e) },
        }),
      });
    }
  },
};
