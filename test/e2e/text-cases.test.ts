/**
 * Whole audits of short texts through the library, as real reports word them: every rule together, unit slips and
 * the one-flag-per-figure choice included. Each case is one fixture string with what it must flag, or nothing at
 * all (no error or warning): the relations that look comparable but are not.
 */
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../src/api.js';

const audit = (text: string) => auditDocument({ name: 'case.txt', data: text }, { ocr: 'off' });

const flagged: Array<[string, string, string, string]> = [
  // [why, fixture, check, reported]
  ['a control rate its own spending and budget do not give', '“三公”经费调整后预算数4.70万元，实际支出数2.11万元，“三公”经费控制率为44.03%。', 'ratio_mismatch', '44.03'],
  ['parts that do not make their total', '2023年本年支出合计900.00万元，其中基本支出600.00万元，项目支出200.00万元。', 'sum_mismatch', '900.00'],
  ['亿元 where the parts and shares say 万元', '2024年项目资金全年预算数2089亿元:其中中央转移支付资金1777万元,占比85.06%;省级配套资金312万元,占比14.94%。', 'unit_suspect', '2089'],
  ['a share of the whole the words name', '2020年本年支出合计4021.94万元。一般公共预算财政拨款支出1264.92万元,占本年支出合计的33.45%。', 'share_mismatch', '33.45'],
  ['a growth rate its change and level do not give', '2020年度支出合计387.82万元,较上年决算数减少125.51万元,下降34.5%。', 'difference_mismatch', '34.5'],
  ['one figure stated twice', '2023年本部门年初预算数为300.00万元。\n二、预算执行情况\n2023年本部门年初预算数为320.00万元，全年支出290.00万元。', 'conflicting_mentions', '320.00'],
  ['the text’s self-score against its score table', '经自评，本部门2023年度整体支出绩效自评得分95分。\n\n| 一级指标 | 分值 | 得分 |\n| --- | --- | --- |\n| 预算编制 | 20 | 18 |\n| 预算执行 | 30 | 28 |\n| 产出 | 30 | 27 |\n| 效益 | 20 | 19 |\n| 总分 | 100 | 92 |', 'score_total_mismatch', '95'],
];

const clean: Array<[string, string]> = [
  [
    'rates about different subjects (全区 and 区本级 revenue) are different figures',
    '全区一般公共预算总收入410338万元,完成调整后预算的97.3%,下降6.4%。\n区本级一般公共预算总收入221615万元,完成调整后预算的110.8%,下降1.6%。',
  ],
  ['spending of three years, each named', '2023年度部门决算支出1200万元，比2021年增长20%。2022年支出1100万元，2021年支出1000万元。'],
  ['a part listed under one total is not a part of another', '2023年本年支出合计1000.00万元。一般公共预算财政拨款支出900.00万元，其中基本支出600.00万元，项目支出300.00万元。'],
  ['a completion rate is not a share', '2023年全年支出4600万元，占预算的92.0%；其中项目支出1300万元，占年初预算的86.7%。'],
  ['同比增收 is a change against the prior year, not the budget', '非税收入完成6.50亿元，完成年初预算112.1%，同比增收1.87亿元，增长40.2%。'],
  [
    'the numbered items of a list of projects each have their own spending',
    '1、南村农田道路建设项目,铺建砂石路11公里。2021年下达财政专项扶贫资金197万元,截止到2021年12月31日,实际已支付186.98万元,支付完成率为94.91%。\n2、北村旅游扶贫交易市场建设项目,新建30平方米管理用房一座。2021年度下达财政专项扶贫资金108万元,截至2021年12月31日,实际已支付101.59万元,支付完成率为94.06%。',
  ],
];

describe('whole audits of short texts', () => {
  it.each(flagged)('%s', async (_why, text, check, reported) => {
    const report = await audit(text);
    const hit = report.flags.find((f) => f.check === check && f.reported === reported);
    expect(hit, JSON.stringify(report.flags.map((f) => [f.check, f.reported, f.expected]))).toBeDefined();
    for (const e of hit!.evidence) expect(e.location.quote.length).toBeGreaterThan(0);
  });

  it.each(clean)('no error or warning: %s', async (_why, text) => {
    const report = await audit(text);
    expect(report.flags.filter((f) => f.severity !== 'info').map((f) => [f.check, f.metric, f.reported, f.expected])).toEqual([]);
  });
});
