import { describe, expect, it } from 'vitest';
import { valuesOf } from '../test/harness/extract.js';

const cases: Array<[string, Record<string, string[]>]> = [
  ['我局年初结转和结余 0.04 万元，本年收入 28,157.01 万元，本年支出 28,157.01 万元，年末收支结余 0.04 万元。', { carryover_begin: ['0.04'], carryover_end: ['0.04'], spend_total: ['28157.01'] }],
  ['2021年初我局财政拨款结转和结余收入决算数为137.32万元，2021年年末财政拨款结转和结余数为160.65万元。', { carryover_begin: ['137.32'], carryover_end: ['160.65'] }],
  ['年末结转结余0万元。', { carryover_end: ['0'] }],
  ['上年结转结余 12.5 万元', { carryover_begin: ['12.5'] }],
];

describe('结转和结余', () => {
  it.each(cases)('%s', (text, expected) => {
    const got = valuesOf(text);
    for (const [metric, values] of Object.entries(expected)) expect(got[metric], metric).toEqual(values);
  });
  it('结转结余率 is not a balance', () => {
    expect(valuesOf('当年无结转结余数，结转结余率为 0%。').carryover_end).toBeUndefined();
  });
});
