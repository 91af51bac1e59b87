/**
 * Figures a check corrected (a unit slip: 21915.81 亿元 where 万元 was meant) leave the audit with the corrected
 * value, the value as printed kept beside it, and a `suspect` marker naming the flag that explains it. Otherwise
 * metrics.csv would carry 219158100 万元, and anyone summing a metric across reports would be off by 10⁴.
 */
import type { Fact, Flag } from './model/audit.js';
import type { CheckContext } from './check/context.js';

export function markCorrected(facts: readonly Fact[], ctx: Pick<CheckContext, 'corrections' | 'value'>, flags: readonly Flag[]): Fact[] {
  if (!ctx.corrections.size) return [...facts];
  const flagOf = new Map<string, string>();
  for (const flag of flags) {
    if (flag.check !== 'unit_suspect') continue;
    for (const e of flag.evidence) if (e.factId && e.role === 'reported') flagOf.set(e.factId, flag.id);
  }
  return facts.map((fact) => {
    const flag = flagOf.get(fact.id);
    if (!ctx.corrections.has(fact.id) || !flag) return fact;
    return { ...fact, value: ctx.value(fact).toFixed(), suspect: { check: 'unit_suspect', flag, valueAsPrinted: fact.value } };
  });
}
