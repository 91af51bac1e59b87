/**
 * A net value against its gross value and accumulated depreciation, stated together (固定资产净值 6216.38 万元
 * (固定资产原值 6606.25 万元，累计折旧 389.87 万元)): 净值 = 原值 − 累计折旧, an accounting identity. The three
 * must stand in one sentence; a sentence with two 原值 or two 折旧 says nothing.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { severityOf, sub } from '../math/interval.js';
import { unmapped } from '../text/mapped-text.js';
import type { Rule } from './rule.js';

const NET = /净值$/;
const GROSS = /原值$/;
const DEPRECIATION = /(?:累计)?折旧(?:额)?$/;

export const netValues: Rule = {
  id: 'net-values',
  check: 'difference_mismatch',
  description: 'A net value must be its gross value less the accumulated depreciation stated with it.',
  messages: {
    'rule.net-value': {
      zh: '{label}为 {reported}，但原值 {gross} 减累计折旧 {depreciation} 为 {expected}。',
      en: '{label} is {reported}, but the gross value {gross} less depreciation {depreciation} is {expected}.',
    },
  },
  run(ctx) {
    const amounts = ctx.figures.filter((f) => f.kind === 'amount' && f.direction === 0 && !f.comparison);
    const label = (f: Figure) => unmapped(f.label).text.replace(/[（(]/g, '').trim();
    for (const net of amounts.filter((f) => NET.test(label(f)))) {
      const sentence = ctx.place(net)?.sentence;
      const near = amounts.filter((f) => f !== net && ctx.place(f)?.sentence === sentence);
      const gross = near.filter((f) => GROSS.test(label(f)));
      const depreciation = near.filter((f) => DEPRECIATION.test(label(f)));
      if (gross.length !== 1 || depreciation.length !== 1) continue;
      const [g, d] = [gross[0]!, depreciation[0]!];
      ctx.relate({
        check: 'difference_mismatch',
        kind: 'difference',
        stated: net,
        alternatives: [
          {
            inputs: [
              ['gross', g],
              ['depreciation', d],
            ],
            expected: (iv) => sub(iv(g), iv(d)),
            formula: (e) => `${g.raw} − ${d.raw} = ${ctx.shown(e, net)}`,
          },
        ],
        severity: (margin) => severityOf(margin, new Decimal(net.value)),
        message: (e) => ({ code: 'rule.net-value', params: { label: net.label, reported: `${net.raw}${net.rawUnit}`, gross: `${g.raw}${g.rawUnit}`, depreciation: `${d.raw}${d.rawUnit}`, expected: ctx.shown(e, net) } }),
      });
    }
  },
};
