import { describe, expect, it } from 'vitest';
import { valuesOf } from '../test/harness/extract.js';

// Each case: a fixture as reports print it, and every figure it must give (metric → values in order).
const cases: Array<[string, Record<string, string[]>]> = [
  // Initial budget with its split; the split's category names carry 支出 without meaning spending.
  [
    '我局2021年年初预算（不含基本建设类项目）为7,754.78万元，包括：基本支出预算1,861.30万元（人员经费支出1,757.54万元，日常公用经费支出103.76万元），项目支出预算5,893.48万元。',
    { budget_initial: ['7754.78'], budget_initial_basic: ['1861.3'], budget_initial_personnel: ['1757.54'], budget_initial_public: ['103.76'], budget_initial_project: ['5893.48'] },
  ],
  ['2023年度我局年初部门预算收入4,755.14万元，均为财政拨款。其中，基本支出1,318.82万元、项目支出3,436.31万元。', { budget_initial: ['4755.14'], budget_initial_basic: ['1318.82'], budget_initial_project: ['3436.31'] }],
  ['年初批复预算 985 万元', { budget_initial: ['985'] }],
  // Adjusted budget: 调整预算数, 调整后预算数, 预算调整数, 全年预算数, 年度总指标, 由 X 调整为 Y.
  ['2021 年调整预算数 28,220.95 万元，其中：基本支出调整预算数 1,603.06 万元，项目支出调整预算数 26,617.89 万元。', { budget_adjusted: ['28220.95'], budget_adjusted_basic: ['1603.06'], budget_adjusted_project: ['26617.89'] }],
  ['项目支出中基本建设类项目调整预算数 15,037.51 万元。', { budget_adjusted_capital: ['15037.51'] }],
  ['调整后预算数为5,008.04万元，实际支出5,002.97万元，预算执行率为99.9%。', { budget_adjusted: ['5008.04'], spend_total: ['5002.97'], exec_rate: ['99.9'] }],
  ['部门支出预算由4,755.14万元调整为5,008.04万元，调增金额252.9万元。', { budget_initial: ['4755.14'], budget_adjusted: ['5008.04'] }],
  ['全年预算数 861.46 万元，全年执行数 800.00 万元，执行率 92.87%。', { budget_adjusted: ['861.46'], spend_total: ['800'], exec_rate: ['92.87'] }],
  ['2021 年度我局部门预算年度总指标为 28,220.95 万元，全年预算执行总金额为 28,157.01 万元，年度总预算执行率 99.77%。', { budget_adjusted: ['28220.95'], spend_total: ['28157.01'], exec_rate: ['99.77'] }],
  ['2022年财政预算收入229.63万元，实际支出229.63万元，整体支出完成率为100%。', { budget_adjusted: ['229.63'], spend_total: ['229.63'], exec_rate: ['100'] }],
  // Spending and its split; 决算数 sets the measure for the 其中 list that follows.
  ['2021 年财政拨款支出决算数为 40,161.25 万元。其中：人员经费支出 1,136 万元，公用经费支出 1,694.02 万元，项目支出 37,331.23 万元（其中基本建设类项目 23,783.48 万元）。', { spend_total: ['40161.25'], spend_personnel: ['1136'], spend_public: ['1694.02'], spend_project: ['37331.23'], spend_capital: ['23783.48'] }],
  ['2020 年整体支出 24503.02 万元，其中基本支出 2587.21 万元，人员支出 2477.2 万元，公用支出 110.01 万元，项目支出 21915.81 万元。', { spend_total: ['24503.02'], spend_basic: ['2587.21'], spend_personnel: ['2477.2'], spend_public: ['110.01'], spend_project: ['21915.81'] }],
  ['2022年支出229.63万元，其中，基本支出169.79万元，项目支出59.84万元。', { spend_total: ['229.63'], spend_basic: ['169.79'], spend_project: ['59.84'] }],
  ['项目支出调整预算数为37,427.73 万元，决算数 37,331.23 万元。', { budget_adjusted_project: ['37427.73'], spend_project: ['37331.23'] }],
  ['2023年度我局项目支出调整后预算安排3,725.65万元，实际支出3,724.14万元，项目预算执行率99.96%。', { budget_adjusted_project: ['3725.65'], spend_project: ['3724.14'], project_exec_rate: ['99.96'] }],
  ['执行率(B/A) 95.5%', { exec_rate: ['95.5'] }],
  // Units: 元 and 亿元 normalise to 万元; full-width digits and commas; a number broken over two lines.
  ['年初预算 25,754,899.39 元', { budget_initial: ['2575.489939'] }],
  ['实际支出 1.2 亿元', { spend_total: ['12000'] }],
  ['调整预算数为２８，２２０．９５万元', { budget_adjusted: ['28220.95'] }],
  ['年初预算为51，019.77万元', { budget_initial: ['51019.77'] }],
  ['我局2021年年初预算为 23,260\n万元，均为财政拨款支出，包括：基本支出预算 2,900 万元。', { budget_initial: ['23260'], budget_initial_basic: ['2900'] }],
  ['预算执行率\n99.77%', { exec_rate: ['99.77'] }],
  ['预算执行率为 99.\n77%，执行情况良好。', { exec_rate: ['99.77'] }],
  ['实际支出 1,198.340 万元，调整预算数 1,256.8 万元，预算执行率 95 %。', { spend_total: ['1198.34'], budget_adjusted: ['1256.8'], exec_rate: ['95'] }],
];

