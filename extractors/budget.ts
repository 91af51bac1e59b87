/**
 * Department budget and spending: 年初预算, 调整预算数, 实际支出 / 决算数, their 基本 / 项目 / 人员 / 公用 splits,
 * 基本建设类项目, and 预算执行率 / 项目支出执行率. Category names carry an optional 支出 (人员经费支出 is a
 * category, not a measure), so the measure comes from the words around them or from the paragraph.
 */
import type { Family, MetricDef } from './family.js';

const money = (id: string, zh: string, en: string, tier: MetricDef['tier'] = 'core'): MetricDef => ({ id, unit: 'money', tier, zh, en });

export const budget: Family = {
  id: 'budget',
  description: 'Budget (initial, adjusted), spending, splits and execution rates',
  metrics: [
    money('budget_initial', '年初预算', 'initial budget'),
    money('budget_initial_basic', '基本支出年初预算', 'initial budget, basic'),
    money('budget_initial_project', '项目支出年初预算', 'initial budget, projects'),
    money('budget_initial_personnel', '人员经费年初预算', 'initial budget, personnel'),
    money('budget_initial_public', '公用经费年初预算', 'initial budget, public funds'),
    money('budget_adjusted', '调整预算数', 'adjusted budget'),
    money('budget_adjusted_basic', '基本支出调整预算数', 'adjusted budget, basic'),
    money('budget_adjusted_project', '项目支出调整预算数', 'adjusted budget, projects'),
    money('budget_adjusted_capital', '基本建设类项目调整预算数', 'adjusted budget, capital projects'),
    money('spend_total', '实际支出', 'actual spending'),
    money('spend_basic', '基本支出', 'spending, basic'),
    money('spend_project', '项目支出', 'spending, projects'),
    money('spend_personnel', '人员经费支出', 'spending, personnel'),
    money('spend_public', '公用经费支出', 'spending, public funds'),
    { id: 'exec_rate', unit: 'percent', tier: 'core', zh: '预算执行率', en: 'budget execution rate' },
    { id: 'project_exec_rate', unit: 'percent', tier: 'core', zh: '项目支出执行率', en: 'project execution rate' },
    money('budget_initial_capital', '基本建设类项目年初预算', 'initial budget, capital projects', 'detail'),
    money('spend_capital', '基本建设类项目支出', 'spending, capital projects', 'detail'),
    money('budget_adjusted_personnel', '人员经费调整预算', 'adjusted budget, personnel', 'detail'),
  ],
  terms: [
    { re: '基本支出|基本经费', subject: 'basic' },
    { re: '项目支出|项目经费|项目(?=预算|资金)', subject: 'project' },
    { re: '基本建设类?项目|基建(?:类)?项目|基本建设投资|基本建设', subject: 'capital' },
    { re: '人员经费(?:支出)?|人员支出|工资福利支出', subject: 'personnel' },
    { re: '(?:整体支出|预算)完成率|部门整体支出完成率', metric: 'exec_rate' },
  ],
  map: [
    { subject: 'total', measure: 'initial', metric: 'budget_initial' },
    { subject: 'total', measure: 'adjusted', metric: 'budget_adjusted' },
    { subject: 'total', measure: 'spend', metric: 'spend_total' },
    { subject: 'total', measure: 'spend_weak', metric: 'spend_total' },
    { subject: 'total', measure: 'rate', metric: 'exec_rate' },
    { subject: 'basic', measure: 'initial', metric: 'budget_initial_basic' },
    { subject: 'basic', measure: 'adjusted', metric: 'budget_adjusted_basic' },
    { subject: 'basic', measure: 'spend', metric: 'spend_basic' },
    { subject: 'basic', measure: 'spend_weak', metric: 'spend_basic' },
    { subject: 'project', measure: 'initial', metric: 'budget_initial_project' },
    { subject: 'project', measure: 'adjusted', metric: 'budget_adjusted_project' },
    { subject: 'project', measure: 'spend', metric: 'spend_project' },
    { subject: 'project', measure: 'spend_weak', metric: 'spend_project' },
    { subject: 'project', measure: 'rate', metric: 'project_exec_rate' },
    { subject: 'capital', measure: 'initial', metric: 'budget_initial_capital' },
    { subject: 'capital', measure: 'adjusted', metric: 'budget_adjusted_capital' },
    { subject: 'capital', measure: 'spend', metric: 'spend_capital' },
    { subject: 'capital', measure: 'spend_weak', metric: 'spend_capital' },
    { subject: 'personnel', measure: 'initial', metric: 'budget_initial_personnel' },
    { subject: 'personnel', measure: 'adjusted', metric: 'budget_adjusted_personnel' },
    { subject: 'personnel', measure: 'spend', metric: 'spend_personnel' },
    { subject: 'personnel', measure: 'spend_weak', metric: 'spend_personnel' },
  ],
  rates: [
    { metric: 'exec_rate', formulas: ['spend_total / budget_adjusted * 100'], alternatives: ['spend_total / budget_initial * 100'] },
    {
      metric: 'project_exec_rate',
      formulas: ['spend_project / budget_adjusted_project * 100'],
      alternatives: ['spend_project / budget_initial_project * 100'],
    },
  ],
  identities: [
    { whole: 'budget_initial', parts: [['budget_initial_basic', 'budget_initial_project']] },
    { whole: 'budget_initial_basic', parts: [['budget_initial_personnel', 'budget_initial_public']] },
    { whole: 'budget_adjusted', parts: [['budget_adjusted_basic', 'budget_adjusted_project']] },
    { whole: 'spend_total', parts: [['spend_basic', 'spend_project'], ['spend_personnel', 'spend_public', 'spend_project']] },
    { whole: 'spend_basic', parts: [['spend_personnel', 'spend_public']] },
  ],
};
