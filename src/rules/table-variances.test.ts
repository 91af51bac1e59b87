import { ruleCases } from '../../test/harness/rule-cases.js';

const SANGONG = (rate: string, change = '-0.80') =>
  `单位：万元\n\n| 项目 | 年初预算 | 决算数 | 增减额 | 增减率 |\n| --- | --- | --- | --- | --- |\n| 因公出国（境）费 | 0.00 | 0.00 | 0.00 | 0.00% |\n| 公务用车运行维护费 | 12.00 | 10.50 | -1.50 | -12.50% |\n| 公务接待费 | 5.00 | 4.20 | ${change} | ${rate} |\n| 合计 | 17.00 | 14.70 | -2.30 | -13.53% |`;

ruleCases('table-variances', {
  fires: [
    ['a rate of change that its row’s two columns do not give', SANGONG('-18.00%'), '-18.00', '-16.00'],
    ['a change that is not the later column less the earlier', SANGONG('-16.00%', '-0.60'), '-0.60', '-0.80'],
  ],
  silent: [
    ['changes and rates that the two columns give', SANGONG('-16.00%')],
    ['a change printed without its sign says its size', SANGONG('16.00%', '0.80')],
    ['three amount columns before the change: which two it compares, the table does not say', '单位：万元\n\n| 项目 | 年初预算 | 调整预算 | 决算数 | 增减额 |\n| --- | --- | --- | --- | --- |\n| 公务接待费 | 5.00 | 4.50 | 4.20 | -0.30 |\n| 公务用车运行维护费 | 12.00 | 11.00 | 10.50 | -0.50 |'],
  ],
});
