/**
 * The department and the year a report is about, as the report states them (table-driven, one fixture string per
 * case, modelled on real forms and 决算 texts): a list number before the department's name is not part of it; a year
 * named only to compare with (较2020年度决算数) is not the year under review.
 */
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../src/api.js';

describe('identity', () => {
  it.each<[string, string, { dept?: string | null; year?: number | null }]>([
    ['a department numbered in a flattened form', '(临时救助)绩效目标自评表\n绩效目标自评表 (2019年度) |\n||||||||\n项目名称 |\n临时救助 |\n|\n|\n|||||\n主管部门 |\n[155]某县民政局 |\n|\n|\n|||||\n资金情况(万元) |\n', { dept: '某县民政局' }],
    ['a department numbered in full-width brackets', '项目名称：道路养护\n主管部门：【12】某区交通运输局\n', { dept: '某区交通运输局' }],
    [
      'the year of a 决算 text that compares with the year before more often than it names its own',
      '（一）本单位2021年度总收入581.45万元，其中本年收入390.55万元，较2020年度决算数减少175.26万元，下降31%。\n' +
        '1.财政拨款收入320.00万元，较2020年度决算数减少157.86万元。\n2.其他收入70.55万元，较2020年度决算数减少17.40万元。\n' +
        '（二）本单位2021年度总支出581.45万元。\n',
      { year: 2021 },
    ],
  ])('%s', async (_name, text, expected) => {
    const report = await auditDocument({ name: 'case.txt', data: text });
    if ('dept' in expected) expect(report.dept).toBe(expected.dept);
    if ('year' in expected) expect(report.year).toBe(expected.year);
  });
});
