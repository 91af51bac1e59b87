/**
 * period_mismatch (info): a figure stated for another year inside a passage about the year under review
 * (`2020 年度因公出国（境）费 0.00 万元` in a 2021 report). Comparisons (比上年, 较2020年) are not findings.
 */
import { Decimal } from 'decimal.js';
import type { CheckContext } from './context.js';

export function checkPeriods(ctx: CheckContext): void {
  if (ctx.year === null) return;
  const seen = new Set<string>();
  for (const fact of ctx.numeric) {
    if (fact.extractor !== 'prose' || fact.metric.startsWith('claim_')) continue;
    const quote = fact.location.quote.replace(/^…/, '').replace(/\s+/g, '');
    const m = /^(?:[①-⑳]|\d+[.、]|[（(]\d+[）)])?[^，。；0-9]{0,12}?(\d{4})年(?!\d)/.exec(quote);
    if (!m) continue;
    const year = Number(m[1]);
    if (year === ctx.year || year === ctx.year + 1 || year < ctx.year - 3 || /比|较|同比|上年|去年|相比/.test(quote.slice(0, 40))) continue;
    if (seen.has(fact.location.quote)) continue;
    seen.add(fact.location.quote);
    ctx.flag({
      rule: 'periods',
      check: 'period_mismatch',
      severity: 'info',
      metric: fact.metric,
      reported: String(year),
      expected: String(ctx.year),
      margin: new Decimal(Math.abs(ctx.year - year)),
      formula: `${year} ≠ ${ctx.year}`,
      message: 'period-mismatch',
      params: { year, reportYear: ctx.year, label: ctx.label(fact.metric) },
      evidence: [ctx.evidence('reported', fact)],
    });
  }
}
