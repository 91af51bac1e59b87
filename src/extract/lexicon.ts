/**
 * The vocabulary the extractors read with. A label (the words before a number, or a row label plus a column
 * header) is cut into terms; each term says what it contributes: a subject (三公经费, 项目支出), a measure
 * (年初预算, 调整预算数, 实际支出, 执行率), a whole metric (财政供养人员控制率), a quarter, or nothing specific
 * (我局, 2021年度). A subject and a measure then give the metric through the family's map, so wordings combine
 * (项目支出 + 调整后预算安排 → budget_adjusted_project) instead of being listed one by one.
 *
 * Families live in `extractors/` as data, one module per metric family.
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
  /** core: the shared vocabulary of spec/metrics.md (metrics.csv); detail: sub-items (details.csv). */
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

export interface CompiledTerm extends Term {
  regex: RegExp;
}

export interface Lexicon {
  families: Family[];
  terms: CompiledTerm[];
  /** First character → terms that can start with it (speeds up matching); '' for patterns starting with a class. */
  byFirst: Map<string, CompiledTerm[]>;
  wildcard: CompiledTerm[];
  metrics: Map<string, MetricDef>;
  map: Map<string, string>;
  rates: RateDef[];
  identities: IdentityDef[];
}

function firstLiteral(re: string): string | null {
  const ch = re[0];
  if (ch === undefined || '\\[(.?*+{|^$'.includes(ch)) return null;
  // A literal followed by a quantifier that allows zero occurrences does not have to start the match.
  if ('?*{'.includes(re[1] ?? '')) return null;
  return ch;
}

/** Top-level alternatives of a pattern (not those inside groups or classes). */
function alternatives(re: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(re.slice(start, i));
      start = i + 1;
    }
  }
  out.push(re.slice(start));
  return out;
}

/** The characters a match can start with, or null when any character can. */
function firstChars(re: string): string[] | null {
  const chars: string[] = [];
  for (const alt of alternatives(re)) {
    const ch = firstLiteral(alt);
    if (ch === null) return null;
    chars.push(ch);
  }
  return [...new Set(chars)];
}

export function compileLexicon(families: Family[]): Lexicon {
  const terms: CompiledTerm[] = [];
  const byFirst = new Map<string, CompiledTerm[]>();
  const wildcard: CompiledTerm[] = [];
  const metrics = new Map<string, MetricDef>();
  const map = new Map<string, string>();
  for (const family of families) {
    for (const m of family.metrics) {
      if (metrics.has(m.id)) throw new Error(`metric ${m.id} defined twice (${family.id})`);
      metrics.set(m.id, m);
    }
    for (const t of family.terms) {
      const compiled: CompiledTerm = { ...t, regex: new RegExp(t.re, 'y') };
      terms.push(compiled);
      const first = firstChars(t.re);
      if (first === null) wildcard.push(compiled);
      else for (const ch of first) byFirst.set(ch, [...(byFirst.get(ch) ?? []), compiled]);
    }
    for (const e of family.map) {
      const key = `${e.subject}|${e.measure}`;
      if (map.has(key) && map.get(key) !== e.metric) throw new Error(`map ${key} defined twice`);
      map.set(key, e.metric);
    }
  }
  for (const family of families) {
    for (const e of family.map) if (!metrics.has(e.metric)) throw new Error(`map to unknown metric ${e.metric}`);
    for (const t of family.terms) if (t.metric && !metrics.has(t.metric)) throw new Error(`term for unknown metric ${t.metric}`);
  }
  return {
    families,
    terms,
    byFirst,
    wildcard,
    metrics,
    map,
    rates: families.flatMap((f) => f.rates ?? []),
    identities: families.flatMap((f) => f.identities ?? []),
  };
}

/**
 * The subject each subject is a part of, read from the identities (基本支出 and 项目支出 are parts of the total;
 * 公务接待费 of 三公经费), so a table of parts can name its 合计 row.
 */
export function parentSubjects(lex: Lexicon): Map<string, string> {
  const subjectOf = new Map<string, string>();
  for (const [key, metric] of lex.map) if (!subjectOf.has(metric)) subjectOf.set(metric, key.split('|')[0]!);
  const parents = new Map<string, string>();
  for (const identity of lex.identities) {
    const parent = subjectOf.get(identity.whole);
    if (!parent) continue;
    for (const part of identity.parts.flat()) {
      const child = subjectOf.get(part);
      if (child && child !== parent && !parents.has(child)) parents.set(child, parent);
    }
  }
  return parents;
}

export interface TermMatch {
  term: CompiledTerm;
  start: number;
  end: number;
}

/**
 * Cut a label into terms: at each position the longest matching term; characters no term matches are left
 * as gaps (they are what makes a label specific: 免费刻制公章经费预算 is not the department's budget).
 */
export function tokenize(lexicon: Lexicon, label: string): TermMatch[] {
  const out: TermMatch[] = [];
  let i = 0;
  while (i < label.length) {
    let best: TermMatch | null = null;
    const candidates = [...(lexicon.byFirst.get(label[i]!) ?? []), ...lexicon.wildcard];
    for (const term of candidates) {
      term.regex.lastIndex = i;
      const m = term.regex.exec(label);
      if (m && m[0].length > 0 && (!best || m[0].length > best.end - best.start)) best = { term, start: i, end: i + m[0].length };
    }
    if (best) {
      out.push(best);
      i = best.end;
    } else {
      i++;
    }
  }
  return out;
}
