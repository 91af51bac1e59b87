import { ruleCases } from '../../test/harness/rule-cases.js';

ruleCases('sums', {
  fires: [
    [
      'a bracket names the whole the clause lists ((“三公”经费)决算总额)',
      '全市因公出国（境）经费、公务接待费、公车购置费，公车运行费（“三公”经费）决算总额2900万元。分项情况是：因公出国（境）经费决算130万元；公务接待费决算1040万元；公务用车购置及运行费决算1630万元。',
      '2900',
      '2800',
    ],
    ['基本支出 + 项目支出 ≠ 支出合计', '2023年本年支出合计900.00万元，其中基本支出600.00万元，项目支出200.00万元。', '900.00', '800.00'],
    [
      'the three 三公 parts do not make the 三公 total',
      '2023年“三公”经费支出合计12.00万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费8.00万元，公务接待费3.00万元。',
      '12.00',
      '11.00',
    ],
  ],
  silent: [
    ['parts of next year’s budget beside this year’s spending', '2024年“三公”经费财政拨款预算60.00万元中，因公出国（境）费10.00万元，公务用车购置及运行费30.00万元，公务接待费20.00万元。2023年“三公”经费财政拨款预算执行数为62.50万元。'],
    ['a 三公 total whose own list also counts 会议费 and 培训费', '2023年“三公”经费决算数合计为950.00万元，其中：因公出国（境）费0万元、公务用车购置费300.00万元、公务用车运行维护费400.00万元、公务接待费50.00万元、会议费120.00万元、培训费80.00万元。'],
    ['parts that add up', '2023年本年支出合计900.00万元，其中基本支出600.00万元，项目支出300.00万元。'],
    ['parts within their rounding', '2023年本年支出合计900.0万元，其中基本支出600.02万元，项目支出300.02万元。'],
    ['one part stated: missing parts can only add', '2023年本年支出合计900.00万元，其中基本支出600.00万元。'],
    // not-parts: a total of another scope is not the sum of these parts.
    ['the parts of the 一般公共预算 spending are not the parts of all spending', '2023年本年支出合计1000.00万元。一般公共预算财政拨款支出900.00万元，其中基本支出600.00万元，项目支出300.00万元。'],
  ],
});
