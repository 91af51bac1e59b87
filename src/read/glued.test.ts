/** Glued form rows cut by their header's columns; a run that can be cut more than one way is not read. */
import { describe, expect, it } from 'vitest';
import { cuts, gluedHeader } from './glued.js';
import { figuresOf, rulesOf } from '../../test/harness/extract.js';

describe('cutting a glued run by its columns', () => {
  it.each([
    ['4860.005120.003716.121072.58%10', 'money money money weight percent score', [['4860.00', '5120.00', '3716.12', '10', '72.58%', '10']]],
    ['4860.005120.003716.12—72.58%—', 'money money money weight percent score', [['4860.00', '5120.00', '3716.12', '—', '72.58%', '—']]],
    ['2018.96', 'weight score', [['20', '18.96']]],
    ['1010', 'weight score', [['10', '10']]],
    ['10095.30', 'weight score', [['100', '95.30']]],
    // 11 could be 1|1 or 11|… : more than one way, or none, is not read.
    ['111', 'weight score', [['1', '11'], ['11', '1']]],
  ])('%s as %s', (run, types, expected) => {
    expect(cuts(run, types.split(' ') as never)).toEqual(expected);
  });

  it('reads a header from the words it names, in order', () => {
    expect(gluedHeader('项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分')?.map((c) => c.name)).toEqual(['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
    expect(gluedHeader('2021年度部门整体支出绩效自评报告')).toBeNull();
  });
});

const FORM = [
  '项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分',
  '年度资金总额:200.00210.00199.501095.00%9.50',
  '一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施',
  '产出指标数量指标培训人次≥500人次520人次2020',
  '质量指标培训合格率≥95%98%3030',
  '效益指标社会效益指标群众满意度≥90%93%2018.5部分群众反映等候时间长',
  '满意度指标服务对象满意度指标学员满意度≥90%95%2020',
  '总分10098.00',
].join('\n');

describe('glued forms', () => {
  it('gives every cell its column', () => {
    const figures = figuresOf(FORM).figures.filter((f) => f.extractor === 'glued');
    expect(figures.map((f) => `${f.label.split(' › ')[1]}=${f.raw}${f.rawUnit}`)).toEqual([
      '年初预算数=200.00', '全年预算数=210.00', '全年执行数=199.50', '分值=10', '执行率=95.00%', '得分=9.50',
      '年度指标值=500人次', '实际完成值=520人次', '分值=20', '得分=20',
      '年度指标值=95%', '实际完成值=98%', '分值=30', '得分=30',
      '年度指标值=90%', '实际完成值=93%', '分值=20', '得分=18.5',
      '年度指标值=90%', '实际完成值=95%', '分值=20', '得分=20',
      '分值=100', '得分=98.00',
    ]);
  });

  it('reads no cells from the signature line under the form', () => {
    const signed = `${FORM}\n填报单位:某某局填报人:王明联系电话:22831590填报日期:2021年3月1日`;
    expect(figuresOf(signed).figures.filter((f) => f.extractor === 'glued')).toHaveLength(24);
  });

  it('has no flag when the form is consistent', () => {
    expect(rulesOf(FORM).flags.map((f) => [f.check, f.reported])).toEqual([]);
  });

  it.each([
    // 10 at 95.00% is within the rounding of a whole score (9.5); 8.50 is not.
    ['a score its rate does not give', '95.00%9.50', '95.00%8.50', 'score_mismatch', '8.50'],
    ['a rate its spending and budget do not give', '199.501095.00%', '199.501098.00%', 'ratio_mismatch', '98.00'],
    ['a total that is not the sum of the scores', '总分10098.00', '总分10092.00', 'score_total_mismatch', '92.00'],
  ])('%s', (_what, from, to, check, reported) => {
    const flags = rulesOf(FORM.replace(from, to)).flags;
    expect(flags.map((f) => [f.check, f.reported])).toContainEqual([check, reported]);
  });
});
