/**
 * Each rule on fixture strings: what it must flag (rule check, reported figure, expected) and what it must leave
 * alone — consistent figures, figures consistent within rounding, lists that may be partial.
 */
import { describe, expect, it } from 'vitest';
import { rulesOf } from '../../test/harness/extract.js';

const TABLE = '| 项目 | 2021年决算数 | 2022年预算数 | 2022年决算数 |\n| --- | --- | --- | --- |\n| 项目支出 | 667.94 | 622.50 | 622.50 |\n| 公务接待费 | 5.00 | 14.90 | 5.21 |\n';

const flagged: Array<[string, string, string, string]> = [
  // [fixture, check, reported, expected (start of)]
  // A table's row of changes against its two year rows; the base's rounding counted once (37 ÷ 73 − 1).
  ['单位：万元\n\n| 年度 | 合计 | 车辆购置 | 车辆运行 |\n| --- | --- | --- | --- |\n| 2015年 | 1350 | 73 | 1277 |\n| 2016年 | 996 | 37 | 959 |\n| 2016年比2015年增减% | -26.24 | -47.95 | -24.98 |', 'difference_mismatch', '-47.95', '-49.31 [-50.3402, -48.2758]'],
  ['单位：万元\n\n| 年度 | 合计 | 车辆购置 | 车辆运行 |\n| --- | --- | --- | --- |\n| 2015年 | 1350 | 73 | 1277 |\n| 2016年 | 996 | 37 | 959 |\n| 2016年比2015年增减% | -26.24 | -47.95 | -24.98 |', 'difference_mismatch', '-24.98', '-24.90 [-24.9707, -24.8335]'],
  // Shares of a whole the excerpt does not state, adding up to more than 100 %.
  ['1. 基本支出预算 2476260.58 元,占一般公共预算支出的84.06%,同比减少 4966.66 元。\n2. 项目支出 469500 元,占一般公共预算支出的 19.62%,同比增加 70100 元。', 'share_mismatch', '19.62', '15.94'],
  ['2020年度支出合计387.82万元,较上年决算数减少125.51万元,下降34.5%。', 'difference_mismatch', '34.5', '24.45'],
  ['“三公”经费支出431万元,比上年累计支出433万元减少5万元,下降0.46%。', 'difference_mismatch', '5', '2.00'],
  ['公务接待费 0.29 万元，与上年同期相比减少 0.30 万元，下降 60.85%。', 'difference_mismatch', '60.85', '50.85 [50, 51.695]'],
  // The base stated for the comparison wins over the change: 4.50 − 3.18 = 1.32, and 29.33% is 1.32 ÷ 4.50.
  ['“三公”经费支出3.18万元,较年初预算4.50万元减少1.23万元,下降29.33%。', 'difference_mismatch', '1.23', '1.32'],
  ['公务接待费支出5.21万元,与2021年度预算相比,减少0.1万元,下降0.006%。', 'difference_mismatch', '0.006', '1.88 [0.9496, 2.8012]'],
  ['支出总计1741.75万元;完成年初预算100%,决算数大于预算数55.93万元。', 'ratio_mismatch', '100', '103.32'],
  [
    '全市直达资金总额75.20亿元。其中:中央安排直达资金61.02亿元,分配率99.3%;地方安排直达资金13.78亿元,分配率99.5%。',
    'sum_mismatch',
    '75.20',
    '74.80',
  ],
  ['资产总额6590.02万元,其中流动资产373.64万元,固定资产净值6316.38万元。', 'sum_mismatch', '6590.02', '6690.02'],
  [
    '项目资金(万元)\n年度预算资金总额: 1084.25\n其中:中央补助 668.00\n市级资金 343.00\n本级资金 73.25\n其中:\n甲项资金(万元)\n年度预算资金总额: 763.00\n其中:中央补助 502.00\n市级资金 208.00\n本级资金 53.00\n其中:\n乙项资金(万元)\n年度预算资金总额: 321.25\n其中:中央补助 166.00\n市级资金 136.00\n本级资金 19.25\n',
    'sum_mismatch',
    '343.00',
    '344.00',
  ],
  ['本单位收入为1687.45万元,其中:财政拨款收入1516.64万元,占79.88%;事业收入170.81万元,占10.12%。', 'share_mismatch', '79.88', '89.88'],
  // Group scores whose 满分 make 100 are the whole: the total is their sum (15 + 18.5 + 36 + 22 = 91.5).
  [
    '自评总分为94.5分。其中：预算编制得分15分（满分15分）；预算执行得分18.5分（满分20分），扣1.5分；产出指标得分36分（满分40分），扣4分；效益指标得分22分（满分25分），扣3分。',
    'score_total_mismatch',
    '94.5',
    '91.50',
  ],
  // Shares adding up to 100 % say the list is the whole: parts falling short of it are flagged.
  ['2023年支出合计800.00万元,包括:教育支出500.00万元,占62.50%;卫生健康支出200.00万元,占25.00%;农林水支出80.00万元,占12.50%。', 'sum_mismatch', '800.00', '780'],
  ['2020年本年支出合计4021.94万元。一般公共预算财政拨款支出1264.92万元,占本年支出合计的33.45%。', 'share_mismatch', '33.45', '31.45'],
  // A change against the prior year or the budget that the table's columns do not give.
  [`${TABLE}2022年项目支出622.50万元，比上年减少54.44万元。`, 'difference_mismatch', '54.44', '45.44'],
  [`${TABLE}2022年公务接待费支出5.21万元，与预算相比减少0.1万元。`, 'difference_mismatch', '0.1', '9.69'],
  // The same figure in the text and in the table, two values.
  [`${TABLE}2022年公务接待费决算数5.12万元。`, 'conflicting_mentions', '5.12', '5.21'],
];

