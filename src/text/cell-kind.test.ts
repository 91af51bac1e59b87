import { describe, expect, it } from 'vitest';
import { cellKey, cellKind, figureSignature } from './cell-kind.js';
import { unmapped } from './mapped-text.js';

describe('what a flattened table cell holds', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['——', 'placeholder'],
    ['-', 'placeholder'],
    ['……', 'placeholder'],
    ['52 ', 'number'],
    ['1,342.49', 'number'],
    ['１２.５', 'number'],
    ['100% ', 'quantity'],
    ['≥300人', 'quantity'],
    ['>=530元/人*月', 'quantity'],
    ['29.5亩', 'quantity'],
    ['99.55分', 'quantity'],
    ['200万', 'quantity'],
    ['1月11號', 'date'],
    ['2023-03-17', 'date'],
    ['2021年   1    月起至     2021    年    12   月止', 'date'],
    // Heading words and labels that hold digits.
    ['2022年', 'text'],
    ['2022年实际在职人数', 'text'],
    ['2021年决算数', 'text'],
    ['投 入(15分)', 'text'],
    ['1、公务用车购置和维护经费', 'text'],
    ['李宁0557-5788003', 'text'],
    ['以100%为标准。在职人员控制率≦100%,计5分;', 'text'],
  ])('%j is %s', (text, kind) => {
    expect(cellKind(text)).toBe(kind);
  });

  it('figures compare by kind and unit', () => {
    expect(['20', '9.3', '3亩', '≥11.376万元', '95%', '5月7號'].map(figureSignature)).toEqual(['n', 'n.', 'q:亩', 'q:万元', 'q:%', 'd']);
  });

  it('keys are the normalised text without white space, with or without the shortcut for text normalising leaves alone', () => {
    for (const text of ['預(yù)算數(shù)', '项 目', '# 标题', '**合计**', '其中：公用经费（万元）', '51，019.77', '１２.５', '>=530元/人*月', '★补助鱼塘面积']) {
      expect(cellKey(text), text).toBe(unmapped(text).text.replace(/\s+/g, ''));
    }
  });
});
