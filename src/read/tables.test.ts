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
    [
      'a table without a unit note whose numbers repeat the text’s amounts, by year, with a row of changes in percent',
      [
        '2016年“三公”经费决算数2364万元，其中因公出国（境）经费12万元，公务接待费1356万元。',
        '',
        '| 年度 | 合计 | 因公出国(境)经费 | 公务接待费 | 车辆运行 |',
        '| --- | --- | --- | --- | --- |',
        '| 2015年 | 2840 | 90 | 1400 | 1277 |',
        '| 2016年 | 2364 | 12 | 1356 | 959 |',
        '| 2016年比2015年增减% | -16.77 | -86.62 | -3.14 | -24.90 |',
      ].join('\n'),
      [
        'amount 2016年“三公”经费决算数 = 2364 万元', 'amount 因公出国（境）经费 = 12 万元', 'amount 公务接待费 = 1356 万元',
        'amount 2015年 › 合计 = 2840 万元', 'amount 2015年 › 因公出国(境)经费 = 90 万元', 'amount 2015年 › 公务接待费 = 1400 万元', 'amount 2015年 › 车辆运行 = 1277 万元',
        'amount 2016年 › 合计 = 2364 万元', 'amount 2016年 › 因公出国(境)经费 = 12 万元', 'amount 2016年 › 公务接待费 = 1356 万元', 'amount 2016年 › 车辆运行 = 959 万元',
        'growth 2016年比2015年增减% › 合计 = -16.77 %', 'growth 2016年比2015年增减% › 因公出国(境)经费 = -86.62 %', 'growth 2016年比2015年增减% › 公务接待费 = -3.14 %', 'growth 2016年比2015年增减% › 车辆运行 = -24.9 %',
      ],
    ],
  ])('%s', (_what, text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});
