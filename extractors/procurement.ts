/**
 * 政府采购: the budget as first set (年初政府采购预算), the plan the rate is measured against (调整后采购金额,
 * 采购计划金额), what was bought (实际采购金额, 采购已支付金额) and 政府采购执行率. A bare 计划采购金额 is the
 * plan unless the same sentence also gives an adjusted amount: then it is the initial one (see prose.ts).
 */
import type { Family } from './family.js';

export const procurement: Family = {
  id: 'procurement',
  description: '政府采购 budget, plan, actual and execution rate',
  metrics: [
    { id: 'procurement_initial', unit: 'money', tier: 'core', zh: '年初政府采购预算', en: 'procurement budget, initial' },
    { id: 'procurement_plan', unit: 'money', tier: 'core', zh: '政府采购计划（调整）金额', en: 'procurement plan' },
    { id: 'procurement_actual', unit: 'money', tier: 'core', zh: '实际采购金额', en: 'procurement, actual' },
    { id: 'procurement_rate', unit: 'percent', tier: 'core', zh: '政府采购执行率', en: 'procurement execution rate' },
  ],
  terms: [
    { re: '政府采购|采购(?!小组|管理|制度|规范|评审|需求|职责|办法|流程|方式|人)', subject: 'procurement' },
    { re: '(?:政府)?采购(?:预算)?执行率', metric: 'procurement_rate' },
  ],
  map: [
    { subject: 'procurement', measure: 'initial', metric: 'procurement_initial' },
    { subject: 'procurement', measure: 'adjusted', metric: 'procurement_plan' },
    { subject: 'procurement', measure: 'budget', metric: 'procurement_plan' },
    { subject: 'procurement', measure: 'spend', metric: 'procurement_actual' },
    { subject: 'procurement', measure: 'spend_weak', metric: 'procurement_actual' },
    { subject: 'procurement', measure: 'rate', metric: 'procurement_rate' },
  ],
  rates: [
    {
      metric: 'procurement_rate',
      formulas: ['procurement_actual / procurement_plan * 100'],
      alternatives: ['procurement_actual / procurement_initial * 100'],
    },
  ],
};
