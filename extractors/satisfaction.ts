/** 满意度 / 满意率 of the public or service users. Several surveys may be reported, so mentions may differ. */
import type { Family } from './family.js';

export const satisfaction: Family = {
  id: 'satisfaction',
  description: '满意度 / 满意率',
  metrics: [{ id: 'satisfaction_rate', unit: 'percent', tier: 'core', zh: '满意度', en: 'satisfaction', bare: true, manyValued: true }],
  terms: [
    {
      re: '(?:群众|公众|服务对象|社会|平均|综合|总体|整体|企业|市民)?满意(?:度|率)(?:评价|测评|调查)?(?:结果|得分)?',
      metric: 'satisfaction_rate',
    },
  ],
  map: [],
};
