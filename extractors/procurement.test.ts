import { describe, expect, it } from 'vitest';
import { valuesOf } from '../test/harness/extract.js';

const cases: Array<[string, Record<string, string[]>]> = [
  ['我局 2021 年年初政府采购预算金额 5,675.16 万元，调整预算数 4,141.36 万元，采购已支付金额为 4,141.18 万元，政府采购执行率为 100.00%。', { procurement_initial: ['5675.16'], procurement_plan: ['4141.36'], procurement_actual: ['4141.18'], procurement_rate: ['100'] }],
  // 计划采购金额 next to an adjusted amount is the initial budget; alone it is the plan.
  ['我局 2023 年度计划采购金额为 2,128.07 万元，调整后采购金额为 2,039.49 万元，实际采购支出金额为 2,039.49 万元，采购执行率为 100%。', { procurement_initial: ['2128.07'], procurement_plan: ['2039.49'], procurement_actual: ['2039.49'], procurement_rate: ['100'] }],
  ['2021 年度我局政府采购计划金额为 45,674.32 万元，实际采购金额为 44,874.55 万元。政府采购执行率 98.25%。', { procurement_plan: ['45674.32'], procurement_actual: ['44874.55'], procurement_rate: ['98.25'] }],
  ['政府采购年初预算 2,190 万元。', { procurement_initial: ['2190'] }],
  ['我局 2021 年政府采购执行率98%，下一步将进一步提高。', { procurement_rate: ['98'] }],
];

describe('政府采购', () => {
  it.each(cases)('%s', (text, expected) => {
    const got = valuesOf(text);
    for (const [metric, values] of Object.entries(expected)) expect(got[metric], metric).toEqual(values);
  });

  it('the procurement team and its rules are not figures', () => {
    expect(valuesOf('成立 3 人采购小组，明确采购职责。')).toEqual({});
  });
});
