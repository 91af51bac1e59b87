import { describe, expect, it } from 'vitest';
import { valuesOf } from '../test/harness/extract.js';

const cases: Array<[string, Record<string, string[]>]> = [
  ['截至 2021 年 12 月 31 日，我局固定资产原值 16,228.17 万元，其中在用固定资产原值 16,224.77 万元，固定资产利用率 99.98%。', { asset_fixed_total: ['16228.17'], asset_fixed_in_use: ['16224.77'], asset_util_rate: ['99.98'] }],
  ['2023年度我局固定资产原值总额为8,219.95万元，其中，局本级64.04万元、下属单位8,155.91万元，实际在用固定资产原值总额7,448.7万元，固定资产利用率为90.62%。', { asset_fixed_total: ['8219.95'], asset_fixed_in_use: ['7448.7'], asset_util_rate: ['90.62'] }],
  ['2021年末，我局固定资产账面原值56，603.11万元，均为在用，固定资产利用率为100%。', { asset_fixed_total: ['56603.11'], asset_util_rate: ['100'] }],
  ['闲置的资产由办公室统一调整，至 2020 年末固定资产 4045.8 万元。', { asset_fixed_total: ['4045.8'] }],
  ['本单位资产账与财务账相符，固定资产利用率达到100%。', { asset_util_rate: ['100'] }],
];

const traps = [
  '2021年增加的新购固定资产账面价值51，019.77万元，调拨固定资产账面价值236万元。',
  '我局资产合计 38,888.48 万元，其中固定资产净值 7,852.94 万元。',
  '2021 年度处置（报废、调拨）固定资产一批，净值合计 3,529.82 万元。',
  '固定资产利用率≥90%的，得1分；90%>固定资产利用率≥75%的，得0.7分。',
];

describe('固定资产', () => {
  it.each(cases)('%s', (text, expected) => {
    const got = valuesOf(text);
    for (const [metric, values] of Object.entries(expected)) expect(got[metric], metric).toEqual(values);
  });
  it.each(traps)('no asset figure in: %s', (text) => {
    expect(Object.keys(valuesOf(text)).filter((m) => m.startsWith('asset_'))).toEqual([]);
  });
});
