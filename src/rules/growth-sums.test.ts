import { ruleCases } from '../../test/harness/rule-cases.js';

const revenue = (rate: string) =>
  `全县一般公共预算收入完成12,000万元，同比增长${rate}%，其中：税收收入8,000万元，同比增长5.0%；非税收入4,000万元，同比增长20.0%。`;

ruleCases('growth-sums', {
  fires: [
    ['the growth of a whole its parts make is not what their levels and growths give', revenue('12.0'), '12.0', '9.57'],
    [
      'a part that fell, with its sign',
      '一般公共预算支出完成98,352万元，增长2.1%。其中：县本级支出41,364万元，下降23.1%；乡镇支出56,988万元，增长22%。',
      '2.1',
      '-2.',
    ],
    [
      'the parts that make the whole, before the list goes on with another cut of it',
      '全区完成财政收入29,612万元，同比增长9.2%。其中，国税完成11,765万元，同比增长13.8%；地税完成14,796万元，同比下降11.6%；财政完成3,051万元，同比增长281.9%；实现地方一般预算收入19,401万元，同比增长8.5%。',
      '9.2',
      '6.2',
    ],
    [
      'parts of one set (税收, 非税) listed over two sentences',
      '本级一般公共预算收入完成56,794万元，同比增长8.29%。其中：税收收入完成38,563万元，同比下降6.18%。非税收入完成18,231万元，同比增长54.08%。',
      '8.29',
      '7.29',
    ],
    [
      'the parts a breakdown sentence lists (分级次看) of the figure before that they add up to',
      '1—5月份，全市一般公共预算收入完成458,795万元，下降6.2%；税收收入完成327,464万元，下降2.2%。分级次看，市本级完成122,378万元，下降7.3%；县区级完成336,417万元，下降4.3%。',
      '6.2',
      '-5.1',
    ],
  ],
  silent: [
    ['items’ rates against last year beside the whole’s rate against the 人代会 budget', '全县政府性基金收入预算安排4500万元（其中：县本级3590万元，下降8%；开发区910万元，下降2.8%），比人代会预算安排数减少2500万元，下降35.7%。'],
    ['the growth of a total of everything taken in (收入总计), whose prior year may have held items this year has not', '(1)收入总计10000万元,同比增长20.00%。其中:本级收入2000万元,同比下降1.00%;一般性转移支付补助收入5000万元,同比下降4.00%;动用预算稳定调节基金3000万元,同比增长500.00%。'],
    ['a sibling stated as a budget goes on no list of actuals', '全县一般公共预算收入12.00亿元，增长10.0%。其中：税收收入8.00亿元，增长5.0%。非税收入预算4.00亿元，增长20.0%。'],
    ['part rates on two bases (比上年, 比预算) make no growth of the whole', '一般公共预算收入12.00亿元，增长10.0%，其中：税收收入8.00亿元，比上年增长5.0%；非税收入4.00亿元，比预算增长20.0%。'],
    [
      'a rate of the whole of another area (从全省看，全省…) is not the city’s',
      '1—5月份，全市一般公共预算收入完成458,795万元，下降5.2%。分级次看，市本级完成122,378万元，下降7.3%；县区级完成336,417万元，下降4.3%。从全省看，全省一般公共预算收入下降4.1%。',
    ],
    [
      'output grows at comparable prices: the parts’ real rates do not make the whole’s from the printed levels',
      '全区实现地区生产总值(GDP)982.3亿元，比上年增长4.8%。分产业看，第二产业增加值715.2亿元，增长6.5%；第三产业增加值267.1亿元，增长1.2%。',
    ],
    [
      'a breakdown that lists only some parts (分主要税种看) adds up to nothing before it',
      '全省税收收入786亿元，增长15.5%。分主要税种看：增值税122.3亿元，同比增长10.8%；营业税243.2亿元，同比增长17.5%。',
    ],
    ['the growth of the whole follows from its parts’ levels and growths', revenue('9.6')],
    [
      'parts that do not make their whole (a partial 其中 list) say nothing of the whole’s growth',
      '全县一般公共预算收入完成12,000万元，同比增长12.0%，其中：税收收入8,000万元，同比增长5.0%；土地出让收入1,000万元，同比增长20.0%。',
    ],
    [
      'a whole’s growth on an adjusted basis (同口径) is not its parts’ natural growths',
      '全县一般公共预算收入完成12,000万元，同口径增长12.0%，其中：税收收入8,000万元，同比增长5.0%；非税收入4,000万元，同比增长20.0%。',
    ],
    [
      'a part’s growth on a comparable basis (可比增长) is not its natural growth',
      '全省一般公共预算支出5394.4亿元，增长4.5%。其中：省本级支出749.4亿元，可比增长2.9%；市县级支出4644.9亿元，增长6%。',
    ],
    [
      'parts that fell (负增长) with the whole’s growth they give',
      '全市一般公共预算收入126.05亿元，增长1.82%。其中：地方财政收入80.18亿元，增长3.6%；上划中央收入37.78亿元，负增长1.21%；上划省级收入8.09亿元，负增长0.94%。',
    ],
    [
      'a sentence after the list that opens with something else than the next sibling is not a part',
      '本级一般公共预算收入完成56,794万元，同比增长8.29%。其中：税收收入完成38,563万元，同比下降6.18%。基金收入完成18,231万元，同比增长54.08%。',
    ],
    [
      'a part without its growth leaves the whole’s unknown',
      '全县一般公共预算收入完成12,000万元，同比增长12.0%，其中：税收收入8,000万元，同比增长5.0%；非税收入4,000万元。',
    ],
  ],
});
