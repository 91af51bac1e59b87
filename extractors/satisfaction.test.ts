import { describe, expect, it } from 'vitest';
import { valuesOf } from '../test/harness/extract.js';

const cases: Array<[string, Record<string, string[]>]> = [
  ['2021 年，市民群众对我区行政服务大厅的服务平均满意率达 99.87%。', { satisfaction_rate: ['99.87'] }],
  ['“开办企业一窗通”为 4078 家企业提供“半日办结”一站式服务，满意率 100%。', { satisfaction_rate: ['100'] }],
  ['累计办理各类诉求 4.6 万件，满意度评价 99.8。', { satisfaction_rate: ['99.8'] }],
  ['公众满意度为百分之九十五点五。', { satisfaction_rate: ['95.5'] }],
];

describe('满意度', () => {
  it.each(cases)('%s', (text, expected) => {
    expect(valuesOf(text)).toMatchObject(expected);
  });
  it('a scoring tier is not a survey result', () => {
    expect(valuesOf('1. 满意度≥95%的，得6分；2. 90%≤满意度<95%的，得4分。').satisfaction_rate).toBeUndefined();
  });
});
