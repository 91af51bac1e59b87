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
  ],
  silent: [
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
