import { ruleCases } from '../../test/harness/rule-cases.js';

const growth = (gap: string) => `全州地方一般公共预算收入累计完成455,490万元，完成预算的57.8%，增长19.9%，高于全省平均增幅(11%)${gap}个百分点，高于州市平均增幅(14.5%)5.4个百分点。`;

ruleCases('points-gaps', {
  fires: [
    ['a gap its rate and the bracketed rate do not give', growth('9.8'), '9.8', '8.90'],
    ['a gap below the bracketed rate (低于)', '县级财政自给率仅为21.4%，远低于今年同期全区财政自给率(53.2%)33.9个百分点。', '33.9', '31.80'],
  ],
  silent: [
    ['gaps that the growth and the bracketed growths give (the growth, not the completion rate)', growth('8.9')],
    ['a gap against a rate not printed beside it (时间进度)', '全市财政收入完成预算进度69.9%，超时间进度10.6个百分点。'],
    ['a gap against a negative growth', '全市财政收入增长4.7%，仍高于全省平均增幅(-8.9%)13.6个百分点。'],
  ],
});
