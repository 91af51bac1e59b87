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
  it('a deduction is not the score', () => {
    expect(valuesOf('该项指标扣2分。').self_score).toBeUndefined();
  });
});
