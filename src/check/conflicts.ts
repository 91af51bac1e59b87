/**
 * conflicting_mentions: the same metric stated twice with values that cannot both be true, as XBRL
 * Calculations 1.1 treats duplicate facts: the intervals of all mentions must meet. Metrics that are reported
 * for several things at once (satisfaction surveys, score items) and mentions with a distinguishing qualifier
 * (编外员额 vs 实际在岗) are not compared.
 */
import { Decimal } from 'decimal.js';
import type { Fact } from '../model/audit.js';
import type { CheckContext } from './context.js';
import { gap, overlaps, show } from '../math/interval.js';
import { tryFormula } from './ratios.js';
import { unmapped } from '../text/mapped-text.js';

function groupKey(fact: Fact): string {
  // Table facts carry their row label as key; that names the row, not a different thing.
  const qualifier = fact.extractor === 'table' ? '' : fact.key;
  return `${fact.metric}|${qualifier}|${fact.scope ?? ''}`;
}

/** A label's words that name the thing: no years, no 本年/全年, no who (我局), no punctuation. */
function named(label: string): string {
  return unmapped(label)
    .text.replace(/(?:19|20)\d{2}年度?|本年度?|当年|全年度?|年度|我局|我单位|本单位|本部门|部门|其中|[^\u4e00-\u9fffA-Za-z]/g, '');
}

/**
 * Two mentions can only contradict each other when their labels name the same thing: 本年支出合计 and
 * 一般公共预算财政拨款支出 are both spending, but not the same figure. A label names the same thing when one
 * holds the other (编外人员控制率 / 我局编外人员控制率). Mentions without a known label, and table cells (whose
 * metric their table's structure gives), are compared as before.
 */
function sameLabel(ctx: CheckContext, a: Fact, b: Fact): boolean {
  // A table cell's metric comes from the table's structure (a project list's 合计 row is 项目支出): trusted as read.
  if (a.location.table || b.location.table) return true;
  const x = ctx.labels.get(a.id);
  const y = ctx.labels.get(b.id);
  if (!x || !y) return true;
  const parts = (l: string) => l.split(' › ').map(named).filter((p) => p.length >= 2);
  return parts(x).some((p) => parts(y).some((q) => p.includes(q) || q.includes(p)));
}

/** A mention that its own formula supports is the better one to keep as "expected". */
function supported(ctx: CheckContext, fact: Fact): boolean {
  const rate = ctx.lex.rates.find((r) => r.metric === fact.metric);
  if (!rate) return false;
  return rate.formulas.some((source) => tryFormula(ctx, source, fact, ctx.interval(fact)).ok !== null);
}

export function checkConflicts(ctx: CheckContext): void {
  const groups = new Map<string, Fact[]>();
  for (const fact of ctx.numeric) {
    const def = ctx.lex.metrics.get(fact.metric);
    if (!def || def.manyValued || fact.tier !== 'core') continue;
    if (fact.metric.startsWith('claim_')) continue;
    groups.set(groupKey(fact), [...(groups.get(groupKey(fact)) ?? []), fact]);
  }
  for (const mentions of groups.values()) {
    if (mentions.length < 2) continue;
    // One mention per printed value; the reference is the value its own inputs support, else the most stated one.
    const byValue = new Map<string, Fact[]>();
    for (const m of mentions) byValue.set(`${m.raw}|${m.rawUnit}`, [...(byValue.get(`${m.raw}|${m.rawUnit}`) ?? []), m]);
    if (byValue.size < 2) continue;
    const values = [...byValue.values()];
    const reference =
      values.find((v) => supported(ctx, v[0]!))?.[0] ?? [...values].sort((a, b) => b.length - a.length)[0]![0]!;
    for (const group of values) {
      const reported = group[0]!;
      if (reported === reference || overlaps(ctx.interval(reported), ctx.interval(reference))) continue;
      if (!sameLabel(ctx, reported, reference)) continue;
      const expected = reference;
      const margin = gap(ctx.interval(reported), ctx.interval(expected));
      const relative = margin.div(Decimal.max(new Decimal(expected.value).abs(), 1e-9));
      ctx.checked++;
      ctx.flag({
        rule: 'vocabulary-mentions',
        check: 'conflicting_mentions',
        severity: relative.gte(0.005) || margin.gte(0.5) ? 'error' : 'warning',
        metric: reported.metric,
        ...(reported.key ? { key: reported.key } : {}),
        reported: ctx.reported(reported),
        expected: ctx.reported(expected),
        margin,
        formula: `${ctx.label(reported.metric)}: ${reported.raw}${reported.rawUnit} ≠ ${expected.raw}${expected.rawUnit}（${show(ctx.interval(reported))} ∩ ${show(ctx.interval(expected))} = ∅）`,
        message: 'conflicting-mentions',
        params: {
          label: ctx.label(reported.metric),
          reported: `${reported.raw}${reported.rawUnit}`,
          expected: `${expected.raw}${expected.rawUnit}`,
        },
        evidence: [ctx.evidence('reported', reported), ctx.evidence('mention', expected)],
      });
    }
  }
}
