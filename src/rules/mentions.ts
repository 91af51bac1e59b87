/**
 * conflicting_mentions over the vocabulary: one metric stated twice with values that cannot both be true, as XBRL
 * Calculations 1.1 treats duplicate facts (the intervals of all mentions must meet). Metrics reported for several
 * things at once (satisfaction surveys, score items) and mentions with a distinguishing qualifier (编外员额 vs 实际在岗)
 * are not compared; nor are two mentions whose printed labels name different things (本年支出合计 and
 * 一般公共预算财政拨款支出 are both spending, not one figure).
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { show } from '../math/interval.js';
import { unmapped } from '../text/mapped-text.js';
import { supportedByFormula } from './ratios.js';
import type { Rule, RuleContext } from './rule.js';

function groupKey(f: Figure): string {
  // A table cell's key is its row label: that names the row, not a different thing.
  const qualifier = f.naming?.reader === 'table' ? '' : (f.naming?.key ?? '');
  return `${f.metric}|${qualifier}|${f.naming?.scope ?? ''}`;
}

/** A label's words that name the thing: no years, no 本年/全年, no who (我局), no punctuation. */
function named(label: string): string {
  return unmapped(label).text.replace(/(?:19|20)\d{2}年度?|本年度?|当年|全年度?|年度|我局|我单位|本单位|本部门|部门|其中|[^\u4e00-\u9fffA-Za-z]/g, '');
}

/**
 * Two mentions name the same thing when one label holds the other (编外人员控制率 / 我局编外人员控制率). Table cells,
 * whose metric their table's structure gives, and mentions without a label are compared as read.
 */
function sameLabel(ctx: RuleContext, a: Figure, b: Figure): boolean {
  if (a.location.table || b.location.table) return true;
  const x = ctx.place(a)?.name ?? a.label;
  const y = ctx.place(b)?.name ?? b.label;
  if (!x || !y) return true;
  const parts = (l: string) => l.split(' › ').map(named).filter((p) => p.length >= 2);
  return parts(x).some((p) => parts(y).some((q) => p.includes(q) || q.includes(p)));
}

export const mentions: Rule = {
  id: 'mentions',
  check: 'conflicting_mentions',
  description: 'One metric of the vocabulary stated twice must have one value.',
  messages: {
    'conflicting-mentions': {
      zh: '{label}前后表述不一致：{reported} 与 {expected}，即使考虑四舍五入也不可能同时成立。',
      en: '{label} is stated as {reported} and as {expected}; both cannot be true even allowing for rounding.',
    },
  },
  run(ctx) {
    const groups = new Map<string, Figure[]>();
    for (const f of ctx.figures) {
      if (!f.metric || f.naming?.tier !== 'core') continue;
      const def = ctx.lex.metrics.get(f.metric);
      if (!def || def.manyValued) continue;
      const key = groupKey(f);
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    for (const stated of groups.values()) {
      if (stated.length < 2) continue;
      // One mention per printed value; the reference is the value its own inputs support, else the most stated one.
      const byValue = new Map<string, Figure[]>();
      for (const m of stated) byValue.set(`${m.raw}|${m.rawUnit}`, [...(byValue.get(`${m.raw}|${m.rawUnit}`) ?? []), m]);
      if (byValue.size < 2) continue;
      const values = [...byValue.values()];
      const reference = values.find((v) => supportedByFormula(ctx, v[0]!))?.[0] ?? [...values].sort((a, b) => b.length - a.length)[0]![0]!;
      for (const group of values) {
        const reported = group[0]!;
        if (reported === reference || !sameLabel(ctx, reported, reference)) continue;
        ctx.relate({
          check: 'conflicting_mentions',
          kind: 'mention',
          stated: reported,
          alternatives: [
            {
              inputs: [['mention', reference]],
              expected: (iv) => iv(reference),
              formula: () => `{${reported.metric}}: ${reported.raw}${reported.rawUnit} ≠ ${reference.raw}${reference.rawUnit}（${show(ctx.interval(reported))} ∩ ${show(ctx.interval(reference))} = ∅）`,
            },
          ],
          severity: (margin) => (margin.div(Decimal.max(new Decimal(reference.value).abs(), 1e-9)).gte(0.005) || margin.gte(0.5) ? 'error' : 'warning'),
          key: reported.naming?.key ?? '',
          message: () => ({ code: 'conflicting-mentions', params: { label: `{${reported.metric}}`, reported: `${reported.raw}${reported.rawUnit}`, expected: `${reference.raw}${reference.rawUnit}` } }),
        });
      }
    }
  },
};
