/**
 * A stated percentage against one reading of its inputs (a completion rate over its budget, a payment rate over what
 * was paid and what was not, a saving rate over the budget): the relation every such rule records, its severity by
 * the size of the gap in the rate's own unit, its message given the expected rate as printed to two decimals.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { midText, severityOf } from '../math/interval.js';
import type { Alternative, RuleContext } from './rule.js';

export function relatePercent(
  ctx: RuleContext,
  rate: Figure,
  alternative: Alternative,
  message: (expected: string) => { code: string; params: Record<string, string | number> },
): void {
  ctx.relate({
    check: 'ratio_mismatch',
    kind: 'ratio',
    stated: rate,
    alternatives: [alternative],
    severity: (margin) => severityOf(margin, new Decimal(rate.value)),
    message: (e) => message(midText(e)),
  });
}
