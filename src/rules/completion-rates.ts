/**
 * A completion rate with the budget it is of, stated together: 收入累计完成 99552 万元，占年初预算数 109466 万元的
 * 90.9% (完成年初预算任务 71,900 万元的 88.08%). The rate is the figure over that budget. Rates of the vocabulary
 * (执行率, 控制率) are the rule ratios' to check; a rate whose budget the sentence does not state is not checked.
 * A spending that names only its measure (已支出) with its rate right after the budget is of that budget.
 */
import type { Figure } from '../model/audit.js';
import { add, show, percentOf } from '../math/interval.js';
import type { Rule, RuleContext } from './rule.js';
import { unmapped } from '../text/mapped-text.js';
import { coreName, measureOf } from './names.js';
import { budgetAndSpendingBefore, spentAndLeftBefore } from './spending.js';
import { textBetween } from './printed.js';
import { relatePercent } from './rate-relation.js';

/** 预算执行比例为88.69% / 完成预算的39.86%: a rate that says it is of the budget. */
const OF_BUDGET = /完成(?:年初|调整后?|全年)?预算|预算(?:执行|完成)(?:比例|率|进度)|(?:为|占)(?:年初|调整后?|全年|年度)?预算(?:数)?(?:的)?$/;

/**
 * The budget of the same thing stated elsewhere in the report (…“三公”经费支出10044.01万元，预算执行比例为88.69%。
 * …“三公”经费预算11324.44万元，其中因公出国(境)费9605.80万元): a budget, or a part of a budget, whose name is the
 * actual's. Only one value may answer; two budgets of that name (年初 and 调整) leave the base unknown.
 */
function budgetNamedAlike(ctx: RuleContext, rate: Figure, actual: Figure): Figure | null {
  if (!OF_BUDGET.test(unmapped(rate.label).text) || measureOf(actual) === '预算') return null;
  const name = ctx.derived('core', actual, (f) => coreName(f.label));
  if (name.length < 2) return null;
  const budgetLike = (f: Figure): boolean => {
    const measure = measureOf(f);
    if (measure === '预算') return true;
    const wholes = ctx.byIds(ctx.place(f)?.partOf ?? []);
    return measure === '' && wholes.length > 0 && wholes.every((w) => measureOf(w) === '预算');
  };
  const found = ctx.figures.filter(
    (f) =>
      f !== actual &&
      f.kind === 'amount' &&
      f.direction === 0 &&
      !f.comparison &&
      f.location.file === actual.location.file &&
      !ctx.about(f) &&
      (!f.period || !actual.period || f.period === actual.period) &&
      ctx.derived('core', f, (g) => coreName(g.label)) === name &&
      budgetLike(f),
  );
  return new Set(found.map((f) => f.value)).size === 1 ? found[0]! : null;
}

/**
 * The budget stated right after the rate in its sentence (…支出完成98765万元，为调整预算的96.5%，调整预算为102345万元;
 * …累计支出456.78万元，支出进度为45.68%，全年预算1000万元): the budget the rate names, given once the rate is said.
 */
function budgetAfter(ctx: RuleContext, rate: Figure, actual: Figure): Figure | null {
  const label = unmapped(rate.label).text;
  if (!OF_BUDGET.test(label) && !PROGRESS.test(label)) return null;
  const next = ctx.figures[ctx.position(rate) + 1];
  const sentence = ctx.place(rate)?.sentence;
  if (!next || next === actual || ctx.place(next)?.sentence !== sentence || ctx.place(actual)?.sentence !== sentence) return null;
  // In the same clause run: after a semicolon the next item of a list begins (…总体执行率69%；实拨单位资金预算指标20.58亿元).
  const between = textBetween(ctx, rate, next);
  // …为预算的117.7%，其中：一般公共预算支出2060.4亿元: after 其中 come the parts, and a fund's name (一般公共预算) names no budget.
  if (between === null || /[；;。]|其中|包括/.test(between)) return null;
  const isBudget = next.kind === 'amount' && next.direction === 0 && !next.comparison && next.unit === actual.unit && measureOf(next) === '预算';
  return isBudget ? next : null;
}

/** 完成率 / 支出进度: a rate of spending against the budget, named without saying which budget. */
const PROGRESS = /完成率|支出进度|执行进度|支付进度|拨付进度|执行率|支付率|拨付率|使用率|支出率/;

