/**
 * ratio_mismatch over the vocabulary's rates: a stated rate (执行率, 控制率, 利用率) that its own numerator and
 * denominator, stated in the same report, cannot give even allowing for rounding. The rates and their formulas
 * are data (extractors/: `spend_total / budget_adjusted * 100`). Inputs stated close to the rate are tried first;
 * when a figure is stated several times, the rate is consistent if any of the stated values gives it (a
 * contradiction between the mentions is the rule `mentions`'). A rate whose inputs the report does not give is
 * listed as unverifiable, never flagged.
 */
import type { Figure } from '../model/audit.js';
import { evaluate, evaluateRough, fillFormula, parseFormula, references, type Expr, type RoughInterval } from '../math/formula.js';
import { gap, overlaps, show, type Interval } from '../math/interval.js';
import { combinations } from './by-metric.js';
import type { IntervalOf, Rule, RuleContext } from './rule.js';
import { Decimal } from 'decimal.js';

export interface Trial {
  expr: Expr;
  inputs: Map<string, Figure>;
  result: Interval;
}

const parsed = new Map<string, Expr>();
function expression(source: string): Expr {
  let expr = parsed.get(source);
  if (!expr) parsed.set(source, (expr = parseFormula(source)));
  return expr;
}

/** Each figure's interval as floats, once per run of the rules (see evaluateRough). */
const roughIntervals = new WeakMap<RuleContext, Map<Figure, RoughInterval>>();
function roughOf(ctx: RuleContext, f: Figure): RoughInterval {
  let byFigure = roughIntervals.get(ctx);
  if (!byFigure) roughIntervals.set(ctx, (byFigure = new Map()));
  let rough = byFigure.get(f);
  if (!rough) {
    const iv = ctx.interval(f);
    // One part in 10^12 beyond the nearest doubles: the float bounds enclose the decimal ones.
    const lo = iv.lo.toNumber();
    const hi = iv.hi.toNumber();
    byFigure.set(f, (rough = [lo - Math.abs(lo) * 1e-12, hi + Math.abs(hi) * 1e-12]));
  }
  return rough;
}

