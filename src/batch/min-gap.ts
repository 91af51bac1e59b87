/**
 * Materiality (`--min-gap`): a contradiction smaller than the auditor cares about is kept, as a note (info), not
 * an error or a warning. Thresholds in 万元 for amounts and in percentage points for rates, shares and growth; a
 * finding of another kind (scores, headcounts, unit slips) is never lowered. Applied to reports on their way to
 * the writers, so a stored audit is the same whatever the threshold, and changing it needs no new audit.
 */
import { Decimal } from 'decimal.js';
import type { Flag, Report } from '../model/audit.js';
import { gapKind } from '../write/gaps.js';

export interface MinGap {
  /** Smallest contradiction in an amount that stays an error or a warning, in 万元. */
  amount: string | null;
  /** Smallest contradiction in a rate, share or growth that stays one, in percentage points. */
  points: string | null;
}

const ITEM = /^(\d+(?:\.\d+)?)\s*(万元|万|%|％|pp|个百分点|百分点)?$/;

/**
 * `1,0.5` (万元, then percentage points), or each with its unit in any order: `1万元`, `0.5pp`, `0.5%`, `0.5个百分点`.
 * Null when the text cannot be read that way.
 */
export function parseMinGap(text: string): MinGap | null {
  const items = text.split(/[,，]/).map((s) => s.trim());
  if (!items.length || items.length > 2) return null;
  const out: MinGap = { amount: null, points: null };
  for (const [i, item] of items.entries()) {
    const m = ITEM.exec(item);
    if (!m) return null;
    const unit = m[2];
    // A bare number is the amount when first, the points when second; one bare number alone says neither.
    const kind = unit ? (unit.startsWith('万') ? 'amount' : 'points') : items.length === 2 ? (i === 0 ? 'amount' : 'points') : null;
    if (!kind || out[kind] !== null) return null;
    out[kind] = new Decimal(m[1]!).toFixed();
  }
  return out;
}

/** A flag's margin in 万元 (rule flags give it in the unit the reported figure is printed in, 元 or 亿元). */
function marginInWan(flag: Flag): Decimal | null {
  try {
    const margin = new Decimal(flag.margin);
    const reported = flag.evidence.find((e) => e.role === 'reported');
    const printed = new Decimal(flag.reported);
    if (!reported || printed.isZero()) return margin;
    const factor = new Decimal(reported.value).div(printed).abs();
    return factor.isZero() ? margin : margin.times(factor);
  } catch {
    return null;
  }
}

function below(flag: Flag, min: MinGap): boolean {
  if (flag.severity === 'info') return false;
  const kind = gapKind(flag);
  try {
    if (kind === 'amount' && min.amount !== null) return (marginInWan(flag) ?? new Decimal(Infinity)).abs().lt(min.amount);
    if (kind === 'rate' && min.points !== null) return new Decimal(flag.margin).abs().lt(min.points);
  } catch {
    return false;
  }
  return false;
}

/** The report with every contradiction below the thresholds lowered to a note. */
export function applyMinGap(report: Report, min: MinGap | null): Report {
  if (!min || (min.amount === null && min.points === null) || !report.flags.some((f) => below(f, min))) return report;
  return { ...report, flags: report.flags.map((f) => (below(f, min) ? { ...f, severity: 'info' as const } : f)) };
}
