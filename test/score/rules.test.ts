/**
 * The computable items of the frameworks, case by case, on both sides of every tier edge, with the scores the
 * printed 评分标准 give (the expected values below are read off the criteria text, not off our files). Values are
 * exact unless a case says "printed": then the figure stands for its rounding interval and a value on an edge
 * may earn either tier.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { point, roundingInterval } from '../../src/math/interval.js';
import { builtinRubrics } from '../../src/rules/rubric/load.js';
import { applyRule, type Env } from '../../src/rules/rubric/evaluate.js';
import { computeItem } from '../../src/rules/rubric/department.js';
import { clamp, showSet } from '../../src/rules/rubric/sets.js';
import type { Rubric } from '../../src/rules/rubric/schema.js';

const rubric = (id: string): Rubric => builtinRubrics().find((r) => r.id === id)!;

/** Metric readings from plain values: exact, or (printed) the rounding interval of the value as written. */
function env(values: Record<string, string>, mode: 'exact' | 'printed' = 'exact'): Env {
  return (metric) => {
    const v = values[metric];
    if (v === undefined) return [];
    const decimals = v.includes('.') ? v.length - v.indexOf('.') - 1 : 0;
    return [{ iv: mode === 'exact' ? point(v) : roundingInterval(v, decimals), point: new Decimal(v), printed: v, facts: [] }];
  };
}

/** The item's score from these figures: its computable parts, clamped to its weight; "—" when none is computable. */
function score(rubricId: string, itemId: string, values: Record<string, string>, mode: 'exact' | 'printed' = 'exact'): string {
  const r = rubric(rubricId);
  const fw = r.items.find((i) => i.id === itemId)!;
  const c = computeItem(r, fw, env(values, mode));
  if (c.parts.every((p) => !p.computable)) return '—';
  const set = clamp(c.computed, new Decimal(0), fw.weight);
  return c.judgmentMax.isZero() ? showSet(set) : `${showSet(set)} + judgment ${c.judgmentMax.toFixed()}`;
}

type Case = [string, Record<string, string>, string];

