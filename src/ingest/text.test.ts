import { describe, expect, it } from 'vitest';
import { textDocument } from './text.js';
import { columnHeaders } from '../text/table-grid.js';
import { normalizeSegments } from '../text/mapped-text.js';

const doc = (text: string) => textDocument(text, 'case.txt', 'txt');
const paragraphs = (text: string) => {
  const d = doc(text);
  return d.blocks.filter((b) => b.kind !== 'table').map((b) => normalizeSegments(b.lines.map((l) => ({ line: l, text: d.lines[l]!.text }))).text);
};

describe('text reports', () => {
  it('runs of tab-separated lines are a table, across a blank line when the field count holds', () => {
    const d = doc('金额单位：万元\n\n序号\t项目名称\t调整预算数\t实际支付\t执行率\n1\t培训支出\t8.01\t7.62\t95.15%\n\n\t合计\t8.01\t7.62\t95.15%\n--\t----\t----\t----\t----\n正文。');
    expect(d.tables).toHaveLength(1);
    const t = d.tables[0]!;
    expect(t.unitNote).toBe('金额单位：万元');
    expect(t.headerRows).toBe(1);
    expect(t.rows.map((r) => r[1]!.text)).toEqual(['项目名称', '培训支出', '合计']);
    expect(columnHeaders(t)).toEqual(['序号', '项目名称', '调整预算数', '实际支付', '执行率']);
    // Every cell points at its characters in the source line.
    const cell = t.rows[1]![2]!;
    expect(d.lines[cell.spans[0]!.line]!.text.slice(cell.spans[0]!.start, cell.spans[0]!.end)).toBe('8.01');
  });

  it('Markdown pipe tables, headings and bold', () => {
    const d = doc('# 一、单位基本情况\n\n**一是**持续推进。\n\n| 项目 | 预算数 | 执行率 |\n|---|---|---|\n| 培训 | 8.01 | 95.15% |\n| 合计 | 8.01 | 95.15% |');
    expect(d.blocks[0]!.kind).toBe('heading');
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]!.rows).toHaveLength(3);
    expect(paragraphs('**一是**持续推进。')).toEqual(['一是持续推进。']);
  });

  it('prose run into the first row of a flattened table is a paragraph of its own, on the same printed line', () => {
    const prose = '1-2月，全县实现财政收入17056万元，增长14.14%。从收入结构看：税收收入15348万元，占收入的89.99%。';
    const d = doc(`${prose} 收入执行情况表 | 预算科目 | 本年收入计划 | 累计完成数 |\n| 税收收入 | 89275 | 15348 |\n| 增值税 | 45119 | 7833 |`);
    expect(paragraphs(`${prose} 收入执行情况表 | 预算科目 | 本年收入计划 | 累计完成数 |\n| 税收收入 | 89275 | 15348 |\n| 增值税 | 45119 | 7833 |`)[0]).toBe(prose);
    expect(d.lines[0]!.lineNo).toBe(1);
    expect(d.lines[1]!.lineNo).toBe(1);
    expect(d.tables[0]!.rows.flat().some((c) => c.text.includes('税收收入15348'))).toBe(false);
  });

  it('a line of words with a few bars in it stays one line', () => {
    const d = doc('项目名称：办公设备购置 | 主管部门：财政局 | 实施单位：财政局，本年度按计划完成全部采购任务。');
    expect(d.lines).toHaveLength(1);
  });

  it('a line opening with 其中： continues the paragraph of the figure it lists the parts of', () => {
    expect(paragraphs('1-5月，全省一般公共预算支出1532.7亿元，下降0.3%。\n其中：省级支出344.3亿元；市县级支出1188.4亿元。\n二、政府性基金')).toEqual([
      '1-5月，全省一般公共预算支出1532.7亿元，下降0.3%。其中：省级支出344.3亿元；市县级支出1188.4亿元。',
      '二、政府性基金',
    ]);
    // After a line without figures (a heading of words) it starts its own paragraph; fields one per line stay apart.
    expect(paragraphs('（二）支出情况\n其中：省级支出344.3亿元。')).toHaveLength(2);
    expect(paragraphs('年度预算资金总额: 1084.25\n其中:中央补助 668.00\n市级资金 343.00')).toHaveLength(3);
    // After a sentence with no amount in it (a target), the list is not that sentence's.
    expect(paragraphs('预算执行率应不低于90%，我局预算执行率超过90%的目标要求。\n其中，基本支出1,205.40万元，项目支出2,294.60万元。')).toHaveLength(2);
  });

  it('space-aligned columns (pdftotext -layout) are a table', () => {
    const d = doc('项目名称        调整预算数      实际支付      执行率\n培训支出          8.01            7.62         95.15%\n一般行政事务      724.81          721.64       99.56%');
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]!.rows[2]!.map((c) => c.text)).toEqual(['一般行政事务', '724.81', '721.64', '99.56%']);
  });

  it('lines broken in the middle of a name or a number are joined; headings are not', () => {
    const wrapped = '部门名称（公章）：深圳市龙华区政务服务数\n\n据管理局\n\n单位主要负责人（签字）：朱润酥\n\n（1）资金支出\n\n2021 年财政拨款支出决算数为 40,161.25 万元。其中：\n\n人员经费支出 1,136 万元。';
    expect(paragraphs(wrapped)).toEqual([
      '部门名称（公章）：深圳市龙华区政务服务数据管理局',
      '单位主要负责人（签字）：朱润酥',
      '（1）资金支出',
      '2021年财政拨款支出决算数为40,161.25万元。其中：人员经费支出1,136万元。',
    ]);
  });

  it('a numbered heading with no clause in it is never continued, however long', () => {
    expect(paragraphs('一、一般公共预算财政拨款“三公”经费支出决算总体情况说明（本部门）\n寻甸县塘子街道办事处2023年度“三公”经费支出预算为24.5万元。')).toHaveLength(2);
  });

  it('form feeds start pages; page numbers are running lines, kept but not read', () => {
    const d = doc('第一页正文\n- 1 -\n\f第二页正文\n第 2 页');
    expect(d.pageCount).toBe(2);
    expect(d.lines.filter((l) => l.kind === 'running').map((l) => l.text)).toEqual(['- 1 -', '第 2 页']);
    expect(d.lines.find((l) => l.text === '第二页正文')).toMatchObject({ page: 2, lineNo: 1 });
  });
});

describe('pdftotext -layout tables', () => {
  it('columns by character position, a header cell wrapped onto the next line joined to its column', () => {
    const d = textDocument(
      [
        '季度 情况              第一季度        第二季度        第三季度        第四季度        全年平均',
        '                                                                   执行率',
        '当季部门预算总金额（万元）      15,413.3    28,220.95   28,220.95   28,220.95   99.34%',
        '当季实际支出（万元）         4,662.72    12,250.69   18,999.49   28,157.01',
        '资金支出进度             30.25%      43.41%      67.32%      99.77%',
        '分季执行率              121.00%     86.82%      89.76%      99.77%',
      ].join('\n'),
      'case.txt',
      'txt',
    );
    expect(d.tables).toHaveLength(1);
    const t = d.tables[0]!;
    expect(t.rows[0]!.map((c) => c.text)).toEqual(['季度 情况', '第一季度', '第二季度', '第三季度', '第四季度', '全年平均执行率']);
    expect(t.rows[2]!.map((c) => c.text)).toEqual(['当季实际支出（万元）', '4,662.72', '12,250.69', '18,999.49', '28,157.01', '']);
  });
});
