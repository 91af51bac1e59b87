import { ruleCases } from '../../test/harness/rule-cases.js';

const TABLE = '单位：万元\n\n| 年度 | 合计 | 车辆购置 | 车辆运行 |\n| --- | --- | --- | --- |\n| 2015年 | 1350 | 73 | 1277 |\n| 2016年 | 996 | 37 | 959 |\n| 2016年比2015年增减% | -26.24 | -47.95 | -24.98 |';

// A web page's two-row header flattened: 2020年执行数 spans 金额 | 占调整预算% | 比上年增长%, and the cells the first
// row spans downwards are left out of the second.
const SPANNED = (growth: string) =>
  `单位:万元 | |||||\n项 目 | 2019年决算数 | 2020年预算调整数 | 2020年执行数 | ||\n金额 | 占调整预算% | 比上年增长% | |||\n增值税 | 266 | 292 | 292 | 100 | ${growth} |\n企业所得税 | 9 | 5 | 5 | 100 | -44.44 |\n车船税 | 76 | 64 | 64 | 100 | -15.79 |`;

ruleCases('table-changes', {
  fires: [
    ['a row of changes against its two year rows; the base’s rounding counted once', TABLE, '-47.95', '-49.31'],
    ['a second column of the same row', TABLE, '-24.98', '-24.90'],
    ['a change under the year’s group of a two-row header, against that group’s amount and the year before', SPANNED('8.79'), '8.79', '9.78'],
  ],
  silent: [
    ['the same changes as their two years give', SPANNED('9.77')],
    ['changes from the table’s own cells, years in the header', '单位：万元\n\n| 项目 | 2015年 | 2016年 | 增减% |\n| --- | --- | --- | --- |\n| 车辆购置 | 73 | 38 | -47.95 |\n| 车辆运行 | 1277 | 958 | -24.98 |'],
  ],
});
