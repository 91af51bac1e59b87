import { ruleCases } from '../../test/harness/rule-cases.js';

const TABLE = '单位：万元\n\n| 年度 | 合计 | 车辆购置 | 车辆运行 |\n| --- | --- | --- | --- |\n| 2015年 | 1350 | 73 | 1277 |\n| 2016年 | 996 | 37 | 959 |\n| 2016年比2015年增减% | -26.24 | -47.95 | -24.98 |';

ruleCases('table-changes', {
  fires: [
    ['a row of changes against its two year rows; the base’s rounding counted once', TABLE, '-47.95', '-49.31'],
    ['a second column of the same row', TABLE, '-24.98', '-24.90'],
  ],
  silent: [
    ['changes from the table’s own cells, years in the header', '单位：万元\n\n| 项目 | 2015年 | 2016年 | 增减% |\n| --- | --- | --- | --- |\n| 车辆购置 | 73 | 38 | -47.95 |\n| 车辆运行 | 1277 | 958 | -24.98 |'],
  ],
});
