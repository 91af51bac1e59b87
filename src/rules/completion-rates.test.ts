import { ruleCases } from '../../test/harness/rule-cases.js';
import { describe, expect, it } from 'vitest';
import { rulesOf } from '../../test/harness/extract.js';

ruleCases('completion-rates', {
  fires: [
    ['a part’s completion rate after its own budget and final figure (其中…预算…，决算…，完成预算的…)', '2023年“三公”经费预算数为30万元，决算数为24.6万元，完成预算的82%，其中公务接待费预算10.00万元，决算8.20万元，完成预算的72%。', '72', '82.00'],
    ['a rate of the budget stated right after it (为调整预算的…，调整预算为…)', '全年一般公共预算支出完成98765万元，为调整预算的95.5%，调整预算为102345万元。', '95.5', '96.50'],
    ['a progress rate with the year’s budget after it', '截至6月底，项目累计支出资金456.78万元，支出进度为48.68%，全年预算1000万元。', '48.68', '45.68'],
    ['a rate of a target stated right before it (为…目标X亿元的Y%)', '一般公共预算收入累计完成33.82亿元，为市下三季度目标33.23亿元的108.76%。', '108.76', '101.78'],
    ['a rate right after its target with no 的 between', '一般公共预算收入累计完成33.82亿元，为市下三季度目标33.23亿元108.78%。', '108.78', '101.78'],
    ['a rate of use after the funds received and what was used of them (已到位…，使用…，使用率…)', '截至6月30日，专项资金已到位672.44万元，使用600.00万元，使用率100%。', '100', '89.23'],
    ['a progress rate of a bond what was spent of it (专项债券…已支出…，支出进度…)', '截至2022年底，专项债券611万元已支出7.35万元，支出进度为1.12%，主要用于支付设计款。', '1.12', '1.20'],
    ['a payment rate against what was paid and what was not, stated before it', '项目资金已支付1850.10万元，未支70.30万元，支付率95%。', '95', '96.34'],
    ['an execution rate the vocabulary names, over the project’s funds and what was paid of them', '项目资金共2179万元，截止12月8日，已完成拨付2113.63万元，执行率90%。', '90', '97.00'],
    ['a progress rate right after the budget and what was spent of it', '截至12月底，下达我县衔接资金6.20亿元，已支出5.10亿元，支出进度88.5%，结转1.10亿元。', '88.5', '82.26'],
    ['a completion rate its figure and budget do not give', '1-10月全区一般公共预算收入累计完成88600万元，占年初预算数102400万元的84.5%，同比增长6.2%。', '84.5', '86.52'],
    [
      'a part’s execution rate against the part of the budget of that name stated in another paragraph',
      '2022年本部门“三公”经费支出520.40万元，预算执行比例为86.10%。\n其中：因公出国(境)费300.00万元，预算执行比例为70.00%，公务接待费220.40万元，预算执行比例为95.83%。\n2022年本部门“三公”经费预算630.00万元，其中：因公出国(境)费400.00万元，公务接待费230.00万元。',
      '70.00',
      '75',
    ],
  ],
  silent: [
    ['a figure of the same name under 中央预算内投资 (a fund, not a budget) is no budget of the spending', '从支出看，中央本级支出35570.83亿元，完成预算的100%。\n\n2022年，中央预算内投资支出6399.28亿元，其中，中央本级支出1466.78亿元，对地方转移支付4932.5亿元。'],
    ['a rate of an unnamed budget, then a 其中 list whose first part is a fund’s spending (一般公共预算支出)', '全区支出总量2425.6亿元，为预算的115.4%，其中：一般公共预算支出2060.4亿元，债务还本支出41.6亿元。'],
    ['a part’s completion rate its own budget and final figure give', '2023年“三公”经费预算数为30万元，决算数为24.6万元，完成预算的82%，其中公务接待费预算10.00万元，决算8.20万元，完成预算的82%。'],
    ['a rate of the budget its budget after it gives', '全年一般公共预算支出完成98765万元，为调整预算的96.5%，调整预算为102345万元。'],
    ['a budget after a semicolon is the next item’s', '各乡镇批复指标11.49亿元，已用指标7.94亿元，预算结余3.55亿元，总体执行率69%；实拨单位资金预算指标20.58亿元，已用指标20.36亿元。'],
    ['a budget in the next sentence is of what the words do not say', '全年一般公共预算支出完成98765万元，为调整预算的95.5%。年初预算为102345万元。'],
    ['rates of targets that their targets give', '一般公共预算收入累计完成33.82亿元，为市下三季度目标33.23亿元101.78%，为市下全年目标42亿元的80.52%。'],
    ['a target the text sets is no base (目标值为…)', '2023年一般公共预算收入目标为35亿元，完成率95%。'],
    ['a rate of use the funds received and what was used give', '截至6月30日，专项资金已到位672.44万元，使用672.44万元，使用率100%。'],
    ['an execution rate is of the budget, not of the funds received', '截至6月30日，专项资金已到位672.44万元，支出600.00万元，执行率100%。'],
    ['a progress rate of a bond as what was spent of it gives', '截至2022年底，专项债券1700万元已支出1535.17万元，支出进度为90.3%，主要用于支付建设工程款。'],
    ['a payment rate that what was paid and what was not give', '项目资金已支付1850.10万元，未支70.30万元，支付率96.34%。'],
    ['an execution rate that the project’s funds and what was paid of them give', '项目资金共2179万元，截止12月8日，已完成拨付2113.63万元，执行率97%。'],
    ['a progress rate that its budget and spending give', '截至12月底，下达我县衔接资金6.20亿元，已支出5.10亿元，支出进度82.3%，结转1.10亿元。'],
    ['the figure before the spending is no budget (上年支出)', '上年支出6.20亿元，已支出5.10亿元，支出进度88.5%。'],
    ['a completion rate that holds', '1-10月全区一般公共预算收入累计完成88600万元，占年初预算数102400万元的86.5%，同比增长6.2%。'],
    ['a completion rate without its budget', '1-10月全区一般公共预算收入累计完成88600万元，完成年初预算的86.5%。'],
    [
      'two budgets of that name (年初 and 调整) leave the base unknown',
      '2022年本部门“三公”经费支出520.40万元，预算执行比例为86.10%。\n2022年本部门“三公”经费年初预算600.00万元。\n2022年本部门“三公”经费调整预算640.00万元。',
    ],
    ['a budget of another year is not the base', '2022年本部门“三公”经费支出520.40万元，预算执行比例为86.10%。\n2021年本部门“三公”经费预算500.00万元。'],
    ['a rate that does not say it is of the budget', '2022年本部门“三公”经费支出520.40万元，为上年的86.10%。\n2022年本部门“三公”经费预算500.00万元。'],
    ['a growth beyond a bound is not a completion rate', '2023年财政拨款实际支出45800万元，比年初预算的20400万元，增幅超过了100%。'],
  ],
});

describe('a vocabulary rate checked from its own sentence', () => {
  it('is verified, not listed as unverifiable', () => {
    const findings = rulesOf('项目资金共2179万元，截止12月8日，已完成拨付2113.63万元，执行率97%。');
    expect(findings.relations.map((r) => [r.rule, r.verdict])).toEqual([['completion-rates', 'holds']]);
    expect(findings.unverifiable).toEqual([]);
  });
});