// 2020 修订 and 2023 print the same criteria for these items; both files are checked.
const SHARED: Array<[string, Case[]]> = [
  [
    'asset_util', // ≥90% → 1; 90%>…≥75% → 0.7; 75%>…≥60% → 0.4; <60% → 0
    [
      ['59.99 % → 0', { asset_util_rate: '59.99' }, '0'],
      ['60 % → 0.4', { asset_util_rate: '60' }, '0.4'],
      ['74.99 % → 0.4', { asset_util_rate: '74.99' }, '0.4'],
      ['75 % → 0.7', { asset_util_rate: '75' }, '0.7'],
      ['89.99 % → 0.7', { asset_util_rate: '89.99' }, '0.7'],
      ['90 % → 1', { asset_util_rate: '90' }, '1'],
      ['100 % → 1', { asset_util_rate: '100' }, '1'],
      ['7448.7 / 8219.95 (seed 002) → 1', { asset_fixed_in_use: '7448.7', asset_fixed_total: '8219.95' }, '1'],
      ['printed 90.0 may be 89.95: either tier', { asset_util_rate: '90.0' }, '{0.7, 1}'],
      ['no figures: not computable', {}, '—'],
    ],
  ],
  [
    'staff_rate', // ≤100% → 1; >100% → 0
    [
      ['100 % → 1', { staff_rate: '100' }, '1'],
      ['100.01 % → 0', { staff_rate: '100.01' }, '0'],
      ['26 of 26 posts → 1', { staff_on_payroll: '26', staff_authorized: '26' }, '1'],
      ['27 of 26 posts → 0', { staff_on_payroll: '27', staff_authorized: '26' }, '0'],
    ],
  ],
  [
    'contract_rate', // <5% → 1; 5%≤…≤10% → 0.5; >10% → 0
    [
      ['4.99 % → 1', { contract_rate: '4.99' }, '1'],
      ['5 % → 0.5', { contract_rate: '5' }, '0.5'],
      ['10 % → 0.5', { contract_rate: '10' }, '0.5'],
      ['10.01 % → 0', { contract_rate: '10.01' }, '0'],
      ['41 / (56 + 41) = 42.27 % (seed 004) → 0', { staff_contract: '41', staff_on_payroll: '56' }, '0'],
      ['1 / (19 + 1) = 5 % → 0.5', { staff_contract: '1', staff_on_payroll: '19' }, '0.5'],
      ['printed 10.0 may be 10.04: either tier', { contract_rate: '10.0' }, '{0, 0.5}'],
    ],
  ],
  [
    'public_control', // 三公 and 日常公用 each: <90% → 3; 90%≤…≤100% → 2; >100% → 0
    [
      ['both 89.99 % → 6', { sangong_rate: '89.99', public_rate: '89.99' }, '6'],
      ['both 90 % → 4', { sangong_rate: '90', public_rate: '90' }, '4'],
      ['both 100 % → 4', { sangong_rate: '100', public_rate: '100' }, '4'],
      ['both 100.01 % → 0', { sangong_rate: '100.01', public_rate: '100.01' }, '0'],
      ['2.11/4.79 and 47.68/50.69 (seed 002) → 3 + 2', { sangong_spend: '2.11', sangong_budget: '4.79', public_spend: '47.68', public_budget: '50.69' }, '5'],
      ['only 三公 known: 8.2/19.5 (seed 004) → 3 + judgment 3', { sangong_spend: '8.2', sangong_budget: '19.5' }, '3 + judgment 3'],
    ],
  ],
  [
    'procurement', // 执行率 × 1分; 0 when actual > plan; + 政策功能 1分 (judgment)
    [
      ['equal amounts → 1', { procurement_actual: '2039.49', procurement_plan: '2039.49' }, '1 + judgment 1'],
      ['99 of 100 → 0.99', { procurement_actual: '99', procurement_plan: '100' }, '0.99 + judgment 1'],
      ['actual above plan → 0', { procurement_actual: '100.01', procurement_plan: '100' }, '0 + judgment 1'],
      ['stated rate 100 % → 1', { procurement_rate: '100' }, '1 + judgment 1'],
      ['stated rate 100.5 % (actual above plan) → 0', { procurement_rate: '100.5' }, '0 + judgment 1'],
    ],
  ],
  [
    'timeliness', // all on time → 6; else done / planned × 6
    [
      ['25 of 25 → 6', { projects_done: '25', projects_planned: '25' }, '6'],
      ['24 of 25 → 5.76', { projects_done: '24', projects_planned: '25' }, '5.76'],
      ['0 of 25 → 0', { projects_done: '0', projects_planned: '25' }, '0'],
    ],
  ],
  [
    'satisfaction', // ≥95% → 6; 90%≤…<95% → 4; 80%≤…<90% → 2; <80% → 1
    [
      ['79.99 % → 1', { satisfaction_rate: '79.99' }, '1'],
      ['80 % → 2', { satisfaction_rate: '80' }, '2'],
      ['89.99 % → 2', { satisfaction_rate: '89.99' }, '2'],
      ['90 % → 4', { satisfaction_rate: '90' }, '4'],
      ['94.99 % → 4', { satisfaction_rate: '94.99' }, '4'],
      ['95 % → 6', { satisfaction_rate: '95' }, '6'],
      ['printed 95 may be 94.6: either tier', { satisfaction_rate: '95' }, '{4, 6}'],
    ],
  ],
];

describe.each(['shenzhen-dept-2020', 'shenzhen-dept-2023'])('%s', (id) => {
  for (const [item, cases] of SHARED) {
    it.each(cases)(`${item}: %s`, (name, values, expected) => {
      expect(score(id, item, values, name.startsWith('printed') ? 'printed' : 'exact')).toBe(expected);
    });
  }
});

