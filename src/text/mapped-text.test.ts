import { describe, expect, it } from 'vitest';
import { normalizeSegments, spansOf, unmapped } from './mapped-text.js';

describe('normalised text keeps its way back to the original', () => {
  it.each([
    ['２８，２２０．９５万元', '28,220.95万元'],
    ['51，019.77万元', '51,019.77万元'],
    ['91%，12项', '91%，12项'],
    ['2021 年 调整预算数 28, 220.95 万元', '2021年调整预算数28,220.95万元'],
    ['执行率\u00a0 95.15 %', '执行率95.15%'],
    ['IT 运维 平台', 'IT运维平台'],
    ['**一是**推进', '一是推进'],
    ['$90\\% \\leq \\text{日常公用经费控制率} \\leq 100\\%$', '90%≤日常公用经费控制率≤100%'],
    ['控制率　为９７．０８％', '控制率为97.08%'],
  ])('%s → %s', (input, output) => {
    expect(normalizeSegments([{ line: 0, text: input }]).text).toBe(output);
  });

  it('joins lines without inventing characters, and maps each character to its line and offset', () => {
    const lines = ['深圳市龙华区政务服务数', '据管理局 1,148', '万元'];
    const mt = normalizeSegments(lines.map((text, line) => ({ line, text })));
    expect(mt.text).toBe('深圳市龙华区政务服务数据管理局1,148万元');
    const at = mt.text.indexOf('1,148');
    expect(spansOf(mt, at, at + 5)).toEqual([{ line: 1, start: 5, end: 10 }]);
    const unit = mt.text.indexOf('万元');
    expect(spansOf(mt, unit, unit + 2)).toEqual([{ line: 2, start: 0, end: 2 }]);
  });
});

describe('traditional characters and glued pinyin', () => {
  it.each([
    ['預(yù)算數(shù)49.9萬元', '预算数49.9万元'],
    ['經(jīng)費支出決算', '经费支出决算'],
    ['執行率(B/A)', '执行率(B/A)'],
    ['目标(a)完成', '目标(a)完成'],
    ['直達（dá）資金', '直达资金'],
  ])('%s → %s', (input, expected) => {
    expect(unmapped(input).text).toBe(expected);
  });

  it('keeps the map to the printed characters', () => {
    const mt = unmapped('預(yù)算數(shù)49.9萬元');
    const at = mt.text.indexOf('49.9');
    expect(mt.offset[at]).toBe('預(yù)算數(shù)'.length);
  });
});