export const completionRates: Rule = {
  id: 'completion-rates',
  check: 'ratio_mismatch',
  description: 'A completion rate must be its figure over the budget stated with it (占年初预算数 X 的 Y%).',
  messages: {
    'rule.paid-and-left': {
      zh: '{label}为 {reported}%，但已支付 {spent}、未支付 {left}，{spent} ÷ ({spent} + {left}) 为 {expected}%。',
      en: '{label} is {reported}%, but with {spent} paid and {left} not, {spent} ÷ ({spent} + {left}) is {expected}%.',
    },
    'rule.completion-rate': {
      zh: '{label}完成 {actual}，为预算 {budget} 的 {reported}%，但 {actual} ÷ {budget} 为 {expected}%。',
      en: '{label}: {actual} is said to be {reported}% of the budget {budget}, but {actual} ÷ {budget} is {expected}%.',
    },
  },
  run(ctx) {
    for (const rate of ctx.figures) {
      if (rate.kind !== 'rate' || rate.unit !== '%') continue;
      // A rate of the vocabulary (执行率) is the rule ratios'; one it found no inputs for is checked here when its own
      // sentence states them.
      if (rate.metric && ctx.lex.rates.some((r) => r.metric === rate.metric) && ctx.relations.some((r) => r.spec.stated === rate)) continue;
      // 增幅超过了100%: a growth or a bound, not a share of the budget.
      if (rate.comparator !== '=' || /增|降|幅|超/.test(unmapped(rate.label).text)) continue;
      const progress = PROGRESS.test(unmapped(rate.label).text);
      const paidAndLeft = progress ? spentAndLeftBefore(ctx, rate) : null;
      if (paidAndLeft) {
        relatePaidAndLeft(ctx, rate, paidAndLeft.spent, paidAndLeft.left);
        continue;
      }
      // 使用672.44万元，使用率100%: a progress rate with no figure of its own is of the spending right before it.
      const before = ctx.figures[ctx.position(rate) - 1];
      const actual = ctx.about(rate) ?? (progress && before && ctx.place(before)?.sentence === ctx.place(rate)?.sentence ? before : null);
      if (!actual || actual.kind !== 'amount' || actual.direction !== 0) continue;
      const sentence = ctx.place(rate)?.sentence;
      const isBudget = (f: Figure) => f.kind === 'amount' && f.direction === 0 && !f.comparison && f.role === '预算' && f !== actual;
      // The budget printed right before the rate (占年初预算数X的Y%), a claim about the same figure, in its sentence:
      // with 为人大预算数37.1亿元的91.16%，为市下三季度目标33.23亿元101.78%, each rate has its own base.
      const statedWith = before && isBudget(before) && ctx.place(before)?.sentence === sentence && ctx.claimsAbout(actual).includes(before) ? before : null;
      const progressOf = progress || OF_BUDGET.test(unmapped(rate.label).text) ? budgetAndSpendingBefore(ctx, rate, actual)?.budget : null;
      const budget = statedWith ?? progressOf ?? budgetAfter(ctx, rate, actual) ?? budgetNamedAlike(ctx, rate, actual);
      if (!budget) continue;
      relatePercent(
        ctx,
        rate,
        {
          inputs: [
            ['actual', actual],
            ['budget', budget],
          ],
          expected: (iv) => percentOf(iv(actual), iv(budget)),
          formula: (e) => `${actual.raw} ÷ ${budget.raw} × 100 = ${show(e)}`,
        },
        (expected) => ({ code: 'rule.completion-rate', params: { label: actual.label, actual: `${actual.raw}${actual.rawUnit}`, budget: `${budget.raw}${budget.rawUnit}`, reported: rate.raw, expected } }),
      );
    }
  },
};

/** 资金支付18501.096万元，未支703万元，支付率95%: the rate is what was paid over what was paid and what was not. */
function relatePaidAndLeft(ctx: RuleContext, rate: Figure, spent: Figure, left: Figure): void {
  relatePercent(
    ctx,
    rate,
    {
      inputs: [
        ['actual', spent],
        ['left', left],
      ],
      expected: (iv) => percentOf(iv(spent), add(iv(spent), iv(left))),
      formula: (e) => `${spent.raw} ÷ (${spent.raw} + ${left.raw}) × 100 = ${show(e)}`,
    },
    (expected) => ({ code: 'rule.paid-and-left', params: { label: rate.label, spent: `${spent.raw}${spent.rawUnit}`, left: `${left.raw}${left.rawUnit}`, reported: rate.raw, expected } }),
  );
}
