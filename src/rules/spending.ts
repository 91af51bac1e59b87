/**
 * A sentence that states a budget, then what was spent of it in a word that names only the measure (预算1.1万元，
 * 已执行0.72万元; 下达资金8.56亿元，已支出7.61亿元): the spending is of that budget. What follows it in the same
 * sentence — its rate (完成率, 支出进度), what is left (结转, 未支付) — is about the pair.
 */
import type { Figure } from '../model/audit.js';
import { unmapped } from '../text/mapped-text.js';
import type { RuleContext } from './rule.js';

/** 已支出 / 已执行: a spending that names nothing but its measure, so it is of what the sentence names before it. */
const SPENT_ONLY = /^(?:资金)?(?:已|实际|累计)?(?:完成)?(?:执行|支出|支付|拨付|使用|决算)(?:数|金额)?(?:为|是)?$/;
const SPENT = /(?:已|实际|累计)?(?:完成)?(?:执行|支出|支付|拨付|使用)(?:数|金额)?$/;
/** A budget, or the whole of a project's funds (项目资金共2179万元, 资金总额). */
const BUDGET_WORD = /预算|下达|安排|批复|资金共$|资金总额$|总投资$|(?:债券|专项资金|项目资金)$/;
/** What is left of the budget after the spending: 未支付, 未支, 结余. */
const LEFT = /^(?:尚)?未(?:支付|支出|支|拨付|使用)(?:资金|金额)?$|^(?:结转|结余|结转结余|剩余)(?:资金|金额)?$/;

export interface BudgetAndSpending {
  budget: Figure;
  spent: Figure;
}

/** The budget and the spending right before `figure` in its sentence, in that order, if the sentence states them so. */
/**
 * The spending and what is left right before `figure` in its sentence (资金支付18501.096万元，未支703万元，支付率95%):
 * together they are the whole the spending is of.
 */
export function spentAndLeftBefore(ctx: RuleContext, figure: Figure): { spent: Figure; left: Figure } | null {
  const at = ctx.position(figure);
  const [spent, left] = [ctx.figures[at - 2], ctx.figures[at - 1]];
  if (!spent || !left) return null;
  const sentence = ctx.place(figure)?.sentence;
  const plain = (f: Figure) => f.kind === 'amount' && f.direction === 0 && !f.comparison && ctx.place(f)?.sentence === sentence;
  if (!plain(spent) || !plain(left) || spent.unit !== left.unit) return null;
  // The spending may name what it is of (…任务资金支付): what is left right after it is of the same.
  return SPENT.test(unmapped(spent.label).text.trim()) && LEFT.test(unmapped(left.label).text.trim()) ? { spent, left } : null;
}

export function budgetAndSpendingBefore(ctx: RuleContext, figure: Figure, spent: Figure): BudgetAndSpending | null {
  const at = ctx.position(spent);
  const budget = ctx.figures[at - 1];
  if (at < 1 || ctx.figures[at + 1] !== figure || !budget) return null;
  if (spent.kind !== 'amount' || spent.direction !== 0 || spent.comparison || !SPENT_ONLY.test(unmapped(spent.label).text.trim())) return null;
  const sentence = ctx.place(figure)?.sentence;
  if (ctx.place(spent)?.sentence !== sentence || ctx.place(budget)?.sentence !== sentence) return null;
  // 已到位672.44万元，使用672.44万元，使用率100%: a rate of use is of the funds received when the sentence names them
  // right before the use (an execution rate is of the budget, which 到位 is not).
  const received = /到位/.test(unmapped(budget.label).text) && /使用率|支付率|拨付率|使用进度|支付进度/.test(unmapped(figure.label).text);
  const isBudget = budget.kind === 'amount' && budget.direction === 0 && !budget.comparison && (budget.role === '预算' || BUDGET_WORD.test(unmapped(budget.label).text) || received);
  return isBudget && budget.unit === spent.unit ? { budget, spent } : null;
}
