import { ruleCases } from '../../test/harness/rule-cases.js';

ruleCases('change-growth', {
  fires: [
    ['a change in the sentence after a list is about the list’s whole, against the base it states', '2022年基本支出264.72万元，其中人员经费227.22万元，公用经费37.5万元。比2021年预算231.17万元增加33.55万元，增长17.51%。', '17.51', '14.51'],
    ['a change after a list a semicolon closed, against the list’s whole', '机关事务局2013年收支总预算4,471.22万元，其中山庄管理处经费250万元，机关幼儿园经费537.31万元；比2012年预算增加755.18万元，增长25.32%。', '25.32', '20.32'],
    ['a change on the adjusted basis its figure states (同口径)', '全县一般公共预算收入8,552万元，同口径完成地方财政收入10,066万元，同口径增收890万元，同口径增长12.0%。', '12.0', '9.7'],
    ['a change of the total named by its base', '2023年“三公”经费合计28.40万元，其中：公务接待费1.60万元，车辆运行费26.80万元，因公出国(境)费0万元。较2022年“三公”经费合计15.20万元增加12.20万元。', '12.20', '13.20'],
    ['a change and a rate with no comparison word pair with each other', '其中：地方一般公共预算收入完成48200万元，增加5200万元，增长13.90%；上划中央收入完成11800万元，减少300万元，下降2.48%。', '13.90', '12.09'],
    ['a rate its change and the prior level do not give', '2020年度支出合计387.82万元,较上年决算数减少125.51万元,下降34.5%。', '34.5', '24.45'],
    ['a change its two levels do not give', '“三公”经费支出431万元,比上年累计支出433万元减少5万元,下降0.46%。', '5', '2.00'],
    ['the base’s rounding counted once', '公务接待费 0.29 万元，与上年同期相比减少 0.30 万元，下降 60.85%。', '60.85', '50.85'],
    ['the base stated for the comparison wins over the change (4.50 − 3.18 = 1.32)', '“三公”经费支出3.18万元,较年初预算4.50万元减少1.23万元,下降29.33%。', '1.23', '1.32'],
    ['a rate against the budget', '公务接待费支出5.21万元,与2021年度预算相比,减少0.1万元,下降0.006%。', '0.006', '1.88'],
    ['负增长 is a decrease: the prior level is the current plus its change', '上划中央收入完成37.78亿元，减少0.46亿元，负增长1.51%。', '1.51', '1.20'],
    [
      'a change named in the full form of a short name (运维 is 运行维护)',
      '2021年度“三公”经费支出合计40.14万元。其中，公务用车购置及运维费30.93万元；公务接待费9.21万元。公务用车购置及运行维护费较上年减少1.33万元，下降3.71%。',
      '3.71',
      '4.12',
    ],
    ['增收 is a change: the prior level is the current minus it', '2023年一般公共预算收入完成52000万元，比上年增收3000万元，增长9.1%。', '9.1', '6.12'],
    [
      'a change in the next paragraph that names the figure it is about',
      '本单位2022年度“三公”经费财政拨款支出年初预算为30.00万元，支出决算为12.60万元，完成预算的42.00%。\n2022年度“三公”经费财政拨款支出决算数比2021年度减少0.90万元，降低7.14%。',
      '7.14',
      '6.67',
    ],
  ],
  silent: [
    ['an amount over the schedule (超月进度) is no level: the change after it is of the figure before', '8月份，经开区大口径财政收入完成10372万元，占年初预算月进度的212.2%，超月进度5484万元，较上年同月增收6838万元，增长193.5%。'],
    ['an amount over the schedule (超收 after 超平均进度) is not the change from the year before', '税收收入完成22225万元，较上年同期增收1324万元，增长6.3%；非税收入完成23499万元，占年初预算21521万元的109.2%，超平均进度42.5个百分点，超收9152万元。较上年同期增收2611万元，增长12.5%。'],
    ['a comparison 持平 closed is over: the name after it starts a new figure (lines run together)', '公务用车购置费预算安排0万元，与2021年预算持平公务用车运行维护费预算安排8万元，较2021年预算下降42.86%。减少6万元。'],
    ['a change after mis-decoded text (?。ㄒ唬┮…): the figure it is of may be among the lost characters', '本级一般公共预算支出数为459989万元，增支42991万元，增长10.3%。主要项目支出情况如下：?。ㄒ唬┮话愎卜罩С?8639万元，较上年减支5273万元，下降9.8%。'],
    ['a list item that goes on past a semicolon with its own base: its change is the item’s', '2016年三公经费预算拨入33万元，2015年三公经费预算拨入57.55万元，与上年对比减少24.55万元。其中：1、公务接待费2016年预算8万元，2015年预算12.5万元；对比减少4.35万元；减少率35.22%。'],
    ['a change after a list a semicolon closed is about the list’s whole', '机关事务局2013年收支总预算4,471.22万元，含山庄管理处经费250万元，机关幼儿园经费537.31万元；比2012年预算增加755.18万元，增长20.32%。'],
    ['a change on another basis (剔除该项因素) than the figure and change printed before it', '省级“三公”经费决算支出5亿元，比上年减少3.3亿元，下降39.8%。主要原因是部门下划市县管理，剔除该项因素，“三公”经费同比下降8.3%。'],
    ['a change of 增值税 is not about 增值税留抵退税, a figure of another name that starts with it', '全市增值税留抵退税累计完成11亿元。全市增值税减收10亿元，下降34.8%。'],
    ['a change in the next paragraph that holds', '本单位2022年度“三公”经费财政拨款支出年初预算为30.00万元，支出决算为12.60万元，完成预算的42.00%。\n2022年度“三公”经费财政拨款支出决算数比2021年度减少0.90万元，降低6.67%。'],
    [
      'a name two figures of the paragraph before answer to (收入总计 and 本年收入合计) leaves the claim unresolved',
      '2023年度收入总计434.72万元，其中：本年收入合计434.16万元，年初结转和结余0.56万元。\n收入支出总体与上年相比，增加58.21万元，增长15.46%。',
    ],
    [
      'a figure of another year’s paragraph is not what the claim is about',
      '2021年度“三公”经费合计支出20.12万元，其中：公务接待12.39万元，公务用车运行费用7.73万元。\n2022年度“三公”经费预算较2021年度增加1.68万元，其中公务接待较上年同期减少0.58万元，减少4.68%。',
    ],
    [
      'the paragraph that names the whole item, not the nearer one that names a part of it',
      '(二)公务用车购置及运行费支出57.36万元。\n公务用车购置支出0万元，全年购置公务用车0辆。\n公务用车购置及运行费支出决算数比预算数减少17.54万元，下降23.42%。',
    ],
    ['a rate in one bracket and a change against the budget in another', '全旗政府性基金收入预算安排46000万元(其中：旗本级36500万元，下降7%；开发区9500万元，下降2.1%)，比人代会预算安排数减少24000万元(其中：旗本级减少28000万元，开发区增加4000万元)，下降34.3%。'],
    ['110增7降 counts places, it is no change', '全省非税收入完成590.2亿元，增长24.8%。分县看，120个县中110增7降。'],
    ['a base that names the total makes the total the subject, not the last part', '2023年“三公”经费合计28.40万元，其中：公务接待费1.60万元，车辆运行费26.80万元，因公出国(境)费0万元。较2022年“三公”经费合计15.20万元增加13.20万元。'],
    ['the budget a completion rate is of is not the current figure', '2023年1-9月一般公共预算收入41,200万元，为县人民代表大会批准全县全年预算52,300万元的78.78%，比上年同期38,900万元增收2,300万元，增长5.9%。'],
    ['a change that names its subject is about the level whose own label names it', '本部门2023年度收入总计912.40万元，支出总计801.30万元。与2022年决算数相比，收入增加31.20万元、增长3.5%。'],
    ['a claim after a bracket is about the figure before the bracket', '2023年，全县一般公共预算收入累计完成58200万元(其中县本级完成47100万元，园区完成11100万元)，同比增收6300万元，增长12.14%。'],
    ['claims inside a bracket are about the figures inside it', '公务用车购置及运行维护费为300.00万元(其中：公务用车购置费20.00万元，较上年减少30.00万元，下降60.00%；公务用车运行维护费280.00万元，较上年增加10.00万元，增长3.70%)。'],
    ['this year’s and last year’s budgets, then their change and rate', '公务车辆运行2024年预算28万元，2023年预算40.5万元；对比减少12.50万元，减少率30.86%。'],
    [
      'a change whose clause group names its own subject is not about the paragraph’s total',
      '2023年“三公”经费支出决算总额6.20万元，比去年增加1.70万元。其中：因公出国（境）费支出决算比预算无增减变化；公务用车运行维护费支出决算比预算无增减变化，比去年增加1.20万元，增长36.4%。',
    ],
    // wrong-whole: the budget after 相比 is the base, the figure before it the current value.
    ['相比年初预算数的 X is the base', '因公出国（境）费共2.6亿元，相比年初预算数的3.1亿元减少0.5亿元，下降16%。'],
    ['a change and rate that hold', '公务接待费 0.29 万元，与上年同期相比减少 0.30 万元，下降 50.85%。'],
    ['a base stated for the comparison', '“三公”经费支出3.18万元,较年初预算4.50万元减少1.32万元,下降29.33%。'],
    ['a change and a rate compared with different bases are not paired', '2022年“三公”经费支出326.48万元,较年初预算412.00万元减少85.52万元;较上年减少18.37万元,下降5.33%。'],
    [
      'the budget a completion rate is of is a base, not the subject',
      '2021年,全县财政收入累计完成63,332万元,完成年初预算任务71,900万元的88.08%,与上年同期相比减少5,137万元,与上年同期相比下降7.50%。',
    ],
    ['a claim that names its subject is about that figure', '收入总计1265.38万元,其中:本年财政拨款收入1198.60万元,上年结转66.78万元。收入总计较上年增加84.17万元,增长7.13%。'],
    ['收支 together, one change', '2020年度收入总计435.82万元,支出总计435.82万元。收支较上年决算数减少83.71万元、 下降 16.1%。'],
    ['a rate rounded to one decimal', '2020年度支出合计387.82万元,较上年决算数减少125.51万元,下降24.5%。'],
    ['a rate rounded to an integer', '本年收入390.55万元,较2020年度决算数减少175.26万元,下降31%。'],
    ['an increase against the budget', '公务接待费支出16.3万元,与2020年度预算相比,增加1.5万元,增长10.14%。'],
    // change-as-base: 增收 X is the change, never the prior level.
    ['增收 and 增长 that hold', '2023年全县一般公共预算收入完成52000万元，比上年增收3000万元，增长6.1%。'],
    ['减收 is a change', '2023年税收收入完成8600万元，同比减收400万元，下降4.4%。'],
    // different-period: 比2021年 names a base two years back.
    ['a growth against a named earlier year', '2023年度部门决算支出1200万元，比2021年增长20%。2022年支出1100万元，2021年支出1000万元。'],
  ],
});
