/**
 * “三公”经费: budget (年初 and adjusted), spending, 控制率, and its three statutory parts (因公出国(境)费,
 * 公务接待费, 公务用车购置及运行维护费 = 购置费 + 运行维护费), which must add up to the total.
 */
import type { Family, MapEntry, MetricDef } from './family.js';

const PARTS: Array<[string, string, string, string]> = [
  ['sangong_abroad', '因公出国[（(]?境?[)）]?经?费用?|出国[（(]境[)）]经?费用?|因公出国经?费', '因公出国（境）费', 'official travel abroad'],
  ['sangong_reception', '公务接待经?费(?:用)?|公务接待(?![\u4e00-\u9fff])|国内接待经?费', '公务接待费', 'official reception'],
  ['sangong_vehicle', '公(?:务用)?车购置(?:及|和|与|、)运行(?:维护|维修)?经?费(?:用)?|公务用车经?费(?:用)?', '公务用车购置及运行维护费', 'official vehicles'],
  ['sangong_vehicle_purchase', '公(?:务用)?车购置经?费(?:用)?|车辆购置费', '公务用车购置费', 'vehicle purchase'],
  ['sangong_vehicle_running', '公(?:务用)?车运行(?:维护|维修)?经?费(?:用)?|公(?:务用)?车运维费|车辆运行(?:维护)?费', '公务用车运行维护费', 'vehicle running'],
];

const partMetrics: MetricDef[] = PARTS.flatMap(([id, , zh, en]) => [
  { id: `${id}_budget`, unit: 'money', tier: 'detail', zh: `${zh}预算`, en: `${en}, budget` } as MetricDef,
  { id: `${id}_budget_initial`, unit: 'money', tier: 'detail', zh: `${zh}年初预算`, en: `${en}, initial budget` } as MetricDef,
  { id: `${id}_spend`, unit: 'money', tier: 'detail', zh: `${zh}支出`, en: `${en}, spending` } as MetricDef,
]);

const partMap: MapEntry[] = PARTS.flatMap(([id]) => [
  { subject: id, measure: 'initial', metric: `${id}_budget_initial` } as MapEntry,
  { subject: id, measure: 'adjusted', metric: `${id}_budget` } as MapEntry,
  { subject: id, measure: 'budget', metric: `${id}_budget` } as MapEntry,
  { subject: id, measure: 'spend', metric: `${id}_spend` } as MapEntry,
  { subject: id, measure: 'spend_weak', metric: `${id}_spend` } as MapEntry,
  // A part named alone in a spending passage (2021 年度公务接待费 0.29 万元) is what was spent.
  { subject: id, measure: 'none', metric: `${id}_spend` } as MapEntry,
]);

export const sangong: Family = {
  id: 'sangong',
  description: '“三公”经费 budget, spending, control rate and parts',
  metrics: [
    { id: 'sangong_budget_initial', unit: 'money', tier: 'core', zh: '“三公”经费年初预算', en: '“three public” budget, initial' },
    { id: 'sangong_budget', unit: 'money', tier: 'core', zh: '“三公”经费预算', en: '“three public” budget' },
    { id: 'sangong_spend', unit: 'money', tier: 'core', zh: '“三公”经费支出', en: '“three public” spending' },
    { id: 'sangong_rate', unit: 'percent', tier: 'core', zh: '“三公”经费控制率', en: '“three public” control rate' },
    ...partMetrics,
  ],
  terms: [
    { re: '[“"‘\']?三公[”"’\']?\\s*经费|[“"‘]三公[”"’]', subject: 'sangong' },
    { re: '[“"‘]?三公[”"’]?经费控制率', metric: 'sangong_rate' },
    ...PARTS.map(([id, re]) => ({ re, subject: id })),
  ],
  map: [
    { subject: 'sangong', measure: 'initial', metric: 'sangong_budget_initial' },
    { subject: 'sangong', measure: 'adjusted', metric: 'sangong_budget' },
    { subject: 'sangong', measure: 'budget', metric: 'sangong_budget' },
    { subject: 'sangong', measure: 'spend', metric: 'sangong_spend' },
    { subject: 'sangong', measure: 'spend_weak', metric: 'sangong_spend' },
    { subject: 'sangong', measure: 'rate', metric: 'sangong_rate' },
    ...partMap,
  ],
  rates: [{ metric: 'sangong_rate', formulas: ['sangong_spend / sangong_budget * 100'], alternatives: ['sangong_spend / sangong_budget_initial * 100'] }],
  identities: [
    {
      whole: 'sangong_spend',
      parts: [
        ['sangong_abroad_spend', 'sangong_reception_spend', 'sangong_vehicle_spend'],
        ['sangong_abroad_spend', 'sangong_reception_spend', 'sangong_vehicle_purchase_spend', 'sangong_vehicle_running_spend'],
      ],
      optional: ['sangong_abroad_spend', 'sangong_reception_spend', 'sangong_vehicle_purchase_spend', 'sangong_vehicle_running_spend', 'sangong_vehicle_spend'],
    },
    {
      whole: 'sangong_budget_initial',
      parts: [['sangong_abroad_budget_initial', 'sangong_reception_budget_initial', 'sangong_vehicle_budget_initial']],
      optional: ['sangong_abroad_budget_initial', 'sangong_reception_budget_initial', 'sangong_vehicle_budget_initial'],
    },
    {
      whole: 'sangong_budget',
      parts: [
        ['sangong_abroad_budget', 'sangong_reception_budget', 'sangong_vehicle_budget'],
        ['sangong_abroad_budget', 'sangong_reception_budget', 'sangong_vehicle_purchase_budget', 'sangong_vehicle_running_budget'],
      ],
      optional: ['sangong_abroad_budget', 'sangong_reception_budget', 'sangong_vehicle_purchase_budget', 'sangong_vehicle_running_budget', 'sangong_vehicle_budget'],
    },
    {
      whole: 'sangong_vehicle_spend',
      parts: [['sangong_vehicle_purchase_spend', 'sangong_vehicle_running_spend']],
      optional: ['sangong_vehicle_purchase_spend', 'sangong_vehicle_running_spend'],
    },
  ],
};
