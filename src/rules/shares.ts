/**
 * share_mismatch over the vocabulary's claims: A 占 B 的 Z %, with B resolved through the vocabulary to the
 * report's own figure (占预算总数 → the adjusted budget, else the initial one; 占总支出 → spending); with no whole
 * named (占 89.88%), the whole of the identity the part belongs to (基本支出 → spending). A whole the report names
 * in words the vocabulary does not know (专项资金支出总额) is not guessed. A share that fits any candidate whole is
 * not flagged.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import type { Measure } from '../vocabulary/lexicon.js';
import type { NamedClaim } from '../vocabulary/name.js';
import { severityOf, type Interval, percentOf } from '../math/interval.js';
import type { IntervalOf, Rule, RuleContext } from './rule.js';

/** Candidate wholes of a share, most specific first. */
function wholes(ctx: RuleContext, claim: NamedClaim): Figure[] {
  const d = claim.whole;
  if (!d || d.specific || d.blocked) return [];
  if (d.metric) return ctx.metrics.candidates(d.metric, claim.figure);
  if (!d.hasTerms) {
    const part = claim.subject ?? (claim.numerator?.metric ? claim.numerator : null);
    const whole = part ? ctx.lex.identities.find((i) => i.parts.some((alternative) => alternative.includes(part.metric)))?.whole : undefined;
    return whole && !part?.naming?.scope ? ctx.metrics.candidates(whole, claim.figure) : [];
  }
  const subject = d.subject ?? 'total';
  // 公务接待费支出…占“三公”经费的100%: a whole named without its measure has the part's (spending of spending).
  const part = claim.subject ?? claim.numerator;
  const partMeasure = part?.metric ? [...ctx.lex.map].find(([, metric]) => metric === part.metric)?.[0].split('|')[1] : undefined;
  if (!d.measure && (partMeasure === 'spend' || partMeasure === 'spend_weak')) {
    const metrics = [...new Set(['spend', 'spend_weak'].map((m) => ctx.lex.map.get(`${subject}|${m}`)).filter((m): m is string => !!m))];
    return metrics.flatMap((m) => ctx.metrics.candidates(m, claim.figure));
  }
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
    const found = ctx.metrics.candidates(m, claim.figure);
    if (found.length) return found;
  }
  return [];
}

export const shares: Rule = {
  id: 'shares',
  check: 'share_mismatch',
  description: 'A share the text states (占…的 Z %) must be its part over the whole the vocabulary resolves it to.',
  messages: {
    'share-mismatch': {
      zh: '{part}“占{whole}”的比例报告为 {reported}，按报告自身数据计算应为 {expected}。',
      en: '{part} is said to be {reported} of “{whole}”; the report’s own figures give {expected}.',
    },
  },
  run(ctx) {
    // A share the reader found its whole for (the whole its words name, by name in its paragraph; the whole of its
    // 其中 list) is checked there: the vocabulary's metric is a coarser guess (市县级收入 read as 收入).
    const byReader = new Set(ctx.relations.filter((r) => r.relation.rule === 'part-shares').map((r) => r.spec.stated));
    for (const claim of ctx.input.claims) {
      if (claim.kind !== 'share' || !claim.numerator || byReader.has(claim.figure)) continue;
      // The reader's part wins where the two readings differ: it knows a bracket's figures are not the figure after
      // the bracket is about (财政拨款收入1,077.36万元(其中…国有资本经营预算0万元)，占收入合计93.57%).
      const about = ctx.about(claim.figure);
      if (about && about !== claim.numerator && about.kind === 'amount') continue;
      const part = claim.numerator;
      const stated = claim.figure;
      ctx.relate({
        check: 'share_mismatch',
        kind: 'share',
        stated,
        show: 'first',
        metric: part.metric,
        key: '',
        alternatives: wholes(ctx, claim).map((whole) => ({
          inputs: [
            ['part', part],
            ['whole', whole],
          ],
          expected: (iv: IntervalOf) => percentOf(iv(part), iv(whole)),
          formula: (expected: Interval) => `${part.raw}${part.rawUnit} ÷ ${whole.raw}${whole.rawUnit}（{${whole.metric}}）× 100 = ${ctx.shown(expected, stated)}`,
        })),
        severity: (margin) => severityOf(margin, new Decimal(stated.value)),
        message: (expected) => ({
          code: 'share-mismatch',
          params: { part: `${part.raw}${part.rawUnit}`, whole: claim.whole?.text ?? '', reported: `${stated.raw}${stated.rawUnit}`, expected: ctx.shown(expected, stated) },
        }),
      });
    }
  },
};
