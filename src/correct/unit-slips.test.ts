/**
 * Unit slips: a figure that breaks every relation it is in as printed, and none read in the unit meant, is flagged
 * once (unit_suspect) and corrected; a figure whose relations fail either way is wrong, not mis-united.
 */
import { describe, expect, it } from 'vitest';
import { rulesOf } from '../../test/harness/extract.js';

const slips: Array<[string, string, string, string]> = [
  // [why, fixture, reported, expected]
  ['元 for 万元 among its parts and their shares', '2024年项目资金全年预算数2089元:其中中央转移支付资金1777万元,占比85.06%;省级配套资金312万元,占比14.94%。', '2089', '2089 万元'],
  ['亿元 for 万元 beside its change and growth', '2021年度支出合计387.82亿元,较上年决算数减少125.51万元,下降24.45%。', '387.82', '387.82 万元'],
  [
    'either unit mends the rate: the slip is the change in 万元 among changes in 万元 and levels in 亿元',
    '1.增值税完成12.32亿元,增收4300万元,增长3.6%;\n2.营业税完成15.28亿元,减收2.21万元,下降12.6%;\n3.企业所得税完成5.87亿元,减收5611万元,下降8.7%;',
    '2.21',
    '2.21 亿元',
  ],
];

const noSlip: Array<[string, string]> = [
  ['a part that would vanish in 万元 proves nothing: the list holds changes too', '2023年中央本级“三公”经费支出合计30.10亿元，比预算数减少20.50亿元。其中，因公出国（境）费3.10亿元，压缩3.50亿元；公务用车购置及运行费26.20亿元，压缩15.00亿元；公务接待费0.80亿元，压缩2.00亿元。'],
  ['read in 万元 the shares still fail: the figures are wrong, not the unit', '2024年项目资金全年预算数2089元:其中中央转移支付资金1777万元,占比80.06%;省级配套资金312万元,占比14.94%。'],
  ['a per-head standard in 元 beside 万元 totals is in no relation with them', '特殊教育公用经费专项资金6万元,补助学生10人,人均补助标准6000元。'],
  // unit-ok: national and provincial figures are stated in 亿元, and their sums hold in 亿元.
  ['亿元 whose sums hold in 亿元', '2023年全省一般公共预算收入3.25亿元，比上年增长5.2%，其中税收收入2.40亿元，非税收入0.85亿元。'],
];

describe('unit slips', () => {
  it.each(slips)('flags: %s', (_why, text, reported, expected) => {
    const flags = rulesOf(text).flags;
    expect(flags.map((f) => [f.rule, f.check, f.reported, f.expected])).toEqual([['unit-slips', 'unit_suspect', reported, expected]]);
    expect(flags[0]!.evidence.length).toBeGreaterThan(1);
  });

  it.each(noSlip)('silent: %s', (_why, text) => {
    expect(rulesOf(text).flags.filter((f) => f.check === 'unit_suspect')).toEqual([]);
  });

  it('two unit slips in one report are both flagged, each with its own id', () => {
    const flags = rulesOf(`${slips[0]![1]}\n${slips[1]![1]}`).flags;
    expect(flags.map((f) => [f.check, f.reported]).sort()).toEqual([['unit_suspect', '2089'], ['unit_suspect', '387.82']]);
    expect(new Set(flags.map((f) => f.id)).size).toBe(2);
  });

  it('the corrected figure replaces the printed one, which it keeps', () => {
    const { documents } = rulesOf(slips[0]![1]);
    const corrected = documents[0]!.figures.find((f) => f.raw === '2089')!;
    expect(corrected).toMatchObject({ value: '2089', suspect: { check: 'unit_suspect', valueAsPrinted: '0.2089' } });
  });
});
