import { ruleCases } from '../../test/harness/rule-cases.js';

ruleCases('parts-sum', {
  fires: [
    ['a total that closes its sentence’s list (收入总计) is the sum of the items before it, 其中 items left out', '全县一般公共预算收入8,552万元、上级补助收入300,259万元（其中：返还性收入1,755万元、一般性转移支付补助157,252万元、专项转移支付补助141,252万元），上年结转收入2,889万元，调入资金1,176万元，收入总计322,876万元。全县一般公共预算支出282,509万元、上解支出4,345万元、债务还本支出19,995万元，支出总计306,849万元。收支相抵年终结余6,027万元。', '322876', '312876'],
    ['收支相抵 is 收入总计 less 支出总计', '全县一般公共预算收入8,552万元、上级补助收入300,259万元（其中：返还性收入1,755万元、一般性转移支付补助157,252万元、专项转移支付补助141,252万元），上年结转收入2,889万元，调入资金1,176万元，收入总计312,876万元。全县一般公共预算支出282,509万元、上解支出4,345万元、债务还本支出19,995万元，支出总计306,849万元。收支相抵年终结余12,000万元。', '12000', '6027'],
    ['已分配 and 未分配 after a total are all of it, with no 其中', '全县直达资金合计12.60亿元，已分配11.90亿元，未分配0.50亿元，分配率94.4%。', '12.60', '12.40'],
    ['staff by post after the staff in service', '人员概况：在职人员52人，专业技术人员38人、管理人员6人，工勤人员12人。', '52', '56'],
    [
      'a list whose parts each state their change (增加/减少) runs on past the change words',
      '累计完成一般公共预算收入60000万元，其中：税收收入40000万元，增加2000万元；非税收入15000万元，减少300万元；上划收入6000万元，增加100万元。',
      '60000',
      '61000',
    ],
    [
      'two 其中 parts above their whole',
      '全市直达资金总额75.20亿元。其中:中央安排直达资金61.02亿元,分配率99.3%;地方安排直达资金13.78亿元,分配率99.5%。',
      '75.20',
      '74.80',
    ],
    ['a complete partition (流动 + 固定) that falls short', '资产总额6590.02万元,其中流动资产373.64万元,固定资产净值6316.38万元。', '6590.02', '6690.02'],
    [
      'blocks of one shape against their total block',
      '项目资金(万元)\n年度预算资金总额: 1084.25\n其中:中央补助 668.00\n市级资金 343.00\n本级资金 73.25\n其中:\n甲项资金(万元)\n年度预算资金总额: 763.00\n其中:中央补助 502.00\n市级资金 208.00\n本级资金 53.00\n其中:\n乙项资金(万元)\n年度预算资金总额: 321.25\n其中:中央补助 166.00\n市级资金 136.00\n本级资金 19.25\n',
      '343.00',
      '344.00',
    ],
    [
      'shares adding up to 100 % say the list is the whole',
      '2023年支出合计800.00万元,包括:教育支出500.00万元,占62.50%;卫生健康支出200.00万元,占25.00%;农林水支出80.00万元,占12.50%。',
      '800.00',
      '780',
    ],
  ],
  silent: [
    ['what has been paid (已拨付) is not a part of the allocation beside its fee; 统筹整合使用 names the fund, not spending', '统筹整合使用财政涉农资金107.13万元，其中项目管理费1.07万元，目前项目资金已拨付106.36万元。'],
    ['a list whose first item is printed without its amount (…收入加上…) is not summed', '县级一般公共预算收入加上预计上级各类补助收入124392万元、新增地方政府债券收入13000万元、调入结转结余资金收入21226万元，收入合计231838万元。'],
    ['the retired are not part of the staff paid in service (供养人员)', '编制总数25人。实际财政供养人员22人，其中在职22人，退休9人（已转由社保局发放退休金）。'],
    ['a 合计 of things its own label names (进口货物增值税、消费税和关税合计) is no total of the items before it', '国内增值税33223.3亿元，为预算的92.1%；国内消费税16532.15亿元，为预算的95.9%；进口货物增值税、消费税和关税合计21628.75亿元，为预算的94.2%。'],
    ['a list that began in the sentence before (加上解…) is not summed from its middle', '一般公共预算支出637000万元。加上解省支出2419万元、债务还本支出24374万元、安排预算稳定调节基金12150万元，支出合计675930万元。'],
    ['an aside in brackets is not an item; an item may count by its 其中 part', '全区一般公共预算总收入410338万元，其中地方一般公共预算收入271630万元；加上级补助收入120846万元，上年结余收入42690万元，收入合计435166万元。一般公共预算支出361315万元，加上解上级支出52441万元，安排预算稳定调节基金28478万元（累计稳定调节基金43429万元），支出合计442234万元。'],
    ['收入总计, 支出总计 and the balance that all hold', '全县一般公共预算收入8,552万元、上级补助收入300,259万元（其中：返还性收入1,755万元、一般性转移支付补助157,252万元、专项转移支付补助141,252万元），上年结转收入2,889万元，调入资金1,176万元，收入总计312,876万元。全县一般公共预算支出282,509万元、上解支出4,345万元、债务还本支出19,995万元，支出总计306,849万元。收支相抵年终结余6,027万元。'],
    ['a 收入总计 after items that flow out (支出) is a balance sentence, not a list', '本年收入100万元，本年支出80万元，上年结转20万元，收入总计120万元。'],
    ['one item before and after an adjustment is not two parts', '省级一般公共预算总支出由3600.0亿元调整为3950.0亿元，其中转移性支出由2760.0亿元调整为3110.0亿元，调增350.0亿元。'],
    ['在职 and 退休 after the 编制数 are not its parts', '我局实有编制数45人，2023年末在职人数41人、离退休人数60人。'],
    ['a 包括 clause lists kinds, then the 其中 list goes on', '“三公”经费支出合计30.00万元。其中：公务用车运行维护费支出12.00万元，主要包括燃料费、维修费；公务接待费支出18.00万元。'],
    ['a list with reductions (调减) does not add up to its net total', '下达我单位资金2.10万元，其中：造林补助1.80万元，森林抚育补助调减1.20万元，公益林补偿1.50万元。'],
    ['a list whose page hides an amount', '下达我单位资金6.00万元，其中：造林补助 点击查看>> 万元，公益林补偿2.50万元，退耕还林补助4.50万元。'],
    ['thresholds are not parts (收入过 X 亿元的县)', '全省收入过10亿元的县达到96个，其中收入过30亿元的41个，过50亿元的18个。'],
    ['siblings added after the list (加上级补助收入…收入合计)', '全镇一般公共预算收入5200万元，其中税收收入3100万元；加上级补助收入2600万元，上年结余收入300万元，收入合计为8100万元。'],
    ['a 其中 after a numbered reason does not take that reason as its whole', '收入预算总额为8600.00万元，原因是：1、人员增加；2、本年增加了其他资金预算8000.00万元。其中：财政拨款收入590.00万元；其他收入8000.00万元。'],
    ['revenue is not a part of spending', '政府性基金收入1200万元，其中国有土地使用权出让收入1000万元，城市基础设施配套费收入150万元；完成政府性基金支出3900万元。'],
    ['a complete partition that holds, with a bracket after it', '资产总额6590.02万元,其中流动资产373.64万元,固定资产净值6216.38万元(固定资产原值6606.25万元,累计折旧389.87万元)。'],
    ['a 其中 list of two of several projects may leave others out', '项目支出500万元,其中:信息化项目200万元,培训项目100万元。'],
    ['shares that do not make 100 % leave the list open', '项目支出500万元,其中:信息化项目200万元,占40%;培训项目100万元,占20%。'],
    ['a list that ended before the sentence did', '实际正式教职工62人,其中副高级职称4人,中级职称25人,初级职称33人,退休职工28人。'],
    [
      'two totals before 其中: a sum that fits one of them',
      '当年决算收入总额1036.13万元,支出总额1060.30万元。其中一般公共预算财政拨款支出1035.83万元,其中人员经费586.27万元,公用经费449.56万元。',
    ],
    ['parts that fit, in 亿元', '市本级直达资金45.66亿元,未分配0.32亿元,分配率99.3%。其中:中央安排直达资金39.64亿元,地方安排资金6.02亿元。'],
    // unit-ok: 亿元 figures whose sums hold in 亿元.
    ['a province’s revenue in 亿元', '2023年全省一般公共预算收入3.25亿元，其中税收收入2.40亿元，非税收入0.85亿元。'],
    // not-parts: 分别 lists, siblings and staff of different kinds.
    ['行政 and 事业编制 are siblings, not parts of one another', '2023年行政编制15人，实有12人；事业编制30人，实有27人。'],
    ['a list ends where a heading runs in', '（一）基本支出60.00万元，其中人员经费40.00万元，公用经费20.00万元。二、项目支出35.00万元。'],
  ],
});
