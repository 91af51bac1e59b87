/**
 * unit_suspect: a money figure whose printed unit cannot be right given the report's other figures — 项目支出
 * 21915.81 亿元 in a report whose total is 24503.02 万元. A figure is suspect when the checks it takes part in
 * (sums, rates, shares) fail as printed and all pass once its unit is read as the usual one (亿元 → 万元,
 * 元 → 万元). The corrected value is then used by the other checks, so one slip raises one flag, not five.
 */
import { Decimal } from 'decimal.js';
import type { Fact } from '../model/audit.js';
import type { CheckContext } from './context.js';
import { identityTrial } from './sums.js';
import { tryFormula } from './ratios.js';
import { shareTrial } from './claims.js';
import { references, parseFormula } from '../math/formula.js';

/** The slips seen in reports; 万元 read as 元 only for figures too large to be 万元 of one department. */
const SLIPS: Array<{ from: string; meant: string; factor: Decimal; minimum: Decimal }> = [
  { from: '亿元', meant: '万元', factor: new Decimal('0.0001'), minimum: new Decimal(0) },
  { from: '元', meant: '万元', factor: new Decimal(10000), minimum: new Decimal(0) },
  { from: '万元', meant: '元', factor: new Decimal('0.0001'), minimum: new Decimal(1_000_000) },
];

/** The metrics a rate's formula reads, parsed once per formula (probe asks for every money figure, every trial). */
const formulaRefs = new Map<string, string[]>();
function referencesOf(formula: string): string[] {
  let refs = formulaRefs.get(formula);
  if (!refs) formulaRefs.set(formula, (refs = references(parseFormula(formula))));
  return refs;
}

/** Pass/fail of every check the fact takes part in, under the current corrections. */
function probe(ctx: CheckContext, fact: Fact): boolean[] {
  const results: boolean[] = [];
  const place = ctx.place(fact);
  for (const identity of ctx.lex.identities) {
    const members = [identity.whole, ...identity.parts.flat()];
    if (!members.includes(fact.metric)) continue;
    const wholes = identity.whole === fact.metric ? [fact] : (ctx.byMetric.get(identity.whole) ?? []).filter((w) => ctx.place(w)?.section === place?.section);
    for (const whole of wholes) {
      const trial = identityTrial(ctx, identity, whole);
      if (trial && (identity.whole === fact.metric || trial.parts.includes(fact))) results.push(trial.ok);
    }
  }
  for (const rate of ctx.lex.rates) {
    if (!referencesOf(rate.formulas[0]!).includes(fact.metric)) continue;
    for (const r of ctx.byMetric.get(rate.metric) ?? []) {
      if (ctx.place(r)?.section !== place?.section) continue;
      const trial = tryFormula(ctx, rate.formulas[0]!, r, ctx.interval(r));
      if (trial.complete && [...(trial.ok ?? trial.nearest)!.inputs.values()].includes(fact)) results.push(trial.ok !== null);
    }
  }
  for (const claim of ctx.extraction.claims) {
    if (claim.kind !== 'share' || !claim.numerator) continue;
    const span = claim.numerator.location.spans[0];
    const own = fact.location.spans[0];
    if (!span || !own || span.line !== own.line || span.start !== own.start) continue;
    const trial = shareTrial(ctx, claim);
    if (trial) results.push(trial.ok);
  }
  return results;
}

export function checkUnits(ctx: CheckContext): void {
  for (const fact of ctx.numeric) {
    if (ctx.lex.metrics.get(fact.metric)?.unit !== 'money' || !fact.rawUnit) continue;
    // A zero is zero in any unit: rescaling it proves nothing.
    if (new Decimal(fact.raw.replace(/[,，]/g, '')).isZero()) continue;
    const asPrinted = probe(ctx, fact);
    if (!asPrinted.includes(false)) continue;
    for (const slip of SLIPS) {
      if (slip.from !== fact.rawUnit || new Decimal(fact.raw.replace(/[,，]/g, '')).abs().lt(slip.minimum)) continue;
      ctx.corrections.set(fact.id, { factor: slip.factor, meantUnit: slip.meant });
      const corrected = probe(ctx, fact);
      if (corrected.length && corrected.every(Boolean)) {
        ctx.checked++;
        const meant = new Decimal(fact.value).times(slip.factor);
        ctx.flag({
          rule: 'vocabulary-units',
          check: 'unit_suspect',
          severity: 'error',
          metric: fact.metric,
          ...(fact.key ? { key: fact.key } : {}),
          // The number as printed, as every flag reports it; its unit is in the formula and the message.
          reported: fact.raw.replace(/[,，]/g, ''),
          expected: `${fact.raw} ${slip.meant}`,
          margin: new Decimal(fact.value).minus(meant).abs(),
          formula: `${ctx.label(fact.metric)}: ${fact.raw}${fact.rawUnit} = ${fact.value} 万元; ${fact.raw}${slip.meant} = ${meant.toFixed()} 万元`,
          message: 'unit-suspect',
          params: { label: ctx.label(fact.metric), raw: fact.raw, unit: fact.rawUnit, meant: slip.meant },
          evidence: [ctx.evidence('reported', fact)],
        });
        break;
      }
      ctx.corrections.delete(fact.id);
    }
  }
}
