/** The self-given total score (自评得分) and the rows of the score table (评分表): item score and weight. */
import type { Family } from './family.js';

export const scores: Family = {
  id: 'scores',
  description: 'Self-given total score and score-table items',
  metrics: [
    { id: 'self_score', unit: 'score', tier: 'core', zh: '自评得分', en: 'self-given score' },
    { id: 'score_item', unit: 'score', tier: 'core', zh: '指标得分', en: 'item score', manyValued: true },
    { id: 'score_item_max', unit: 'score', tier: 'core', zh: '指标分值', en: 'item weight', manyValued: true },
    { id: 'score_group_max', unit: 'score', tier: 'detail', zh: '一级/二级指标分值', en: 'group weight', manyValued: true },
    { id: 'score_deduction', unit: 'score', tier: 'detail', zh: '文中所述扣分', en: 'deduction stated in text', manyValued: true },
  ],
  terms: [
    {
      re: '(?:部门整体(?:支出)?(?:绩效)?|整体(?:支出)?(?:绩效)?|绩效)?(?:自评|自我评价|评价)(?:总)?(?:得分|分数|分值|结果|总分)|综合(?:评分|得分)|总得分|自评总分',
      metric: 'self_score',
    },
  ],
  map: [],
};
