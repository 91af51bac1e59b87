import { describe, expect, it } from 'vitest';
import { valuesOf } from '../test/harness/extract.js';

const cases: Array<[string, Record<string, string[]>]> = [
  ['2021 年度“三公”经费预算 21.50 万元，实际支出 7.67 万元，三公经费控制率 35.66%，经费控制情况良好。', { sangong_budget: ['21.5'], sangong_spend: ['7.67'], sangong_rate: ['35.66'] }],
  ['“三公”经费调整后预算数 4.79 万元，“三公”经费实际支出数 2.11 万元，“三公”经费控制率为 44.03%。', { sangong_budget: ['4.79'], sangong_spend: ['2.11'], sangong_rate: ['44.03'] }],
  ['2021 年"三公"经费预算调整预算数 36.08 万元，实际支出 33.45 万元，"三公"经费控制率 92.71%。', { sangong_budget: ['36.08'], sangong_spend: ['33.45'], sangong_rate: ['92.71'] }],
  ['三公 经费预算 19.5 万元，实际开支 8.2 万元。', { sangong_budget: ['19.5'], sangong_spend: ['8.2'] }],
  // In the 年初预算 passage the 三公 budget and its parts are initial budgets.
  [
    '我局2021年年初预算为7,754.78万元。其中，2021 年“三公”经费预算为 21.50 万元，包括：因公出国（境）费用预算 0 万元，公务接待费预算 3.50 万元，公务用车购置与运行维护费预算 18.00 万元。',
    { budget_initial: ['7754.78'], sangong_budget_initial: ['21.5'], sangong_abroad_budget_initial: ['0'], sangong_reception_budget_initial: ['3.5'], sangong_vehicle_budget_initial: ['18'] },
  ],
  ['2021 年“三公”经费年初预算为 4 万元', { sangong_budget_initial: ['4'] }],
  // Parts named alone in a spending passage are what was spent.
  ['2021 年度公务接待费 0.29 万元，与上年同期相比减少 0.30 万元，下降 50.85%。', { sangong_reception_spend: ['0.29'] }],
  ['2021年度“三公”经费合计支出20.12万元，其中：因公出国(境)经费0万元，公务接待12.39万元，公务用车运行费用7.73万元。', { sangong_spend: ['20.12'], sangong_reception_spend: ['12.39'], sangong_vehicle_running_spend: ['7.73'] }],
  ['2021 年度公务用车购置费 0 万元，当年未购置车辆；公务用车运行维护费 7.37 万元。', { sangong_vehicle_purchase_spend: ['0'], sangong_vehicle_running_spend: ['7.37'] }],
  ['2020 年度因公出国（境）费\n0.00 万元。', { sangong_abroad_spend: ['0'] }],
  ['公务接待费预算数 0.5 万元，由于受疫情影响，本年度无公务接待费支出。', { sangong_reception_budget: ['0.5'] }],
];

describe('“三公”经费', () => {
  it.each(cases)('%s', (text, expected) => {
    const got = valuesOf(text);
    for (const [metric, values] of Object.entries(expected)) expect(got[metric], metric).toEqual(values);
  });

  it('a difference against last year is a claim, not a figure', () => {
    const got = valuesOf('公务用车运行费 1.6 万元，与上年同期对比减少 0.21 万元。');
    expect(got).toEqual({ sangong_vehicle_running_spend: ['1.6'] });
  });
});
