/**
 * Claims the text makes about its own figures:
 * - difference_mismatch: 比预算减少 X 万元 (budget − spending), 调增金额 X / 预算调整比例 Y % (adjusted vs initial);
 *   a change and its rate against the prior year are the rule change-growth's (src/rules), over every figure;
 * - share_mismatch: A 占 B 的 Z %, with B resolved to the report's own total (预算总数 → the adjusted budget,
 *   else the initial one; 总支出 → spending).
 * A claim whose other figure the report does not state is not flagged.
 */
import { Decimal } from 'decimal.js';
import type { Fact } from '../model/audit.js';
import type { ExtractedClaim } from '../vocabulary/index.js';
import type { Measure } from '../vocabulary/lexicon.js';
import type { CheckContext } from './context.js';
import { div, gap, magnitude, mul, overlaps, point, show, sub, type Interval, severityOf } from '../math/interval.js';

function sameSpans(a: Fact, b: Fact): boolean {
  const x = a.location.spans[0];
  const y = b.location.spans[0];
  return !!x && !!y && x.line === y.line && x.start === y.start;
}

/** The real fact behind a claim's figure, if the same figure was also read as a fact (for unit corrections). */
function factBehind(ctx: CheckContext, figure: Fact): Fact | null {
  return ctx.numeric.find((f) => !f.metric.startsWith('claim_') && sameSpans(f, figure)) ?? null;
}

function intervalOf(ctx: CheckContext, figure: Fact): Interval {
  const real = factBehind(ctx, figure);
  return ctx.interval(real ?? figure);
}

function inSameUnit(ctx: CheckContext, claim: ExtractedClaim, metric: string): Fact[] {
  return (ctx.byMetric.get(metric) ?? []).filter((f) => ctx.place(f)?.unit === claim.place.unit);
}

/** Denominator candidates of a share, most specific first. */
export function shareDenominators(ctx: CheckContext, claim: ExtractedClaim): Fact[] {
  const d = claim.denominator;
  if (!d) return [];
  // 占专项资金支出总额的 100%: a whole the report names but the vocabulary does not know.
  if (d.specific || d.blocked) return [];
  if (d.metric) return ctx.candidates(d.metric, claim.figure);
  // 占 89.88% with no whole named: the whole its own part belongs to (基本支出 → spending), or nothing is known.
  if (!d.hasTerms) {
    const part = claim.subject ?? (claim.numerator ? factBehind(ctx, claim.numerator) : null);
    const whole = part ? ctx.lex.identities.find((i) => i.parts.some((alt) => alt.includes(part.metric)))?.whole : undefined;
    return whole && !part?.scope ? ctx.candidates(whole, claim.figure) : [];
  }
  const subject = d.subject ?? 'total';
  const measures: Array<Measure | 'none'> =
    d.measure === 'budget' || d.measure === 'adjusted' || d.measure === 'initial'
      ? d.measure === 'budget'
        ? ['adjusted', 'initial', 'budget']
        : [d.measure]
      : d.measure === 'spend' || d.measure === 'spend_weak'
        ? ['spend', 'spend_weak']
        : ['spend', 'adjusted', 'initial', 'none'];
  const metrics = [...new Set(measures.map((m) => ctx.lex.map.get(`${subject}|${m}`)).filter((m): m is string => !!m))];
  for (const m of metrics) {
    const facts = ctx.candidates(m, claim.figure);
    if (facts.length) return facts;
  }
  return [];
}

export function shareTrial(ctx: CheckContext, claim: ExtractedClaim): { ok: boolean; den: Fact; result: Interval } | null {
  if (!claim.numerator) return null;
  const num = intervalOf(ctx, claim.numerator);
  const reported = ctx.interval(claim.figure);
  let nearest: { den: Fact; result: Interval } | null = null;
  for (const den of shareDenominators(ctx, claim)) {
    const q = div(num, ctx.interval(den));
    if (!q) continue;
    const result = mul(q, point(100));
    if (overlaps(result, reported)) return { ok: true, den, result };
    nearest ??= { den, result };
  }
  return nearest ? { ok: false, ...nearest } : null;
}

