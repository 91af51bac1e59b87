import { describe, expect, it } from 'vitest';
import { valuesOf } from '../test/harness/extract.js';

const cases: Array<[string, Record<string, string[]>]> = [
  ['2021 年度日常公用经费调整预算数 81.44 万元，实际支出 79.05 万元，日常公用经费控制率 97.08%。', { public_budget: ['81.44'], public_spend: ['79.05'], public_rate: ['97.08'] }],
  ['2023 年我局日常公用经费调整后预算数 50.69 万元，决算数 47.68 万元，日常公用经费控制率为 94.06%。', { public_budget: ['50.69'], public_spend: ['47.68'], public_rate: ['94.06'] }],
  // 占…的 Z% of the two figures of a rate is that rate.
  ['2021 年日常公用经费预算调整数 1,699.63 万元，实际支出 1,694.02 万元，日常公用经费决算数占日常公用经费调整预算数的 99.67%。', { public_budget: ['1699.63'], public_spend: ['1694.02'], public_rate: ['99.67'] }],
  ['公用经费控制率为84.50%，主要原因是厉行节约。', { public_rate: ['84.5'] }],
  ['我局 2021 年的“三公”经费控制率为 92.7%，日常公用经费控制率为 99.7%。', { sangong_rate: ['92.7'], public_rate: ['99.7'] }],
];

describe('日常公用经费', () => {
  it.each(cases)('%s', (text, expected) => {
    const got = valuesOf(text);
    for (const [metric, values] of Object.entries(expected)) expect(got[metric], metric).toEqual(values);
  });

  it('a threshold in a scoring rule is not a rate', () => {
    expect(valuesOf('根据评分标准“90% ≤日常公用经费控制率≤100%的，得 2 分”，扣 1 分。').public_rate).toBeUndefined();
    expect(valuesOf('日常公用经费控制率为97.08%，超过了控制目标90%。').public_rate).toEqual(['97.08']);
  });
});