/** Unit slips: the figure as printed breaks every relation it is in, and read in the unit meant breaks none. */
const slips: Array<[string, string, string]> = [
  // [fixture, reported, expected]
  ['2024年项目资金全年预算数2089元:其中中央转移支付资金1777万元,占比85.06%;省级配套资金312万元,占比14.94%。', '2089', '2089 万元'],
  ['2021年度支出合计387.82亿元,较上年决算数减少125.51万元,下降24.45%。', '387.82', '387.82 万元'],
];

it('two unit slips in one report are both flagged, each with its own id', () => {
  const flags = rulesOf(
    '2024年项目资金全年预算数2089元:其中中央转移支付资金1777万元,占比85.06%;省级配套资金312万元,占比14.94%。\n2021年度支出合计387.82亿元,较上年决算数减少125.51万元,下降24.45%。',
  ).flags;
  expect(flags.map((f) => [f.check, f.reported]).sort()).toEqual([['unit_suspect', '2089'], ['unit_suspect', '387.82']]);
  expect(new Set(flags.map((f) => f.id)).size).toBe(2);
});

const noSlip: string[] = [
  // Read in 万元 the shares still fail: the figures are wrong, not the unit.
  '2024年项目资金全年预算数2089元:其中中央转移支付资金1777万元,占比80.06%;省级配套资金312万元,占比14.94%。',
  // A per-head standard in 元 beside 万元 totals is in no relation with them.
  '特殊教育公用经费专项资金6万元,补助学生10人,人均补助标准6000元。',
];

