/**
 * Flattened tables of real published reports (../shared/realdev, read at run time, not copied here) come out as
 * tables with the right cell under the right row label and column header. Files of prose only come out with no
 * flattened table at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cellAt, expectCellsTraceable, readText, rowCells } from '../harness/tables.js';
import { describeWhen, MISSING, REALDEV as dir } from '../harness/needs.js';

const read = (prefix: string) => {
  const file = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))!;
  return readText(readFileSync(join(dir, file), 'utf8'), file);
};

/** file prefix → [row label, column header, cell text], labels and headers compared normalised. */
const cells: Record<string, Array<[string, string, string]>> = {
  c03: [
    ['公务接待费', '预算数', '14.9'],
    ['公务接待费', '决算数', '5.21'],
    ['因公出国(境)费', '预算数', '20'],
    ['因公出国(境)费', '决算数', ''],
    ['其中:公务用车运行维护费', '决算数', '2.48'],
  ],
  a15: [
    ['合计', '决算数', '25.7'],
    ['公务接待费', '预算数', '14.8'],
    ['公务用车购置费', '决算数', '0'],
  ],
  a04: [
    ['其中:公用经费', '2021年决算数', '89.15'],
    ['其中:公用经费', '2022年预算数', '95.86'],
    ['其中:公用经费', '2022年决算数', '95.86'],
    ['项目支出', '2022年决算数', '622.5'],
    ['公车运行维护', '2022年预算数', '7'],
    ['其中:公车购置', '2021年决算数', ''],
    ['政府采购金额', '2021年决算数', '——'],
  ],
  b12: [
    ['★补助鱼塘面积', '分值', '10'],
    ['★补助鱼塘面积', '年度指标值', '3亩'],
    ['★补助鱼塘面积', '全年实际值', '3亩'],
    ['★补助鱼塘面积', '得分', '10'],
    ['其中桃树种植面积', '分值', ''],
    ['其中桃树种植面积', '年度指标值', '1.5亩'],
    ['其中猪养殖数量', '全年实际值', '12头'],
    ['受益人口数量', '二级指标', '社会效益 指标'],
    ['年度资金总额:', '执行率(B/A)', '100%'],
  ],
  b01: [
    ['年度财政资金总额', '执行率(B/A)', '97.75%'],
    ['省级宣传片制作费、申报文本编制费、自评估报告编制费', '年初目标值(A)', '200万'],
    ['省级宣传片制作费、申报文本编制费、自评估报告编制费', '二级指标', '成本指标'],
    ['通过专家评审', '得分', '10'],
  ],
  c15: [
    ['年度资金总额', '全年执行数', '1100'],
    ['其中:当年财政拨款', '分值', '—'],
    ['任务完成时限(月)', '分值', '10.3'],
    ['配套烘干杀菌设备及包装设备购置及安装', '年度指标值', '550'],
  ],
  a02: [['捐赠款物执行率', '目标值', '≥80%']],
  b11: [
    ['年度资金总额:', '全年预算数(A)', '30'],
    ['其中:本年财政拨款', '执行率(B/A)', '100%'],
    ['★★★特困人员救助供养人数(按月平均)(≥**人)', '全年实际值', '4604人'],
    ['★★★特困人员救助供养人数(按月平均)(≥**人)', '未完成原因及拟采取的改进措施', '特困人员实行动态管理'],
    ['★农村低保标准(≥**元/人·月)', '二级指标', '质量指标'],
  ],
  a05: [
    ['支付进度', '分值', '3'],
    ['支付进度', '自评得分', '3'],
    ['管理制度健全性', '二级指标', '预算管理(15分)'],
    ['财政供养人员控制率', '一级指标', '投 入(15分)'],
  ],
  b10: [
    ['春节防火宣传]', '实际支出数', '45300'],
    ['春节防火宣传]', '会计凭证号', '1月11號'],
    ['支出合计', '实际支出数', '550000'],
  ],
};

/** file prefix → [row label, its cells from the label on]. */
const rows: Record<string, Array<[string, string[]]>> = {
  b10: [
    ['计划安排资金(万元)', ['計(jì)劃安排資金(萬元)', '55']],
    ['结余(万元)', ['結(jié)余(萬元)', '0']],
  ],
};

describeWhen(MISSING.realdev, 'flattened tables of real reports (../shared/realdev)', () => {
  it.each(Object.keys(cells))('%s: cells under their row label and column header', (prefix) => {
    const doc = read(prefix);
    for (const [label, header, text] of cells[prefix]!) expect(cellAt(doc, label, header), `${label} × ${header}`).toBe(text);
    for (const [label, expected] of rows[prefix] ?? []) expect(rowCells(doc, label), label).toEqual(expected);
    expectCellsTraceable(doc);
  });

  it('a04: the staffing table heads its figures with no label column, under its caption', () => {
    const table = read('a04').tables[0]!;
    expect(table.caption).toBe('财政供养人员情况(人)');
    expect(table.rows.map((r) => r.map((c) => c.text.trim()))).toEqual([
      ['编制数', '2022年实际在职人数', '控制率'],
      ['52', '52', '100%'],
    ]);
  });

  it.each(['a01', 'a03', 'a08', 'a09', 'a13', 'b05', 'b07', 'c02', 'c09'])('%s: prose is not read as a flattened table', (prefix) => {
    expect(read(prefix).tables.filter((t) => t.origin === 'pipe' || t.origin === 'cells')).toEqual([]);
  });
});
