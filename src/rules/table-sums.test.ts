import { ruleCases } from '../../test/harness/rule-cases.js';

const basicData = (total: string, last = '') =>
  `经费控制情况(万元)\n\n| 项目 | 2021年决算数 | 2022年预算数 |\n| --- | --- | --- |\n| 支出总额 | ${total} | 1342.49 |\n| 基本支出 | 606.44 | 719.99 |\n| 其中:公用经费 | 89.15 | 95.86 |\n| 项目支出 | 667.94 | 622.50 |${last}\n| 三公经费 | | |`;
const expenses = (total: string, after = '') =>
  `二、项目支出明细\n\n| 支出内容 | 实际支出数 | 凭证号 |\n| --- | --- | --- |\n| 宣传 | 45300 | 1月11号 |\n| 巡护 | 50000 | 5月7号 |\n| 油料 | 2015 | 7月29号 |\n| 支出合计 | ${total} | |${after}`;
const SUMMARY = (spendTotal: string, grand = '1030.00') =>
  `收入支出决算总表\n\n单位：万元\n\n| 收入 | | 支出 | |\n| --- | --- | --- | --- |\n| 项目 | 决算数 | 项目 | 决算数 |\n| 一、一般公共预算财政拨款收入 | 800.00 | 一、一般公共服务支出 | 600.00 |\n| 二、事业收入 | 150.00 | 二、教育支出 | 300.00 |\n| 三、其他收入 | 50.00 | 三、社会保障和就业支出 | 90.00 |\n| 本年收入合计 | 1000.00 | 本年支出合计 | ${spendTotal} |\n| 年初结转和结余 | 30.00 | 年末结转和结余 | 40.00 |\n| 总计 | 1030.00 | 总计 | ${grand} |`;
const parents = (first: string, total: string, third = '| 经营收入 | 120.00 |\n| 其他收入 | 80.00 |') =>
  `单位：万元\n\n| 项目 | 2024年预算 |\n| --- | --- |\n| 一、财政拨款 | ${first} |\n| 一般公共预算拨款 | 600.00 |\n| 二、财政专户管理资金 | 300.00 |\n| 教育收费 | 300.00 |\n| 三、其他资金 | 200.00 |\n${third}\n| 本年收入合计 | ${total} |`;
const table = (total: string) => `单位：万元\n\n| 项目 | 金额 |\n| --- | --- |\n| 办公费 | 12.50 |\n| 印刷费 | 3.20 |\n| 差旅费 | 8.00 |\n| 合计 | ${total} |`;