// 预算执行率: quarter score = progress ÷ 序时进度 × 1分; annual = mean quarter rate × 2分. 2020 修订 caps them
// (最高得1分 / 最高得2分); 2023 prints no cap, only the item's 6 points.
const onTarget = { q1_progress: '25', q2_progress: '50', q3_progress: '75', q4_progress: '100' };
describe('预算执行率 (quarterly)', () => {
  it.each<[string, string, Record<string, string>, string]>([
    ['2020: every quarter on 序时进度 → 6', 'shenzhen-dept-2020', onTarget, '6'],
    ['2020: Q1 at 24 % of 25 % → 0.96 + 3 + 2 × 0.99', 'shenzhen-dept-2020', { ...onTarget, q1_progress: '24' }, '5.94'],
    ['2020: Q1 at 30 % (120 %) is capped at 1, the mean (105 %) at 2', 'shenzhen-dept-2020', { ...onTarget, q1_progress: '30' }, '6'],
    ['2023: Q1 at 24 % → 5.94 as in 2020', 'shenzhen-dept-2023', { ...onTarget, q1_progress: '24' }, '5.94'],
    ['2023: Q1 at 30 %: 1.2 + 3 + 2.1 = 6.3, the item capped at 6', 'shenzhen-dept-2023', { ...onTarget, q1_progress: '30' }, '6'],
    ['2023: Q1 at 30 %, Q2 at 40 %: 1.2 + 0.8 + 2 + 2 × 1 = 6', 'shenzhen-dept-2023', { ...onTarget, q1_progress: '30', q2_progress: '40' }, '6'],
    ['2020: Q1 at 30 %, Q2 at 40 %: 1 + 0.8 + 2 + 2 × 1 = 5.8 (caps bite)', 'shenzhen-dept-2020', { ...onTarget, q1_progress: '30', q2_progress: '40' }, '5.8'],
    ['2020: quarter rates given directly (seed 000: 121, 86.82, 89.76, 99.77)', 'shenzhen-dept-2020', { q1_rate: '121', q2_rate: '86.82', q3_rate: '89.76', q4_rate: '99.77' }, '5.7503'],
  ])('%s', (_name, id, values, expected) => {
    expect(score(id, 'budget_exec', values)).toBe(expected);
  });

  it('no quarterly figures (seed 004): not computable, taken as stated', () => {
    expect(score('shenzhen-dept-2020', 'budget_exec', {})).toBe('—');
  });

  it('only the year-end rate: Q4 computed, the rest judgment', () => {
    expect(score('shenzhen-dept-2020', 'budget_exec', { exec_rate: '99.9' })).toBe('0.999 + judgment 5');
  });
});

