import { ruleCases } from '../../test/harness/rule-cases.js';

const growth = (gap: string) => `全州地方一般公共预算收入累计完成455,490万元，完成预算的57.8%，增长19.9%，高于全省平均增幅(11%)${gap}个百分点，高于州市平均增幅(14.5%)5.4个百分点。`;

ruleCases('points-gaps', {
  fires: [
    ['a gap its rate and the bracketed rate do not give', growth('9.8'), '9.8', '8.90'],
    ['a gap below the bracketed rate (低于)', '县级财政自给率仅为21.4%，远低于今年同期全区财政自给率(53.2%)33.9个百分点。', '33.9', '31.80'],
    [
      'a gap against the growth of the figure it names, stated in another sentence',
      '上半年，全省一般公共预算支出5812.6亿元，增长1.4%。上半年，全省科技支出216.2亿元，增长30.7%，高于一般公共预算支出增幅26.4个百分点。',
      '26.4',
      '29.30',
    ],
  ],
  silent: [
    ['the gap against the figure named is never taken against the report’s own rate', '科技支出增长30.7%，一般公共预算支出5812.6亿元，增长1.4%，科技支出高于一般公共预算支出增幅29.3个百分点。'],
    ['a gap against the growth of the figure it names, as printed', '1-5月份，全省财政支出完成1245.01亿元，增长16.03%。其中民生支出完成1023.65亿元，增长19.67%，高于财政支出增速3.64个百分点。'],
    [
      'a name that answers with two growths (the month’s and the year’s) leaves the other rate unknown',
      '5月份，全市一般公共预算支出196344万元，增长8.7%。1-5月份，全市一般公共预算支出1268606万元，增长1.4%，其中民生支出增长12.0%，高于一般公共预算支出增幅2.0个百分点。',
    ],
    ['a gap against an average or a past rate the report does not state (高于全省平均增幅, 高于上年同期增幅)', '全省一般公共预算收入增长15.5%，高于上年同期增幅11.8个百分点，高于全国平均增幅3.0个百分点。'],
    ['gaps that the growth and the bracketed growths give (the growth, not the completion rate)', growth('8.9')],
    ['a gap against a rate not printed beside it (时间进度)', '全市财政收入完成预算进度69.9%，超时间进度10.6个百分点。'],
    ['a gap against a negative growth', '全市财政收入增长4.7%，仍高于全省平均增幅(-8.9%)13.6个百分点。'],
  ],
});
