/**
 * ratio_mismatch: a stated rate that its own numerator and denominator, stated in the same report, cannot give
 * even allowing for rounding. Inputs stated close to the rate are tried first; when a figure is stated several
 * times, the rate is consistent if any of the stated values gives it (a contradiction between the mentions is
 * conflicting_mentions' business). A rate whose inputs the report does not give is unverifiable, not flagged.
 */
import { Decimal } from 'decimal.js';
import type { Fact } from '../model/audit.js';
import { CheckContext, combinations } from './context.js';
import { evaluate, fillFormula, parseFormula, references, type Expr } from '../math/formula.js';
import { gap, overlaps, severityOf, show, type Interval } from '../math/interval.js';

interface Trial {
  expr: Expr;
  inputs: Map<string, Fact>;
  result: Interval;
}

/** Try a formula on the candidates; returns the consistent trial, or the nearest inconsistent one. */
export function tryFormula(ctx: CheckContext, source: string, target: Fact, reported: Interval): { ok: Trial | null; nearest: Trial | null; complete: boolean } {
  const expr = parseFormula(source);
  const names = references(expr);
  const lists = names.map((n) => ctx.candidates(n, target).filter((f) => f.id !== target.id));
  if (lists.some((l) => l.length === 0)) return { ok: null, nearest: null, complete: false };
  let nearest: Trial | null = null;
  for (const combo of combinations(lists)) {
    const inputs = new Map(names.map((n, i) => [n, combo[i]!]));
    const result = evaluate(expr, (name) => {
      const f = inputs.get(name);
      return f ? ctx.interval(f) : null;
    });
    if (!result) continue;
    const trial = { expr, inputs, result };
    if (overlaps(result, reported)) return { ok: trial, nearest: trial, complete: true };
    nearest ??= trial;
  }
  return { ok: null, nearest, complete: nearest !== null };
}

export function describeFormula(ctx: CheckContext, trial: Trial): string {
  const named = fillFormula(trial.expr, (n) => ctx.label(n));
  const filled = fillFormula(trial.expr, (n) => {
    const f = trial.inputs.get(n)!;
    return `${f.raw}${f.rawUnit === '%' ? '%' : ''}`;
  });
  return `${named} = ${filled} = ${show(trial.result)}`;
}

export function checkRatios(ctx: CheckContext): void {
  for (const rate of ctx.lex.rates) {
    for (const fact of ctx.byMetric.get(rate.metric) ?? []) {
      const reported = ctx.interval(fact);
      let complete = false;
      let consistent = false;
      let firstNearest: Trial | null = null;
      for (const source of rate.formulas) {
        const r = tryFormula(ctx, source, fact, reported);
        if (!r.complete) continue;
        complete = true;
        firstNearest ??= r.nearest;
        if (r.ok) {
          consistent = true;
          break;
        }
      }
      // Another base seen in reports reconciles a rate; it never makes one checkable on its own.
      if (!consistent) {
        for (const source of rate.alternatives ?? []) {
          if (tryFormula(ctx, source, fact, reported).ok) {
            consistent = true;
            break;
          }
        }
      }
      if (!complete) {
        ctx.unverifiable.push(fact);
        continue;
      }
      ctx.checked++;
      if (consistent || !firstNearest) continue;
      const margin = gap(firstNearest.result, reported);
      ctx.flag({
        rule: 'vocabulary-ratios',
        check: 'ratio_mismatch',
        severity: severityOf(margin, new Decimal(fact.value)),
        metric: fact.metric,
        ...(fact.key ? { key: fact.key } : {}),
        reported: ctx.reported(fact),
        expected: show(firstNearest.result),
        margin,
        formula: describeFormula(ctx, firstNearest),
        message: 'ratio-mismatch',
        params: { label: ctx.label(fact.metric), reported: `${fact.raw}${fact.rawUnit}`, expected: show(firstNearest.result), margin: margin.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed() },
        evidence: [ctx.evidence('reported', fact), ...[...firstNearest.inputs.values()].map((f) => ctx.evidence('input', f))],
      });
    }
  }
}
