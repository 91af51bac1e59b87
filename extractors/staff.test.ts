import { describe, expect, it } from 'vitest';
import { valuesOf } from '../test/harness/extract.js';

const cases: Array<[string, Record<string, string[]>]> = [
  [
    '我局编制人数 41 人，其中行政编制人数 8 人，事业编制人数 33 人。截至 2021 年 12 月 31 日，在编人数 38 人，其中行政编制人数 7 人，事业编制人数 30 人，老工勤编制人数 1 人，财政供养人员控制率 92.68%。',
    { staff_authorized: ['41'], staff_on_payroll: ['38'], staff_rate: ['92.68'], staff_admin: ['8', '7'], staff_institution: ['33', '30'], staff_worker: ['1'] },
  ],
  ['我局在职人员总数 78 人，劳务派遣（含直接聘用的编外人员）40 人，编外人员控制率 51.28%。', { staff_in_service: ['78'], staff_contract: ['40'], contract_rate: ['51.28'] }],
  ['我局核定行政编制数核定编制数为26人，其中，局本级8人，下属单位18人。年末实有在编在职人员共22人。', { staff_authorized: ['26'], staff_on_payroll: ['22'] }],
  ['编外员额数 9 人，实际在岗人数 8 人；退休 2 人。财政供养人员控制率为 84.62%，编外人员控制率为 26.67%。', { staff_contract: ['9', '8'], staff_retired: ['2'], staff_rate: ['84.62'], contract_rate: ['26.67'] }],
  // A count without 人 after a staffing word (扣分说明 cells).
  ['扣分情况：在编56人，编外41，由于其中窗口工作人员37人均为编外人员，拉高了整体比率。', { staff_on_payroll: ['56'], staff_contract: ['41'] }],
  ['人员编制 20 人，实有人数 18 人，在职人员控制率 90%。', { staff_authorized: ['20'], staff_on_payroll: ['18'], staff_rate: ['90'] }],
  ['人事派遣人员 5 人', { staff_contract: ['5'] }],
  ['编制内人员35人，编外人员5人，编外人员控制率为12.5%。', { staff_on_payroll: ['35'], staff_contract: ['5'], contract_rate: ['12.5'] }],
  ['本单位编制人数30人，实有在职人数28人，财政供养人员控制率为93.33%。', { staff_authorized: ['30'], staff_in_service: ['28'], staff_rate: ['93.33'] }],
];

describe('人员', () => {
  it.each(cases)('%s', (text, expected) => {
    const got = valuesOf(text);
    for (const [metric, values] of Object.entries(expected)) expect(got[metric], metric).toEqual(values);
  });
  it('a survey team is not staff', () => {
    expect(Object.keys(valuesOf('自评工作小组由6人组成。')).filter((m) => m.startsWith('staff'))).toEqual([]);
  });
});
