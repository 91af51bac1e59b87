/**
 * 公用经费 / 日常公用经费: budget, spending and 控制率 (spend ÷ budget). 日常公用经费 in a control-rate passage is
 * `public_*`; 公用经费支出 in a spending split is `spend_public` (budget.ts) unless its own passage gives a budget.
 */
import type { Family } from './family.js';

export const publicFunds: Family = {
  id: 'public-funds',
  description: '日常公用经费 budget, spending and control rate',
  metrics: [
    { id: 'public_budget', unit: 'money', tier: 'core', zh: '日常公用经费预算', en: 'public funds budget' },
    { id: 'public_spend', unit: 'money', tier: 'core', zh: '日常公用经费支出', en: 'public funds spending' },
    { id: 'public_rate', unit: 'percent', tier: 'core', zh: '日常公用经费控制率', en: 'public funds control rate' },
  ],
  terms: [
    { re: '日常公用经费(?:支出)?', subject: 'public_daily' },
    { re: '公用经费(?:支出)?|公用支出|商品和服务支出', subject: 'public' },
    { re: '(?:日常)?公用经费控制率', metric: 'public_rate' },
  ],
  map: [
    { subject: 'public_daily', measure: 'initial', metric: 'budget_initial_public' },
    { subject: 'public_daily', measure: 'adjusted', metric: 'public_budget' },
    { subject: 'public_daily', measure: 'budget', metric: 'public_budget' },
    { subject: 'public_daily', measure: 'spend', metric: 'public_spend' },
    { subject: 'public_daily', measure: 'spend_weak', metric: 'public_spend' },
    { subject: 'public_daily', measure: 'rate', metric: 'public_rate' },
    { subject: 'public', measure: 'initial', metric: 'budget_initial_public' },
    { subject: 'public', measure: 'adjusted', metric: 'public_budget' },
    { subject: 'public', measure: 'budget', metric: 'public_budget' },
    { subject: 'public', measure: 'spend', metric: 'spend_public' },
    { subject: 'public', measure: 'spend_weak', metric: 'spend_public' },
    { subject: 'public', measure: 'rate', metric: 'public_rate' },
  ],
  rates: [{ metric: 'public_rate', formulas: ['public_spend / public_budget * 100'], alternatives: ['spend_public / public_budget * 100'] }],
};
