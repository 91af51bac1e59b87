/**
 * difference_mismatch over the vocabulary's claims against the budget: 比预算减少 X 万元 is the same subject's
 * budget minus its actual figure, stated in the same sentence; 调增金额 X and 预算调整比例 Y % are the adjusted
 * budget against the initial one. A claim whose other figure the sentence does not state is not checked.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import type { NamedClaim } from '../vocabulary/name.js';
import { magnitude, point, severityOf, show, sub, type Interval, percentOf } from '../math/interval.js';
import type { IntervalOf, Rule, RuleContext } from './rule.js';
import { unmapped } from '../text/mapped-text.js';

/** A comparison with the budget of another year (比上年预算数, 较2019年预算). */
const PRIOR_BUDGET = /(?:比|较|与|同|对比)(?:上年|上一年|去年|上年度|(?:19|20)\d{2}年度?)(?:年初|调整后?|全年)?预算/;

/** Figures of a metric stated in the claim's own sentence. */
function inSentence(ctx: RuleContext, claim: NamedClaim, metric: string): Figure[] {
  const sentence = ctx.place(claim.figure)?.sentence;
  return ctx.metrics.of(metric).filter((f) => ctx.place(f)?.sentence === sentence);
}

/**
 * The budget a 比预算减少 claim refers to: the same subject's budget in the same sentence, the last one before the
 * claim (货物类…计划金额48962.44万元，实际…39944.66万元，节约资金9017.78万元；工程类…: each item its own).
 */
function subjectBudget(ctx: RuleContext, claim: NamedClaim, current: Figure): Figure | null {
  const subject = [...ctx.lex.map.entries()].find(([, metric]) => metric === current.metric)?.[0].split('|')[0];
  if (!subject) return null;
  const at = ctx.position(claim.figure);
  for (const measure of ['adjusted', 'budget', 'initial']) {
    const metric = ctx.lex.map.get(`${subject}|${measure}`);
    const found = metric ? inSentence(ctx, claim, metric) : [];
    if (!found.length) continue;
    const before = found.filter((f) => ctx.position(f) < at);
    return before.length ? before.reduce((a, b) => (ctx.position(b) > ctx.position(a) ? b : a)) : found[0]!;
  }
  return null;
}

function ofMeasure(ctx: RuleContext, claim: NamedClaim, measure: 'initial' | 'adjusted'): Figure | null {
  for (const [key, metric] of ctx.lex.map) {
    if (!key.endsWith(`|${measure}`)) continue;
    const found = inSentence(ctx, claim, metric);
    if (found.length) return found[0]!;
  }
  return null;
}

function compare(ctx: RuleContext, claim: NamedClaim, expected: (iv: IntervalOf) => Interval | null, formula: (expected: Interval) => string, inputs: Figure[]): void {
  ctx.relate({
    check: 'difference_mismatch',
    kind: claim.kind === 'growth' ? 'change' : 'difference',
    stated: claim.figure,
    metric: claim.subject?.metric ?? '',
    key: '',
    alternatives: [{ inputs: inputs.map((f): [string, Figure] => ['input', f]), expected, formula }],
    severity: (margin) => severityOf(margin, new Decimal(claim.figure.value)),
    message: (e) => ({
      code: claim.kind === 'growth' ? 'growth-mismatch' : 'difference-mismatch',
      params: { reported: `${claim.figure.raw}${claim.figure.rawUnit}`, expected: ctx.shown(e, claim.figure), label: claim.subject ? `{${claim.subject.metric}}` : '' },
    }),
  });
}

export const budgetDifferences: Rule = {
  id: 'budget-differences',
  check: 'difference_mismatch',
  description: 'A change stated against the budget (比预算减少, 调增金额, 预算调整比例) must be the difference of the figures it names.',
  messages: {
    'difference-mismatch': {
      zh: '所述增减额 {reported} 与报告自身数据计算的 {expected} 不符。',
      en: 'The stated change {reported} does not match {expected} from the report’s own figures.',
    },
    'growth-mismatch': {
      zh: '所述增减幅度 {reported} 与报告自身数据计算的 {expected} 不符。',
      en: 'The stated growth rate {reported} does not match {expected} from the report’s own figures.',
    },
  },
  run(ctx) {
    for (const claim of ctx.input.claims) {
      if (claim.kind === 'share') continue;
      const current = claim.subject;
      if (claim.base === 'budget' && claim.kind === 'diff' && current?.metric) {
        // 比上年预算数减少 / 比2019年预算减少: the base is a budget of another year, which this sentence does not state.
        if (PRIOR_BUDGET.test(unmapped(claim.figure.label).text.replace(/\s+/g, ''))) continue;
        const budget = subjectBudget(ctx, claim, current);
        // A budget compared with itself says nothing (the subject is the budget the words compare).
        if (!budget || budget === current || budget.value === current.value && budget.location.line === current.location.line) continue;
        const signed = (iv: IntervalOf) => {
          const difference = sub(iv(budget), iv(current));
          return claim.direction < 0 ? difference : sub(point(0), difference);
        };
        compare(ctx, claim, signed, (e) => `{${budget.metric}} − {${current.metric}} = ${budget.raw} − ${current.raw} = ${show(e)}`, [budget, current]);
        continue;
      }
      if (claim.base !== 'adjust') continue;
      const initial = ofMeasure(ctx, claim, 'initial');
      const adjusted = ofMeasure(ctx, claim, 'adjusted');
      if (!initial || !adjusted) continue;
      const signedDelta = (iv: IntervalOf) => {
        const delta = sub(iv(adjusted), iv(initial));
        return claim.direction < 0 ? sub(point(0), delta) : claim.direction === 0 ? magnitude(delta) : delta;
      };
      if (claim.kind === 'diff') {
        compare(ctx, claim, signedDelta, () => `${adjusted.raw} − ${initial.raw} = ${show(sub(ctx.interval(adjusted), ctx.interval(initial)))}`, [adjusted, initial]);
      } else {
        const rate = (iv: IntervalOf) => percentOf(signedDelta(iv), iv(initial));
        compare(ctx, claim, rate, (e) => `(${adjusted.raw} − ${initial.raw}) ÷ ${initial.raw} × 100 = ${show(e)}`, [adjusted, initial]);
      }
    }
  },
};
