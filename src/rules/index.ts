/**
 * The rules, in one explicit list. Each is one module with its id, the check id its flags carry, its messages
 * and its tests; adding a rule is adding a module and a line here.
 */
import { register, RuleContext, type CheckedRelation, type Rule, type RuleInput } from './rule.js';
import type { Figure } from '../model/audit.js';
import { changeGrowth } from './change-growth.js';
import { changeVsBase } from './change-vs-base.js';
import { rateVsVariance } from './rate-vs-variance.js';
import { partsSum } from './parts-sum.js';
import { partShares } from './part-shares.js';
import { formExecution } from './form-execution.js';
import { indicatorScores } from './indicator-scores.js';
import { formTotals } from './form-totals.js';
import { textTableMentions } from './text-table-mentions.js';
import { tableChanges } from './table-changes.js';
import { periods } from './periods.js';
import { ratios } from './ratios.js';
import { mentions } from './mentions.js';
import { sums } from './sums.js';
import { tableSums } from './table-sums.js';
import { tableRatesRule } from './table-rates.js';
import { shares } from './shares.js';
import { budgetDifferences } from './budget-differences.js';
import { scoreTotals } from './score-totals.js';
import { rubricScores } from './rubric/index.js';
import { netValues } from './net-values.js';
import { completionRates } from './completion-rates.js';
import { remainders } from './remainders.js';
import { changeSums } from './change-sums.js';
import { fundParts } from './fund-parts.js';
import { pointsGaps } from './points-gaps.js';
import { scheduleGaps } from './schedule-gaps.js';
import { growthSums } from './growth-sums.js';
import { completionSums } from './completion-sums.js';

export const RULES: Rule[] = register([ratios, mentions, sums, tableSums, tableRatesRule, budgetDifferences, scoreTotals, rubricScores, changeGrowth, changeVsBase, rateVsVariance, partsSum, partShares, shares, formExecution, indicatorScores, formTotals, textTableMentions, tableChanges, netValues, completionRates, remainders, changeSums, growthSums, completionSums, fundParts, pointsGaps, scheduleGaps, periods]);

/** One run of the rules over a report's figures as they are: the context holds the flags and what each used. */
export function applyRules(input: RuleInput, rules: Rule[] = RULES): RuleContext {
  const ctx = new RuleContext(input);
  for (const rule of rules) {
    ctx.rule = rule.id;
    rule.run(ctx);
  }
  knockOns(ctx);
  return ctx;
}

/**
 * A relation that fails only because one of its inputs is a figure another relation already finds wrong (a 三公
 * total's rate read from its parts' rates, one of which contradicts its own change): with that input as the other
 * relation expects it, it holds. It names the wrong figure, so it stays as info. Not when the other relation uses
 * this one's figure in turn (neither explains the other), nor when the other's expectation is of a signed reading.
 */
function knockOns(ctx: RuleContext): void {
  const raised = (c: CheckedRelation) => c.flag !== null && c.flag.severity !== 'info';
  const wrong = new Map<Figure, CheckedRelation[]>();
  for (const c of ctx.relations) if (raised(c)) wrong.set(c.spec.stated, [...(wrong.get(c.spec.stated) ?? []), c]);
  const explains = (c: CheckedRelation, input: Figure, other: CheckedRelation): boolean =>
    other !== c &&
    !other.figures.includes(c.spec.stated) &&
    !other.spec.statedInterval &&
    other.spec.alternatives.every((a) => !a.stated) &&
    ctx.evaluate(c.spec, (f) => (f === input ? other.expected : ctx.interval(f))).holds;
  const explainedBy = (c: CheckedRelation, by: (other: CheckedRelation) => boolean) =>
    c.figures.slice(1).some((input) => input !== c.spec.stated && (wrong.get(input) ?? []).some((other) => by(other) && explains(c, input, other)));
  // Only a relation nothing explains away explains another: in a ring of relations that each explain the next, none
  // is the first wrong figure, and all stay raised.
  const explained = new Set(ctx.relations.filter((c) => raised(c) && explainedBy(c, () => true)));
  for (const c of explained) if (explainedBy(c, (other) => !explained.has(other))) c.flag!.severity = 'info';
}
