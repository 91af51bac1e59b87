import { describe, expect, it } from 'vitest';
import { headClass, labelColumnRows, startsHeaderRow } from './label-columns.js';
import type { RawCell } from './table-grid.js';

const cells = (...texts: string[]): RawCell[] => texts.map((text) => ({ text, spans: [] }));

describe('header words of a flattened table', () => {
  it.each([
    ['一级指标', 'label'],
    ['三 级 指 标', 'label'],
    ['指标名称', 'label'],
    ['年度指标值', 'target'],
    ['年初目标值(A)', 'target'],
    ['全年实际值', 'target'],
    ['分值', 'figure'],
    ['自评得分', 'figure'],
    ['全年执行数', 'figure'],
    ['偏差原因分析及改进措施', 'note'],
    ['备注', 'note'],
    // Labels of rows are no header words, save those that read like a measure (人数): a header row needs more.
    ['产出指标', null],
    ['数量指标', null],
    ['绩效指标', null],
    ['2,640.00', null],
    ['≥52000人', null],
  ])('%s → %s', (text, kind) => expect(headClass(text)).toBe(kind));

  it.each([
    [['一级指标', '二级指标', '三级指标'], true],
    [['年初预算数', '全年预算数', '全年执行数'], true],
    // Row labels that read like measures (…额, …率) are no header row.
    [['资金总额', '预算执行率', '人员控制率'], false],
    [['一级指标', '二级指标'], false],
  ])('%j starts a header row: %s', (texts, starts) => expect(startsHeaderRow(cells(...texts))).toBe(starts));
});

describe('rows under a header that names its label columns first', () => {
  const texts = (rows: RawCell[][] | undefined) => rows?.map((r) => r.map((c) => c.text));

  it('labels go to the rightmost label columns, figures and remarks to the columns after them', () => {
    const stream = cells(
      '绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因',
      '产出指标', '数量指标', '培训人次', '≥500人次', '520人次', '10', '10', '提前完成',
      '质量指标', '培训合格率', '≥95%', '97%', '10', '9.5', '',
      '总分', '20', '19.5',
    );
    const read = labelColumnRows(stream, 12);
    expect(read?.start).toBe(1);
    expect(texts(read?.rows)).toEqual([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因'],
      ['产出指标', '数量指标', '培训人次', '≥500人次', '520人次', '10', '10', '提前完成'],
      ['', '质量指标', '培训合格率', '≥95%', '97%', '10', '9.5', ''],
      ['', '', '总分', '', '', '20', '19.5', ''],
    ]);
  });

  it('a header with one label column is read by the blank-line reader, not here', () => {
    expect(labelColumnRows(cells('项目', '预算数', '执行数', '执行率', '合计', '100', '95', '95%'), 5)).toBeNull();
  });
});
