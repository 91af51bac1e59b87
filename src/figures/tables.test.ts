/** Figures read from tables: each cell's number by its column, its row label and the table's unit. */
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../test/harness/extract.js';

const readings = (text: string) => figuresOf(text).figures.map((f) => `${f.kind} ${f.label} = ${f.value} ${f.unit}`.trim());

describe('figures in tables', () => {
  it.each([
    [
      'counts of people under a form-wide 金额单位 stay counts',
      ['金额单位:万元', '', '财政供养人员情况(人)', '', '| 编制数 | 实际在职人数 | 控制率 |', '| --- | --- | --- |', '| 38 | 40 | 105.26% |'].join('\n'),
      ['headcount 编制数 = 38 人', 'headcount 实际在职人数 = 40 人', 'rate 控制率 = 105.26 %'],
    ],
    [
      'amounts under the same note are 万元',
      ['金额单位:万元', '', '| 项目 | 预算数 | 决算数 |', '| --- | --- | --- |', '| 基本支出 | 120.50 | 118.20 |'].join('\n'),
      ['amount 基本支出 › 预算数 = 120.5 万元', 'amount 基本支出 › 决算数 = 118.2 万元'],
    ],
  ])('%s', (_what, text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});
