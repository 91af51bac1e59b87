/**
 * Figures in running text: each case a sentence as reports print it, and the figures it must give — kind, label,
 * value, unit, and the period, comparison and direction where the words say them. Traps give no figure.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../test/harness/extract.js';

type Want = { kind: string; label?: string; value: string; unit?: string; period?: string; comparison?: string; direction?: number; role?: string };

const cases: Array<[string, Want[]]> = [
  // The year a comparison names (比2013年) is its base's, not the period of the figures after it.
  [
    '其中：因公出国经费预算268.53万元，比2013年预算下降28.53%；公务接待费预算2287.17万元。',
    [
      { kind: 'amount', value: '268.53', period: '' },
      { kind: 'growth', value: '28.53' },
      { kind: 'amount', value: '2287.17', period: '' },
    ],
  ],
  [
    '2022年预算收入69.06万元,其中年初预算57.28万元,调整追加11.78万元。',
    [
      { kind: 'amount', label: '2022年预算收入', value: '69.06', unit: '万元', period: '2022' },
      { kind: 'amount', label: '年初预算', value: '57.28' },
      { kind: 'amount', label: '调整追加', value: '11.78' },
    ],
  ],
  // Traditional characters with pinyin glued in; a share of the figure before it.
  [
    '本單位收入為1687.45萬元,其中:財政撥款收入1516.64萬元,占89.88%;事業(yè)收入170.81萬元,占10.12%。',
    [
      { kind: 'amount', value: '1687.45' },
      { kind: 'amount', label: '財政撥款收入', value: '1516.64' },
      { kind: 'share', value: '89.88', unit: '%' },
      { kind: 'amount', value: '170.81' },
      { kind: 'share', value: '10.12' },
    ],
  ],
  // A change and its rate against the prior year; the prior level stated as a comparison base.
  [
    '2020年度支出合计387.82万元,较上年决算数减少125.51万元,下降24.5%。',
    [
      { kind: 'amount', value: '387.82', period: '2020' },
      { kind: 'amount', value: '125.51', comparison: '比上年', direction: -1 },
      { kind: 'growth', value: '24.5', comparison: '比上年', direction: -1 },
    ],
  ],
  [
    '“三公”经费支出431万元,比上年累计支出433万元减少2万元,下降0.46%。',
    [
      { kind: 'amount', value: '431' },
      { kind: 'amount', value: '433', period: '上年' },
      { kind: 'amount', value: '2', direction: -1 },
      { kind: 'growth', value: '0.46', direction: -1 },
    ],
  ],
  // Against the budget, in numbers and in words; 决算数大于预算数 is a change, not a threshold.
  [
    '公务接待费支出5.21万元,与2021年度预算相比,减少0.1万元,下降0.006%。公务用车购置费0万元,与预算相比无变化。',
    [
      { kind: 'amount', value: '5.21' },
      { kind: 'amount', value: '0.1', comparison: '较预算', direction: -1 },
      { kind: 'growth', value: '0.006', comparison: '较预算' },
      { kind: 'amount', value: '0' },
      { kind: 'amount', value: '0', comparison: '较预算', direction: 0 },
    ],
  ],
  [
    '支出总计1741.75万元;完成年初预算100%,决算数大于预算数55.93万元。',
    [
      { kind: 'amount', value: '1741.75' },
      { kind: 'rate', value: '100', comparison: '较预算' },
      { kind: 'amount', value: '55.93', comparison: '较预算', direction: 1 },
    ],
  ],
  // Units: 亿元 to 万元, a bare amount after a change, a unit cut off by the layout (万 alone).
  ['全市直达资金总额75.20亿元,分配率99.5%。', [{ kind: 'amount', value: '752000', unit: '万元' }, { kind: 'rate', value: '99.5' }]],
  ['收入合计357.21万元,与2023年度相比,减少17.84', [{ kind: 'amount', value: '357.21' }, { kind: 'amount', value: '17.84', direction: -1 }]],
  ['实际支出比预算增加149.83万ycoxx', [{ kind: 'amount', value: '149.83', direction: 1 }]],
  // Staff counts by their words; people served are not staff.
  [
    '本部门共有编制人数3人,实有人数3人。其中:在职人员3人,离休0人,退休0人。',
    [
      { kind: 'headcount', label: '本部门共有编制人数', value: '3', unit: '人' },
      { kind: 'headcount', label: '实有人数', value: '3' },
      { kind: 'headcount', label: '在职人员', value: '3' },
      { kind: 'headcount', label: '离休', value: '0' },
      { kind: 'headcount', label: '退休', value: '0' },
    ],
  ],
  ['共有行政编制4个,参公事业编制2个。', [{ kind: 'headcount', value: '4' }, { kind: 'headcount', value: '2' }]],
  // A bare whole number after 人数 counts people (the unit printed once, at the end of the list, or not at all).
  [
    '编制人数30,其中:行政编制人数12、事业编制人数18人。',
    [
      { kind: 'headcount', label: '编制人数', value: '30', unit: '人' },
      { kind: 'headcount', label: '行政编制人数', value: '12', unit: '人' },
      { kind: 'headcount', label: '事业编制人数', value: '18', unit: '人' },
    ],
  ],
  ['2017年度62名职工工资调标。', [{ kind: 'headcount', label: '职工', value: '62' }]],
  // Scores: a weight in brackets, a score after 得分.
  ['产出指标(50分)', [{ kind: 'weight', label: '产出指标', value: '50', role: '分值' }]],
  ['评价得分别为93.4分、91分、81.5分。', [{ kind: 'score', value: '93.4' }, { kind: 'score', value: '91' }, { kind: 'score', value: '81.5' }]],
  // 上年结转 is this year's revenue, not last year's figure; 节约 is a change, and its 约 is not "about".
  [
    '部门预算收入总计1,256.78万元,其中:财政拨款收入1,200.00万元,上年结转56.78万元。',
    [{ kind: 'amount', value: '1256.78' }, { kind: 'amount', value: '1200' }, { kind: 'amount', label: '上年结转', value: '56.78', period: '' }],
  ],
  ['“三公”经费实际支出9.86万元,比预算节约2.64万元。', [{ kind: 'amount', value: '9.86' }, { kind: 'amount', label: '“三公”经费实际支出 比预算节约', value: '2.64', comparison: '较预算', direction: -1 }]],
  // A change in percentage points is about the rate before it; an achieved 达到 is a result, a target is not.
  ['预算执行率为95.36%,较上年提高2.1个百分点。', [{ kind: 'rate', value: '95.36' }, { kind: 'growth', label: '预算执行率 较上年提高', value: '2.1', unit: '个百分点' }]],
  ['群众满意度达到96.5%,目标值为90%。', [{ kind: 'rate', label: '群众满意度', value: '96.5' }]],
  // A score given is a result even beside the deduction it took; the 满分 after it is that item's weight.
  [
    '预算执行得分18.5分（满分20分），扣1.5分。',
    [{ kind: 'score', label: '预算执行得分', value: '18.5' }, { kind: 'weight', label: '预算执行 满分', value: '20', role: '分值' }],
  ],
  // A standard per unit is a quantity, not an amount in 万元.
  ['冷库仓储3100元每平方米,投资400万元。', [{ kind: 'quantity', value: '3100', unit: '元/平方米' }, { kind: 'amount', value: '400' }]],
  // Under a unit note, label–value lines give amounts.
  ['计划生育转移支付资金合计(万元)\n年度预算资金总额): 1084.25\n其中:中央补助 668.00', [{ kind: 'amount', value: '1084.25' }, { kind: 'amount', label: '中央补助', value: '668' }]],
  // Thousands separated by spaces in prose, right before a unit of money.
  [
    '全年完成一般公共预算收入42 118万元,同比增收2 390万元,增长6%。',
    [
      { kind: 'amount', value: '42118', unit: '万元' },
      { kind: 'amount', value: '2390', direction: 1 },
      { kind: 'growth', value: '6' },
    ],
  ],
  // A number right after an ASCII comma that follows a unit, not a digit.
  [
    '货物、工程、服务采购规模分别为9175.8亿元,17492.4亿元和10302.4亿元。',
    [
      { kind: 'amount', value: '91758000' },
      { kind: 'amount', value: '174924000' },
      { kind: 'amount', value: '103024000' },
    ],
  ],
  // The base of a comparison whose current level is not printed: a figure of that year, and the change after it.
  [
    '清华大学的预算经费增长十分可观,相比2021年的317.28亿元,增加了44.83亿元。',
    [
      { kind: 'amount', value: '3172800', period: '2021' },
      { kind: 'amount', value: '448300', direction: 1 },
    ],
  ],
];

// A Latin full stop with a space after it ends a scoring rule: the statement after it is read.
cases.push([
  '在职人员控制率≤100%,计8分;每超过一个百分点扣0.5分,扣完为止. 本单位年末实际在职人员为120人,占编制数150人的比率为80.00%.',
  [{ kind: 'headcount', value: '120', unit: '人' }, { kind: 'headcount', value: '150' }, { kind: 'share', value: '80', unit: '%' }],
]);

// Measured quantities and the people a project served are its achievements.
cases.push(
  ['铺建砂石路11公里、修建4个桥涵,新建林间道路450平方米。', [{ kind: 'quantity', label: '铺建砂石路', value: '11', unit: '公里' }, { kind: 'quantity', label: '新建林间道路', value: '450', unit: '平方米' }]],
  ['全年救助建档立卡扶贫户临时救助87人次,救助资金30万元。', [{ kind: 'quantity', value: '87', unit: '人次' }, { kind: 'amount', value: '30' }]],
  ['因死亡等原因减少4户10人,实际享受补贴11196户。', [{ kind: 'quantity', label: '实际享受补贴', value: '11196', unit: '户', role: '实际' }]],
);

const traps: string[] = [
  '款列“2012399-其他民族事务支出”，请加强专项资金管理。',
  '科目编码2080505，机关事业单位基本养老保险缴费支出。',
  '接待人数2.5万人次的目标。',
  '学生人数与班级数之比为45。',
  '力争全年预算执行率达到95%以上,确保满意度不低于90%。',
  '国内公务接待共30批次(其中外事接待26批次),579人次。',
  '公务接待3批次,接待16人次,培训16人次。',
  '在园幼儿915名,开展对3-6岁学龄前幼儿的保教工作。',
  '在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止。',
  '重点支出安排率≥90%,计5分;80%(含)-90%,计4分;低于60%不得分。',
  '应急救护师资培训合格人数≥300人。',
  '上传人:李司机 文档编号:6846737 上传时间:2024-03-04 页数:7 大小:19.11KB',
  '联系电话:4216401 填报日期:2023.03.15 设17个内设机构,成立于1958年。',
  'XX年度预算支出910.4\n\n2、7万元',
  '现有预算单位1个,下设3个职能科室。',
  '评价等级分为优(90分及以上)、良(80-89分)、中(60～79分)、差(60分以下)。',
  '预算执行率得分=预算执行率×分值，得分10分，每降低1个百分点扣0.5分。',
  // Units counted where a budget is drawn up (预算编制), not posts (编制).
  '纳入南县财政局部门预算编制范围的单位有3个，分别为机关本级、财政事务中心和国库集中支付中心。',
  // The coefficient of a printed formula (×100%) is no figure.
  '一般公共预算支出实际完成率=本年一般公共预算支出完成数*100%/本年一般公共预算支出预算数。',
  '结转结余率=本年结转结余资金总额×100%/本年一般公共预算支出总额。',
  // A form flattened into one line numbers its rows (行次): the numbers after the names are no amounts.
  '单位：元 收入支出决算总表 项目 行次 金额 一、财政拨款收入 1 二、上级补助收入 2 三、事业收入 3 四、经营收入 4 本年收入合计 5',
];

describe('figures in prose', () => {
  it.each(cases)('%s', (text, wants) => {
    const got = figuresOf(text).figures;
    expect(got.map((f) => f.value)).toEqual(wants.map((w) => w.value));
    wants.forEach((want, i) => expect(got[i]).toMatchObject(want));
  });

  it.each(traps)('no figure in: %s', (text) => {
    expect(figuresOf(text).figures.map((f) => `${f.label}=${f.raw}${f.rawUnit}`)).toEqual([]);
  });

  it('reads no row number (行次) of a form whose rows are paragraphs of their own', () => {
    const text = '资金投入情况（万元）\n\n行次 全年预算数 全年执行数\n\n年度资金总额(万元): 1 52.80 30.80\n\n其中:中央财政资金(万元) 2 52.80 30.80\n\n地方财政资金(万元) 3\n\n其他资金(万元) 4';
    expect(figuresOf(text).figures.map((f) => f.raw)).toEqual(['52.80', '30.80', '52.80', '30.80']);
  });

  it('quotes each figure as printed, with its line', () => {
    const [figure] = figuresOf('一、概况\n2017年度,本單位收入為1687.45萬元。').figures;
    expect(figure!.location.line).toBe(2);
    expect(figure!.location.quote).toContain('1687.45萬元');
  });
});