/** Try a formula on the candidates; the consistent trial, or the nearest inconsistent one. */
export function tryFormula(ctx: RuleContext, source: string, target: Figure, reported: Interval): { ok: Trial | null; nearest: Trial | null; complete: boolean } {
  const expr = expression(source);
  const names = references(expr);
  // An input scoped by its own label (一般公共预算财政拨款“三公”经费支出预算 89.90) stands for the metric in the rate's
  // own sentence, where the scope is the sentence's subject (…支出决算57.53万元，完成预算的63.99%).
  const sentence = ctx.place(target)?.sentence;
  const scopedInSentence = (n: string) =>
    ctx.metrics
      .metrics()
      .filter((key) => key.startsWith(`${n}@`))
      .flatMap((key) => ctx.metrics.of(key))
      .filter((f) => sentence !== undefined && ctx.place(f)?.sentence === sentence);
  const lists = names.map((n) => {
    const found = ctx.metrics.candidates(n, target).filter((f) => f !== target);
    return found.length ? found : scopedInSentence(n);
  });
  if (lists.some((l) => l.length === 0)) return { ok: null, nearest: null, complete: false };
  let nearest: Trial | null = null;
  const reportedRough: RoughInterval = [reported.lo.toNumber() - Math.abs(reported.lo.toNumber()) * 1e-12, reported.hi.toNumber() + Math.abs(reported.hi.toNumber()) * 1e-12];
  for (const combo of combinations(lists)) {
    const inputs = new Map(names.map((n, i) => [n, combo[i]!]));
    // With the nearest trial found, a combination whose float enclosure misses the rate cannot give it: skip the
    // exact evaluation (most combinations of a long report's many mentions).
    if (nearest) {
      const rough = evaluateRough(expr, (name) => {
        const f = inputs.get(name);
        return f ? roughOf(ctx, f) : null;
      });
      if (!rough || rough[1] < reportedRough[0] || reportedRough[1] < rough[0]) continue;
    }
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

/** A rate its own formula supports (the mention to trust when two disagree). */
export function supportedByFormula(ctx: RuleContext, f: Figure): boolean {
  const rate = ctx.lex.rates.find((r) => r.metric === f.metric);
  return !!rate && rate.formulas.some((source) => tryFormula(ctx, source, f, ctx.interval(f)).ok !== null);
}

/**
 * Every input of the trial is printed in the rate's own sentence, in prose: a form's row (年初预算数 | 全年预算数 |
 * 全年执行数 | 执行率) holds both budgets, and its columns, not its words, say which one the rate is of.
 */
function inSentenceOf(ctx: RuleContext, rate: Figure, trial: Trial): boolean {
  const place = ctx.place(rate);
  if (!place || place.form) return false;
  return [...trial.inputs.values()].every((input) => ctx.place(input)?.sentence === place.sentence);
}

function describe(trial: Trial, result: Interval): string {
  const named = fillFormula(trial.expr, (n) => `{${n}}`);
  const filled = fillFormula(trial.expr, (n) => {
    const f = trial.inputs.get(n)!;
    return `${f.raw}${f.rawUnit === '%' ? '%' : ''}`;
  });
  return `${named} = ${filled} = ${show(result)}`;
}

export const ratios: Rule = {
  id: 'ratios',
  check: 'ratio_mismatch',
  description: 'A stated rate of the vocabulary must be what its formula gives on the report’s own figures.',
  messages: {
    'ratio-mismatch': {
      zh: '{label}报告为 {reported}，按报告自身数据计算应为 {expected}，扣除四舍五入的误差后仍相差 {margin}。',
      en: '{label} is stated as {reported}; the report’s own figures give {expected}, still {margin} apart once rounding is allowed for.',
    },
  },
  run(ctx) {
    for (const rate of ctx.lex.rates) {
      for (const f of ctx.metrics.of(rate.metric)) {
        // A cell under 分值 is a weight, whatever its row calls it (年度资金总额 | … | 分值 10 | 102.59%).
        if (f.role === '分值' || f.kind === 'weight' || f.kind === 'score') continue;
        const reported = ctx.interval(f);
        // Each formula on the nearest inputs that give the rate, else on the nearest inputs it has.
        const alternativeTrials = (rate.alternatives ?? []).map((source) => tryFormula(ctx, source, f, reported));
        let trials = rate.formulas.map((source) => tryFormula(ctx, source, f, reported)).filter((t) => t.complete);
        // 年初预算为22.00万元，支出决算为8.77万元，完成预算的39.86%: another base the rate's own sentence states with it
        // is the base the words name.
        if (!trials.length) trials = alternativeTrials.filter((t) => t.complete && inSentenceOf(ctx, f, t.nearest!));
        if (!trials.length) {
          ctx.unverifiable.push(f);
          continue;
        }
        // Another base seen in reports reconciles a rate; it never makes one checkable on its own.
        const others = alternativeTrials.filter((t) => t.ok);
        const alternatives = [...trials.map((t) => (t.ok ?? t.nearest)!), ...others.map((t) => t.ok!)].map((trial) => ({
          inputs: [...trial.inputs.values()].map((input): [string, Figure] => ['input', input]),
          expected: (iv: IntervalOf) => evaluate(trial.expr, (name) => iv(trial.inputs.get(name)!)),
          formula: (expected: Interval) => describe(trial, expected),
        }));
        ctx.relate({
          check: 'ratio_mismatch',
          kind: 'ratio',
          stated: f,
          alternatives,
          show: 'first',
          key: f.naming?.key ?? '',
          message: (expected) => {
            const margin = gap(expected, reported);
            return { code: 'ratio-mismatch', params: { label: `{${f.metric}}`, reported: `${f.raw}${f.rawUnit}`, expected: show(expected), margin: margin.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed() } };
          },
        });
      }
    }
  },
};
