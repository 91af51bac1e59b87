/**
 * Tables flattened on the way to text (pipes without Markdown's frame, one cell per line, cells between blank
 * lines, CSV records) are rebuilt as tables: each case is a fixture in one layout and the cells a table rule must
 * find by row label and column header. Prose, headings, lists and `label：value` lines stay paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { cellAt, expectCellsTraceable, readText, rowCells } from '../harness/tables.js';

interface Case {
  name: string;
  text: string;
  tables: number;
  origin?: string;
  /** [row label, column header, cell text]. */
  cells?: Array<[string, string, string]>;
  /** [row label, its cells from the label on]. */
  rows?: Array<[string, string[]]>;
  caption?: string;
  unitNote?: string;
}

const lines = (...l: string[]) => l.join('\n');
/** One cell per line between blank lines, as copied from a web page. */
const blankSeparated = (...cells: string[]) => cells.join('\n\n');
/** One cell per line closed by `|`; a blank cell is white space before its `|`. */
const streamed = (...cells: string[]) => cells.map((c) => (c.trim() === '' ? '  |' : `${c} |`)).join('\n');

/** A 基础数据表 flattened to one cell per line closed by `|`: its title and fields, then small tables under captions. */
const basicDataStream = lines(
  '附件1',
  streamed(
    '部门整体支出绩效评价基础数据表', '填报单位(盖章):某某县文化局', '金额单位:万元',
    '财政供养人员情况(人)', '编制数', '2022年实际在职人数', '控制率', '38', '40', '105.26%',
    '经费控制情况', '2021年决算数', '2022年预算数', '2022年决算数',
    '支出总额', '4,872.15', '5,130.60', '5,016.44',
    '基本支出', '986.20', '1,020.00', '1,011.73',
    '  其中:公用经费', '132.50', '140.00', '138.62',
    '三公经费', ' ', ' ', ' ',
    '  其中:公车购置', ' ', ' ', ' ',
    '公车运行维护', '6.20', '8.00', '5.94',
    '政府采购金额', '——', ' ', ' ',
  ),
  '填表人:王某  联系电话:1234567',
);

/** A 项目支出绩效自评表's funds block and indicator block, cell by cell, as both flattenings print them. */
const selfEvaluationCells = [
  '项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分',
  '年度资金总额', '2,640.00', '2,640.00', '2,583.10', '10', '97.84%', '9.78',
  '其中:当年财政拨款', '2,640.00', '2,640.00', '2,583.10', '—', '97.84%', '—',
  '上年结转资金', '—', '—', '—', '—', ' ', '—',
  '其他资金', ' ', ' ', ' ', '—', ' ', '—',
  '绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施',
  '产出指标', '数量指标', '受益学生人数', '≥52000人', '51,386人', '15', '14.82', '部分学生随父母转学外地',
  '质量指标', '营养餐食品安全事故发生次数', '0次', '0次', '10', '10', ' ',
  '时效指标', '补助资金发放及时率', '100%', '100%', '10', '10', ' ',
  '效益指标', '社会效益指标', '学生营养状况', '有效改善', '明显改善', '20', '19', '个别学校膳食结构单一',
  '满意度指标', '服务对象满意度指标', '家长满意度', '≥90%', '93.5%', '10', '10', ' ',
  '总分', '75', '73.6',
];
const selfEvaluationFigures: Array<[string, string, string]> = [
  ['年度资金总额', '全年执行数', '2,583.10'],
  ['年度资金总额', '得分', '9.78'],
  ['其中:当年财政拨款', '分值', '—'],
  ['其他资金', '全年预算数', ''],
  ['其他资金', '得分', '—'],
  ['受益学生人数', '年度指标值', '≥52000人'],
  ['受益学生人数', '实际完成值', '51,386人'],
  ['受益学生人数', '分值', '15'],
  ['受益学生人数', '得分', '14.82'],
  ['受益学生人数', '偏差原因分析及改进措施', '部分学生随父母转学外地'],
  ['受益学生人数', '一级指标', '产出指标'],
  // A merged label is printed on its group's first row only: the rows after it leave its column empty.
  ['营养餐食品安全事故发生次数', '一级指标', ''],
  ['营养餐食品安全事故发生次数', '二级指标', '质量指标'],
  ['营养餐食品安全事故发生次数', '实际完成值', '0次'],
  ['营养餐食品安全事故发生次数', '偏差原因分析及改进措施', ''],
  ['补助资金发放及时率', '得分', '10'],
  // Targets in words stay under their column; the remark after the figures is the row's, not the next label.
  ['学生营养状况', '年度指标值', '有效改善'],
  ['学生营养状况', '实际完成值', '明显改善'],
  ['学生营养状况', '分值', '20'],
  ['学生营养状况', '偏差原因分析及改进措施', '个别学校膳食结构单一'],
  ['家长满意度', '一级指标', '满意度指标'],
  ['家长满意度', '实际完成值', '93.5%'],
  // The total row lost its merged cells: its figures go under the columns that hold the same figures.
  ['总分', '分值', '75'],
  ['总分', '得分', '73.6'],
  ['总分', '年度指标值', ''],
];

