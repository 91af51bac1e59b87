/**
 * period_mismatch (info): a figure stated for another year inside a passage about the year under review
 * (`2020 年度因公出国（境）费 0.00 万元` in a 2021 report). Comparisons (比上年, 较2020年) are not findings, nor are
 * the next year's plans or figures more than three years back (a history).
 */
import { Decimal } from 'decimal.js';
import type { Rule } from './rule.js';

/** A sentence that opens with a year: an optional list marker, a few words, then 2020年. */
const OPENING_YEAR = /^(?:[①-⑳]|\d+[.、]|[（(]\d+[）)])?[^，。；0-9]{0,12}?(\d{4})年(?!\d)/;
const COMPARISON = /比|较|同比|上年|去年|相比/;

export const periods: Rule = {
  id: 'periods',
  check: 'period_mismatch',
  description: 'A figure of the vocabulary stated for another year inside a passage about the year under review is worth a look.',
  messages: {
    'period-mismatch': {
      zh: '在 {reportYear} 年度报告中，{label}的数据标注为 {year} 年，请核实所属年度。',
      en: 'In a {reportYear} report, a {label} figure is attributed to {year}; check which year it belongs to.',
    },
  },
  run(ctx) {
    if (ctx.year === null) return;
    const seen = new Set<string>();
    for (const f of ctx.figures) {
      if (!f.metric || f.naming?.reader !== 'prose') continue;
      const quote = f.location.quote.replace(/^…/, '').replace(/\s+/g, '');
      const m = OPENING_YEAR.exec(quote);
      if (!m) continue;
      const year = Number(m[1]);
      if (year === ctx.year || year === ctx.year + 1 || year < ctx.year - 3 || COMPARISON.test(quote.slice(0, 40))) continue;
      if (seen.has(f.location.quote)) continue;
      seen.add(f.location.quote);
      ctx.flag(
        'period_mismatch',
        {
          severity: 'info',
          reported: f,
          expected: String(ctx.year),
          reportedText: String(year),
          formula: `${year} ≠ ${ctx.year}`,
          message: 'period-mismatch',
          params: { year, reportYear: ctx.year, label: `{${f.metric}}` },
          inputs: [],
        },
        new Decimal(Math.abs(ctx.year - year)),
      );
    }
  },
};
