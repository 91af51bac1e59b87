/**
 * What every check reads: the numeric facts by metric with their intervals, where each fact sits (sentence,
 * block, section), unit corrections found by the unit check, and a builder that turns a finding into a flag
 * with evidence (every figure used, with its location and quote).
 */
import { Decimal } from 'decimal.js';
import type { CheckId, Evidence, Fact, Flag, Severity } from '../model/audit.js';
import type { Lexicon } from '../vocabulary/lexicon.js';
import type { Extraction, Place } from '../vocabulary/index.js';
import { intervalOf, unitScale, type Interval } from '../math/interval.js';
import { msg } from '../model/status.js';
import { buildFlag, FlagNumbers } from '../rules/report.js';

export interface Correction {
  /** Factor applied to the fact's value (10⁻⁴ for 亿元 that should be 万元). */
  factor: Decimal;
  /** The unit the figure was most likely meant in. */
  meantUnit: string;
}

export interface Unverifiable {
  fact: Fact;
}

export class CheckContext {
  readonly numeric: Fact[];
  readonly byMetric = new Map<string, Fact[]>();
  readonly corrections = new Map<string, Correction>();
  readonly flags: Flag[] = [];
  readonly unverifiable: Fact[] = [];
  checked = 0;
  private readonly numbers = new FlagNumbers();
  private readonly ocrFacts: Set<string>;

  constructor(
    readonly lex: Lexicon,
    readonly extraction: Extraction,
    readonly year: number | null,
    /** Fact id → the label printed with it (empty map when not known). */
    readonly labels: ReadonlyMap<string, string> = new Map(),
  ) {
    this.numeric = extraction.facts.filter((f) => /^-?\d+(?:\.\d+)?$/.test(f.value) && f.unit !== 'year');
    // A scoped figure (一般公共预算财政拨款支出) is a part of its metric, never the metric: it is checked only
    // with figures of the same scope.
    for (const f of this.numeric) {
      const key = f.scope ? `${f.metric}@${f.scope}` : f.metric;
      const list = this.byMetric.get(key);
      if (list) list.push(f);
      else this.byMetric.set(key, [f]);
    }
    this.ocrFacts = new Set(extraction.facts.filter((f) => f.ocr).map((f) => f.id));
  }

  place(fact: Fact): Place | undefined {
    return this.extraction.places.get(fact.id);
  }

  private readonly intervals = new Map<string, Interval>();

  /** The fact's interval, corrected when its unit was found to be a slip. Approximate figures get a wider one. */
  interval(fact: Fact): Interval {
    const correction = this.corrections.get(fact.id);
    const key = correction ? `${fact.id}*${correction.factor.toString()}` : fact.id;
    let iv = this.intervals.get(key);
    if (!iv) {
      iv = this.computeInterval(fact);
      this.intervals.set(key, iv);
    }
    return iv;
  }

  private computeInterval(fact: Fact): Interval {
    const approximate = fact.comparator === '≈';
    const iv = intervalOf(fact, fact.exact && !approximate, approximate);
    const correction = this.corrections.get(fact.id);
    return correction ? { lo: iv.lo.times(correction.factor), hi: iv.hi.times(correction.factor) } : iv;
  }

  /** Value as used by checks (corrected). */
  value(fact: Fact): Decimal {
    const correction = this.corrections.get(fact.id);
    const v = new Decimal(fact.value);
    return correction ? v.times(correction.factor) : v;
  }

  /**
   * Facts of a metric, nearest to `near` first: same sentence or row, same block, same section, elsewhere.
   * Mentions with the same value count once (a long report restates its figures many times).
   */
  candidates(metric: string, near?: Fact): Fact[] {
    const facts = this.byMetric.get(metric) ?? [];
    const p = near ? this.place(near) : undefined;
    const rank = (f: Fact) => {
      const q = this.place(f);
      if (!p || !q) return 4;
      if (q.unit === p.unit) return 0;
      if (q.block === p.block) return 1;
      if (q.section === p.section && p.section >= 0) return 2;
      return 3;
    };
    const sorted = near ? [...facts].sort((a, b) => rank(a) - rank(b)) : facts;
    const seen = new Set<string>();
    return sorted.filter((f) => {
      const key = `${f.raw}|${f.rawUnit}|${this.corrections.has(f.id)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  /**
   * A metric as formulas and message parameters name it: `{metric_id}`, rendered in the user's language by the
   * writers (i18n/metric-names.ts), so a report reads the same whatever --lang was.
   */
  label(metric: string): string {
    return `{${metric}}`;
  }

  /** A figure as a flag reports it: the printed digits (decimals kept) when printed in the metric's unit. */
  reported(fact: Fact): string {
    const raw = fact.raw.replace(/[,，\s]/g, '');
    return /^-?\d+(?:\.\d+)?$/.test(raw) && unitScale(fact.value, fact.raw).eq(1) ? raw : fact.value;
  }

  evidence(role: string, fact: Fact): Evidence {
    return {
      role,
      metric: fact.metric,
      ...(fact.key ? { key: fact.key } : {}),
      value: fact.value,
      raw: `${fact.raw}${fact.rawUnit}`,
      factId: fact.id,
      location: fact.location,
    };
  }

  flag(input: {
    rule: string;
    check: CheckId;
    severity: Severity;
    metric: string;
    key?: string;
    reported: string;
    expected: string;
    margin: Decimal;
    formula: string;
    message: string;
    params: Record<string, string | number>;
    evidence: Evidence[];
  }): Flag {
    const lines = this.extraction.doc.lines;
    const ocr = input.evidence.some((e) => (e.factId !== undefined && this.ocrFacts.has(e.factId)) || e.location.spans.some((s) => lines[s.line]?.ocr));
    const { params, message, ...rest } = input;
    const flag = buildFlag({ ...rest, message: msg(message, params), ocr }, this.numbers);
    this.flags.push(flag);
    return flag;
  }
}

/** Every combination of one candidate per input, nearest first, at most `limit`. */
export function combinations<T>(lists: T[][], limit = 64): T[][] {
  let out: T[][] = [[]];
  for (const list of lists) {
    const next: T[][] = [];
    for (const prefix of out) for (const item of list) next.push([...prefix, item]);
    out = next.slice(0, limit);
  }
  return out;
}
