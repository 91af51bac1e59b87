/**
 * Recompute and diff: run every check over one report's extraction. Unit slips are found first, so the other
 * checks use the corrected value and one slip raises one flag. Flags come out sorted by severity and margin.
 */
import { Decimal } from 'decimal.js';
import type { Fact, Flag } from '../model/audit.js';
import type { Extraction } from '../vocabulary/index.js';
import { lexicon } from '../vocabulary/lexicon.js';
import { CheckContext } from './context.js';
import { checkUnits } from './units.js';
import './messages.js';

export interface CheckResult {
  flags: Flag[];
  checked: number;
  unverifiable: Fact[];
  context: CheckContext;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Two checks reaching the same finding (a table row and the identity of its facts) report it once. */
function dedupe(flags: Flag[]): Flag[] {
  const seen = new Set<string>();
  return flags.filter((f) => {
    const key = `${f.check}|${f.reported}|${f.expected}|${f.evidence[0]?.location.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `labels`: each fact's label as printed (from the figure read at the same place), for checks that compare mentions. */
export function runChecks(extraction: Extraction, labels: ReadonlyMap<string, string> = new Map()): CheckResult {
  const ctx = new CheckContext(lexicon(), extraction, extraction.identity.year, labels);
  checkUnits(ctx);
  const flags = dedupe(ctx.flags).sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || new Decimal(b.margin).cmp(new Decimal(a.margin)),
  );
  return { flags, checked: ctx.checked, unverifiable: ctx.unverifiable, context: ctx };
}