const clean: string[] = [
  // Changes computed from the table's own cells, with years named in the header instead.
  '单位：万元\n\n| 项目 | 2015年 | 2016年 | 增减% |\n| --- | --- | --- | --- |\n| 车辆购置 | 73 | 38 | -47.95 |\n| 车辆运行 | 1277 | 958 | -24.98 |',
  // Shares of one unstated whole that may nest (教育支出 inside 财政拨款支出) but stay within 100 %.
  '一般公共预算财政拨款支出1264.92万元,占本年支出合计的31.45%。其中教育支出800万元,占本年支出合计的19.89%。',
  '基本支出2476.26万元,占一般公共预算支出的84.06%;项目支出469.5万元,占一般公共预算支出的15.94%。',
  '公务接待费 0.29 万元，与上年同期相比减少 0.30 万元，下降 50.85%。',
  '“三公”经费支出3.18万元,较年初预算4.50万元减少1.32万元,下降29.33%。',
  // A change and a rate compared with different things are not paired.
  '2022年“三公”经费支出326.48万元,较年初预算412.00万元减少85.52万元;较上年减少18.37万元,下降5.33%。',
  // The budget a completion rate is of (完成…预算任务X的Y%) is a base: the change after it is about the actual.
  '2021年,全县财政收入累计完成63,332万元,完成年初预算任务71,900万元的88.08%,与上年同期相比减少5,137万元,与上年同期相比下降7.50%。',
  // A claim that names its subject is about that figure, not the last one.
  '收入总计1265.38万元,其中:本年财政拨款收入1198.60万元,上年结转66.78万元。收入总计较上年增加84.17万元,增长7.13%。',
  `${TABLE}2022年项目支出622.50万元，比上年减少45.44万元，公务接待费决算数5.21万元。`,
  '本单位收入为1687.45万元,其中:财政拨款收入1516.64万元,占89.88%;事业收入170.81万元,占10.12%;经营收入0万元,占0%。',
  '2020年本年支出合计4021.94万元。一般公共预算财政拨款支出1264.92万元,占本年支出合计的31.45%。',
  // The whole is named but not stated: not checked.
  '专项资金自评涉及资金593,697.88万元,占专项资金支出总额的100%。',
  // Shares forced to add up to 100 stay within rounding: 0.18 ÷ 57.53 = 0.313%.
  '“三公”经费支出决算为57.53万元。其中:公务用车购置及运行费支出决算57.36万元,占99.70%;公务接待费支出决算0.18万元,占0.30%。',
  '2020年度收入总计435.82万元,支出总计435.82万元。收支较上年决算数减少83.71万元、 下降 16.1%。',
  '2020年度支出合计387.82万元,较上年决算数减少125.51万元,下降24.5%。',
  '“三公”经费支出431万元,比上年累计支出433万元减少2万元,下降0.46%。',
  '本年收入390.55万元,较2020年度决算数减少175.26万元,下降31%。',
  '公务接待费支出16.3万元,与2020年度预算相比,增加1.5万元,增长10.14%。',
  '资产总额6590.02万元,其中流动资产373.64万元,固定资产净值6216.38万元(固定资产原值6606.25万元,累计折旧389.87万元)。',
  // A 其中 list of two of several projects may leave others out.
  '项目支出500万元,其中:信息化项目200万元,培训项目100万元。',
  // Group scores whose 满分 do not make 100 may leave groups out.
  '自评总分为90分。其中：预算执行得分18分（满分20分）；产出指标得分36分（满分40分）。',
  '自评总分为91.5分。其中：预算编制得分15分（满分15分）；预算执行得分18.5分（满分20分），扣1.5分；产出指标得分36分（满分40分），扣4分；效益指标得分22分（满分25分），扣3分。',
  // Shares that do not make 100 % leave the list open.
  '项目支出500万元,其中:信息化项目200万元,占40%;培训项目100万元,占20%。',
  // The list ended before the sentence did.
  '实际正式教职工62人,其中副高级职称4人,中级职称25人,初级职称33人,退休职工28人。',
  // Two totals before 其中: a sum that fits one of them is not flagged.
  '当年决算收入总额1036.13万元,支出总额1060.30万元。其中一般公共预算财政拨款支出1035.83万元,其中人员经费586.27万元,公用经费449.56万元。',
  '市本级直达资金45.66亿元,未分配0.32亿元,分配率99.3%。其中:中央安排直达资金39.64亿元,地方安排资金6.02亿元。',
  '完成年初预算100%,决算数大于预算数,主要原因是调资。',
];

describe('rules', () => {
  it.each(flagged)('%s → %s %s', (text, check, reported, expected) => {
    const flags = rulesOf(text).flags;
    const flag = flags.find((f) => f.check === check && f.reported === reported);
    expect(flag, JSON.stringify(flags.map((f) => [f.check, f.reported, f.expected]))).toBeDefined();
    expect(flag!.expected.startsWith(expected)).toBe(true);
    expect(flag!.evidence.length).toBeGreaterThan(1);
    expect(flag!.evidence.every((e) => e.location.quote.length > 0)).toBe(true);
  });

  it.each(slips)('unit slip: %s', (text, reported, expected) => {
    const flags = rulesOf(text).flags;
    expect(flags.map((f) => [f.check, f.reported, f.expected])).toEqual([['unit_suspect', reported, expected]]);
    expect(flags[0]!.evidence.length).toBeGreaterThan(1);
  });

  it.each(noSlip)('no unit slip: %s', (text) => {
    expect(rulesOf(text).flags.filter((f) => f.check === 'unit_suspect')).toEqual([]);
  });

  it.each(clean)('no flag: %s', (text) => {
    const result = rulesOf(text);
    expect(result.flags.map((f) => [f.check, f.reported, f.expected])).toEqual([]);
  });
});
