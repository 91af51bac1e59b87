/**
 * What the writers need to remember about a report after its page is written: one compact row per report for
 * the index and the summary sheet, so memory does not grow with the size of the reports. Also the flag order
 * every view shares (severity, then margin, largest first) and the score gap.
 */
import { Decimal } from 'decimal.js';
import type { Flag, Report, Severity } from '../../model/audit.js';
import { type Lang } from '../../i18n/messages.js';
import { render } from '../render.js';
import { reportPageName } from './names.js';

export interface SummaryRow {
  file: string;
  page: string;
  status: Report['status'];
  format: string | null;
  pages: number | null;
  dept: string | null;
  region: string | null;
  year: number | null;
  stated: string | null;
  rubric: string | null;
  rescoredMin: string | null;
  rescoredMax: string | null;
  /** stated − re-score, 0 when the stated score lies within the re-scored interval; null when either is missing. */
  gap: string | null;
  /** Every figure of the report (figures.csv): what “N 项数据” counts everywhere. */
  figures: number;
  /** Core metric figures (metrics.csv), as reports.csv's `facts` column counts them; details are not counted. */
  facts: number;
  /** Metric figures of both tiers (metrics.csv and details.csv): what the report page's 指标 tab lists. */
  metrics: number;
  checked: number;
  unverifiable: number;
  flags: Record<Severity, number>;
  seconds: number;
  /** The error message, else the score note, rendered. */
  note: string | null;
  /** A file joined to another one's report (a score sheet): its score is that report's. */
  joined: boolean;
}

export function summarize(report: Report, lang: Lang): SummaryRow {
  const flags: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of report.flags) flags[f.severity]++;
  const note = report.error ?? report.score.note ?? null;
  return {
    file: report.file,
    page: reportPageName(report.file),
    status: report.status,
    format: report.format,
    pages: report.pages,
    dept: report.dept,
    region: report.region,
    year: report.year,
    stated: report.score.stated,
    rubric: report.score.rubric,
    rescoredMin: report.score.rescoredMin,
    rescoredMax: report.score.rescoredMax,
    gap: scoreGap(report.score.stated, report.score.rescoredMin, report.score.rescoredMax),
    figures: report.figures.length,
    facts: report.facts.filter((f) => f.tier === 'core').length,
    metrics: report.facts.length,
    checked: report.checked,
    unverifiable: report.unverifiable.length,
    flags,
    seconds: report.seconds,
    note: note ? render(note, lang) : null,
    joined: report.group !== null && report.group !== report.file,
  };
}

/** A decimal string as printed (`-12.50`), or null for anything else (intervals, text, exponents). */
export function parseDecimal(s: string | null | undefined): Decimal | null {
  if (s == null || !/^\s*[-+]?\d+(\.\d+)?\s*$/.test(s)) return null;
  return new Decimal(s.trim());
}

export function scoreGap(stated: string | null, min: string | null, max: string | null): string | null {
  const s = parseDecimal(stated);
  const lo = parseDecimal(min ?? max);
  const hi = parseDecimal(max ?? min);
  if (!s || !lo || !hi) return null;
  if (s.gt(hi)) return s.minus(hi).toFixed();
  if (s.lt(lo)) return s.minus(lo).toFixed();
  return '0';
}

/** Share of stated rates and totals that could not be re-computed, in % with one decimal, or null when none. */
export function unverifiableShare(checked: number, unverifiable: number): number | null {
  const all = checked + unverifiable;
  return all === 0 ? null : Math.round((unverifiable / all) * 1000) / 10;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Severity first, then the margin, largest first; flags without a numeric margin come last in their severity. */
export function compareFlags(a: Pick<Flag, 'severity' | 'margin'>, b: Pick<Flag, 'severity' | 'margin'>): number {
  const bySeverity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (bySeverity !== 0) return bySeverity;
  const ma = parseDecimal(a.margin)?.abs();
  const mb = parseDecimal(b.margin)?.abs();
  if (ma && mb) return mb.comparedTo(ma);
  return ma ? -1 : mb ? 1 : 0;
}

/** Indices of `report.flags` in display order (the index is the flag's anchor: `#flag-<index>`). */
export function flagOrder(flags: readonly Flag[]): number[] {
  return flags.map((_, i) => i).sort((a, b) => compareFlags(flags[a]!, flags[b]!) || a - b);
}
