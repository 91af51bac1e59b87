/**
 * Shares stated beside their part: 财政拨款收入 1516.64 万元，占 89.88%. The whole is the one the text names
 * (占本年支出合计的 31.45% → the figure labelled 本年支出合计), or, when it names none, the whole of the 其中
 * list the part is in (本单位收入为 1687.45 万元，其中：…). A share that fits any reading of its whole is not
 * flagged; a share whose whole cannot be found is not checked.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { unmapped } from '../text/mapped-text.js';
import { div, gap, mul, overlaps, point, type Interval } from '../check/interval.js';
import { severityOf, type Rule, type RuleContext } from './rule.js';

function bare(text: string): string {
  return unmapped(text).text.replace(/[（(][^）)]*[）)]/g, '').replace(/[^\u4e00-\u9fffA-Za-z0-9]/g, '');
}

/** The whole a share names: the words after 占, without 的 / 比例 / 比重. */
function namedWhole(share: Figure): string {
  const after = unmapped(share.label).text.split('占').pop() ?? '';
  return bare(after.replace(/(?:的)?(?:比例|比重|比)?(?:为|达|约)?$/, '').replace(/的$/, ''));
}

function wholesOf(ctx: RuleContext, levels: Figure[], share: Figure, part: Figure): Figure[] {
  const name = namedWhole(share);
  const candidates = levels.filter((f) => f.kind === part.kind && f !== part);
  if (name.length >= 2) return candidates.filter((f) => ctx.derived('bare', f, (x) => bare(x.label)).endsWith(name));
  if (name.length > 0) return [];
  return ctx.byIds(ctx.place(part)?.partOf ?? []).filter((f) => f.kind === part.kind && f.direction === 0 && !f.comparison);
}

export const partShares: Rule = {
  id: 'part-shares',
  check: 'share_mismatch',
  description: 'A share must be its part divided by the whole it names, or by the whole of the list its part is in.',
  messages: {
    'rule.part-share': {
      zh: '{part}占{whole}的比例报告为 {reported}%，按 {partValue} ÷ {wholeValue} 计算应为 {expected}%。',
      en: '{part} is said to be {reported}% of {whole}; {partValue} ÷ {wholeValue} gives {expected}%.',
    },
  },
  run(ctx) {
    const levels = ctx.figures.filter((f) => (f.kind === 'amount' || f.kind === 'headcount') && f.direction === 0 && !f.comparison);
    for (const share of ctx.figures) {
      if (share.kind !== 'share') continue;
      const part = ctx.about(share);
      if (!part || (part.kind !== 'amount' && part.kind !== 'headcount')) continue;
      const wholes = wholesOf(ctx, levels, share, part);
      if (!wholes.length) continue;
      const reported = ctx.interval(share);
      const trials = wholes
        .map((whole) => ({ whole, q: div(ctx.interval(part), ctx.interval(whole)) }))
        .filter((t): t is { whole: Figure; q: Interval } => t.q !== null)
        .map((t) => ({ whole: t.whole, expected: mul(t.q, point(100)) }));
      if (!trials.length) continue;
      ctx.checked++;
      if (trials.some((t) => overlaps(reported, t.expected))) continue;
      const nearest = trials.sort((a, b) => gap(reported, a.expected).cmp(gap(reported, b.expected)))[0]!;
      const margin = gap(reported, nearest.expected);
      ctx.flag('share_mismatch', {
        severity: severityOf(margin, new Decimal(share.value)),
        reported: share,
        expected: nearest.expected,
        formula: `${part.raw}${part.rawUnit} ÷ ${nearest.whole.raw}${nearest.whole.rawUnit} × 100`,
        message: 'rule.part-share',
        params: {
          part: part.label,
          whole: nearest.whole.label,
          reported: share.raw,
          partValue: `${part.raw}${part.rawUnit}`,
          wholeValue: `${nearest.whole.raw}${nearest.whole.rawUnit}`,
          expected: nearest.expected.lo.plus(nearest.expected.hi).div(2).toDecimalPlaces(2).toFixed(),
        },
        inputs: [['part', part], ['whole', nearest.whole]],
      }, margin);
    }
  },
};
