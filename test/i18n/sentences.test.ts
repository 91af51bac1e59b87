/**
 * Findings read as sentences (table-driven, one message per case, each a case seen in a real report): a verb in
 * every clause, the same rounding in the message as in the expected column, one percent sign, the unit with the
 * expected value, no doubled quotes, labels without a stray bracket or 80 characters of a form.
 */
import { describe, expect, it } from 'vitest';
import { render } from '../../src/write/render.js';
import { msg } from '../../src/model/status.js';
import '../../src/pipeline.js';
import '../../src/rules/index.js';

describe('findings proofread', () => {
  it.each<[string, ReturnType<typeof msg>, string]>([
    ['a change against the budget has its verb', msg('rule.change-vs-budget', { label: '公務接待費支出', words: '0.1万元', base: '14.9', actual: '5.21', expected: '9.69' }),
      '公務接待費支出：与预算相比的增减，文中写作“0.1万元”，但报告所列预算数 14.9、实际数 5.21，相差 9.69。'],
    ['a rate written in words keeps no extra %', msg('ratio-mismatch', { label: '{satisfaction_rate}', reported: '百分之九十五%', expected: '98.00', margin: '2.995' }),
      '满意度报告为 百分之九十五，按报告自身数据计算应为 98.00%，扣除四舍五入的误差后仍相差 2.995 个百分点。'],
    ['a share gives its expected value with %', msg('share-mismatch', { part: '800万元', whole: '我局预算总数', reported: '12.82%', expected: '3.27' }),
      '800万元“占我局预算总数”的比例报告为 12.82%，按报告自身数据计算应为 3.27%。'],
    ['an interval keeps its bounds after the %', msg('ratio-mismatch', { label: '{exec_rate}', reported: '95.00%', expected: '90.00 [89.9905, 90.0096]', margin: '4.9855' }),
      '预算执行率报告为 95.00%，按报告自身数据计算应为 90.00% [89.9905, 90.0096]，扣除四舍五入的误差后仍相差 4.9855 个百分点。'],
    ['a quoted label that brings its own quotes', msg('table-sum-mismatch', { row: '“三公”经费支出合计', column: '全年预算数', reported: '4.79', expected: '4.70 [4.69, 4.71]' }),
      '表中“‘三公’经费支出合计”的全年预算数为 4.79，但分项合计为 4.70 [4.69, 4.71]。'],
    ['a label with a bracket left open', msg('sum-mismatch', { label: '（人员经费支出', reported: '12万元', expected: '13万元' }),
      '人员经费支出为 12万元，但各组成部分合计为 13万元。'],
    ['a label of a form read as one line', msg('rule.total-weight', { label: '社会效益指标企业把握政治导向和文化方向情况企业把握正确政治导向和文化方向情况的评价可持续影响指标推动企业走出去方面发挥的作用', reported: '80', count: '2', expected: '100' }),
      '“社会效益指标企业把握政治导向和文化方向情况企业把握正确政治导向和文化方向情况的…”的分值为 80，但 2 项分值合计为 100。'],
  ])('%s', (_name, message, zh) => {
    expect(render(message, 'zh')).toBe(zh);
  });
});

describe('a finding says the number its expected column shows', () => {
  it.each([
    // 0.1 ÷ (5.21 + 0.1) × 100 = 1.8754…: 1.88 in the column, and 1.88 in the sentence (not 1.87, rounded down).
    ['公务接待费支出5.21万元，比上年减少0.1万元，下降0.006%。', '1.88'],
  ])('%s', async (text, shown) => {
    const { rulesOf } = await import('../harness/extract.js');
    const [flag] = rulesOf(text).flags;
    expect(flag!.expected.split(' ')[0]).toBe(shown);
    expect(render(flag!.message, 'zh')).toContain(`计算的 ${shown}% 不符`);
  });
});
