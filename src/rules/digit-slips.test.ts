/**
 * A broken relation that a one-digit slip of one of its figures mends, pinned down by the relation: the flag names
 * that figure. A relation as loose as a whole percent, or one that several figures' slips would mend, names none.
 */
import { describe, expect, it } from 'vitest';
import { rulesOf } from '../../test/harness/extract.js';
import { oneDigitSlips } from './digit-slips.js';

const cases: Array<[string, string, string | null]> = [
  ['a level with a digit too many, which its change and rate agree on without', '非税收入累计完成12142万元，较上年同期减收1304万元，下降37.8%。', '12142'],
  ['two neighbouring digits swapped in a level (4896 typed 4986)', '税收收入完成4986万元，较上年同期增收590万元，增长13.7%。', '4986'],
  ['a slip that would leave the rate without a base (5490 read as 590 beside 增收590) mends nothing', '税收收入完成5490万元，较上年同期增收590万元，增长13.7%。', null],
  ['a rate no slip of one digit explains', '非税收入累计完成2142万元，较上年同期减收1304万元，下降30.0%。', null],
  ['a relation as loose as a whole percent pins no figure down', '支出总计1741.75万元，完成年初预算100%，决算数大于预算数55.93万元。', null],
];

describe('digit slips', () => {
  it.each(cases)('%s', (_why, text, slipped) => {
    const flags = rulesOf(text).flags.filter((f) => f.severity !== 'info');
    expect(flags.length).toBeGreaterThan(0);
    const named = flags.filter((f) => f.message.code === 'rule.digit-slip').map((f) => String(f.message.params.raw));
    expect(named).toEqual(slipped ? [slipped] : []);
  });

  it.each([
    ['12142', ['2142', '1142', '1242', '1212', '1214', '21142', '11242', '12412', '12124']],
    ['1,304.5', ['304.5', '104.5', '134.5', '130.5', '3104.5', '1034.5', '1340.5']],
    ['7', []],
  ])('the one-digit slips of %s', (raw, slips) => {
    expect(oneDigitSlips(raw).sort()).toEqual([...new Set(slips)].filter((s) => s !== raw.replace(/,/g, '')).sort());
  });
});
