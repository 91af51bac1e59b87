/**
 * A completion rate against the time elapsed (上半年…为预算的56.1%，快于序时进度6.1个百分点; 1-2月…完成预算的16.18%，
 * 较均衡进度慢0.48%): the time progress (序时进度, 时间进度, 均衡进度) of a period of n months is n ÷ 12 of the year, so
 * the gap is the rate less it (or it less the rate for 慢于, 低于, 落后). The period is the one the rate's sentence
 * states before it (1-7月, 上半年, 一季度, 至4月底, 截至9月30日); a sentence that states none is not checked. Where
 * the reading of the period is open, each reading is tried: a single month (2月份) may be that month alone or the
 * months to its end; a date may be counted in days (181 of 365) as well as in months.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { div, point, severityOf, sub, withSign, type Interval } from '../math/interval.js';
import { unmapped } from '../text/mapped-text.js';
import type { IntervalOf, Rule } from './rule.js';
import { textBefore } from './printed.js';

const PROGRESS = /(?:快于|慢于|超过|超出|超|高于|低于|落后于?|较|比)\s*(?:序时|时间|均衡)进度\s*(慢|快)?\s*$/;
const BEHIND = /慢于|低于|落后|慢$/;

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

/** The shares of the year (in %) the period before a rate may stand for, most likely first; none when unsaid. */
export function elapsedShares(text: string): Interval[] {
  const months = (n: number) => div(point(100 * n), point(12))!;
  // The months to the end of month n, or the days to it (212 of 365 for 1-7月).
  const monthsOrDays = (n: number): Interval[] => [months(n), ...days(n, DAYS_BEFORE_MONTH[n]! - DAYS_BEFORE_MONTH[n - 1]!)];
  const days = (month: number, day: number): Interval[] =>
    [365, 366].map((year) => div(point(100 * (DAYS_BEFORE_MONTH[month - 1]! + day + (year === 366 && month > 2 ? 1 : 0))), point(year))!);
  const readings: Array<{ at: number; shares: Interval[] }> = [];
  const find = (re: RegExp, shares: (m: RegExpExecArray) => Interval[]) => {
    for (const m of text.matchAll(new RegExp(re.source, 'g'))) {
      const found = shares(m as RegExpExecArray);
      if (found.length) readings.push({ at: m.index!, shares: found });
    }
  };
  // 1-7月, 1—5月份: the months from January.
  find(/(?<!\d)1\s*[-—–~至到]\s*(\d{1,2})\s*月/, (m) => (Number(m[1]) >= 1 && Number(m[1]) <= 12 ? monthsOrDays(Number(m[1])) : []));
  // 截至9月30日: the months, or the days, to that date.
  find(/(?:截至|截止|至)\s*(?:\d{4}\s*年)?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, (m) => {
    const [month, day] = [Number(m[1]), Number(m[2])];
    if (month < 1 || month > 12 || day < 1 || day > 31) return [];
    const monthEnd = day >= 28 ? [months(month)] : [];
    return [...monthEnd, ...days(month, day)];
  });
  // 至4月底, 截至3月末.
  find(/(?:截至|截止|至)\s*(?:\d{4}\s*年)?\s*(\d{1,2})\s*月\s*(?:底|末|份)?(?!\s*\d)/, (m) => (Number(m[1]) >= 1 && Number(m[1]) <= 12 ? monthsOrDays(Number(m[1])) : []));
  find(/上半年/, () => monthsOrDays(6));
  find(/前三季度|1\s*[-—至]\s*3\s*季度|一至三季度/, () => monthsOrDays(9));
  find(/(?<![二三四前至-])(?:第一|一)季度|1季度/, () => monthsOrDays(3));
  // 2月份: that month alone, or the months to its end.
  find(/(?<![\d\-—–~至到])(\d{1,2})\s*月份/, (m) => (Number(m[1]) <= 12 ? [months(1), months(Number(m[1]))] : []));
  // The period stated last before the rate is its own.
  return readings.sort((a, b) => b.at - a.at)[0]?.shares ?? [];
}

export const scheduleGaps: Rule = {
  id: 'schedule-gaps',
  check: 'difference_mismatch',
  description: 'A completion rate’s gap to the time progress must be the rate less the share of the year elapsed.',
  messages: {
    'rule.schedule-gap': {
      zh: '完成 {rate}%，与序时进度相差 {reported} 个百分点，但按所述期间的时间进度 {elapsed}% 计算应相差 {expected} 个百分点。',
      en: '{rate}% done is said to be {reported} points off the time progress, but the period’s time progress of {elapsed}% gives {expected} points.',
    },
  },
  run(ctx) {
    for (const gap of ctx.figures) {
      if ((gap.unit !== '个百分点' && gap.unit !== '%') || gap.location.table) continue;
      const label = unmapped(gap.label).text.trimEnd();
      const progress = PROGRESS.exec(label);
      if (!progress) continue;
      // The rate is the figure printed right before the gap, in its sentence.
      const rate = ctx.figures[ctx.position(gap) - 1];
      if (!rate || rate.kind !== 'rate' || rate.unit !== '%' || ctx.place(rate)?.sentence !== ctx.place(gap)?.sentence) continue;
      // 占年初预算月进度的109%: already against the schedule (支出进度83.3% is not).
      if (/(?:月|季|序时|时间|平均|均衡)进度/.test(unmapped(rate.label).text)) continue;
      const before = textBefore(ctx, rate, 160);
      const sentence = before.slice(before.lastIndexOf('。') + 1);
      // 前三季度，…。…支出进度83.3%，快于序时进度8.3个百分点: the paragraph's part of the year, which the reader gave
      // the rate, when its sentence names none.
      const shares = elapsedShares(sentence).length ? elapsedShares(sentence) : elapsedShares(rate.period);
      if (!shares.length) continue;
      const sign = BEHIND.test(progress[0]) ? -1 : 1;
      ctx.relate({
        check: 'difference_mismatch',
        kind: 'difference',
        stated: gap,
        statedInterval: (iv: IntervalOf) => withSign(iv(gap), sign),
        alternatives: shares.map((share) => ({
          inputs: [['rate', rate] as [string, Figure]],
          expected: (iv: IntervalOf) => sub(iv(rate), share),
          formula: (e: Interval) => `${rate.raw}% − ${share.lo.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed()}% = ${e.lo.plus(e.hi).div(2).toFixed(2, Decimal.ROUND_HALF_UP)}`,
        })),
        severity: (margin) => severityOf(margin, new Decimal(gap.value)),
        message: (e) => ({
          code: 'rule.schedule-gap',
          params: {
            rate: rate.raw,
            reported: `${sign < 0 ? '−' : ''}${gap.raw}`,
            // The share of the year of the reading nearest the stated gap: the rate less the gap it gives.
            elapsed: new Decimal(rate.value).minus(e.lo.plus(e.hi).div(2)).toFixed(2, Decimal.ROUND_HALF_UP),
            expected: e.lo.plus(e.hi).div(2).toFixed(2, Decimal.ROUND_HALF_UP),
          },
        }),
      });
    }
  },
};
