import { ruleCases } from '../../test/harness/rule-cases.js';

ruleCases('sums', {
  fires: [
    ['基本支出 + 项目支出 ≠ 支出合计', '2023年本年支出合计900.00万元，其中基本支出600.00万元，项目支出200.00万元。', '900.00', '800.00'],
    [
      'the three 三公 parts do not make the 三公 total',
      '2023年“三公”经费支出合计12.00万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费8.00万元，公务接待费3.00万元。',
      '12.00',
      '11.00',
    ],
  ],
  silent: [
    ['parts that add up', '2023年本年支出合计900.00万元，其中基本支出600.00万元，项目支出300.00万元。'],
    ['parts within their rounding', '2023年本年支出合计900.0万元，其中基本支出600.02万元，项目支出300.02万元。'],
    ['one part stated: missing parts can only add', '2023年本年支出合计900.00万元，其中基本支出600.00万元。'],
    // not-parts: a total of another scope is not the sum of these parts.
    ['the parts of the 一般公共预算 spending are not the parts of all spending', '2023年本年支出合计1000.00万元。一般公共预算财政拨款支出900.00万元，其中基本支出600.00万元，项目支出300.00万元。'],
  ],
});