// Figures that are not the department's budget or spending.
const traps: string[] = [
  '根据《坪山区财政局关于印发〈坪山区 2021 年政府预算编制方案〉的通知》（深坪财函〔2020〕70 号）有关要求，开展预算编制工作。',
  '二级项目共计 25 个，预算执行率均达到 95%及以上。',
  '该项目预算共支出 194.13 万元，项目执行率仅 24.27%。',
  '我局申请了免费刻制公章经费预算 1800 万元，经统筹收回 1000 万元，最终预算经费为 800 万元。',
  '我局的深圳市公共服务综合信息系统龙岗区驻场技术服务项目预算金额为 250 万。',
  '全年执行二级项目数 48 个，完成二级项目数 48 个，完成率 100%。',
  '2021年我局实现“秒批”事项增至134项，即办率达88%。',
  '本年收入 28,157.01 万元，实际到位资金 900 万元。',
  '预算执行率未达到 90%的需说明原因。',
  '执行率得分=(一季度部门预算支出进度/序时进度25%)×1分',
  '联系电话：0755-28318397',
  '填报日期：2022 年 5 月 8 日',
  '我局资产合计 38,888.48 万元，其中流动资产 30.77 万元、固定资产净值 7,852.94 万元。',
];

describe('budget and spending', () => {
  it.each(cases)('%s', (text, expected) => {
    const got = valuesOf(text);
    for (const [metric, values] of Object.entries(expected)) expect(got[metric], metric).toEqual(values);
  });

  it.each(traps)('no budget figure in: %s', (text) => {
    const got = valuesOf(text);
    const budgetMetrics = Object.keys(got).filter((m) => /^(budget_|spend_|exec_rate|project_exec_rate)/.test(m));
    expect(budgetMetrics, JSON.stringify(got)).toEqual([]);
  });
});

describe('budget tables', () => {
  it('a table of 基本支出 / 项目支出 names its 合计 row the total', () => {
    const got = valuesOf(
      '表 3 部门预算执行情况\n单位：万元\n项目\t年初预算数\t调整预算数\t实际支出\t执行率\n基本支出\t1,861.30\t1,603.06\t1,590.00\t99.19%\n项目支出\t5,893.48\t26,617.89\t26,564.98\t99.80%\n合计\t7,754.78\t28,220.95\t28,154.98\t99.77%',
    );
    expect(got).toMatchObject({
      budget_initial_basic: ['1861.3'],
      budget_adjusted_project: ['26617.89'],
      spend_project: ['26564.98'],
      project_exec_rate: ['99.8'],
      budget_initial: ['7754.78'],
      budget_adjusted: ['28220.95'],
      spend_total: ['28154.98'],
      exec_rate: ['99.77'],
    });
  });

  it('the national project form: 年度资金总额 row with 年初预算数 / 全年预算数 / 全年执行数 / 执行率', () => {
    const got = valuesOf(
      '项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t985.00\t861.46\t800.00\t10\t92.87%\t9.29\n其中：本年财政拨款\t985.00\t861.46\t800.00\t—\t—\t—\n上年结转资金\t0\t0\t0\t—\t—\t—',
    );
    expect(got).toMatchObject({ budget_initial: ['985'], budget_adjusted: ['861.46'], spend_total: ['800'], exec_rate: ['92.87'] });
  });

  it('完成预算的 Z % of a subject is its rate', () => {
    expect(valuesOf('“三公”经费财政拨款支出决算为 7.67 万元，完成预算的 35.7%。')).toMatchObject({ sangong_spend: ['7.67'], sangong_rate: ['35.7'] });
  });
});
