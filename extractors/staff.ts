/**
 * Staffing: 编制数 (authorised posts), 在编人数 (staff on payroll), 编外 / 劳务派遣 (contract staff), 在职人员总数,
 * and the two control rates. Sub-counts (行政编制, 事业编制, 工勤) are details, never the totals.
 */
import type { Family, MetricDef } from './family.js';

const people = (id: string, zh: string, en: string, tier: MetricDef['tier'] = 'core'): MetricDef => ({ id, unit: 'people', tier, zh, en, bare: true });

export const staff: Family = {
  id: 'staff',
  description: '编制, 在编, 编外 counts and control rates',
  metrics: [
    people('staff_authorized', '核定编制数', 'authorised posts'),
    people('staff_on_payroll', '在编人数', 'staff on payroll'),
    people('staff_contract', '编外人员数', 'contract staff'),
    people('staff_in_service', '在职人员总数', 'staff in service'),
    { id: 'staff_rate', unit: 'percent', tier: 'core', zh: '财政供养人员控制率', en: 'staff control rate' },
    { id: 'contract_rate', unit: 'percent', tier: 'core', zh: '编外人员控制率', en: 'contract staff rate' },
    people('staff_admin', '行政编制人数', 'administrative posts', 'detail'),
    people('staff_institution', '事业编制人数', 'institution posts', 'detail'),
    people('staff_worker', '工勤编制人数', 'worker posts', 'detail'),
    people('staff_retired', '离退休人数', 'retired staff', 'detail'),
  ],
  terms: [
    { re: '(?:核定)?(?:的)?(?:人员)?编制(?:人数|数|总数)|核定编制|人员编制|定编人数|编制(?=为?\\d)', metric: 'staff_authorized' },
    { re: '(?:实有)?在编(?:在职)?(?:人员)?(?:人数|总数)?|实有在编(?:在职)?人员|实有人数|编制内(?:在职)?(?:人员)?(?:人数|总数)?', metric: 'staff_on_payroll' },
    { re: '编外(?:人员)?(?:员额数?|人数|总数)?|劳务派遣(?:人员)?(?:人数)?|人事派遣人员|直接聘用(?:的)?编外人员|编外员额(?:数)?', metric: 'staff_contract' },
    { re: '(?:实有|实际)?在职(?:在岗)?(?:人员(?:总数|总人数|人数)?|人数)', metric: 'staff_in_service' },
    { re: '(?:实际)?在岗(?:人数|人员)?', metric: 'staff_contract', key: '在岗' },
    { re: '财政供养人员控制率|在职人员控制率|人员控制率', metric: 'staff_rate' },
    { re: '编外人员控制率|编外人员比率|编外人员占比', metric: 'contract_rate' },
    { re: '行政编制(?:人员)?(?:人数|数)?', metric: 'staff_admin' },
    { re: '事业编制(?:人员)?(?:人数|数)?', metric: 'staff_institution' },
    { re: '(?:老)?工勤(?:编制)?(?:人员)?(?:人数|数)?', metric: 'staff_worker' },
    { re: '(?:离)?退休(?:人员)?(?:人数)?', metric: 'staff_retired' },
  ],
  map: [],
  rates: [
    { metric: 'staff_rate', formulas: ['staff_on_payroll / staff_authorized * 100'], alternatives: ['staff_in_service / staff_authorized * 100'] },
    {
      metric: 'contract_rate',
      formulas: ['staff_contract / (staff_on_payroll + staff_contract) * 100', 'staff_contract / staff_in_service * 100'],
    },
  ],
};
