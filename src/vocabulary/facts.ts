/**
 * The facts of metrics.csv and details.csv are a view of the figures the vocabulary named: one fact per named
 * figure, in the metric's unit, with the figure's place and quote — so the two tables never disagree — and the
 * report's identity (department, region, year, date) as text facts.
 */
import type { Fact, Figure } from '../model/audit.js';
import { lexicon } from './lexicon.js';

const UNIT_LABEL: Record<string, string> = { money: '万元', percent: '%', people: '人', score: '分', count: '个' };

export function factOf(figure: Figure): Fact | null {
  if (!figure.metric || !figure.naming) return null;
  const unit = lexicon().metrics.get(figure.metric)?.unit;
  return {
    id: figure.id,
    metric: figure.metric,
    tier: figure.naming.tier,
    key: figure.naming.key,
    value: figure.value,
    unit: unit ? (UNIT_LABEL[unit] ?? unit) : 'none',
    raw: figure.raw,
    rawUnit: figure.rawUnit,
    decimals: figure.decimals,
    exact: unit === 'people' || unit === 'count',
    comparator: figure.naming.approximate ? '≈' : '=',
    ...(figure.naming.scope ? { scope: figure.naming.scope } : {}),
    extractor: figure.naming.reader,
    ...(figure.ocr ? { ocr: true } : {}),
    ...(figure.suspect ? { suspect: figure.suspect } : {}),
    location: figure.location,
  };
}

/** The facts of a document: its named figures, then its identity. */
export function factsOf(figures: readonly Figure[], identity: readonly Fact[]): Fact[] {
  return [...figures.flatMap((f) => factOf(f) ?? []), ...identity];
}
