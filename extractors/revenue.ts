/**
 * Revenue as 决算 disclosures and self-evaluations state it: 收入合计 / 本年收入 and its sources (财政拨款收入,
 * 事业收入, 经营收入, 其他收入, 上级补助收入). Revenue figures are never read as spending, nor as a budget from the
 * paragraph's context (本年收入 after 年初结转 is not the initial budget); the budget wordings that name revenue
 * (部门预算收入, 财政预算收入) are measures in common.ts.
 */
import type { Family, MetricDef } from './family.js';

const money = (id: string, zh: string, en: string, tier: MetricDef['tier'] = 'core'): MetricDef => ({ id, unit: 'money', tier, zh, en });

export const revenue: Family = {
  id: 'revenue',
  description: 'Revenue and its sources',
  metrics: [
    money('revenue_total', '收入合计', 'total revenue', 'detail'),
    money('revenue_fiscal', '财政拨款收入', 'revenue from appropriations', 'detail'),
    money('revenue_other', '其他收入', 'other revenue', 'detail'),
    money('revenue_business', '事业收入', 'revenue from operations of public institutions', 'detail'),
    money('revenue_operating', '经营收入', 'business revenue', 'detail'),
    money('revenue_superior', '上级补助收入', 'grants from the level above', 'detail'),
  ],
  terms: [
    { re: '(?:决算)?收入(?:合计|总额|决算数?|总数|金额)?', subject: 'revenue' },
    { re: '财政(?:拨款|补助)收入', subject: 'revenue_fiscal' },
    { re: '事业收入', subject: 'revenue_business' },
    { re: '经营收入', subject: 'revenue_operating' },
    { re: '其他收入', subject: 'revenue_other' },
    { re: '上级补助收入', subject: 'revenue_superior' },
  ],
  map: [
    { subject: 'revenue', measure: 'none', metric: 'revenue_total' },
    { subject: 'revenue', measure: 'spend', metric: 'revenue_total' },
    ...(['revenue_fiscal', 'revenue_other', 'revenue_business', 'revenue_operating', 'revenue_superior'] as const).flatMap((subject) => [
      { subject, measure: 'none' as const, metric: subject },
      { subject, measure: 'spend' as const, metric: subject },
    ]),
  ],
};
