import { ruleCases } from '../../test/harness/rule-cases.js';

ruleCases('part-shares', {
  fires: [
    ['a bare 占比 of the figure before it is of the total its sentence stated right before that figure', '2021年,我区到位统筹整合涉农资金总规模64458.18万元,纳入统筹涉农资金方案资金53043.61万元,占比72.29%。', '72.29', '82.29'],
    ['the shares of amounts named one by one (占…分别为), all but one fitting their sum, one cut off', '分类型看,乐透型彩票2273.37亿元,竞猜型彩票1219.42亿元,视频型彩票440.85亿元,即开型彩票285.22亿元,基诺型彩票1.67亿元,占彩票销售总量的比重分别为53.8%、28.9%、10.4%、6.8%和0.1%。', '0.1', '0.04'],
    ['a share of the whole that the paragraph’s two figures of that name (盟本级, 旗级) add up to', '全盟一般公共预算支出累计完成1000000万元，同比下降1.2%。\n从财政支出完成情况来看，盟本级一般公共预算支出累计完成300000万元；旗级一般公共预算支出累计完成700000万元。财政支出中，民生支出720000万元，占一般公共预算支出的65.0%。', '65.0', '72'],
    ['the shares of 税收 and 非税 of a whole not stated, one of which their sum confirms', '二、分收入结构看：累计完成税收收入30000万元，税收占财政总收入的比重为55.00%；累计完成非税收入20000万元，非税收入占财政总收入比重为40.00%。', '55.00', '60'],
    [
      'shares of a whole named loosely (占收入的), of the total the run of shares opens with',
      '2月份，全县实现财政收入5682万元，下降24.22%。1-2月，全县实现财政收入17056万元，增长14.14%。从收入结构看：税收收入15348万元，占收入的89.99%；非税收入1708万元，占收入的11.01%。',
      '11.01',
      '10.01',
    ],
    ['a share of the whole the words name', '2020年本年支出合计4021.94万元。一般公共预算财政拨款支出1264.92万元,占本年支出合计的33.45%。', '33.45', '31.45'],
    [
      'the whole of the area the share names, stated a paragraph before its parts by level',
      '全县一般公共预算收入完成50,000万元，增长5.0%。\n在全县一般公共预算收入中，县本级一般公共预算收入完成8,000万元；乡镇级一般公共预算收入完成42,000万元。全县一般公共预算收入中，税收收入完成30,000万元，占一般公共预算收入的66.0%。',
      '66.0',
      '60',
    ],
    [
      'the whole stated without 同口径 beside the same whole 同口径',
      '地方一般公共预算收入完成20,000万元，增长6.0%，其中：税收收入完成12,000万元，占一般公共预算收入的62.00%。地方一般公共预算收入(同口径)完成21,000万元，增长9.0%。',
      '62.00',
      '60',
    ],
    ['a weight (比重) in the whole of the list its part is in', '全市一般公共预算收入完成119.19亿元，其中：税收收入完成73.32亿元，税收比重为65.5%。', '65.5', '61.5'],
    [
      'shares of a whole the excerpt does not state, adding up to more than 100 %',
      '1. 基本支出预算 2476260.58 元,占一般公共预算支出的84.06%,同比减少 4966.66 元。\n2. 项目支出 469500 元,占一般公共预算支出的 19.62%,同比增加 70100 元。',
      '19.62',
      '15.94',
    ],
    ['a share of the 其中 list’s whole', '本单位收入为1687.45万元,其中:财政拨款收入1516.64万元,占79.88%;事业收入170.81万元,占10.12%。', '79.88', '89.88'],
    [
      'a share of the whole its words name, stated with the verb 完成',
      '全县一般公共预算收入完成42,600万元，同比增长8.2%。其中税收收入完成25,560万元，占一般公共预算收入的58.00%；非税收入完成17,040万元，占一般公共预算收入的40.00%。',
      '58.00',
      '60',
    ],
    ['a share of the whole printed inside its words (占…X万元的Y%)', '全县13项民生支出合计52,000万元，占一般公共预算支出80,000万元的72%，其中教育支出12,000万元。', '72', '65'],
    ['a share of the whole printed inside its words (占…X万元的比例Y%)', '其中民生支出6,300万元，占全区一般公共预算支出9,000万元的比例63.00%。', '63.00', '70'],
    ['a share of a 分别 run of amounts that its own amount does not give', '2024年，全市政府采购规模为32.72亿元。全市货物、工程、服务政府采购规模分别为14.71亿元、5.65亿元和12.36亿元，占全市政府采购规模比例为44.96%、15.27%和37.77%。', '15.27', '17.27'],
    [
      'shares of the parts of a partition (基本支出, 项目支出) of a whole not stated: the whole is their sum, as the other share confirms',
      '1. 基本支出预算 881300.39 元,占一般公共预算支出的 87.07%,同比减少 4966.66 元。\n2. 项目支出 29700 元,占一般公共预算支出的 3.26%,同比增加 70100 元。',
      '87.07',
      '96.74',
    ],
    [
      'shares of a list of a whole not stated, all but one of which its parts’ sum gives, beside a part of another breakdown',
      '项目支出 5000 元,占支出总预算的 0.50%。\n其中:\n(一)教育支出 600000 元,占支出总预算 66.00%。\n(二)卫生健康支出 250000 元,占支出总预算 25.00%。\n(三)住房保障支出 150000 元,占支出总预算 15.00%。',
      '66.00',
      '60',
    ],
    ['a share of a count of people whose whole is printed inside its words (占…编制数X人的比率)', '本单位年末实际在职人员为120人,占编委核定的编制数150人的比率为85.00%。', '85.00', '80'],
  ],
  silent: [
    ['a bare 占比 after two amounts neither of which names a total says nothing of which is the whole', '2021年,我区到位资金64458.18万元,纳入方案资金53043.61万元,占比72.29%。'],
    ['shares each of its own kind (占同类产品采购规模的) are of as many wholes as parts', '全国强制和优先采购节能、节水产品566.6亿元,占同类产品采购规模的85.7%,全国优先采购环保产品813.5亿元,占同类产品采购规模的85.5%。'],
    ['a share whose part is named before 占 by a name several figures hold is of none of them', '三校上年结转分别为:甲大学上年结转约106.30亿元,乙大学上年结转约100.89亿元,丙大学上年结转约56.28亿元。以乙大学为例,结转经费几乎占上年预算总经费228.16亿元的44.22%。'],
    ['a share of the whole that the paragraph’s two figures of that name add up to, as printed', '全盟一般公共预算支出累计完成1000000万元，同比下降1.2%。\n从财政支出完成情况来看，盟本级一般公共预算支出累计完成300000万元；旗级一般公共预算支出累计完成700000万元。财政支出中，民生支出720000万元，占一般公共预算支出的72.0%。'],
    ['the shares of 税收 and 非税 of a wider whole, none of which their sum gives', '二、分收入结构看：累计完成税收收入30000万元，税收占财政总收入的比重为50.00%；累计完成非税收入20000万元，非税收入占财政总收入比重为33.33%。'],
    ['a share of the part named after the whole it is in (一般公共预算收入中税收占比) is not the whole’s share', '全市地方财政总收入完成50.0亿元，其中，一般公共预算收入完成20.0亿元。一般公共预算收入中地方税收收入完成15.0亿元。一般公共预算收入中税收占比达到75.0%。'],
    ['a share of a count of people whose whole is printed inside its words, as printed', '本单位年末实际在职人员为120人,占编委核定的编制数150人的比率为80.00%。'],
    [
      'shares of two breakdowns of one total, by function then by economic class, more than twelve in all',
      '上半年，全乡公共财政预算支出完成 4000.00万元,主要预算项目执行情况如下:\n1、一般公共服务支出400.00万元,占总支出的10.00%。\n2、教育支出800.00万元,占总支出的20.00%。\n3、卫生健康支出200.00万元,占总支出的5.00%。\n4、农林水支出1600.00万元,占总支出的40.00%。\n5、城乡社区支出600.00万元,占总支出的15.00%。\n6、住房保障支出240.00万元,占总支出的6.00%。\n7、其他支出160.00万元,占总支出的4.00%。\n按照预算编制改革要求，我乡除上述功能分类以外，同时编制了经济分类支出报表，上半年经济分类支出如下：\n1、工资福利支出1240.00万元,占总支出的31.00%。\n2、商品和服务支出560.00万元,占总支出的14.00%。\n3、对个人和家庭的补助440.00万元,占总支出的11.00%。\n4、资本性支出1360.00万元,占总支出的34.00%。\n5、对企业补助280.00万元,占总支出的7.00%。\n6、债务付息支出120.00万元,占总支出的3.00%。',
    ],
    ['shares of a list of a whole not stated, each of which its parts’ sum gives', '项目支出 5000 元,占支出总预算的 0.50%。\n其中:\n(一)教育支出 600000 元,占支出总预算 60.00%。\n(二)卫生健康支出 250000 元,占支出总预算 25.00%。\n(三)住房保障支出 150000 元,占支出总预算 15.00%。'],
    ['shares of a list that leaves a part out: its sum gives each part more than its share', '(一)教育支出 600000 元,占支出总预算 50.00%。\n(二)卫生健康支出 250000 元,占支出总预算 20.83%。\n(三)住房保障支出 150000 元,占支出总预算 12.50%。\n(四)农林水支出 100000 元,占支出总预算 8.00%。'],
    ['shares of the parts of a partition that their sum gives', '1. 基本支出预算 881300.39 元,占一般公共预算支出的 96.74%。\n2. 项目支出 29700 元,占一般公共预算支出的 3.26%。'],
    ['shares of a partition none of which its parts’ sum gives: the parts are of a narrower scope than the whole', '1. 基本支出预算 800000 元,占支出总预算的 80.00%。\n2. 项目支出 100000 元,占支出总预算的 10.00%。'],
    ['shares of a 分别 run of amounts, each of its own amount', '2024年，全市政府采购规模为32.72亿元。从结构上看，全市货物、工程、服务政府采购规模分别为14.71亿元、5.65亿元和12.36亿元，占全市政府采购规模比例为44.96%、17.27%和37.77%。'],
    ['rates of the monthly share of the budget (占年初预算月进度的) are no shares of one whole', '经开区大口径财政收入完成10372万元，占年初预算月进度的212.2%。一般公共预算收入完成911万元，占年初预算月进度的44.3%。税务完成1653万元，占年初预算月进度的52.2%；财政完成8719万元，占年初预算月进度的506.5%。'],
    ['a share of the whole printed inside its words, as printed', '全县13项民生支出合计52,000万元，占一般公共预算支出80,000万元的65%，其中教育支出12,000万元。'],
    ['a figure of part of the area (旗级) is not the whole a share names loosely', '全盟一般公共预算收入310682万元。在全盟一般公共预算收入中，盟本级一般公共预算收入33648万元；旗级一般公共预算收入277034万元。税收收入213251万元，占一般公共预算收入的68.6%。'],
    ['a list under a figure on an adjusted basis (同口径) is of the figure as printed', '全县一般公共预算收入8,552万元，考虑留抵退税因素，同口径完成地方财政收入10,066万元，同口径增长9.7%，其中：税收收入完成5,537万元，非税收入完成3,015万元，非税占比35.3%。'],
    ['a weight (比重) that its list’s whole gives', '全市一般公共预算收入完成119.19亿元，其中：税收收入完成73.32亿元，税收比重为61.5%。'],
    ['a weight on another basis (同口径) is of a whole the text does not state', '全市一般公共预算收入完成119.19亿元，其中：税收收入完成73.32亿元（同口径税收比重64.8%）。'],
    [
      'shares of two breakdowns of one total (by collector, by kind) each make 100 %',
      '从征收部门看，税务部门征收24,000万元，占一般公共预算收入的60.00%；财政部门征收16,000万元，占一般公共预算收入的40.00%。从收入分类看，税收收入22,000万元，占一般公共预算收入的55.00%；非税收入18,000万元，占一般公共预算收入的45.00%。',
    ],
    [
      'a whole smaller than a part listed under it is not the whole of that list',
      '本年支出合计5200.00万元。年末结转结余300.00万元。其中，基本支出1200.00万元、占比23.08%，项目支出3990.00万元、占比76.73%，经营支出10.00万元、占比0.50%。',
    ],
    [
      'two figures of the whole’s name with two values leave the whole unclear',
      '盟本级一般公共预算收入累计完成33,600万元；旗级一般公共预算收入累计完成277,000万元。全盟税收收入累计完成213,000万元，占一般公共预算收入的68.6%。',
    ],
    ['a whole of that name in another city’s paragraph is not this share’s whole', '忻州市全市一般公共预算支出128.40亿元。\n朔州市全市一般公共预算支出69.20亿元，其中民生支出56.70亿元，占一般公共预算支出的81.9%。'],
    ['税收 names 税收收入, not 非税收入', '全县地方一般公共预算收入完成120000万元，其中税收收入84000万元，非税收入36000万元，税收占地方一般公共预算收入的比重为70.0%。'],
    [
      'shares of two breakdowns of one total (项目支出 beside the functional classes) make 100 % without the odd one',
      '项目支出预算 52000 元,占支出总预算的 5.20%。\n(一)教育支出类科目 700000 元,占支出总预算 70.00%。\n(二)卫生健康支出类科目 200000 元,占支出总预算 20.00%。\n(三)住房保障支出类科目 100000 元,占支出总预算 10.00%。',
    ],
    // duplicate-mention: a headline and its body state one part once.
    ['a headline and its body give the same part and share', '全市民生支出980.4亿元 占一般公共预算支出比重达78.2%\n上半年，全市民生支出980.4亿元，占一般公共预算支出比重达78.2%。'],
    // wrong-part: a share that names its part is about the figure of that name.
    ['税收占比 is the tax figure’s, not the last one', '全县一般公共预算收入完成52000万元。其中：税务部门完成36000万元；财政部门完成16000万元。税收占比为69.23%。'],
    ['shares that hold', '本单位收入为1687.45万元,其中:财政拨款收入1516.64万元,占89.88%;事业收入170.81万元,占10.12%;经营收入0万元,占0%。'],
    ['shares of one unstated whole within 100 %', '基本支出2476.26万元,占一般公共预算支出的84.06%;项目支出469.5万元,占一般公共预算支出的15.94%。'],
    ['shares forced to add up to 100 within rounding', '“三公”经费支出决算为57.53万元。其中:公务用车购置及运行费支出决算57.36万元,占99.70%;公务接待费支出决算0.18万元,占0.30%。'],
    // completion-rate-as-share: 占预算的 / 完成预算的 / 为上年的 X % is an item against its own budget or year.
    ['占预算的 X % is a completion rate', '2023年全年支出4600万元，占预算的92.0%；其中项目支出1300万元，占年初预算的86.7%。'],
    ['完成预算的 and 为上年的', '2023年教育支出3200万元，完成预算的104.5%，为上年的98.1%。社会保障和就业支出2100万元，完成预算的99.2%，为上年的103.4%。'],
    // wrong-whole: the whole is the one the words name.
    ['a share of 支出合计 is not a share of the 一般公共预算 spending', '2023年本部门支出合计2500万元，其中基本支出1800万元，占支出合计的72.0%；项目支出700万元，占28.0%。一般公共预算支出2400万元。'],
  ],
});
