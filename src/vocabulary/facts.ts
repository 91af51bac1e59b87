/**
 * The facts of metrics.csv and details.csv are a view of the figures the vocabulary named: one fact per named
 * figure, in the metric's unit, with the figure's place and quote — so the two tables never disagree — and the
 * report's identity (department, region, year, date) as text facts, where the report states it.
 */
import type { Fact, Figure, Location } from '../model/audit.js';
import type { Identity } from '../read/identity.js';
import { lexicon, metricUnit } from './lexicon.js';

export function factOf(figure: Figure): Fact | null {
  if (!figure.metric || !figure.naming) return null;
  const unit = lexicon().metrics.get(figure.metric)?.unit;
  return {
    id: figure.id,
    metric: figure.metric,
    tier: figure.naming.tier,
    key: figure.naming.key,
    value: figure.value,
    unit: metricUnit(lexicon(), figure.metric),
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

/**
 * The identity the report states, as facts: department and region where the department is named, year, date.
 * `idPrefix`: the document's, as its figures have it.
 */
export function identityFacts(identity: Identity, idPrefix = ''): Fact[] {
  const stated: Array<[string, string | null, Location | null]> = [
    ['dept', identity.dept, identity.statedAt.dept],
    ['region', identity.region, identity.statedAt.dept],
    ['year', identity.year === null ? null : String(identity.year), identity.statedAt.year],
    ['filled_date', identity.filledDate, identity.statedAt.filledDate],
  ];
  const facts: Fact[] = [];
  for (const [metric, value, location] of stated) {
    if (value === null || !location) continue;
    facts.push({
      id: `${idPrefix}if${facts.length + 1}`,
      metric,
      tier: 'core',
      key: '',
      value,
      unit: metricUnit(lexicon(), metric),
      raw: value,
      rawUnit: '',
      decimals: 0,
      exact: true,
      comparator: '=',
      extractor: 'identity',
      location,
    });
  }
  return facts;
}

/** The facts of a document: its named figures, then its identity. */
export function factsOf(figures: readonly Figure[], identity: Identity, idPrefix = ''): Fact[] {
  return [...figures.flatMap((f) => factOf(f) ?? []), ...identityFacts(identity, idPrefix)];
}
