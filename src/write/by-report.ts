/**
 * One row per report, one column per metric: the table people compare departments with
 * (metrics-by-report.csv, and the 按报告 sheet of audit.xlsx). A metric's cell is the value the report states
 * for the year under review: mentions attributed to another year (period_mismatch) are left out, unqualified
 * mentions are preferred to qualified ones (key), and of those the value stated most often wins (the first
 * stated on a tie). A corrected figure (unit slip) counts with its corrected value and is listed in `suspect`.
 * Files joined into one report (a score sheet beside its report) make one row, under the main file.
 */
import { Decimal } from 'decimal.js';
import { lexicon } from '../vocabulary/lexicon.js';
import type { Fact, Report, Severity } from '../model/audit.js';

/** Identity and score columns come from the report itself; score items are per indicator, not per report. */
const NOT_COLUMNS = new Set(['dept', 'region', 'year', 'filled_date', 'self_score', 'score_item', 'score_item_max']);

let columns: Array<{ id: string; unit: string }> | null = null;

/** The metric columns: every core metric of the catalogue (docs/metrics.md), in catalogue order. */
export function metricColumns(): ReadonlyArray<{ id: string; unit: string }> {
  columns ??= [...lexicon().metrics.values()].filter((m) => m.tier === 'core' && !NOT_COLUMNS.has(m.id)).map((m) => ({ id: m.id, unit: m.unit }));
  return columns;
}

export interface ByReportRow {
  file: string;
  status: Report['status'];
  dept: string | null;
  region: string | null;
  year: number | null;
  selfScore: string | null;
  rescoredMin: string | null;
  rescoredMax: string | null;
  flags: Record<Severity, number>;
  /** Core figures of the report (every mention), as reports.csv counts them. */
  facts: number;
  /** Metric id → the value the report states for the year. */
  values: Map<string, string>;
  /** Metrics whose value is a corrected one. */
  suspect: string[];
}

/** 1861.30 and 1861.3 are one value. */
function canonical(value: string): string {
  try {
    return new Decimal(value).toString();
  } catch {
    return value;
  }
}

/** The value a report states for a metric, from its mentions (see the module comment). */
export function statedValue(mentions: readonly Fact[]): Fact | null {
  const plain = mentions.filter((f) => f.key === '');
  const tally = new Map<string, { first: Fact; count: number }>();
  for (const f of plain.length ? plain : mentions) {
    const seen = tally.get(canonical(f.value));
    if (seen) seen.count++;
    else tally.set(canonical(f.value), { first: f, count: 1 });
  }
  let best: { first: Fact; count: number } | null = null;
  // Map order is first-mention order, so a tie keeps the value stated first.
  for (const t of tally.values()) if (!best || t.count > best.count) best = t;
  return best?.first ?? null;
}

function rowOf(main: Report, facts: readonly Fact[], flags: Report['flags']): ByReportRow {
  const otherYear = new Set(flags.filter((f) => f.check === 'period_mismatch').flatMap((f) => f.evidence.map((e) => e.factId)));
  const byMetric = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.tier !== 'core' || otherYear.has(f.id)) continue;
    byMetric.set(f.metric, [...(byMetric.get(f.metric) ?? []), f]);
  }
  const values = new Map<string, string>();
  const suspect: string[] = [];
  for (const { id } of metricColumns()) {
    const stated = statedValue(byMetric.get(id) ?? []);
    if (!stated) continue;
    values.set(id, stated.value);
    if (stated.suspect) suspect.push(id);
  }
  const count: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of flags) count[f.severity]++;
  return {
    file: main.file,
    status: main.status,
    dept: main.dept,
    region: main.region,
    year: main.year,
    selfScore: main.score.stated,
    rescoredMin: main.score.rescoredMin,
    rescoredMax: main.score.rescoredMax,
    flags: count,
    facts: facts.filter((f) => f.tier === 'core').length,
    values,
    suspect,
  };
}

/**
 * Reports arrive one file at a time, a group's files one after the other with the main file first: a row is
 * complete when the next report is not of its group (or at the end). Only that one row is held.
 */
export class ByReportRows {
  private pending: { main: Report; facts: Fact[]; flags: Report['flags'] } | null = null;

  /** The completed row, if this report starts a new one. */
  add(report: Report): ByReportRow | null {
    const p = this.pending;
    if (p && report.group !== null && report.group === p.main.file) {
      p.facts.push(...report.facts);
      p.flags.push(...report.flags);
      return null;
    }
    const done = this.flush();
    this.pending = { main: report, facts: [...report.facts], flags: [...report.flags] };
    return done;
  }

  /** The last row, at the end. */
  flush(): ByReportRow | null {
    const p = this.pending;
    this.pending = null;
    return p ? rowOf(p.main, p.facts, p.flags) : null;
  }
}
