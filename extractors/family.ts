/**
 * The shape of the vocabulary: a family of metrics, the terms labels are cut into, the map from a subject and a
 * measure to a metric, the rates and the identities that relate metrics. Families are data (one module per
 * family in this folder); src/vocabulary compiles and applies them.
 */

export type Measure =
  | 'initial' // 年初预算
  | 'adjusted' // 调整预算数, 调整后预算, 全年预算数
  | 'budget' // 预算, 计划 (initial or adjusted, decided by context)
  | 'spend' // 实际支出, 决算数, 执行数, 已支付
  | 'spend_weak' // 支出 (also part of category names)
  | 'rate' // 执行率, 控制率, 利用率
  | 'quarter_rate' // 分季执行率, 时序执行率: a quarter's rate, never the year's
  | 'progress' // 支出进度
  | 'amount' // 金额, 数 (says nothing)
  | 'end' // 年末 (carry-over at year end)
  | 'in_use' // 在用 (fixed assets in use)
  | 'in_post'; // 在岗 (contract staff actually working)

export type Quarter = 1 | 2 | 3 | 4 | 'all' | 'current';

export interface Term {
  /** Regular expression source, matched at a position of the label. The longest match wins. */
  re: string;
  subject?: string;
  measure?: Measure;
  /** A term that names a whole metric. */
  metric?: string;
  quarter?: Quarter;
  /**
   * generic: says nothing specific (我局, 年度); block: the figure is not one of ours (序时进度, 目标, 净值);
   * compare: introduces a comparison (比上年, 较); period: part of the year (上半年, 前三季度), so not the year's figure.
   */
  role?: 'generic' | 'block' | 'compare' | 'period';
  /** A qualifier that tells apart mentions of one metric (员额 vs 在岗). */
  key?: string;
  /**
   * A qualifier that makes the figure a part or a variant of the metric, not the metric itself: 一般公共预算
   * (only the general-budget part), 政府性基金, 总计 (with carry-overs). Figures with different
   * scopes are never compared with each other.
   */
  scope?: string;
  /** A neutral word that marks the figure as the reporting body's own (我局, 部门, 2021年度): what stands before it does not make the label specific. */
  anchor?: boolean;
}

export type UnitClass = 'money' | 'percent' | 'people' | 'count' | 'score' | 'text' | 'date' | 'year';

export interface MetricDef {
  id: string;
  unit: UnitClass;
  /** core: the shared vocabulary of docs/metrics.md (metrics.csv); detail: sub-items (details.csv). */
  tier: 'core' | 'detail';
  zh: string;
  en: string;
  /** A bare number without unit is accepted for this metric (编外41, 满意度评价 99.8). */
  bare?: boolean;
  /** Mentions may legitimately differ (several surveys): not compared by conflicting_mentions. */
  manyValued?: boolean;
}

export interface MapEntry {
  subject: string;
  /** `none`: the label names the subject only (项目支出 21915.81 万元) and context decides the measure. */
  measure: Measure | 'none';
  metric: string;
}

/**
 * A rate and how the report's own figures give it. `formulas` are its definitions: a stated rate is checked when
 * one of them has all its inputs. `alternatives` are other bases seen in reports (年初 instead of 调整预算): a rate
 * consistent with one of them is not flagged, but an alternative alone never makes a rate checkable.
 */
export interface RateDef {
  metric: string;
  formulas: string[];
  alternatives?: string[];
}

/** whole = Σ parts. Alternatives are tried in order; the first whose required parts are all present is used. */
export interface IdentityDef {
  whole: string;
  parts: string[][];
  /** Parts that count as 0 when absent (DQC style): e.g. a 三公 component the report does not mention. */
  optional?: string[];
}

export interface Family {
  id: string;
  description: string;
  metrics: MetricDef[];
  terms: Term[];
  map: MapEntry[];
  rates?: RateDef[];
  identities?: IdentityDef[];
}

