/**
 * The vocabulary the extractors read with. A label (the words before a number, or a row label plus a column
 * header) is cut into terms; each term says what it contributes: a subject (三公经费, 项目支出), a measure
 * (年初预算, 调整预算数, 实际支出, 执行率), a whole metric (财政供养人员控制率), a quarter, or nothing specific
 * (我局, 2021年度). A subject and a measure then give the metric through the family's map, so wordings combine
 * (项目支出 + 调整后预算安排 → budget_adjusted_project) instead of being listed one by one.
 *
 * Families live in `extractors/` as data, one module per metric family.
 */

import type { Family, MetricDef, RateDef, IdentityDef, Term } from '../../extractors/family.js';
import { FAMILIES } from '../../extractors/index.js';

export type { Measure, Quarter, Term, UnitClass, MetricDef, MapEntry, RateDef, IdentityDef, Family } from '../../extractors/family.js';

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
    // The terms starting with this character, then those that can start with any (no array made per position).
    for (const terms of [lexicon.byFirst.get(label[i]!), lexicon.wildcard]) {
      if (!terms) continue;
      for (const term of terms) {
        term.regex.lastIndex = i;
        const m = term.regex.exec(label);
        if (m && m[0].length > 0 && (!best || m[0].length > best.end - best.start)) best = { term, start: i, end: i + m[0].length };
      }
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

let cached: Lexicon | null = null;

/** The vocabulary of every family, compiled once per process. */
export function lexicon(): Lexicon {
  cached ??= compileLexicon(FAMILIES);
  return cached;
}

const UNIT_LABEL: Partial<Record<string, string>> = { money: '万元', percent: '%', people: '人', score: '分', count: '个' };

/** The unit a metric's figures are stated in (万元, %, 人, 分, 个; text, date, year), 'none' for an unknown metric. */
export function metricUnit(lex: Lexicon, metric: string): string {
  const unit = lex.metrics.get(metric)?.unit;
  return unit ? (UNIT_LABEL[unit] ?? unit) : 'none';
}
