import { ruleCases } from '../../test/harness/rule-cases.js';

const TABLE = '| 项目 | 2021年决算数 | 2022年预算数 | 2022年决算数 |\n| --- | --- | --- | --- |\n| 项目支出 | 667.94 | 622.50 | 622.50 |\n| 公务接待费 | 5.00 | 14.90 | 5.21 |\n';

ruleCases('change-vs-base', {
  fires: [
    ['a change in a paragraph dated 2022, of a figure stated under the section before, against the 2021 figure', '一、2022年“三公”经费预算安排情况\n\n2022年度“三公”经费预算总计21.8万元，其中：公务接待11.8万元，公务用车运行费用10.00万元。\n\n二、2021年“三公”经费决算情况\n\n2021年度“三公”经费合计支出20.12万元，其中：公务接待12.39万元，公务用车运行费用7.73万元。\n\n2022年度“三公”经费预算较2021年度增加1.68万元，其中公务用车运行费用较上年同期增加2.04万元，增长29.37%。', '2.04', '2.27'],
    ['a change against the prior year that the table’s columns do not give', `${TABLE}2022年项目支出622.50万元，比上年减少54.44万元。`, '54.44', '45.44'],
    ['a change against the budget that the table’s columns do not give', `${TABLE}2022年公务接待费支出5.21万元，与预算相比减少0.1万元。`, '0.1', '9.69'],
  ],
  silent: [
    ['a change in a paragraph dated 2022, of a figure stated under the section before, as the two years give it', '一、2022年“三公”经费预算安排情况\n\n2022年度“三公”经费预算总计21.8万元，其中：公务接待11.8万元，公务用车运行费用10.00万元。\n\n二、2021年“三公”经费决算情况\n\n2021年度“三公”经费合计支出20.12万元，其中：公务接待12.39万元，公务用车运行费用7.73万元。\n\n2022年度“三公”经费预算较2021年度增加1.68万元，其中公务用车运行费用较上年同期增加2.27万元，增长29.37%。'],
    ['收支持平 balances revenue and spending: it is no change from the year before', '2019年全县基金收入总额72,716万元，比上年增加29,821万元。基金支出总额72,716万元，比上年42,895万元增加29,821万元，增幅69.52%，收支持平。国有资本经营收入220万元，比上年120万元增加100万元，增长83.33%。'],
    ['two comparisons before one number (words missing): which figure it is of is unclear', '上年度“三公”经费支出24.67万元，其中公务用车运行维护费15.48万元、公务接待费9.18万元。本年“三公”经费支出9.75万元，其中公务用车运行维护费5.98万元、公务接待费3.77万元。车辆运行维护费比上年少公务接待费比上年少9.5万元。'],
    ['the same number printed twice is not last year’s level', '全区一般公共预算收入中，中央补助2210.5亿元，比上年增长6.3%。\n本级收入中，中央补助2210.5亿元。'],
    [
      'a change against a named earlier year’s budget is not against this year’s budget column',
      '| 项目 | 预算数 | 决算数 |\n| --- | --- | --- |\n| 公务接待费 | 18.60 | 18.60 |\n\n公务接待费支出18.60万元，比2022年预算减少3.4万元，下降15.45%。',
    ],
    ['changes the table gives', `${TABLE}2022年项目支出622.50万元，比上年减少45.44万元，公务接待费决算数5.21万元。`],
    // change-as-base: the change is never read as the prior year's level.
    ['增收 beside a prior level stated elsewhere', '2023年全县一般公共预算收入完成52000万元，比上年增收3000万元，增长6.1%。上年一般公共预算收入为49000万元。'],
    ['a change against the budget and one against the prior year, each with its base', '2023年支出合计1200万元，比上年增加100万元，比预算减少50万元。2022年支出合计1100万元。年初预算1250万元。'],
  ],
});
