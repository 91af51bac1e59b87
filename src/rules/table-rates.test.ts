import { ruleCases } from '../../test/harness/rule-cases.js';

const table = (second: string) =>
  `单位：万元\n\n| 项目 | 全年预算数 | 全年执行数 | 执行率 |\n| --- | --- | --- | --- |\n| 公务接待费 | 10.00 | 8.00 | 80.00% |\n| 公务用车运行维护费 | 20.00 | 15.00 | ${second} |`;

ruleCases('table-rates', {
  fires: [
    ['a row’s rate that its own amounts do not give', table('70.00%'), '70.00', '75.00'],
    ['人员控制率 that 在职 over 编制 does not give', '| 编制数 | 2022年实际在职人数 | 控制率 |\n| --- | --- | --- |\n| 46 | 50 | 98.70% |', '98.70', '108.70'],
  ],
  silent: [
    ['人员控制率 is 在职 over 编制', '| 编制数 | 2022年实际在职人数 | 控制率 |\n| --- | --- | --- |\n| 46 | 50 | 108.70% |'],
    ['people are not set against money', '| 项目 | 编制数 | 预算数(万元) | 实际支出(万元) | 执行率 |\n| --- | --- | --- | --- | --- |\n| 人员经费 | 40 | 500 | 450 | 90% |'],
    ['项目完成率 counts work done, not money', '| 项目 | 预算金额(万元) | 实际支出(万元) | 资金使用率 | 项目完成率 |\n| --- | --- | --- | --- | --- |\n| 教育专项 | 900 | 870 | 96.7% | 100% |\n| 卫生专项 | 500 | 480 | 96.0% | 100% |'],
    ['every row’s rate is its spending over its budget', table('75.00%')],
    [
      'a rate against the other budget column (年初 rather than 调整后) is consistent',
      '单位：万元\n\n| 项目 | 年初预算数 | 调整预算数 | 执行数 | 执行率 |\n| --- | --- | --- | --- | --- |\n| 项目支出 | 100.00 | 120.00 | 90.00 | 90.00% |',
    ],
  ],
});
