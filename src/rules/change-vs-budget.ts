/**
 * A change against the budget (与预算相比减少 0.1 万元, 无变化, 下降 0.006%) about a figure whose budget the report
 * states elsewhere, in its table or its text: the change must be the actual minus the budget, the rate that
 * change over the budget. A budget is found by what it names (公务接待费支出 → the row 公务接待费, column 预算数);
 * when several budgets are found, a change consistent with any of them is not flagged.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { div, gap, mul, overlaps, point, sub, type Interval } from '../check/interval.js';
import { severityOf, type Rule, type RuleContext } from './rule.js';
import { coreName } from './names.js';

function isBudget(f: Figure): boolean {
  return f.kind === 'amount' && f.direction === 0 && !f.comparison && (f.role === '预算' || /预算/.test(f.label.split(' › ').pop() ?? ''));
}

function budgetsOf(ctx: RuleContext, byName: Map<string, Figure[]>, actual: Figure): Figure[] {
  const name = ctx.derived('core', actual, (f) => coreName(f.label));
  if (name.length < 2) return [];
  const out = (byName.get(name) ?? []).filter((f) => f !== actual && (!f.period || !actual.period || f.period === actual.period));
  const seen = new Set<string>();
  return out.filter((f) => !seen.has(f.value) && seen.add(f.value));
}

function abs(a: Interval): Interval {
  if (a.lo.gte(0)) return a;
  if (a.hi.lte(0)) return sub(point(0), a);
  return { lo: new Decimal(0), hi: Decimal.max(a.hi, a.lo.abs()) };
}

export const changeVsBudget: Rule = {
  id: 'change-vs-budget',
  check: 'difference_mismatch',
  description: 'A change against the budget must be the actual figure minus its budget stated elsewhere in the report.',
  messages: {
    'rule.change-vs-budget': {
      zh: '{label}：文中称与预算相比{words}，但报告所列预算数 {budget}、实际数 {actual}，相差 {expected}。',
      en: '{label}: the text says {words} against the budget, but the report gives budget {budget} and actual {actual}, a difference of {expected}.',
    },
  },
  run(ctx) {
    // Budgets by the name of what they are the budget of.
    const byName = new Map<string, Figure[]>();
    for (const f of ctx.figures) {
      if (!isBudget(f)) continue;
      const name = ctx.derived('core', f, (x) => coreName(x.label));
      if (name.length >= 2) byName.set(name, [...(byName.get(name) ?? []), f]);
    }
    for (const claim of ctx.figures) {
      if (claim.comparison !== '较预算' || (claim.kind !== 'amount' && claim.kind !== 'growth')) continue;
      const actual = ctx.about(claim);
      if (!actual || isBudget(actual)) continue;
      const budgets = budgetsOf(ctx, byName, actual);
      if (!budgets.length) continue;
      const trials = budgets.map((budget) => {
        const difference = sub(ctx.interval(actual), ctx.interval(budget));
        if (claim.kind === 'growth') {
          const q = div(abs(difference), ctx.interval(budget));
          return { budget, expected: q ? mul(q, point(100)) : null, difference };
        }
        return { budget, expected: claim.direction === 0 ? abs(difference) : claim.direction < 0 ? sub(point(0), difference) : difference, difference };
      });
      const reported = ctx.interval(claim);
      ctx.checked++;
      if (trials.some((t) => !t.expected || overlaps(reported, t.expected))) continue;
      const nearest = trials.sort((a, b) => gap(reported, a.expected!).cmp(gap(reported, b.expected!)))[0]!;
      const margin = gap(reported, nearest.expected!);
      const shown = nearest.expected!.lo.plus(nearest.expected!.hi).div(2).toDecimalPlaces(2).toFixed();
      ctx.flag('difference_mismatch', {
        severity: severityOf(margin, new Decimal(claim.value)),
        reported: claim,
        expected: nearest.expected!,
        formula:
          claim.kind === 'growth'
            ? `|${actual.raw} − ${nearest.budget.raw}| ÷ ${nearest.budget.raw} × 100 = ${shown}`
            : `${actual.raw} − ${nearest.budget.raw} = ${nearest.difference.lo.plus(nearest.difference.hi).div(2).toDecimalPlaces(2).toFixed()}`,
        message: 'rule.change-vs-budget',
        params: { label: actual.label, words: `${claim.raw}${claim.rawUnit}`, budget: nearest.budget.raw, actual: actual.raw, expected: shown },
        inputs: [['actual', actual], ['budget', nearest.budget]],
      }, margin);
    }
  },
};
