/**
 * Figures a check corrected (a unit slip: 21915.81 亿元 where 万元 was meant) leave the audit with the corrected
 * value, the value as printed kept beside it, and a `suspect` marker naming the flag that explains it. Otherwise
 * metrics.csv would carry 219158100 万元, and anyone summing a metric across reports would be off by 10⁴.
 */
import { Decimal } from 'decimal.js';
import type { Fact, Figure, Flag } from './model/audit.js';
import type { CheckContext } from './check/context.js';

/** Fact id → id of the unit_suspect flag that reports it. */
function unitSlipFlags(flags: readonly Flag[]): Map<string, string> {
  const flagOf = new Map<string, string>();
  for (const flag of flags) {
    if (flag.check !== 'unit_suspect') continue;
    for (const e of flag.evidence) if (e.factId && e.role === 'reported') flagOf.set(e.factId, flag.id);
  }
  return flagOf;
}

export function markCorrected(facts: readonly Fact[], ctx: Pick<CheckContext, 'corrections' | 'value'>, flags: readonly Flag[]): Fact[] {
  if (!ctx.corrections.size) return [...facts];
  const flagOf = unitSlipFlags(flags);
  return facts.map((fact) => {
    const flag = flagOf.get(fact.id);
    if (!ctx.corrections.has(fact.id) || !flag) return fact;
    return { ...fact, value: ctx.value(fact).toFixed(), suspect: { check: 'unit_suspect', flag, valueAsPrinted: fact.value } };
  });
}

/**
 * The same marker on the figures read from corrected facts. Their values were corrected before the rules ran
 * (so a sum uses 21915.81 万元), so the value as printed is recovered from the correction.
 */
export function markCorrectedFigures(figures: readonly Figure[], ctx: Pick<CheckContext, 'corrections'>, flags: readonly Flag[]): void {
  if (!ctx.corrections.size) return;
  const flagOf = unitSlipFlags(flags);
  for (const figure of figures) {
    const correction = figure.factId ? ctx.corrections.get(figure.factId) : undefined;
    const flag = figure.factId ? flagOf.get(figure.factId) : undefined;
    if (!correction || !flag) continue;
    figure.suspect = { check: 'unit_suspect', flag, valueAsPrinted: new Decimal(figure.value).div(correction.factor).toFixed() };
  }
}

/**
 * Facts whose figure a rule corrected (a unit slip found among figures outside the vocabulary checks' reach) take
 * the figure's corrected value and marker, so metrics.csv and figures.csv agree.
 */
export function markFactsOfCorrectedFigures(facts: readonly Fact[], figures: readonly Figure[]): Fact[] {
  const byFact = new Map(figures.filter((f) => f.suspect && f.factId).map((f) => [f.factId!, f]));
  if (!byFact.size) return [...facts];
  return facts.map((fact) => {
    const figure = byFact.get(fact.id);
    if (!figure || fact.suspect) return fact;
    return { ...fact, value: figure.value, suspect: figure.suspect! };
  });
}
