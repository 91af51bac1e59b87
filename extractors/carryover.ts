/** 结转和结余 at the start and the end of the year. */
import type { Family } from './family.js';

export const carryover: Family = {
  id: 'carryover',
  description: '年初 / 年末 结转和结余',
  metrics: [
    { id: 'carryover_begin', unit: 'money', tier: 'core', zh: '年初结转和结余', en: 'carry-over, start of year' },
    { id: 'carryover_end', unit: 'money', tier: 'core', zh: '年末结转和结余', en: 'carry-over, end of year' },
  ],
  terms: [
    { re: '(?:财政拨款)?(?:结转(?:和|及|与|、)?结余|结余(?:和|及|与)?结转|收支结余|结转结余)(?:收入)?(?:资金)?(?:决算数|数|金额)?', subject: 'carryover' },
    { re: '上年结转(?:和|及)?结余', metric: 'carryover_begin' },
  ],
  map: [
    { subject: 'carryover', measure: 'initial', metric: 'carryover_begin' },
    { subject: 'carryover', measure: 'end', metric: 'carryover_end' },
  ],
};
