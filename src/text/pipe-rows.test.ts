/** Rows on lines with `|` between cells, where a row whose first cell is merged begins with ` | `. */
import { describe, expect, it } from 'vitest';
import { cellAt, expectCellsTraceable, readText, rowCells } from '../../test/harness/tables.js';

const FORM = [
  '项目名称 | 社区养老服务补助 | | | | | |',
  '项目资金(万元) | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分',
  ' | 年度资金总额 | 500.00 | 480.00 | 456.00 | 10 | 95.00% | 9.5',
  ' | 其中:当年财政拨款 | 500.00 | 480.00 | 456.00 | — | 95.00% | —',
  ' | 其他资金 | | | | — | | —',
  '绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因',
  ' | 产出指标 | 数量指标 | 服务老人人次 | ≥3000人次 | 3120人次 | 20 | 20 |',
  ' | | 质量指标 | 服务合格率 | ≥95% | 97% | 20 | 20 |',
].join('\n');

describe('pipe rows whose first cell is merged', () => {
  it('keeps each line a row and its empty first cell in place', () => {
    const doc = readText(FORM);
    expect(cellAt(doc, '年度资金总额', '全年执行数')).toBe('456.00');
    expect(cellAt(doc, '年度资金总额', '执行率')).toBe('95.00%');
    expect(cellAt(doc, '其中:当年财政拨款', '全年预算数')).toBe('480.00');
    expect(cellAt(doc, '服务合格率', '实际完成值')).toBe('97%');
    expect(cellAt(doc, '服务合格率', '二级指标')).toBe('质量指标');
    expect(rowCells(doc, '年度资金总额')).toEqual(['年度资金总额', '500.00', '480.00', '456.00', '10', '95.00%', '9.5']);
    expectCellsTraceable(doc);
  });
});