// Deductions per unit (岳阳, 湖南省): "每超过一个百分点扣0.5分，扣完为止". The frameworks do not say whether a
// part of a point counts, so pro rata, any started point and only whole points are all accepted ("either").
describe('deductions per unit', () => {
  it.each<[string, string, string, Record<string, string>, string]>([
    ['岳阳 财政供养 100 % → 5', 'hunan-yueyang-dept', 'staff_rate', { staff_rate: '100' }, '5'],
    ['岳阳 财政供养 101 % → 4.5', 'hunan-yueyang-dept', 'staff_rate', { staff_rate: '101' }, '4.5'],
    ['岳阳 财政供养 100.5 %: 4.75 pro rata, 4.5 started, 5 whole', 'hunan-yueyang-dept', 'staff_rate', { staff_rate: '100.5' }, '{4.5, 4.75, 5}'],
    ['岳阳 财政供养 120 % → 0 (扣完为止)', 'hunan-yueyang-dept', 'staff_rate', { staff_rate: '120' }, '0'],
    ['岳阳 三公控制率 103 % → 3', 'hunan-yueyang-dept', 'sangong_control', { sangong_rate: '103' }, '3'],
    ['岳阳 预算调整率 0 → 3', 'hunan-yueyang-dept', 'adjust_rate', { budget_initial: '100', budget_adjusted: '100' }, '3'],
    ['岳阳 预算调整率 10 % → 2', 'hunan-yueyang-dept', 'adjust_rate', { budget_initial: '100', budget_adjusted: '110' }, '2'],
    ['岳阳 预算调整率 10.01 % → 1', 'hunan-yueyang-dept', 'adjust_rate', { budget_initial: '100', budget_adjusted: '110.01' }, '1'],
    ['岳阳 预算调整率 30.01 % → 0', 'hunan-yueyang-dept', 'adjust_rate', { budget_initial: '100', budget_adjusted: '130.01' }, '0'],
    ['岳阳 预算调减 −10 %: outside the tiers, not computable', 'hunan-yueyang-dept', 'adjust_rate', { budget_initial: '100', budget_adjusted: '90' }, '—'],
    ['湖南 预算完成率 95 % → 3', 'hunan-province-dept-2017', 'completion', { carryover_begin: '0', budget_adjusted: '100', carryover_end: '5' }, '3'],
    ['湖南 预算完成率 97.5 %: 4 pro rata, 3 started, 5 whole', 'hunan-province-dept-2017', 'completion', { carryover_begin: '0', budget_adjusted: '100', carryover_end: '2.5' }, '{3, 4, 5}'],
    ['湖南 预算控制率 0 → 5', 'hunan-province-dept-2017', 'control', { budget_initial: '100', budget_adjusted: '100' }, '5'],
    ['湖南 预算控制率 20 % → 3', 'hunan-province-dept-2017', 'control', { budget_initial: '100', budget_adjusted: '120' }, '3'],
    ['湖南 预算控制率 20.01 % → 2', 'hunan-province-dept-2017', 'control', { budget_initial: '100', budget_adjusted: '120.01' }, '2'],
  ])('%s', (_name, id, item, values, expected) => {
    expect(score(id, item, values)).toBe(expected);
  });
});

describe('project form: 执行率 × 分值, capped', () => {
  const form = rubric('mof-project-selfeval-2020').form!;
  it.each([
    ['95.2 % → 9.52', '95.2', '9.52'],
    ['100 % → 10', '100', '10'],
    ['100.5 % → 10 (capped)', '100.5', '10'],
    ['0 % → 0', '0', '0'],
  ])('%s', (_name, rate, expected) => {
    const out = applyRule(form.execution.rule, point(rate), form.execution.weight, form.execution.capped, new Decimal(1));
    expect(showSet(out.set)).toBe(expected);
  });
});

// Whatever the file says, each tier table must give exactly one tier for any exact value: probe every edge and
// just beside it, in every framework.
describe('every tier table gives exactly one tier at and beside each edge', () => {
  const tables = builtinRubrics().flatMap((r) =>
    r.items.flatMap((it) => (it.parts ?? []).filter((p) => p.rule?.type === 'tiers').map((p) => [`${r.id} ${it.id}.${p.id}`, p] as const)),
  );
  it.each(tables)('%s', (_name, part) => {
    const rule = part.rule!;
    if (rule.type !== 'tiers') return;
    const edges = rule.tiers.flatMap((t) => [t.range.lo, t.range.hi]).filter((e): e is Decimal => e !== null);
    const inDomain = (v: Decimal) =>
      !rule.domain ||
      ((rule.domain.lo === null || (rule.domain.loClosed ? v.gte(rule.domain.lo) : v.gt(rule.domain.lo))) &&
        (rule.domain.hi === null || (rule.domain.hiClosed ? v.lte(rule.domain.hi) : v.lt(rule.domain.hi))));
    for (const e of edges) {
      for (const v of [e.minus('0.001'), e, e.plus('0.001')]) {
        if (!inDomain(v)) continue;
        const out = applyRule(rule, point(v), part.max, part.capped, new Decimal(1));
        expect(out.set.length, `${v.toFixed()} → ${out.how}`).toBe(1);
        expect(out.set[0]!.lo.eq(out.set[0]!.hi)).toBe(true);
      }
    }
  });
});
