/**
 * Projects planned and completed (项目完成及时性 = completed ÷ planned × weight in the Shenzhen frameworks), and
 * the funding rows of the national project form (本年财政拨款 / 上年结转资金 / 其他资金), which the score-table
 * reader emits. All are details: report-specific, kept out of the shared vocabulary of metrics.csv.
 */
import type { Family, MetricDef } from './family.js';

const money = (id: string, zh: string, en: string): MetricDef => ({ id, unit: 'money', tier: 'detail', zh, en, manyValued: true });

export const projects: Family = {
  id: 'projects',
  description: 'Projects planned and completed; project-form funding rows',
  metrics: [
    { id: 'projects_planned', unit: 'count', tier: 'detail', zh: '计划完成项目数', en: 'projects planned' },
    { id: 'projects_done', unit: 'count', tier: 'detail', zh: '已完成项目数', en: 'projects completed' },
    { id: 'project_completion_rate', unit: 'percent', tier: 'detail', zh: '项目完成率', en: 'project completion rate' },
    money('form_budget_initial', '项目资金年初预算数', 'project funds, initial budget'),
    money('form_budget_full', '项目资金全年预算数', 'project funds, full-year budget'),
    money('form_spend', '项目资金全年执行数', 'project funds, spent'),
    { id: 'form_exec_rate', unit: 'percent', tier: 'detail', zh: '项目资金执行率', en: 'project funds execution rate', manyValued: true },
  ],
  terms: [
    {
      re: '(?:全年)?(?:计划|需|应)(?:完成|执行|实施)?(?:预算安排的)?(?:二级)?项目(?:数|总数|个数|总计|共计)?|(?:全年)?(?:执行|实施)(?:的)?(?:二级)?项目(?:数|个数)|(?:二级)?项目(?:总数|总计|共计)',
      metric: 'projects_planned',
    },
    { re: '(?:已|按期|按时|如期|实际)?完成(?:的)?(?:二级)?项目(?:数|个数)', metric: 'projects_done' },
    { re: '项目完成率', metric: 'project_completion_rate' },
  ],
  map: [],
  rates: [{ metric: 'project_completion_rate', formulas: ['projects_done / projects_planned * 100'] }],
};
