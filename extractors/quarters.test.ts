import { describe, expect, it } from 'vitest';
import { valuesOf } from '../test/harness/extract.js';

const cases: Array<[string, Record<string, string[]>]> = [
  [
    '一至四季度执行金额分别为 1,668.65 万元、3,130.5 万元、4,272.61 万元、5,002.97 万元，对应一至四季度预算执行进度分别为 33.32%、62.51%、85.32%和 99.9%，各季度预算时序执行率分别为 133.28%、125.02%、113.75%和 99.9%。',
    {
      q1_spend: ['1668.65'], q2_spend: ['3130.5'], q3_spend: ['4272.61'], q4_spend: ['5002.97'],
      q1_progress: ['33.32'], q2_progress: ['62.51'], q3_progress: ['85.32'], q4_progress: ['99.9'],
      q1_rate: ['133.28'], q2_rate: ['125.02'], q3_rate: ['113.75'], q4_rate: ['99.9'],
    },
  ],
  ['第一季度部门预算资金支出进度 26%，当季序时进度 25%，第一季度执行率为 104%；', { q1_progress: ['26'], q1_rate: ['104'] }],
  ['第三季度部门预算资金支出进度 78.8%，当季序时进度75%，第三季度执行率为 105.07%。', { q3_progress: ['78.8'], q3_rate: ['105.07'] }],
  ['一季度至四季度累计支出进度分别为 20%、45%、70%、98%。', { q1_progress: ['20'], q2_progress: ['45'], q3_progress: ['70'], q4_progress: ['98'] }],
  ['年度总预算执行率 99.77%，全年平均执行率 96.97%。', { exec_rate: ['99.77'], quarterly_avg_rate: ['96.97'] }],
  // A quarter table: quarters across, measures down.
  [
    '季度 情况\t第一季度\t第二季度\t第三季度\t第四季度\t全年平均执行率\n当季实际支出（万元）\t4,662.72\t12,250.69\t18,999.49\t28,157.01\t\n资金支出进度\t30.25%\t43.41%\t67.32%\t99.77%\t99.34%\n分季执行率\t121.00%\t86.82%\t89.76%\t99.77%\t',
    { q1_spend: ['4662.72'], q4_spend: ['28157.01'], q2_progress: ['43.41'], q3_rate: ['89.76'], quarterly_avg_rate: ['99.34'] },
  ],
  // The same table transposed: quarters down, measures across.
  [
    '季度\t支出金额（万元）\t支出进度\t执行率\n第一季度\t100.00\t20.00%\t80.00%\n第二季度\t250.00\t50.00%\t100.00%',
    { q1_spend: ['100'], q1_progress: ['20'], q1_rate: ['80'], q2_spend: ['250'], q2_progress: ['50'], q2_rate: ['100'] },
  ],
];

describe('季度执行', () => {
  it.each(cases)('%s', (text, expected) => {
    const got = valuesOf(text);
    for (const [metric, values] of Object.entries(expected)) expect(got[metric], metric).toEqual(values);
  });
  it('序时进度 is a target, not progress', () => {
    expect(valuesOf('当季序时进度 25%。')).toEqual({});
  });
});

describe('季度执行, lists without 分别为', () => {
  it('a quarter named alone takes the measure just used', () => {
    expect(valuesOf('一季度支出进度25.3%，二季度48.6%，三季度70.1%，四季度98.2%。')).toMatchObject({
      q1_progress: ['25.3'],
      q2_progress: ['48.6'],
      q3_progress: ['70.1'],
      q4_progress: ['98.2'],
    });
  });
});
