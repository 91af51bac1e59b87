/**
 * Quarterly execution: cumulative spending at each quarter's end (当季实际支出), progress (支出进度 = spending ÷
 * budget), the quarter rate (progress ÷ 序时进度 25/50/75/100 %) and 全年平均执行率 (their mean). Lists such as
 * `一至四季度…分别为 a、b、c 和 d` map in order to Q1–Q4 (prose.ts).
 */
import type { Family, MapEntry, MetricDef, Term } from './family.js';

export const QUARTER_TARGETS = [25, 50, 75, 100] as const;

const quarterMetrics: MetricDef[] = [1, 2, 3, 4].flatMap((q) => [
  { id: `q${q}_spend`, unit: 'money', tier: 'core', zh: `第${q}季度累计支出`, en: `Q${q} cumulative spending` } as MetricDef,
  { id: `q${q}_progress`, unit: 'percent', tier: 'core', zh: `第${q}季度支出进度`, en: `Q${q} spending progress` } as MetricDef,
  { id: `q${q}_rate`, unit: 'percent', tier: 'core', zh: `第${q}季度执行率`, en: `Q${q} execution rate` } as MetricDef,
  { id: `q${q}_budget`, unit: 'money', tier: 'detail', zh: `第${q}季度预算总额`, en: `Q${q} budget` } as MetricDef,
]);

const quarterMap: MapEntry[] = [1, 2, 3, 4].flatMap((q) => [
  { subject: `q${q}`, measure: 'spend', metric: `q${q}_spend` } as MapEntry,
  { subject: `q${q}`, measure: 'spend_weak', metric: `q${q}_spend` } as MapEntry,
  { subject: `q${q}`, measure: 'amount', metric: `q${q}_spend` } as MapEntry,
  { subject: `q${q}`, measure: 'progress', metric: `q${q}_progress` } as MapEntry,
  { subject: `q${q}`, measure: 'rate', metric: `q${q}_rate` } as MapEntry,
  { subject: `q${q}`, measure: 'quarter_rate', metric: `q${q}_rate` } as MapEntry,
  { subject: `q${q}`, measure: 'budget', metric: `q${q}_budget` } as MapEntry,
  { subject: `q${q}`, measure: 'adjusted', metric: `q${q}_budget` } as MapEntry,
]);

const CN = ['一', '二', '三', '四'];
const quarterTerms: Term[] = [1, 2, 3, 4].map((q) => ({ re: `第?[${CN[q - 1]}${q}]季(?:度)?(?:末)?|[Qq]${q}`, quarter: q as 1 | 2 | 3 | 4 }));

export const quarters: Family = {
  id: 'quarters',
  description: 'Quarterly spending, progress, quarter rates and the annual mean rate',
  metrics: [
    ...quarterMetrics,
    { id: 'quarterly_avg_rate', unit: 'percent', tier: 'core', zh: '全年平均执行率', en: 'mean quarterly execution rate' },
  ],
  terms: [
    ...quarterTerms,
    { re: '(?:第?[一1]季?度?\\s*[至到~—-]\\s*第?[四4]|[1１]-[4４]|各|四个|每个)季度?|四季(?:度)?', quarter: 'all' },
    { re: '当季(?:度)?|本季度?', quarter: 'current' },
    { re: '全年平均(?:预算)?执行率|季度平均执行率|平均执行率', metric: 'quarterly_avg_rate' },
  ],
  map: quarterMap,
  rates: [
    ...[1, 2, 3, 4].map((q) => ({
      metric: `q${q}_progress`,
      formulas: [`q${q}_spend / q${q}_budget * 100`, `q${q}_spend / budget_adjusted * 100`],
      alternatives: [`q${q}_spend / budget_initial * 100`].concat(q === 4 ? ['spend_total / budget_adjusted * 100'] : []),
    })),
    ...[1, 2, 3, 4].map((q) => ({ metric: `q${q}_rate`, formulas: [`q${q}_progress / ${QUARTER_TARGETS[q - 1]} * 100`] })),
    { metric: 'quarterly_avg_rate', formulas: ['(q1_rate + q2_rate + q3_rate + q4_rate) / 4'] },
  ],
};
