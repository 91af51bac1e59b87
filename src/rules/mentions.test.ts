import { ruleCases } from '../../test/harness/rule-cases.js';

ruleCases('mentions', {
  fires: [
    [
      'one budget stated twice with two values',
      '2023年本部门年初预算数为300.00万元。\n二、预算执行情况\n2023年本部门年初预算数为320.00万元，全年支出290.00万元。',
      '320.00',
      '300.00',
    ],
  ],
  silent: [
    ['two paragraphs each about their own fund: a bare 支出 is of its paragraph’s subject', '各项基金中，最大头的是企业职工基本养老保险基金。2013年这部分基金收入20790亿元，完成预算的111%；支出16699亿元，完成预算的101%。\n另一个重要部分是城镇职工基本医疗保险基金。2013年收入6873亿元，完成预算的104%；支出5667亿元，完成预算的105%。'],
    ['a final figure of one fund and of another, the second named in its own sentence before a year’s 0', '2017年预算数3786.71万元，调整数4610.19万元，决算数4610.19万元，增加823.48万元。\n（三）政府性基金预算收支决算情况说明\n2017年政府性基金预算0万元，决算数0万元。'],
    ['one total under the numbered headings of two stages of the budget (年初预算草案, 决算)', '1. 镇人大会议批准的年初预算草案。\n(1)收入总计8000万元。其中:本级收入1200万元,上级补助收入6800万元。\n(2)支出总计8000万元。\n2. 决算情况。\n(1)收入总计9500万元,完成调整预算的105.6%。\n(2)支出总计9500万元。'],
    ['one label twice in one sentence: two clauses of a run, each of its own item', '本年度共采购项目300个，采购计划金额共计60000.00万元，实际采购金额共计50000.00万元，共节约资金10000.00万元，其中货物类采购项目100个，采购计划金额共计30000.00万元，实际采购金额共计24000.00万元，共节约资金6000.00万元；工程类采购项目50个，采购计划金额共计20000.00万元，实际采购金额共计18000.00万元，共节约资金2000.00万元。'],
    ['two items of an inline enumeration (二是…，三是…) each with its own spending', '项目支出分为三个方面，一是管理事务支出，合计80万元，已于本年度支出80万元；二是学前教育支出，合计3000.50万元，已于本年度支出3000.50万元；三是小学教育支出，合计600.20万元，于本年度支出600.20万元。'],
    ['one measure of the whole area and, in the paragraph of the government’s own level, of that level', '全县一般公共预算收入52,000万元，增长5%；加上级补助收入80,000万元，收入总量132,000万元。一般公共预算支出120,000万元，增长3%。\n县本级一般公共预算收入21,000万元，增长2%；加上级补助收入30,000万元，收入总量51,000万元。一般公共预算支出46,000万元，增长1%。'],
    ['rates of two items of a 其中 list with alike labels are two rates', '2024年，当年预算批复指标71.48亿元，已用指标62.09亿元，预算结余9.39亿元，总体执行率87%。其中：县直各部门批复指标39.41亿元，已用指标33.79亿元，预算结余5.62亿元，总体执行率86%；各乡镇批复指标11.49亿元，已用指标7.94亿元，预算结余3.55亿元，总体执行率69%。'],
    ['a figure whose label names only its measure is of its section’s heading ((一)基本支出：)', '二、收入支出预算\n(一)收入预算，2018年年初预算数120.71万元，其中，一般公共预算拨款120.71万元。\n三、一般公共预算拨款支出预算\n(一)基本支出：\n2018年年初预算数为98.71万元，是指为保障单位机构正常运转而发生的各项支出。\n(二)项目支出：\n2018年年初预算重大疾病防控经费22.00万元。'],
    ['a part listed after “X万元中，” is not a second mention of X', '2018年本年支出3629.2万元中，财政拨款支出2131.80万元，占本年支出的58.74%。纳入专户管理的非税收入拨款支出1497.40万元，占本年支出的41.26%。'],
    [
      'completion rates of a fund’s income and of the total’s spending, each of a 决算数 its sentence names',
      '2018年，中央社会保险基金收入预算数676.34亿元，决算数589.67亿元，完成预算的87.2%。本年支出预算数654.83亿元，决算数532.49亿元，完成预算的81.3%。\n一、企业职工基本养老保险基金\n本年收入预算数302.41亿元，决算数303.02亿元，完成预算的100.2%。',
    ],
    [
      'a sentence that opens with 支出 is about what the sentence before it opened with: each fund its own spending',
      '2014年全国社会保险基金收入37667亿元，比上年增长9.1%。支出32581亿元，比上年增长13.9%。企业职工基本养老保险基金收入21489亿元，比上年增长8.1%。支出19117亿元，比上年增长14.5%。工伤保险基金收入613亿元，比上年增长8.9%。支出514亿元，比上年增长15.1%。',
    ],
    [
      'a paragraph that opens with a part of the year (1月至6月) holds it for the sentences after it',
      '全年全省一般公共预算支出5930.32亿元，比上年增长3.7%，完成调整预算的95.36%。\n今年1月至6月，全省一般公共预算收入1439.05亿元，比上年同期增长29.91%。全省一般公共预算支出3078.34亿元，比上年同期增长6.36%，完成调整预算的58.59%。',
    ],
    ['two cities, each named at the head of its line', '忻州市一般公共预算收入完成70.10亿元。全市一般公共预算支出131.20亿元。\n吕梁市一般公共预算收入完成142.30亿元。全市一般公共预算支出150.60亿元。'],
    ['completion rates of revenue and of spending', '一般公共预算收入180.20亿元，增长9.6%，完成全年预算的31.3%。一般公共预算支出226.4亿元，增长12.1%，完成全年预算的32.8%。'],
    ['区本级 and the whole district’s spending', '全区一般公共预算支出48.20亿元。区本级一般公共预算支出31.60亿元。'],
    ['a bare 支出 of one fund is not the total spending', '一般公共预算支出合计52.30亿元。全区政府性基金收入合计40.10亿元，支出18.70亿元。'],
    ['the same value twice', '2023年本部门年初预算数为300.00万元。\n二、预算执行情况\n2023年本部门年初预算数为300.00万元，全年支出290.00万元。'],
    // different-scope: 全区 and 区本级 are two figures.
    ['全区 and 区本级 are different scopes', '区本级年初预算数为300.00万元。全区年初预算数为320.00万元。'],
    ['两个单位 named before their figures', '市林业局2023年“三公”经费支出12.00万元。市水务局2023年“三公”经费支出18.00万元。'],
    // different-period: a year named in the label.
    ['spending of three years', '2023年度部门决算支出1200万元，比2021年增长20%。2022年支出1100万元，2021年支出1000万元。'],
    ['this year and last year, each named', '2023年支出合计1200万元，比上年增加100万元。2022年支出合计1100万元。'],
  ],
});
