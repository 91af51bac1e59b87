/**
 * A whole restated fund by fund in the paragraphs after it (财政拨款本年收入1205.11万元，比2018年度增加253.71万元。…
 * 一般公共预算财政拨款本年收入979.53万元，比上年增加28.13万元；…政府性基金预算财政拨款本年收入225.58万元，比上年增加
 * 161.78万元): each part's label is the whole's with a fund's name before it, and the funds named are all of the
 * government's budgets the whole can hold (一般公共预算 and 政府性基金, 国有资本经营 when named). The whole is the sum of
 * its parts, and its change the sum of theirs when each states one.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { severityOf, sumOf, type Interval } from '../math/interval.js';
import { unmapped } from '../text/mapped-text.js';
import type { IntervalOf, Rule, RuleContext } from './rule.js';
import { relateChangeSum } from './change-sums.js';

const FUNDS: Array<[RegExp, boolean]> = [
  [/^一般公共预算/, true],
  [/^政府性基金(?:预算)?/, true],
  [/^国有资本经营(?:预算)?/, false],
];

/** A label without who reports and when (本部门2019年度…). */
function bare(label: string): string {
  return unmapped(label)
    .text.replace(/^(?:本部门|本单位|我单位|本局|我局|部门)?\s*(?:(?:19|20)\d{2}\s*年度?)?/, '')
    .replace(/[\s“”"]/g, '');
}

function oneChange(ctx: RuleContext, f: Figure): Figure | null {
  const changes = ctx.claimsAbout(f).filter((c) => c.kind === 'amount' && c.direction !== 0 && c.unit === f.unit);
  return changes.length === 1 ? changes[0]! : null;
}

export const fundParts: Rule = {
  id: 'fund-parts',
  check: 'sum_mismatch',
  description: 'A whole restated fund by fund must be the sum of its funds, and its change the sum of theirs.',
  messages: {
    'rule.fund-parts': {
      zh: '{label}为 {reported}，但其后按资金来源分列的各项合计为 {expected}。',
      en: '{label} is {reported}, but the funds it is restated by add up to {expected}.',
    },
    'rule.fund-changes': {
      zh: '{label}变动 {reported}，但其后按资金来源分列的各项变动合计为 {expected}。',
      en: '{label} changed by {reported}, but the changes of the funds it is restated by add up to {expected}.',
    },
  },
  run(ctx) {
    const levels = ctx.figures.filter((f) => f.kind === 'amount' && f.direction === 0 && !f.comparison && !f.location.table && !ctx.about(f));
    const bareOf = (f: Figure) => ctx.derived('fund-bare', f, (x) => bare(x.label));
    // Each level that names a fund first, by section, fund and the rest of its label, in reading order.
    const byFund = new Map<string, Figure[]>();
    for (const f of levels) {
      const k = FUNDS.findIndex(([re]) => re.test(bareOf(f)));
      if (k < 0) continue;
      const key = `${ctx.place(f)?.section}|${k}|${bareOf(f).replace(FUNDS[k]![0], '')}`;
      const same = byFund.get(key);
      if (same) same.push(f);
      else byFund.set(key, [f]);
    }
    for (const whole of levels) {
      const name = bareOf(whole);
      if (name.length < 4 || !/收入|支出/.test(name) || FUNDS.some(([re]) => re.test(name))) continue;
      const section = ctx.place(whole)?.section;
      // The first part after the whole, of its year (2018年一般公共预算…收入 is not a part of 2019年的).
      const partOf = (k: number) => byFund.get(`${section}|${k}|${name}`)?.find((f) => ctx.position(f) > ctx.position(whole) && (f.period || whole.period) === (whole.period || f.period));
      const restated = FUNDS.map(([, required], k) => ({ required, part: partOf(k) }));
      if (restated.some((r) => r.required && !r.part)) continue;
      const parts = restated.flatMap((r) => (r.part ? [r.part] : []));
      ctx.relate({
        check: 'sum_mismatch',
        kind: 'sum',
        stated: whole,
        alternatives: [
          {
            inputs: parts.map((p): [string, Figure] => ['part', p]),
            expected: (iv: IntervalOf) => sumOf(parts.map(iv)),
            formula: (e: Interval) => `${parts.map((p) => `${p.raw}${p.rawUnit}`).join(' + ')} = ${ctx.shown(e, whole)}`,
          },
        ],
        severity: (margin) => severityOf(margin, new Decimal(whole.value)),
        message: (e) => ({ code: 'rule.fund-parts', params: { label: whole.label, reported: `${whole.raw}${whole.rawUnit}`, expected: ctx.shown(e, whole) } }),
      });
      const change = oneChange(ctx, whole);
      const partChanges = parts.map((p) => oneChange(ctx, p));
      if (!change || partChanges.some((c) => !c)) continue;
      relateChangeSum(ctx, whole, change, partChanges as Figure[], 'rule.fund-changes');
    }
  },
};
