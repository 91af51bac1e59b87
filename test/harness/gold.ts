/**
 * The acceptance data of ../shared/gold/seeds.json and the same scoring as ../shared/tools/evaluate.py:
 * recall of gold facts (a|b accepts either), precision of extracted vocabulary facts, required and forbidden flags.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import type { Report } from '../../src/model/audit.js';

import { CORPUS, SHARED } from './needs.js';

export { CORPUS, SHARED };

export interface GoldFlag {
  check: string;
  metric: string | null;
  reported: string | null;
  required: boolean;
}
export interface GoldSeed {
  dept: string;
  year: number;
  self_score: string | null;
  facts: Record<string, string[]>;
  flags: GoldFlag[];
  must_not_flag?: string[];
}

export function goldSeeds(): Record<string, GoldSeed> {
  return JSON.parse(readFileSync(join(SHARED, 'gold', 'seeds.json'), 'utf8')).seeds;
}

const IDENTITY = new Set(['dept', 'region', 'year', 'filled_date', 'self_score', 'score_item', 'score_item_max']);

function num(s: string | null | undefined): Decimal | null {
  try {
    return s === null || s === undefined || s === '' ? null : new Decimal(String(s).replace(/,/g, '').replace('%', '').trim());
  } catch {
    return null;
  }
}

export interface SeedScore {
  missed: string[];
  wrong: string[];
  found: number;
  total: number;
  extracted: number;
  correct: number;
  requiredMissed: string[];
  falseAlarms: string[];
}

/** Score the reports of one seed (all its files) against its gold. */
export function scoreSeed(gold: GoldSeed, reports: Report[]): SeedScore {
  const facts = reports.flatMap((r) => r.facts).filter((f) => f.tier === 'core' && !IDENTITY.has(f.metric));
  const byMetric = new Map<string, Decimal[]>();
  for (const f of facts) byMetric.set(f.metric, [...(byMetric.get(f.metric) ?? []), num(f.value)!]);
  const out: SeedScore = { missed: [], wrong: [], found: 0, total: 0, extracted: 0, correct: 0, requiredMissed: [], falseAlarms: [] };
  for (const [metric, values] of Object.entries(gold.facts)) {
    for (const v of values) {
      out.total++;
      const alts = v.split('|').map((a) => num(a)!);
      if ((byMetric.get(metric) ?? []).some((x) => alts.some((a) => a.eq(x)))) out.found++;
      else out.missed.push(`${metric}=${v}`);
    }
  }
  for (const [metric, xs] of byMetric) {
    const allowed = (gold.facts[metric] ?? []).flatMap((v) => v.split('|').map((a) => num(a)!));
    for (const x of xs) {
      out.extracted++;
      if (allowed.some((a) => a.eq(x))) out.correct++;
      else out.wrong.push(`${metric}=${x.toFixed()}`);
    }
  }
  const main = reports[0]!;
  out.total += 2;
  if (gold.year !== null && main.year === gold.year) out.found++;
  else out.missed.push(`year=${gold.year} got ${main.year}`);
  const dept = (main.dept ?? '').replace(/\s+/g, '');
  if (dept.length >= 6 && (gold.dept.includes(dept) || dept.includes(gold.dept))) out.found++;
  else out.missed.push(`dept=${gold.dept} got ${main.dept}`);
  if (gold.self_score !== null) {
    out.total++;
    if (num(main.score.stated)?.eq(num(gold.self_score)!)) out.found++;
    else out.missed.push(`self_score=${gold.self_score} got ${main.score.stated}`);
  }
  const flags = reports.flatMap((r) => r.flags);
  for (const g of gold.flags.filter((f) => f.required)) {
    const checks = g.check.split('|');
    const hit = flags.some(
      (f) => checks.includes(f.check) && ((g.metric && f.metric === g.metric) || (g.reported && `${f.reported}${f.evidence[0]?.location.quote}`.includes(g.reported))),
    );
    if (!hit) out.requiredMissed.push(`${g.check}:${g.metric}`);
  }
  for (const f of flags) {
    if ((f.severity === 'error' || f.severity === 'warning') && gold.must_not_flag?.includes(f.metric)) out.falseAlarms.push(`${f.check}:${f.metric}:${f.reported}`);
  }
  return out;
}