ruleCases('table-sums', {
  fires: [
    ['parts that fall short of their whole, with the table going on after them', '单位：万元\n\n| 项目 | 预算数 | 决算数 |\n| --- | --- | --- |\n| (一)支出合计 | 9.78 | 9.75 |\n| 1.因公出国(境)费 | 0 | 0 |\n| 2.公务用车购置及运行维护费 | 0 | 0 |\n\n以上为本单位2018年三公经费决算。', '9.78', '0'],
    ['支出总额 that is not 基本支出 + 项目支出 listed under it', basicData('1247.38'), '1247.38', '1274.38'],
    ['a 合计 row that is not the sum of the rows above it', table('24.70'), '24.70', '23.70'],
    ['the right half of a 决算 summary table: 本年支出合计 against its numbered rows', SUMMARY('980.00', '1020.00'), '980.00', '990.00'],
    ['the right half’s 总计 against 本年支出合计 and 年末结转和结余', SUMMARY('990.00', '1040.00'), '1040.00', '1030.00'],
    ['a table that ends with a named total (支出合计) that its rows do not make', expenses('98315'), '98315', '97315'],
    ['numbered parents, each over rows of its own, against the total after the last one’s rows', parents('640.00', '1100.00'), '1100.00', '1140.00'],
    [
      '调整前 + 调整数 ≠ 调整后',
      '单位：万元\n\n| 项目 | 调整前预算 | 调整数 | 调整后预算 |\n| --- | --- | --- | --- |\n| 办公设备购置 | 40.00 | 5.00 | 46.00 |\n| 会议费 | 10.00 | -2.00 | 8.00 |',
      '46.00',
      '45.00',
    ],
  ],
  silent: [
    [
      'a parent whose first child repeats it, beside other children: the numbering is not the hierarchy',
      '单位：万元\n\n| 指标名称 | 预算数 | 预算增加 |\n| --- | --- | --- |\n| 一、总收入 | 5000 | 600 |\n| (一)业务活动收入 | 4500 | 800 |\n| 1、业务收入 | 4500 | 800 |\n| 2、其他收入 | 300 | 20 |\n| 3、财政拨款收入 | 200 | -220 |\n| (二)财政基本拨款收入 | 50 | 10 |\n| (三)财政项目拨款收入 | 150 | -230 |',
    ],
    ['a partial list in a column of changes, some of them negative, may add up to more than its whole', '单位：万元\n\n| 指标名称 | 预算数 | 预算增加 |\n| --- | --- | --- |\n| 一、总支出 | 5000 | 300 |\n| (一)业务活动费用 | 4800 | 500 |\n| 二、财政拨款支出 | 200 | -200 |'],
    ['a parent row whose rows below have figures but no names (the layout lost them): which rows it holds is unknown', '单位:元\n\n| 项目 | 预算数 | 执行数 |\n| --- | --- | --- |\n| 一、收入合计 | 1,000.00 | 600.00 |\n| 1.保险费收入 | 900.00 | 550.00 |\n| 2.其他收入 | 100.00 | 50.00 |\n|  | 0.00 | 0.00 |\n|  | 0.00 | 0.00 |\n| 二、支出合计 | 800.00 | 400.00 |'],
    ['a table cut off after its second part (the excerpt ends there): the parts may fall short', '单位：万元\n\n| 项目 | 预算数 | 决算数 |\n| --- | --- | --- |\n| (一)支出合计 | 9.78 | 9.75 |\n| 1.因公出国(境)费 | 0 | 0 |\n| 2.公务用车购置及运行维护费 | 0 | 0 |'],
    ['支出总额 = 基本支出 + 项目支出, the 其中 row between them set aside', basicData('1274.38')],
    ['a list that names more than 基本支出 and 项目支出 is no known partition', basicData('1247.38', '\n| 其他支出 | 10.00 | 5.00 |')],
    ['two halves side by side: the right half’s column is not the left half’s rows', '| 收入 | 预算数 | 执行数 | 支出 | 预算数 | 执行数 |\n| --- | --- | --- | --- | --- | --- |\n| 一、本级收入 | 2100 | 2100 | 一、本级支出 | 4900 | 4900 |\n| 税收 | 1440 | 1440 | 一般公共服务 | 800 | 800 |\n| 非税 | 660 | 660 | 教育 | 1200 | 1200 |'],
    ['a column of rates whose header the layout lost: half its rows exceed their total', '| 二、区级固定收入 | 20302 | 18749 | 1553 | 8.28 |\n| --- | --- | --- | --- | --- |\n| 1、耕地占用税 | 13526 | 12589 | 937 | 7.44 |\n| 2、行政性收费收入 | 712 | 647 | 65 | 10.05 |\n| 3、罚没收入 | 342 | 311 | 31 | 9.97 |\n| 4、其他收入 | 5722 | 5202 | 520 | 10.00 |'],
    ['a column of row numbers (行号) is not summed', '单位：元\n\n| 项目 | 行号 | 本期 |\n| --- | --- | --- |\n| 1、总收入 | 1 | 5000.00 |\n| 其中：医疗收入 | 2 | 3000.00 |\n| 财政拨款收入 | 3 | 1500.00 |\n| 其他收入 | 4 | 500.00 |'],
    ['a column that is 100 on every row is rates, whatever its header', '单位：万元\n\n| 项目 | 预算数 | 执行数 |\n| --- | --- | --- |\n| 一、税收收入 | 100 | 480 |\n| 增值税 | 100 | 300 |\n| 企业所得税 | 100 | 120 |\n| 个人所得税 | 100 | 60 |'],
    ['a 合计 row that is the sum', table('23.70')],
    ['a 决算 summary table whose halves both add up', SUMMARY('990.00')],
    ['an unnumbered row among the rows before 本年收入合计 leaves its items unknown', SUMMARY('990.00').replace('| 二、事业收入 | 150.00 |', '| 事业收入 | 150.00 |').replace('| 本年收入合计 | 1000.00 |', '| 本年收入合计 | 1100.00 |').replace('| 总计 | 1030.00 | 总计', '| 总计 | 1130.00 | 总计')],
    ['a table that ends with a named total its rows make', expenses('97315')],
    ['numbered parents over rows of their own that add up to the total', parents('600.00', '1100.00')],
    ['no parent of two rows or more confirms the hierarchy: the rows after the last parent may stand beside the list', parents('640.00', '1100.00', '| 经营收入 | 200.00 |')],
    ['a named total with rows after it totals a block, not the list', expenses('98315', '\n| 上年结转 | 1000 | |\n| 总计 | 99315 | |')],
    ['a 其中 row is a part of the row above, not another item', '单位：万元\n\n| 项目 | 金额 |\n| --- | --- |\n| 办公费 | 12.50 |\n| 其中：打印耗材 | 2.50 |\n| 差旅费 | 8.00 |\n| 合计 | 20.50 |'],
    ['a blank cell leaves the sum unknown', table('23.70').replace('| 印刷费 | 3.20 |', '| 印刷费 | 另行核算 |')],
  ],
});
