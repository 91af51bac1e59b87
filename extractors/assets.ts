/**
 * 固定资产: 原值 (total), 在用原值 (in use) and 固定资产利用率 (in use ÷ total). 净值, 账面价值 and disposals are
 * other things (blocked in common.ts). New purchases (新购固定资产) are specific, not the total.
 */
import type { Family } from './family.js';

export const assets: Family = {
  id: 'assets',
  description: '固定资产 original value, in-use value and utilisation rate',
  metrics: [
    { id: 'asset_fixed_total', unit: 'money', tier: 'core', zh: '固定资产原值', en: 'fixed assets, original value' },
    { id: 'asset_fixed_in_use', unit: 'money', tier: 'core', zh: '在用固定资产原值', en: 'fixed assets in use' },
    { id: 'asset_util_rate', unit: 'percent', tier: 'core', zh: '固定资产利用率', en: 'fixed asset utilisation' },
  ],
  terms: [
    { re: '固定资产(?:账面)?(?:原值)?(?:总额|合计|总值)?', subject: 'asset' },
    { re: '(?:实际)?在用(?:的)?', measure: 'in_use' },
    { re: '固定资产利用率', metric: 'asset_util_rate' },
  ],
  map: [
    { subject: 'asset', measure: 'none', metric: 'asset_fixed_total' },
    { subject: 'asset', measure: 'amount', metric: 'asset_fixed_total' },
    { subject: 'asset', measure: 'in_use', metric: 'asset_fixed_in_use' },
    { subject: 'asset', measure: 'rate', metric: 'asset_util_rate' },
  ],
  rates: [{ metric: 'asset_util_rate', formulas: ['asset_fixed_in_use / asset_fixed_total * 100'] }],
};
