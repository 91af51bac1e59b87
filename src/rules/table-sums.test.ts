import { ruleCases } from '../../test/harness/rule-cases.js';

const table = (total: string) => `单位：万元\n\n| 项目 | 金额 |\n| --- | --- |\n| 办公费 | 12.50 |\n| 印刷费 | 3.20 |\n| 差旅费 | 8.00 |\n| 合计 | ${total} |`;

ruleCases('table-sums', {
  fires: [
    ['a 合计 row that is not the sum of the rows above it', table('24.70'), '24.70', '23.70'],
    [
      '调整前 + 调整数 ≠ 调整后',
      '单位：万元\n\n| 项目 | 调整前预算 | 调整数 | 调整后预算 |\n| --- | --- | --- | --- |\n| 办公设备购置 | 40.00 | 5.00 | 46.00 |\n| 会议费 | 10.00 | -2.00 | 8.00 |',
      '46.00',
      '45.00',
    ],
  ],
  silent: [
    ['a 合计 row that is the sum', table('23.70')],
    ['a 其中 row is a part of the row above, not another item', '单位：万元\n\n| 项目 | 金额 |\n| --- | --- |\n| 办公费 | 12.50 |\n| 其中：打印耗材 | 2.50 |\n| 差旅费 | 8.00 |\n| 合计 | 20.50 |'],
    ['a blank cell leaves the sum unknown', table('23.70').replace('| 印刷费 | 3.20 |', '| 印刷费 | 另行核算 |')],
  ],
});
