/**
 * The rules, in one explicit list. Each is one module with its id, the check id its flags carry, its messages
 * and its tests; adding a rule is adding a module and a line here.
 */
import { register, RuleContext, type CheckedRelation, type Rule, type RuleInput } from './rule.js';
import type { Figure } from '../model/audit.js';
import { defineMessages } from '../i18n/messages.js';
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
import { statedDifferences } from './stated-differences.js';
import { tableVariancesRule } from './table-variances.js';
import { savingRates } from './saving-rates.js';
import { changeSums } from './change-sums.js';
import { fundParts } from './fund-parts.js';
import { pointsGaps } from './points-gaps.js';
import { scheduleGaps } from './schedule-gaps.js';
import { growthSums } from './growth-sums.js';
import { completionSums } from './completion-sums.js';
import { digitSlips } from './digit-slips.js';

export const RULES: Rule[] = register([ratios, mentions, sums, tableSums, tableRatesRule, budgetDifferences, scoreTotals, rubricScores, changeGrowth, changeVsBase, rateVsVariance, partsSum, partShares, shares, formExecution, indicatorScores, formTotals, textTableMentions, tableChanges, tableVariancesRule, netValues, completionRates, remainders, statedDifferences, savingRates, changeSums, growthSums, completionSums, fundParts, pointsGaps, scheduleGaps, periods]);

/** One run of the rules over a report's figures as they are: the context holds the flags and what each used. */
export function applyRules(input: RuleInput, rules: Rule[] = RULES): RuleContext {
  const ctx = new RuleContext(input);
  for (const rule of rules) {
    ctx.rule = rule.id;
    rule.run(ctx);
  }
  knockOns(ctx);
  confirmedWholes(ctx);
  confirmedStated(ctx);
  digitSlips(ctx);
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

defineMessages({
  'rule.inputs-off': {
    zh: '{label} {reported} 与其他数据相符（{confirmed}），若按本式改为 {expected}，该关系即不成立：差错更可能在本式的输入数中。',
    en: '{label} {reported} agrees with another relation ({confirmed}), which {expected} would break: the slip is more likely in this formula’s inputs.',
  },
  'rule.parts-off': {
    zh: '{label} {reported} 与上一级合计相符（{confirmed}），但其组成部分合计为 {expected}：差错应在组成部分中。',
    en: '{label} {reported} agrees with the total above it ({confirmed}), but its parts add up to {expected}: the slip is in a part.',
  },
});

/**
 * The relation that bears out a flagged relation's stated figure: one that holds with it and shares no other figure
 * with the flagged one, and that `proves` accepts.
 */
function confirming(ctx: RuleContext, c: CheckedRelation, proves: (o: CheckedRelation) => boolean): CheckedRelation | undefined {
  const stated = c.spec.stated;
  return ctx.relations.find((o) => o !== c && o.flag === null && o.figures.includes(stated) && o.figures.every((f) => f === stated || !c.figures.includes(f)) && proves(o));
}

/** The flag says where the slip more likely is, and shows the figures of the relation that bears its figure out. */
function sayBorneOut(ctx: RuleContext, c: CheckedRelation, confirms: CheckedRelation, code: string, extra: Record<string, string> = {}): void {
  const flag = c.flag!;
  const stated = c.spec.stated;
  const params = flag.message.params ?? {};
  const label = String(params.label ?? params.row ?? (stated.label || stated.raw));
  flag.message = { code, params: { ...params, label, ...extra, confirmed: confirms.relation.formula } };
  // Its other figures are none of the flagged relation's (see confirming), so none is in the evidence yet.
  for (const f of confirms.figures) if (f !== stated) flag.evidence.push(ctx.evidence('confirms', f));
}

/**
 * A total whose parts do not add up to it, while the total itself adds up with its siblings to the whole above it
 * (基本支出173.89 + 项目支出110.56 = 支出284.45, but 人员经费161.57 + 公用经费12.23 = 173.80): the total is borne
 * out, so the slip is in a part. The flag says so, and shows the relation that bears the total out.
 */
function confirmedWholes(ctx: RuleContext): void {
  for (const c of ctx.relations) {
    if (!c.flag || c.flag.severity === 'info' || c.spec.kind !== 'sum' || c.flag.message.code === 'rule.parts-off') continue;
    const confirms = confirming(ctx, c, (o) => o.spec.kind === 'sum' && o.spec.stated !== c.spec.stated && o.figures.length >= 3);
    if (confirms) sayBorneOut(ctx, c, confirms, 'rule.parts-off');
  }
}

/** Relations whose stated figure another relation can bear out: a total's parts and a score's items are confirmedWholes'. */
const BORNE_OUT_KINDS = new Set(['ratio', 'change', 'share', 'difference']);

/**
 * A stated rate, change or share that its inputs do not give, while another relation the report states holds with
 * it as printed and fails with the value its inputs give (执行率90% beside 得分9 of 10 points, the amounts giving
 * 98.19%): the figure is borne out, so the slip is more likely in an input. Only a relation that the expected value
 * would break: one loose enough to hold either way proves nothing.
 */
function confirmedStated(ctx: RuleContext): void {
  for (const c of ctx.relations) {
    if (!c.flag || c.flag.severity === 'info' || !BORNE_OUT_KINDS.has(c.spec.kind)) continue;
    const stated = c.spec.stated;
    const confirms = confirming(ctx, c, (o) => o.relation.verdict === 'holds' && !ctx.evaluate(o.spec, (f) => (f === stated ? c.expected : ctx.interval(f))).holds);
    const label = String(c.flag.message.params?.label ?? (stated.label || stated.raw));
    if (confirms) sayBorneOut(ctx, c, confirms, 'rule.inputs-off', { label, reported: `${stated.raw}${stated.rawUnit}`, expected: c.flag.expected });
  }
}
