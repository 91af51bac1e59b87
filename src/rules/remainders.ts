/**
 * What is left of a budget, stated after the budget and what was spent of it (下达资金8.56亿元，已支出7.61亿元，
 * 支出进度88.9%，结转0.95亿元): 结转 = 预算 − 已支出. Only in that order in one sentence, where the spending names
 * nothing but its measure; a 结转 elsewhere may be of another year or fund. Likewise what a budget report carries
 * forward after its total income and total spending (总收入…，总支出…，结转下年支出…).
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { severityOf, sub } from '../math/interval.js';
import { unmapped } from '../text/mapped-text.js';
import type { Rule, RuleContext } from './rule.js';
import { budgetAndSpendingBefore } from './spending.js';
import { flowOf } from './names.js';

const LEFT = /^(?:结转|结余|结转结余|剩余|未支出|未支付|尚未支付|未拨付|尚未拨付|未使用)(?:资金|金额)?$/;

/**
 * What is left (a 结转, a 结余) against the first figure less the second, each named in the message by its role
 * (预算 budget and 已支出 spent; 总收入 income and 总支出 spending).
 */
function relateLeftover(ctx: RuleContext, left: Figure, [fromRole, from]: [string, Figure], [lessRole, less]: [string, Figure], code: string): void {
  ctx.relate({
    check: 'difference_mismatch',
    kind: 'difference',
    stated: left,
    alternatives: [
      {
        inputs: [
          [fromRole, from],
          [lessRole, less],
        ],
        expected: (iv) => sub(iv(from), iv(less)),
        formula: (e) => `${from.raw}${from.rawUnit} − ${less.raw}${less.rawUnit} = ${ctx.shown(e, left)}`,
      },
    ],
    severity: (margin) => severityOf(margin, new Decimal(left.value)),
    message: (e) => ({ code, params: { label: left.label, reported: `${left.raw}${left.rawUnit}`, [fromRole]: `${from.raw}${from.rawUnit}`, [lessRole]: `${less.raw}${less.rawUnit}`, expected: ctx.shown(e, left) } }),
  });
}

const TOTAL_INCOME = /总收入$/;
const TOTAL_SPENDING = /总支出$/;
/** What a year's total income leaves after its total spending, as a budget report names it. */
const CARRIED = /^(?:结转下年(?:支出|使用)?|收支结余|当年结余|年终结余)(?:资金)?(?:为|是)?$/;

/**
 * 总收入12042.38亿元，总支出11984.34亿元，结转下年支出58.04亿元: three amounts in that order in one sentence, the
 * last what the first leaves after the second. Only 总收入 and 总支出: a 决算's 收入总计 and 支出总计 are equal, what
 * is carried forward being among the spending side's items.
 */
function carriedForward(ctx: RuleContext): void {
  ctx.figures.forEach((left, i) => {
    if (i < 2 || left.kind !== 'amount' || left.direction !== 0 || left.comparison || !CARRIED.test(unmapped(left.label).text.trim())) return;
    const [income, spending] = [ctx.figures[i - 2]!, ctx.figures[i - 1]!];
    const sentence = ctx.place(left)?.sentence;
    const plain = (f: Figure) => f.kind === 'amount' && f.direction === 0 && !f.comparison && f.unit === left.unit && ctx.place(f)?.sentence === sentence;
    if (!plain(income) || !plain(spending)) return;
    if (!TOTAL_INCOME.test(unmapped(income.label).text.trim()) || !TOTAL_SPENDING.test(unmapped(spending.label).text.trim())) return;
    relateLeftover(ctx, left, ['income', income], ['spending', spending], 'rule.carried');
  });
}

/** 本年收支结余: by its name, what the year's income leaves after its spending. */
const YEAR_BALANCE = /^(?:本年|当年|本年度)收支(?:结余|結余|結餘)$/;

/**
 * 社会保险基金收入32829亿元，…，其中保险费收入…；支出27913亿元，…；本年收支结余4915亿元: a balance named as income
 * less spending, after the income and the spending its sentence states (each the first of its flow there, no part
 * of a list, no change). A fund's sentence may name its income and spending by the fund only (收入, 支出).
 */
function yearBalance(ctx: RuleContext): void {
  for (const left of ctx.figures) {
    if (left.kind !== 'amount' || left.direction !== 0 || left.comparison || !YEAR_BALANCE.test(unmapped(left.label).text.replace(/\s+/g, ''))) continue;
    const sentence = ctx.place(left)?.sentence;
    const before = ctx.figures.slice(0, ctx.position(left)).filter((f) => ctx.place(f)?.sentence === sentence && f.location.file === left.location.file);
    const level = (f: Figure) => f.kind === 'amount' && f.direction === 0 && !f.comparison && !ctx.about(f) && !(ctx.place(f)?.partOf.length) && f.unit === left.unit;
    const flow = (f: Figure) => flowOf(unmapped(f.label).text);
    const levels = before.filter(level);
    const income = levels.find((f) => flow(f) === 'in');
    const spending = levels.find((f) => flow(f) === 'out');
    if (!income || !spending || ctx.position(spending) < ctx.position(income)) continue;
    // Exactly one level of each flow: a second income or spending level (上年…, 其他…) leaves which is meant open.
    if (levels.filter((f) => flow(f) === 'in').length !== 1 || levels.filter((f) => flow(f) === 'out').length !== 1) continue;
    relateLeftover(ctx, left, ['income', income], ['spending', spending], 'rule.carried');
  }
}

export const remainders: Rule = {
  id: 'remainders',
  check: 'difference_mismatch',
  description: 'What is left of a budget must be the budget less what was spent, and what a year carries forward (结转下年, 本年收支结余) its total income less its total spending, when the sentence states all three.',
  messages: {
    'rule.carried': {
      zh: '{label}为 {reported}，但总收入 {income} 减总支出 {spending} 为 {expected}。',
      en: '{label} is {reported}, but the total income {income} less the total spending {spending} is {expected}.',
    },
    'rule.remainder': {
      zh: '{label}为 {reported}，但预算 {budget} 减已支出 {spent} 为 {expected}。',
      en: '{label} is {reported}, but the budget {budget} less the spending {spent} is {expected}.',
    },
  },
  run(ctx) {
    carriedForward(ctx);
    yearBalance(ctx);
    ctx.figures.forEach((left, i) => {
      if (left.kind !== 'amount' || left.direction !== 0 || left.comparison || !LEFT.test(unmapped(left.label).text.trim())) return;
      // The spending right before it, or before its rate (已支出7.61亿元，支出进度88.9%，结转0.95亿元).
      const before = ctx.figures[i - 1];
      const rate = before?.kind === 'rate' ? before : null;
      const spent: Figure | undefined = rate ? ctx.figures[i - 2] : before;
      if (!spent) return;
      const pair = budgetAndSpendingBefore(ctx, rate ?? left, spent);
      if (!pair || ctx.place(left)?.sentence !== ctx.place(spent)?.sentence) return;
      const { budget } = pair;
      relateLeftover(ctx, left, ['budget', budget], ['spent', spent], 'rule.remainder');
    });
  },
};
