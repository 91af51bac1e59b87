/**
 * Each check on fixture strings: what must be flagged (check, metric, reported) and what must not.
 */
import { describe, expect, it } from 'vitest';
import { checksOf } from '../../test/harness/extract.js';

const flagged: Array<[string, string, string, string]> = [
  // [fixture, check, metric, reported]
  ['“三公”经费预算 4.79 万元，实际支出 2.50 万元，“三公”经费控制率为 44.03%。', 'ratio_mismatch', 'sangong_rate', '44.03'],
  ['调整预算数为 5,008.04 万元，实际支出 5,002.97 万元，预算执行率为 98.9%。', 'ratio_mismatch', 'exec_rate', '98.9'],
  ['我局编制人数 41 人，在编人数 38 人，财政供养人员控制率 93.68%。', 'ratio_mismatch', 'staff_rate', '93.68'],
  ['我局编外人员控制率为 26.67%。后文：编外人员控制率为 29.03%。', 'conflicting_mentions', 'contract_rate', '29.03'],
  [
    '“三公”经费预算 36.08 万元，实际支出 33.45 万元。\n①因公出国（境）费 0.00 万元。\n②公务用车购置费 33.98 万元；公务用车运行费 1.6 万元。',
    'sum_mismatch',
    'sangong_spend',
    '33.45',
  ],
  ['2021 年年初预算为 7,754.78 万元，包括：基本支出预算 1,861.30 万元，项目支出预算 5,993.48 万元。', 'sum_mismatch', 'budget_initial', '7754.78'],
  ['2020 年整体支出 24503.02 万元，其中基本支出 2587.21 万元，项目支出 21915.81 亿元，占总支出的 89.44%。', 'unit_suspect', 'spend_project', '21915.81'],
  ['部门预算收入 24487.38 万元。最终预算经费为 800 万元，占我局预算总数的 12.82%。', 'share_mismatch', '', '12.82'],
  ['“三公”经费预算 19.5 万元，实际开支 8.2 万元，比预算减少 12.3 万元。', 'difference_mismatch', 'sangong_spend', '12.3'],
  ['部门支出预算由 4,755.14 万元调整为 5,008.04 万元，调增金额 262.9 万元。', 'difference_mismatch', '', '262.9'],
  ['全年平均执行率 96.97%。\n第一季度执行率 121.00%，第二季度执行率 86.82%，第三季度执行率 89.76%，第四季度执行率 99.77%。', 'ratio_mismatch', 'quarterly_avg_rate', '96.97'],
  ['第一季度部门预算资金支出进度 26%，第一季度执行率为 114%。', 'ratio_mismatch', 'q1_rate', '114'],
  [
    '资产类别\t原值\t其中：在用\t利用率\n合计\t100.00\t90.00\t90.00%\n一、通用设备\t60.00\t55.00\t91.67%\n二、家具\t45.00\t35.00\t77.78%',
    'sum_mismatch',
    '',
    '100.00',
  ],
  ['项目名称\t调整预算数\t实际支付\t执行率\n培训支出\t8.01\t7.62\t98.15%', 'ratio_mismatch', '', '98.15'],
  ['2021 年度部门整体支出绩效自评报告\n2020 年度因公出国（境）费 0.00 万元。', 'period_mismatch', 'sangong_abroad_spend', '2020'],
];

const clean: Array<[string, string]> = [
  ['7.62/8.01 printed 95.15 %', '项目名称\t调整预算数\t实际支付\t执行率\n培训支出\t8.01\t7.62\t95.15%\n视频前端建设（一期）\t32.00\t28.78\t89.95%'],
  ['a rate against the other budget column', '项目\t指标金额\t计划金额\t已支付金额\t执行率\n网络安全维护费\t176.40\t264.60\t176.40\t100.00%'],
  ['a zero denominator', '“三公”经费预算 0 万元，实际支出 0 万元，“三公”经费控制率 0%。'],
  ['rounded restatements', '政府采购执行率 98.25%。后文：我局 2021 年政府采购执行率 98%。'],
  ['parts short of the whole when some are unstated', '“三公”经费实际开支 8.2 万元，其中公务接待费 0.36 万元，公务用车运行费 7.83 万元。'],
  ['a partial 其中 list', '资产类别\t原值\n二、通用设备\t7,950.83\n其中：1. 车辆\t40.91\n2. 单价100万以上\t6,210.16'],
  ['surveys of different services', '开办企业满意率 100%。群众满意度评价 99.8。'],
  ['budget minus spending', '“三公”经费预算 19.5 万元，实际开支 8.2 万元，比预算减少 11.3 万元。'],
  ['the adjustment amount and ratio', '部门支出预算由 4,755.14 万元调整为 5,008.04 万元，调增金额 252.9 万元，预算调整比例 5.32%。'],
  ['（三） after 2. closes the 2. list (一、 > （一） > 1. > （1）)', '单位：万元\n项目\t合计\t一般公共预算\n（二）公务用车购置及运行维护费\t0.50\t0.50\n1.公务用车购置\t0.00\t0.00\n2.公务用车运行维护费\t0.50\t0.50\n（三）公务接待费\t1.00\t1.00'],
  ['a row ending in a colon heads the numbered rows below it', '经费控制情况（万元）\n\t2022年决算数\t2023年预算数\n三公经费：\t0\t0\n1、公务用车购置和维护经费\t0\t0\n其中：公车购置\t0\t0\n2、出国经费\t0\t0\n3、公务接待\t0\t0\n项目支出：\t874.20\t308.17\n1、业务工作经费\t\t\n2、运行维护经费\t……\t'],
  ['a weight in brackets alone in a label cell is no row numbering', '单位：万元\n一级指标\t二级指标\t三级指标\t得分\n(20分)\t(10分)\t必要性\t5\n\t\t可行性\t5\n\t(10)\t明确性\t5\n\t\t合理性\t5\n\t(10分)\t资金分配\t3\n\t\t资金使用\t4'],
  ['a comparison year is not a period slip', '2021 年度部门整体支出绩效自评报告\n2021 年度部门预算收入 4,755.14 万元，比 2020 年度减少 1,342 万元。'],
];

describe('checks', () => {
  it.each(flagged)('%s → %s', (text, check, metric, reported) => {
    const { flags } = checksOf(text);
    const hit = flags.find((f) => f.check === check && f.reported === reported && (metric === '' || f.metric === metric));
    expect(hit, JSON.stringify(flags.map((f) => [f.check, f.metric, f.reported]))).toBeDefined();
    expect(hit!.evidence.length).toBeGreaterThan(0);
    for (const e of hit!.evidence) expect(e.location.quote.length).toBeGreaterThan(0);
  });

  it.each(clean)('no error or warning: %s', (_name, text) => {
    const { flags } = checksOf(text);
    expect(flags.filter((f) => f.severity !== 'info').map((f) => [f.check, f.metric, f.reported, f.expected])).toEqual([]);
  });

  it('a rate whose inputs the report does not give is unverifiable, not flagged', () => {
    const result = checksOf('三公经费控制率为100%。公用经费控制率为84.50%。');
    expect(result.flags).toEqual([]);
    expect(result.unverifiable.map((f) => f.metric).sort()).toEqual(['public_rate', 'sangong_rate']);
  });

  it('a unit slip raises one flag, not one per check it breaks', () => {
    const { flags } = checksOf('2020 年整体支出 24503.02 万元，其中基本支出 2587.21 万元，项目支出 21915.81 亿元，占总支出的 89.44%。');
    expect(flags.map((f) => f.check)).toEqual(['unit_suspect']);
  });
});
