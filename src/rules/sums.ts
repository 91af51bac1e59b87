/**
 * sum_mismatch over the vocabulary's identities: a total the report states and its parts stated near it
 * (基本支出 + 项目支出 = 支出合计, 人员经费 + 公用经费 = 基本支出, the 三公 parts). The identities are data
 * (extractors/). Parts are looked for in the whole's own sentence, block and section; when some parts are not
 * stated, only parts that exceed the whole can be judged (missing parts can only add). Parts are summed with the
 * rounding of each (Calculations 1.1).
 */
import type { Figure } from '../model/audit.js';
import type { IdentityDef } from '../vocabulary/lexicon.js';
import { overlaps, sumOf, type Interval } from '../math/interval.js';
import { combinations } from './by-metric.js';
import type { Rule, RuleContext } from './rule.js';

/** Parts against their whole; `complete` when no part of the alternative is missing. */
export function identityHolds(whole: Interval, parts: Interval[], complete: boolean): boolean {
  const total = sumOf(parts);
  if (overlaps(total, whole)) return true;
  // Missing parts can only add: a shortfall is not a finding unless every part is stated.
  return !complete && total.hi.lt(whole.lo);
}

/** An identity for one stated whole: the combinations of its parts stated near it, and whether any is missing. */
interface Identity {
  complete: boolean;
  combinations: Figure[][];
}

/** One identity for one stated whole, with the parts stated in the whole's own sentence, block or section. */
function partsNear(ctx: RuleContext, identity: IdentityDef, whole: Figure): Identity | null {
  const wholePlace = ctx.place(whole);
  if (!wholePlace) return null;
  const local = (metric: string) =>
    ctx.metrics.candidates(metric, whole).filter((f) => {
      const p = ctx.place(f);
      // A part listed under another whole (一般公共预算财政拨款支出…其中基本支出) is that whole's, not this one's;
      // a part of another year (2013年…因公出国费 beside 2012年…执行数) is not a part of this year's whole.
      if (p?.partOf.length && !p.partOf.includes(whole.id)) return false;
      if (/^\d{4}$/.test(f.period) && /^\d{4}$/.test(whole.period) && f.period !== whole.period) return false;
      return p && (p.sentence === wholePlace.sentence || p.block === wholePlace.block || p.section === wholePlace.section);
    });
  // The alternative with the most parts stated; required parts must all be there.
  let best: { metrics: string[]; lists: Figure[][]; missing: string[] } | null = null;
  for (const alternative of identity.parts) {
    const lists = alternative.map((m) => local(m));
    const missing = alternative.filter((_, i) => lists[i]!.length === 0);
    if (missing.some((m) => !identity.optional?.includes(m))) continue;
    const present = alternative.length - missing.length;
    if (present < 2) continue;
    if (!best || present > best.metrics.length - best.missing.length) best = { metrics: alternative, lists, missing };
  }
  if (!best) return null;
  // Parts stated in another sentence beside a whole of their own (2013年…预算79.69亿元中，因公出国…; 2012年…执行数
  // 80.95亿元) are that whole's parts, not this one's.
  const sentenceOf = (f: Figure) => ctx.place(f)?.sentence;
  const away = best.lists.flat().filter((f) => sentenceOf(f) !== wholePlace.sentence);
  const ownWhole = (f: Figure) => ctx.metrics.of(identity.whole).some((w) => w !== whole && w.value !== whole.value && sentenceOf(w) === sentenceOf(f));
  if (away.some(ownWhole)) return null;
  return { complete: best.missing.length === 0, combinations: combinations(best.lists.filter((l) => l.length)) };
}

export const sums: Rule = {
  id: 'sums',
  check: 'sum_mismatch',
  description: 'A total of the vocabulary must be the sum of its parts stated with it.',
  messages: {
    'sum-mismatch': {
      zh: '{label}为 {reported}，但各组成部分合计为 {expected}。',
      en: '{label} is {reported}, but its parts add up to {expected}.',
    },
    'sum-exceeds': {
      zh: '{label}为 {reported}，但已列明的组成部分合计已达 {expected}，超过总数。',
      en: '{label} is {reported}, but the parts stated already add up to {expected}, more than the whole.',
    },
  },
  run(ctx) {
    // The parts each whole's own 其中 list holds, found once.
    const listedUnder = new Map<string, Figure[]>();
    for (const f of ctx.figures) for (const id of ctx.place(f)?.partOf ?? []) listedUnder.set(id, [...(listedUnder.get(id) ?? []), f]);
    for (const identity of ctx.lex.identities) {
      for (const whole of ctx.metrics.of(identity.whole)) {
        const found = partsNear(ctx, identity, whole);
        if (!found) continue;
        // The report's own 其中 list under this whole may hold more than the identity's parts (a 三公 total that
        // also counts 会议费 and 培训费): then the identity's parts are not all of it.
        const listed = (listedUnder.get(whole.id) ?? []).filter((f) => f.kind === whole.kind);
        const complete = found.complete && listed.every((f) => found.combinations.some((parts) => parts.includes(f)));
        ctx.relate({
          check: 'sum_mismatch',
          kind: 'sum',
          stated: whole,
          role: 'whole',
          key: '',
          show: 'first',
          alternatives: found.combinations.map((parts) => ({
            inputs: parts.map((f): [string, Figure] => ['part', f]),
            expected: (iv) => sumOf(parts.map(iv)),
            formula: (total) => `{${whole.metric}} = ${parts.map((f) => `{${f.metric}}`).join(' + ')} = ${parts.map((f) => f.raw).join(' + ')} = ${ctx.shown(total, whole)}`,
          })),
          agrees: (stated, total) => overlaps(total, stated),
          // Parts missing can only add: short of the whole is no finding, and only that much is verified.
          within: (stated, total) => identityHolds(stated, [total], complete),
          message: (total) => ({ code: complete ? 'sum-mismatch' : 'sum-exceeds', params: { label: `{${whole.metric}}`, reported: `${whole.raw}${whole.rawUnit}`, expected: ctx.shown(total, whole) } }),
        });
      }
    }
  },
};