const cases: Case[] = [
  {
    name: 'pipe rows numbered in a 序号 column, wrapped over lines with the header, padded where merged cells were left out',
    text: lines(
      '序号 | 一级 指标 |',
      '二级 指标 |',
      '三级 指标 |',
      '指标分值 | 指标解释 | 评分标准 | 自评得分 |',
      '1 | 决策 (15分) |',
      '基础信息 (3分) | 基础信息完整性 | 3 | 信息是否真实。 | 真实(1分) |',
      '3 |',
      '2 | 工作计划 (6分) | 计划完整性 | 3 | 计划是否完整。 | 完整(3分) | 3 | |',
      '3 | 计划明确性 | 3 | 计划是否明确。 | 明确(3分) | 2 | ||',
      '4 | 目标合理性 | 4 | 目标是否合理。 | 合理(4分) | 4 | ||',
    ),
    tables: 1,
    origin: 'pipe',
    cells: [
      ['基础信息完整性', '自评得分', '3'],
      ['基础信息完整性', '一级 指标', '决策 (15分)'],
      ['计划完整性', '二级 指标', '工作计划 (6分)'],
      ['计划完整性', '指标分值', '3'],
      ['计划明确性', '指标分值', '3'],
      ['计划明确性', '自评得分', '2'],
      ['目标合理性', '自评得分', '4'],
    ],
  },
  {
    name: 'header words printed over two lines of a cell (年度 / 指标值), and rows after a remark long enough to read as prose',
    text: blankSeparated(
      '一级指标', '二级指标', '三级指标', '年度', '指标值', '实际', '完成值', '分值', '得分', '偏差原因分析及改进措施',
      '产出指标', '数量指标', '指标1工程资金金额', '43.2', '37.24', '10', '9',
      '已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。',
      '质量指标', '指标1工程完工率', '100', '100', '10', '10', ' ',
      '指标2工程验收合格率', '98', '100', '10', '10', ' ',
    ),
    tables: 2,
    cells: [
      ['指标1工程资金金额', '年度指标值', '43.2'],
      ['指标1工程资金金额', '得分', '9'],
      ['指标1工程完工率', '实际完成值', '100'],
      ['指标2工程验收合格率', '年度指标值', '98'],
      ['指标2工程验收合格率', '分值', '10'],
    ],
  },
  {
    name: 'heads ending in a remark column the row leaves out, under a head spanning them: the labels get a column of their own',
    text: blankSeparated(
      '预算执行情况(10分)', '年度预算数(万元)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因',
      '总额', '238.93', '251.89', '251.89', '100.00%', '10', ' ',
      '1.预算执行率=预算执行数/调整后预算数;2.年中发生预算调整的,应单独说明理由。',
    ),
    tables: 1,
    cells: [
      ['总额', '年初预算', '238.93'],
      ['总额', '预算执行数', '251.89'],
      ['总额', '预算执行率', '100.00%'],
      ['总额', '权重', '10'],
    ],
  },
  {
    name: 'pipe rows padded with pipes, a row continued after a trailing |, a row broken before its |, one table per header row',
    text: lines(
      '2023年度乡村道路维修项目绩效自评表',
      '项目名称 | 乡村道路维修 | |||||||',
      '主管部门 | 县交通运输局 | 实施单位 | 县公路中心 | |||||',
      '资金情况 (万元) |',
      '年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | |||',
      '年度资金总额 | 80 | 80 | 76 | 10 | 95% | 9.5 | |||',
      '其中:本年财政拨款 | 80 | 80 | 76 | — | 95% | — | |||',
      '其他资金 | — | — | ||||||||',
      '绩效指标 | 一级 指标 |',
      '二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 偏差原因 | ||',
      '产 出 指 标 (50分) |',
      '数量指标 | ★维修道路长度 | 20 | 12公里 | 12.5公里 | 20 | ||||',
      '其中硬化路面 | 8公里 | 8.5公里 | ||||||||',
      '质量指标 | 验收合格率 | 15 | 100% | 100% | 15 | |||||',
      '成本指标',
      '| 每公里维修成本 | 15 | 6.5万元 | 6.08万元 | 15 | |||||',
      '总分 | 95.5分 | ||||||||',
    ),
    tables: 3,
    origin: 'pipe',
    cells: [
      ['年度资金总额', '全年执行数', '76'],
      ['年度资金总额', '执行率', '95%'],
      ['其中:本年财政拨款', '分值', '—'],
      ['其他资金', '全年预算数', '—'],
      ['★维修道路长度', '分值', '20'],
      ['★维修道路长度', '全年实际值', '12.5公里'],
      // A sub-item without 分值/得分 puts its figures under the columns that print the same kind of figure.
      ['其中硬化路面', '分值', ''],
      ['其中硬化路面', '年度指标值', '8公里'],
      ['其中硬化路面', '全年实际值', '8.5公里'],
      ['验收合格率', '二级指标', '质量指标'],
      ['验收合格率', '一级指标', ''],
      ['每公里维修成本', '年度指标值', '6.5万元'],
      ['每公里维修成本', '得分', '15'],
      ['总分', '得分', '95.5分'],
    ],
    rows: [
      ['产出指标(50分)', ['产 出 指 标 (50分)', '数量指标', '★维修道路长度', '20', '12公里', '12.5公里', '20', '']],
      ['成本指标', ['成本指标', '每公里维修成本', '15', '6.5万元', '6.08万元', '15', '']],
    ],
  },
  {
    name: 'a small pipe table inside prose, each row ending in a single |',
    text: lines('2022年,本部门绩效目标如下:', '指标类别 | 指标名称 | 目标值 |', '产出 | 培训人次 | ≥500人次 |', '效益 | 群众满意度 | ≥90% |', '以上目标均已完成。'),
    tables: 1,
    origin: 'pipe',
    cells: [
      ['产出', '目标值', '≥500人次'],
      ['效益', '指标名称', '群众满意度'],
    ],
  },
  {
    name: 'one cell per line closed by |, rows cut by the header width, an empty cell kept in place, two cells on a line',
    text: lines(
      '表1 “三公”经费支出决算表',
      '单位:万元',
      '項 目 |',
      '預 算 數(shù) |',
      '決 算 數(shù) |',
      '合 計 |',
      '12.5 |',
      '8.3 |',
      '因公出國(境)費 |',
      '3 |',
      '|',
      '公務接待費 |',
      '4.5 |',
      '2.1 |',
      '其中:國內(nèi)接待費|4.5 |',
      '2.1 |',
      '二、情况说明',
    ),
    tables: 1,
    origin: 'cells',
    caption: '表1 “三公”经费支出决算表',
    unitNote: '单位:万元',
    cells: [
      ['合计', '预算数', '12.5'],
      ['因公出国(境)费', '预算数', '3'],
      ['因公出国(境)费', '决算数', ''],
      ['公务接待费', '决算数', '2.1'],
      ['其中:国内接待费', '预算数', '4.5'],
      ['其中:国内接待费', '决算数', '2.1'],
    ],
  },
  {
    name: 'one cell per line, rows marked by lines of pipes alone',
    text: lines(
      '资金情况(万元) |',
      '|',
      '全年预算数(A) |',
      '全年执行数(B) |',
      '执行率(B/A) |',
      '||',
      '|',
      '年度资金总额: |',
      '50 |',
      '45 |',
      '90% |',
      '||',
      '|',
      '其他资金 |',
      '|',
      '|',
      '|',
      '||',
    ),
    tables: 1,
    origin: 'cells',
    cells: [
      ['年度资金总额:', '全年执行数(B)', '45'],
      ['年度资金总额:', '执行率(B/A)', '90%'],
      ['其他资金', '全年预算数(A)', ''],
    ],
  },
  {
    name: 'cells between lines of | alone, cells over several lines, merged cells left out of later rows',
    text: lines(
      ...['一级指标', '二级指标', '三级指标', '分值', '得分', '备注'].flatMap((c) => [c, '|']),
      ...['决 策', '(20分)', '|', '项目立项', '(10分)', '|', '立项依据', '充分性', '|', '5', '|', '5', '|', '|'],
      ...['程序规范性', '|', '5', '|', '4', '|', '扣1分', '|'],
      ...['过 程', '(30分)', '|', '资金管理', '(15分)', '|', '资金到位率', '|', '5', '|', '5', '|', '|'],
    ),
    tables: 1,
    origin: 'cells',
    cells: [
      ['决策(20分)', '三级指标', '立项依据充分性'],
      ['程序规范性', '分值', '5'],
      ['程序规范性', '得分', '4'],
      ['程序规范性', '备注', '扣1分'],
      ['过程(30分)', '得分', '5'],
    ],
    rows: [['程序规范性', ['程序规范性', '5', '4', '扣1分']]],
  },
  {
    name: 'one cell per line between blank lines: captions, a header with and without a label column, empty cells kept',
    text: blankSeparated(
      '附件1',
      '2023年度部门整体支出绩效评价基础数据表',
      '在职人员情况(人)',
      '核定编制数',
      '实有人数',
      '控制率',
      '30',
      '28 ',
      '93.33% ',
      '支出情况(万元)',
      '2022年决算数',
      '2023年预算数',
      '2023年决算数',
      '支出合计',
      '560.5',
      '602.3',
      '598.1',
      '    其中:公用经费',
      '45.2',
      '48',
      ' ',
      '项目支出',
      '120',
      '130.5',
      '——',
      '三公经费',
      ' ',
      ' ',
      ' ',
      '填表人:张三  联系电话:1234567',
    ),
    tables: 2,
    origin: 'cells',
    cells: [
      ['支出合计', '2022年决算数', '560.5'],
      ['其中:公用经费', '2023年预算数', '48'],
      ['其中:公用经费', '2023年决算数', ''],
      ['项目支出', '2023年决算数', '——'],
      ['三公经费', '2022年决算数', ''],
    ],
    caption: '在职人员情况(人)',
  },
  {
    name: 'label, unit and value on lines of their own are key–value pairs; traditional characters with pinyin',
    text: blankSeparated(
      '一、項(xiàng)目基本概況(kuàng)',
      '計(jì)劃安排資金',
      '(萬元)',
      '40',
      '實(shí)際到位資金',
      '(萬元)',
      '40',
      '實(shí)際支出',
      '(萬元)',
      '38.5',
      '二、項(xiàng)目支出明細',
    ),
    tables: 1,
    origin: 'cells',
    rows: [
      ['计划安排资金(万元)', ['計(jì)劃安排資金(萬元)', '40']],
      ['实际支出(万元)', ['實(shí)際支出(萬元)', '38.5']],
    ],
  },
  {
    name: 'a date is a value, not a row label',
    text: blankSeparated('支出內容', '實際支出數', '憑證日期', '宣傳費', '12000', '3月5號', '設備購置', '30500', '6月18號', '合計', '42500'),
    tables: 1,
    origin: 'cells',
    cells: [
      ['宣传费', '凭证日期', '3月5號'],
      ['设备购置', '实际支出数', '30500'],
      ['合计', '实际支出数', '42500'],
    ],
  },
  {
    name: 'prose paragraphs between blank lines, with figures, are no table',
    text: blankSeparated(
      '一、部门基本情况',
      '本部门编制人数为30人,实有28人。',
      '二、预算执行情况',
      '2023年预算数为602.3万元,执行数为598.1万元,执行率99.3%。',
      '(一)基本支出',
      '基本支出450万元',
      '(二)项目支出',
      '项目支出148.1万元',
    ),
    tables: 0,
  },
  { name: '`label：value` lines between blank lines are no table', text: blankSeparated('预算数:100万元', '执行数:95万元', '执行率:95%', '评价等级:优', '得分:92分'), tables: 0 },
  {
    name: 'headings and a numbered list are no table',
    text: blankSeparated('目 录', '第一部分 部门概况', '3', '第二部分 预算执行', '8', '第三部分 绩效评价', '12') + '\n' + lines('1.预算编制 10', '2.预算执行 20', '3.绩效目标 15'),
    tables: 0,
  },
  { name: 'short cells with fewer than three figures are no table', text: blankSeparated('项目名称', '乡村道路维修', '主管部门', '县交通局', '年度', '2023'), tables: 0 },
  {
    name: 'CSV records in a text file: quoted fields, commas inside quotes, empty fields in place, a field over two lines, one table per block',
    text: lines(
      '附件3',
      '"2023年度学生营养改善计划项目支出绩效自评表","","","","","","","",""',
      '"项目名称","学生营养改善计划","","","主管部门","县教育局","","",""',
      '"项目资金(万元)","","年初预算数","全年预算数","全年执行数","分值","执行率","得分",""',
      '"","年度资金总额","1,200.00","1,465.30","1,418.92","10","96.84%","9.68",""',
      '"","其中:当年财政拨款","1,200.00","1,465.30","1,418.92","—","96.84%","—",""',
      '"","上年结转资金","","","","—","","—",""',
      '"绩效指标","一级指标","二级指标","三级指标","年度指标值","实际完成值","分值","得分","偏差原因分析',
      '及改进措施"',
      '"","产出指标","数量指标","受益学生人数","≥52000人","51,386人","15","14.82","部分学生随父母转学外地"',
      '"","","质量指标","营养餐食品安全事故发生次数","0次","0次","10","10",""',
      '"总分","","","","","","35","34.5",""',
      '以上数据由县教育局提供。',
    ),
    tables: 3,
    origin: 'tab',
    cells: [
      ['年度资金总额', '年初预算数', '1,200.00'],
      ['年度资金总额', '全年执行数', '1,418.92'],
      ['年度资金总额', '执行率', '96.84%'],
      ['其中:当年财政拨款', '分值', '—'],
      ['上年结转资金', '全年预算数', ''],
      ['受益学生人数', '年度指标值', '≥52000人'],
      ['受益学生人数', '实际完成值', '51,386人'],
      ['受益学生人数', '分值', '15'],
      ['受益学生人数', '得分', '14.82'],
      ['受益学生人数', '偏差原因分析及改进措施', '部分学生随父母转学外地'],
      ['营养餐食品安全事故发生次数', '一级指标', ''],
      ['营养餐食品安全事故发生次数', '二级指标', '质量指标'],
      ['总分', '得分', '34.5'],
    ],
  },
  {
    name: 'CSV records quoted only where needed (a number with a thousands comma), unquoted header',
    text: lines(
      '表2 支出执行情况',
      '项目,预算数,执行数,执行率  ',
      '基本支出,"1,020.00",1011.73,99.19%',
      '项目支出,"3,210.50","2,995.10",93.29%',
      '合计,"4,230.50","4,006.83",',
    ),
    tables: 1,
    origin: 'tab',
    caption: '表2 支出执行情况',
    cells: [
      ['基本支出', '预算数', '1,020.00'],
      ['项目支出', '执行数', '2,995.10'],
      ['合计', '执行率', ''],
    ],
  },
  {
    name: 'prose with ASCII commas, quoted words and a quoted list stays prose',
    text: lines(
      '本单位2022年度预算收入1,234.56万元,其中财政拨款1,000万元,其他收入234.56万元,结余5万元',
      '支出1,200.10万元,其中基本支出800万元,项目支出400.10万元,结余34.46万元,无结转',
      '"十四五"规划开局之年,我局围绕"放管服"改革,推进预算绩效管理,',
      '"放管服"改革持续深化,"最多跑一次"全面落实,绩效目标全部完成,',
      '关键词:"绩效","预算","执行"',
      '关键词:"评价","自评","整改"',
      '全年共开展培训12期,培训人员860人次,',
      '发放宣传资料3000份,接受咨询450人次,',
    ),
    tables: 0,
  },
  {
    name: 'one cell per line closed by |, small tables under captions; titles and fields are no cells, blank cells keep their column',
    text: basicDataStream,
    tables: 2,
    origin: 'cells',
    caption: '经费控制情况',
    cells: [
      ['支出总额', '2021年决算数', '4,872.15'],
      ['支出总额', '2022年决算数', '5,016.44'],
      ['其中:公用经费', '2022年预算数', '140.00'],
      ['三公经费', '2022年预算数', ''],
      ['其中:公车购置', '2021年决算数', ''],
      ['公车运行维护', '2022年预算数', '8.00'],
      ['政府采购金额', '2021年决算数', '——'],
      ['政府采购金额', '2022年决算数', ''],
    ],
  },
  {
    name: 'one cell per line closed by |: a funds block and an indicator block whose header names its label columns first',
    text: streamed('2023年度学生营养改善计划项目支出绩效自评表', ...selfEvaluationCells),
    tables: 2,
    origin: 'cells',
    cells: selfEvaluationFigures,
  },
  {
    name: 'fields and sentences closed by | are no table',
    text: streamed('项目名称:乡村道路维修', '主管部门:县交通运输局', '金额单位:万元', '项目概况:本项目于2023年实施,完成道路维修12公里。', '资金使用情况良好。'),
    tables: 0,
  },
  {
    name: 'one cell per line between blank lines: the indicator header names its label columns first, rows right-aligned to them',
    text: blankSeparated(
      '绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施',
      '产出指标', '数量指标', '受益学生人数', '≥52000人', '51,386人', '15', '14.82', '部分学生随父母转学外地',
      '质量指标', '营养餐食品安全事故发生次数', '0次', '0次', '10', '10', ' ',
    ),
    tables: 1,
    origin: 'cells',
    cells: [
      ['受益学生人数', '年度指标值', '≥52000人'],
      ['受益学生人数', '实际完成值', '51,386人'],
      ['受益学生人数', '分值', '15'],
      ['受益学生人数', '得分', '14.82'],
      ['受益学生人数', '三级指标', '受益学生人数'],
      ['营养餐食品安全事故发生次数', '二级指标', '质量指标'],
      ['营养餐食品安全事故发生次数', '年度指标值', '0次'],
      ['营养餐食品安全事故发生次数', '得分', '10'],
    ],
    rows: [['营养餐食品安全事故发生次数', ['质量指标', '营养餐食品安全事故发生次数', '0次', '0次', '10', '10', '']]],
  },
  {
    name: 'one cell per line between blank lines: a funds block, then the indicator block under its own header',
    text: blankSeparated('2023年度学生营养改善计划项目支出绩效自评表', ...selfEvaluationCells),
    tables: 2,
    origin: 'cells',
    caption: '2023年度学生营养改善计划项目支出绩效自评表',
    cells: selfEvaluationFigures,
  },
  {
    name: 'one cell per line between blank lines, empty cells not printed: a row without a remark, sub-items without 分值 and 得分',
    text: blankSeparated(
      '一级指标', '二级指标', '三级指标', '分值', '年度指标值', '实际完成值', '得分', '未完成原因分析',
      '产出指标(60分)', '数量指标', '新建村道长度', '20', '≥8公里', '8.6公里', '20', '部分路段提前完工',
      '其中硬化路面', '5公里', '5.2公里',
      '其中砂石路面', '3公里', '3.4公里',
      '质量指标', '工程验收合格率', '20', '100%', '100%', '20',
      '效益指标(30分)', '社会效益指标', '受益群众人数', '30', '≥3000人', '3200人', '30',
      '满意度指标(10分)', '服务对象满意度指标', '沿线群众满意度', '10', '≥90%', '95%', '10',
    ),
    tables: 1,
    origin: 'cells',
    cells: [
      ['新建村道长度', '年度指标值', '≥8公里'],
      ['新建村道长度', '未完成原因分析', '部分路段提前完工'],
      ['其中硬化路面', '分值', ''],
      ['其中硬化路面', '年度指标值', '5公里'],
      ['其中硬化路面', '实际完成值', '5.2公里'],
      ['其中砂石路面', '实际完成值', '3.4公里'],
      ['其中砂石路面', '得分', ''],
      ['工程验收合格率', '二级指标', '质量指标'],
      ['工程验收合格率', '分值', '20'],
      ['工程验收合格率', '未完成原因分析', ''],
      ['受益群众人数', '一级指标', '效益指标(30分)'],
      ['受益群众人数', '实际完成值', '3200人'],
      ['沿线群众满意度', '一级指标', '满意度指标(10分)'],
      ['沿线群众满意度', '得分', '10'],
    ],
  },
  {
    name: 'header words between blank lines without figures, and figures in prose, are no table',
    text: blankSeparated('一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '(一)产出指标完成情况', '受益学生51,386人,完成年度目标的98.8%。', '质量指标全部达标。'),
    tables: 0,
  },
  { name: 'two lines of prose with a | each are no table', text: lines('收入|支出情况如下:本年收入100万元。', '支出|合计95万元,较上年减少。'), tables: 0 },
];

describe('flattened tables in text reports', () => {
  it('a caption cell naming its unit heads a table without a label column; the unit note of the form is not its own', () => {
    const [staff] = readText(basicDataStream).tables;
    expect(staff!.caption).toBe('财政供养人员情况(人)');
    expect(staff!.unitNote).toBeNull();
    expect(staff!.headerRows).toBe(1);
    expect(staff!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['编制数', '2022年实际在职人数', '控制率'],
      ['38', '40', '105.26%'],
    ]);
  });

  it('a CSV cell points at the text inside its quotes, on every line of a field over two lines', () => {
    const doc = readText(lines('"项目","全年执行数","偏差原因', '分析"', '"年度资金总额","1,418.92",""', '"其中:""专项""资金","200.00","无"'));
    const [table] = doc.tables;
    const cell = (r: number, c: number) => table!.rows[r]![c]!;
    const printed = (r: number, c: number) => cell(r, c).spans.map((s) => doc.lines[s.line]!.text.slice(s.start, s.end));
    expect(printed(1, 1)).toEqual(['1,418.92']);
    // `"年度资金总额","` is ten characters: the span starts after the opening quote and ends before the closing one.
    expect(cell(1, 1).spans[0]).toEqual({ line: 2, start: 10, end: 18 });
    expect(cell(0, 2).text).toBe('偏差原因分析');
    expect(printed(0, 2)).toEqual(['偏差原因', '分析']);
    expect(cell(1, 2)).toMatchObject({ text: '', spans: [] });
    expect(cell(2, 0).text).toBe('其中:"专项"资金');
    expectCellsTraceable(doc);
  });

  it.each(cases)('$name', (c) => {
    const doc = readText(c.text);
    expect(doc.tables).toHaveLength(c.tables);
    if (c.origin) expect(doc.tables.map((t) => t.origin)).toEqual(doc.tables.map(() => c.origin));
    for (const [label, header, text] of c.cells ?? []) expect(cellAt(doc, label, header), `${label} × ${header}`).toBe(text);
    for (const [label, cells] of c.rows ?? []) expect(rowCells(doc, label)).toEqual(cells);
    if (c.caption) expect(doc.tables.map((t) => t.caption)).toContain(c.caption);
    if (c.unitNote) expect(doc.tables.map((t) => t.unitNote)).toContain(c.unitNote);
    expectCellsTraceable(doc);
    // Lines of a table are not read again as paragraphs.
    const inTables = new Set(doc.blocks.filter((b) => b.kind === 'table').flatMap((b) => b.lines));
    for (const b of doc.blocks.filter((b) => b.kind !== 'table')) for (const l of b.lines) expect(inTables.has(l)).toBe(false);
  });
});