export function checkShares(ctx: CheckContext): void {
  for (const claim of ctx.extraction.claims) {
    if (claim.kind !== 'share' || !claim.numerator) continue;
    const trial = shareTrial(ctx, claim);
    if (!trial) continue;
    ctx.checked++;
    if (trial.ok) continue;
    const margin = gap(trial.result, ctx.interval(claim.figure));
    const numerator = factBehind(ctx, claim.numerator) ?? claim.numerator;
    ctx.flag({
      rule: 'vocabulary-shares',
      check: 'share_mismatch',
      severity: severityOf(margin, new Decimal(claim.figure.value)),
      metric: numerator.metric.startsWith('claim_') ? '' : numerator.metric,
      reported: ctx.reported(claim.figure),
      expected: show(trial.result),
      margin,
      formula: `${claim.numerator.raw}${claim.numerator.rawUnit} ÷ ${trial.den.raw}${trial.den.rawUnit}（${ctx.label(trial.den.metric)}）× 100 = ${show(trial.result)}`,
      message: 'share-mismatch',
      params: {
        part: `${claim.numerator.raw}${claim.numerator.rawUnit}`,
        whole: claim.denominator?.text ?? '',
        reported: `${claim.figure.raw}${claim.figure.rawUnit}`,
        expected: show(trial.result),
      },
      evidence: [ctx.evidence('reported', claim.figure), ctx.evidence('part', numerator), ctx.evidence('whole', trial.den)],
    });
  }
}

function flagDifference(ctx: CheckContext, claim: ExtractedClaim, expected: Interval, formula: string, inputs: Fact[]): void {
  const reported = ctx.interval(claim.figure);
  ctx.checked++;
  if (overlaps(expected, reported)) return;
  const margin = gap(expected, reported);
  ctx.flag({
    rule: 'vocabulary-differences',
    check: 'difference_mismatch',
    severity: severityOf(margin, new Decimal(claim.figure.value)),
    metric: claim.subject?.metric ?? '',
    reported: ctx.reported(claim.figure),
    expected: show(expected),
    margin,
    formula,
    message: claim.kind === 'growth' ? 'growth-mismatch' : 'difference-mismatch',
    params: { reported: `${claim.figure.raw}${claim.figure.rawUnit}`, expected: show(expected), label: claim.subject ? ctx.label(claim.subject.metric) : '' },
    evidence: [ctx.evidence('reported', claim.figure), ...inputs.map((f) => ctx.evidence('input', f))],
  });
}

export function checkDifferences(ctx: CheckContext): void {
  const claims = ctx.extraction.claims;
  for (const claim of claims) {
    if (claim.kind === 'share') continue;
    const current = claim.subject;
    if (claim.base === 'budget' && claim.kind === 'diff' && current) {
      const subject = ctx.lex.metrics.get(current.metric) ? findSubjectBudget(ctx, claim, current) : null;
      if (!subject) continue;
      const diff = sub(ctx.interval(subject), ctx.interval(current));
      const signed = claim.direction < 0 ? diff : sub(point(0), diff);
      flagDifference(ctx, claim, signed, `${ctx.label(subject.metric)} − ${ctx.label(current.metric)} = ${subject.raw} − ${current.raw} = ${show(signed)}`, [subject, current]);
      continue;
    }
    if (claim.base === 'adjust') {
      const initial = claims.length ? findMeasure(ctx, claim, 'initial') : null;
      const adjusted = findMeasure(ctx, claim, 'adjusted');
      if (!initial || !adjusted) continue;
      const delta = sub(ctx.interval(adjusted), ctx.interval(initial));
      const signedDelta = claim.direction < 0 ? sub(point(0), delta) : claim.direction === 0 ? magnitude(delta) : delta;
      if (claim.kind === 'diff') {
        flagDifference(ctx, claim, signedDelta, `${adjusted.raw} − ${initial.raw} = ${show(delta)}`, [adjusted, initial]);
      } else {
        const q = div(signedDelta, ctx.interval(initial));
        if (q) flagDifference(ctx, claim, mul(q, point(100)), `(${adjusted.raw} − ${initial.raw}) ÷ ${initial.raw} × 100 = ${show(mul(q, point(100)))}`, [adjusted, initial]);
      }
      continue;
    }
  }
}

/** The budget a 比预算减少 claim refers to: the same subject's budget in the same sentence. */
function findSubjectBudget(ctx: CheckContext, claim: ExtractedClaim, current: Fact): Fact | null {
  const subject = [...ctx.lex.map.entries()].find(([, metric]) => metric === current.metric)?.[0].split('|')[0];
  if (!subject) return null;
  for (const measure of ['adjusted', 'budget', 'initial']) {
    const metric = ctx.lex.map.get(`${subject}|${measure}`);
    if (!metric) continue;
    const found = inSameUnit(ctx, claim, metric);
    if (found.length) return found[0]!;
  }
  return null;
}

function findMeasure(ctx: CheckContext, claim: ExtractedClaim, measure: 'initial' | 'adjusted'): Fact | null {
  for (const [key, metric] of ctx.lex.map) {
    if (!key.endsWith(`|${measure}`)) continue;
    const found = inSameUnit(ctx, claim, metric);
    if (found.length) return found[0]!;
  }
  return null;
}
