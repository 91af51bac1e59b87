/**
 * The largest findings of a run, for the end-of-run summary and the index page. A margin is in its finding's own
 * unit (percentage points, 万元, 分, 人), so margins of different kinds are not compared: findings are grouped by
 * kind and ranked within it by their relative gap (margin ÷ the value the report's own figures give). One line per
 * finding: the same finding in several files (copies of a report, the same report in several formats) or found by
 * two checks (96.97 % against 99.34 %, as a conflicting mention and as a rate) is listed once, with its copies
 * counted. A unit slip is its own kind, shown as the units (亿元 → 万元), not as a margin of millions.
 * Bounded state: a few findings per kind, whatever the size of the batch.
 */
import { Decimal } from 'decimal.js';
import type { Flag, Report } from '../model/audit.js';
import type { Lang } from '../i18n/messages.js';
import { lexicon } from '../vocabulary/lexicon.js';

export const GAP_KINDS = ['unit', 'rate', 'amount', 'score', 'people', 'other'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

export interface GapSummary {
  file: string;
  check: string;
  /** Every check that reached this finding (two checks may find one contradiction). */
  checks?: string[];
  metric: string;
  /** The reported figure's label as printed, for gaps whose figure has no vocabulary metric. */
  label?: string;
  reported: string;
  expected: string;
  margin: string;
  kind?: GapKind;
  /** margin ÷ |the value expected|, a decimal string (0.0157 for 1.57 %); empty when it cannot be had. */
  relative?: string;
  /** A unit slip: the unit printed and the unit meant. */
  slip?: { printed: string; meant: string; raw: string };
  /** Other files with the same finding (copies or other formats of the report). */
  copies?: number;
}

/** How many findings of each kind are kept and shown. */
export const GAPS_PER_KIND = 3;

/** The first number of a value or an interval (`44.89 [44.7396, 45.048]` → 44.89), or null. */
function pointOf(s: string): Decimal | null {
  const m = /[-+]?\d[\d,]*(?:\.\d+)?/.exec(s);
  if (!m) return null;
  try {
    return new Decimal(m[0].replace(/,/g, ''));
  } catch {
    return null;
  }
}

function decimalOf(s: string): Decimal | null {
  try {
    return /^\s*[-+]?\d+(\.\d+)?\s*$/.test(s) ? new Decimal(s.trim()) : null;
  } catch {
    return null;
  }
}

/** What kind of quantity a finding is about, from the unit printed with its figure, its metric, then its check. */
export function gapKind(flag: Pick<Flag, 'check' | 'metric' | 'evidence' | 'message'>): GapKind {
  if (flag.check === 'unit_suspect') return 'unit';
  const reported = flag.evidence.find((e) => e.role === 'reported') ?? flag.evidence[0];
  const raw = reported?.raw?.trim() ?? '';
  if (/[%％]$|百分点$/.test(raw)) return 'rate';
  if (/元$/.test(raw)) return 'amount';
  if (/分$/.test(raw)) return 'score';
  if (/[人名]$/.test(raw)) return 'people';
  const unit = flag.metric ? lexicon().metrics.get(flag.metric)?.unit : undefined;
  if (unit === 'percent') return 'rate';
  if (unit === 'money') return 'amount';
  if (unit === 'score') return 'score';
  if (unit === 'people') return 'people';
  if (flag.check === 'ratio_mismatch' || flag.check === 'share_mismatch') return 'rate';
  if (flag.check === 'score_mismatch' || flag.check === 'score_total_mismatch') return 'score';
  if (flag.check === 'difference_mismatch' && /growth|table-changes|rate/.test(flag.message.code)) return 'rate';
  // A figure printed bare (0, 无变化) is of the kind of the figures it is compared with (支出 0万元 against 预算 20).
  const others = flag.evidence.filter((e) => e !== reported).map((e) => e.raw?.trim() ?? '');
  if (others.some((r) => /元$/.test(r))) return 'amount';
  if (others.some((r) => /[%％]$/.test(r))) return 'rate';
  return 'other';
}

/** Longest label the summary shows; a longer one (a form's cells read together) is cut with an ellipsis. */
const LABEL_MAX = 24;

/** What a finding is about, as printed, when it has no vocabulary metric. */
function labelOf(flag: Flag): string | undefined {
  const params = flag.message.params ?? {};
  const share = params.part !== undefined && params.whole !== undefined ? `${params.part}占${params.whole}` : undefined;
  const label = flag.evidence.find((e) => e.role === 'reported')?.key ?? flag.key ?? share ?? [params.label, params.row, params.item].find((p) => p !== undefined);
  if (label === undefined) return undefined;
  const text = String(label).trim();
  return [...text].length > LABEL_MAX ? `${[...text].slice(0, LABEL_MAX - 1).join('')}…` : text;
}

/** A finding of a report as a line of the summary; null for notes (info), which are not contradictions. */
export function gapOf(file: string, flag: Flag): GapSummary | null {
  if (flag.severity === 'info') return null;
  const label = labelOf(flag);
  const kind = gapKind(flag);
  const gap: GapSummary = { file, check: flag.check, metric: flag.metric, ...(label ? { label } : {}), reported: flag.reported, expected: flag.expected, margin: flag.margin, kind };
  if (kind === 'unit') {
    const params = flag.message.params ?? {};
    if (params.unit !== undefined && params.meant !== undefined) gap.slip = { printed: String(params.unit), meant: String(params.meant), raw: String(params.raw ?? flag.reported) };
  }
  const margin = decimalOf(flag.margin)?.abs();
  const expected = pointOf(flag.expected)?.abs();
  const reported = decimalOf(flag.reported)?.abs();
  const base = expected && !expected.isZero() ? expected : reported && !reported.isZero() ? reported : null;
  if (margin && base) gap.relative = margin.div(base).toSignificantDigits(6).toFixed();
  return gap;
}

/** What makes two findings the same: what they are about and the two values, whichever check and file found them. */
function findingKey(g: GapSummary): string {
  const expected = pointOf(g.expected)?.toFixed() ?? g.expected;
  return [g.kind, g.metric || g.label || '', decimalOf(g.reported)?.toFixed() ?? g.reported, expected].join('\u0000');
}

const rank = (g: GapSummary): Decimal => (g.relative !== undefined ? new Decimal(g.relative) : new Decimal(-1));

export class TopGaps {
  private readonly byKind = new Map<GapKind, GapSummary[]>();

  /** The findings of one report (files with the same bytes as one seen before add nothing new). */
  add(report: Pick<Report, 'file' | 'flags'>): void {
    const seen = new Set<string>();
    for (const flag of report.flags) {
      const gap = gapOf(report.file, flag);
      if (!gap) continue;
      const key = findingKey(gap);
      // The same finding twice in one report (two checks): one line, both checks named.
      const kept = (this.byKind.get(gap.kind!) ?? []).find((g) => findingKey(g) === key);
      if (kept) {
        if (seen.has(key)) {
          if (!kept.checks!.includes(gap.check)) kept.checks!.push(gap.check);
        } else if (kept.file !== report.file) {
          kept.copies = (kept.copies ?? 0) + 1;
        }
        seen.add(key);
        continue;
      }
      seen.add(key);
      this.insert({ ...gap, checks: [gap.check] });
    }
  }

  private insert(gap: GapSummary): void {
    const list = this.byKind.get(gap.kind!) ?? [];
    const r = rank(gap);
    // Largest first; an equal rank goes after the ones already kept, as a stable sort of all findings would.
    let at = list.findIndex((g) => rank(g).lt(r));
    if (at < 0) at = list.length;
    if (at >= GAPS_PER_KIND) return;
    list.splice(at, 0, gap);
    list.length = Math.min(list.length, GAPS_PER_KIND);
    this.byKind.set(gap.kind!, list);
  }

  /** Kind by kind (unit slips, rates, amounts, scores, people, other), each ranked by relative gap. */
  result(): GapSummary[] {
    return GAP_KINDS.flatMap((k) => this.byKind.get(k) ?? []);
  }
}

/** The unit a kind's margins are in, for people. */
export function marginUnit(kind: GapKind | undefined, lang: Lang): string {
  switch (kind) {
    case 'rate':
      return lang === 'zh' ? ' 个百分点' : ' pp';
    case 'amount':
      return lang === 'zh' ? ' 万元' : ' 万元';
    case 'score':
      return lang === 'zh' ? ' 分' : ' points';
    case 'people':
      return lang === 'zh' ? ' 人' : ' people';
    default:
      return '';
  }
}

/** A value as the summary shows it: as printed (95.00 stays 95.00), the point of an interval, a rate with its %. */
export function shownValue(value: string, kind: GapKind | undefined): string {
  const printed = /[-+]?\d[\d,]*(?:\.\d+)?/.exec(value)?.[0];
  if (!printed) return value;
  return kind === 'rate' ? `${printed}%` : kind === 'amount' ? `${printed} 万元` : printed;
}

/** A margin rounded for reading (2 decimals at most), with its unit. */
export function shownMargin(g: GapSummary, lang: Lang): string {
  const m = decimalOf(g.margin);
  return m ? `${m.toDecimalPlaces(2).toFixed()}${marginUnit(g.kind, lang)}` : g.margin;
}

/** The relative gap as a percentage (1.6 %, 292 %), or empty. */
export function shownRelative(g: GapSummary): string {
  if (g.relative === undefined) return '';
  const pct = new Decimal(g.relative).times(100);
  return `${pct.gte(10) ? pct.toDecimalPlaces(0).toFixed() : pct.toDecimalPlaces(1).toFixed()}%`;
}

/** A unit slip as people read it: `21915.81 亿元 → 万元`. */
export function shownSlip(g: GapSummary): string {
  return g.slip ? `${g.slip.raw} ${g.slip.printed} → ${g.slip.meant}` : `${g.reported} → ${g.expected}`;
}
