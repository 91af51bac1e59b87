import { describe, expect, it } from 'vitest';
import { valuesOf } from '../test/harness/extract.js';

const cases: Array<[string, string]> = [
  ['按照《2021年度部门整体绩效评价指标评分表》进行自评，自评得分为97.75分。', '97.75'],
  ['2022年，我局整体支出绩效自评情况较好。自评分数为96分。', '96'],
  ['我局认真自评，2020 年度部门整体绩效评价得分为 98.4 分。', '98.4'],
  ['此次我局部门整体绩效自评得分为 95 分，具体得分情况详见附件。', '95'],
  ['经评价，综合评分 92 分，评价等级为优。', '92'],
];

describe('自评得分', () => {
  it.each(cases)('%s', (text, score) => {
    expect(valuesOf(text).self_score).toEqual([score]);
  });
  it('a group score stated with its weight is not the total', () => {
    expect(valuesOf('1.产出指标完成情况:分值30分,自评得分30分。(1)数量指标:分值10分,自评得分10分。').self_score).toBeUndefined();
    expect(valuesOf('项目总分值100分,自评得分91.95分。').self_score).toEqual(['91.95']);
  });
  it('a deduction is not the score', () => {
    expect(valuesOf('该项指标扣2分。').self_score).toBeUndefined();
  });
});
