/**
 * The vocabulary names figures: where one of its readers read a metric (年初预算, 执行率, 三公经费) at the
 * number a figure starts with, that figure gets the metric and the naming (its key, tier, scope). A metric the
 * vocabulary read where the figure reader found no figure (a score cell the form reader alone understands) becomes
 * a figure of its own, so every fact of metrics.csv is a figure of figures.csv. New figures; nothing is changed.
 */
import type { Figure, FigureKind } from '../model/audit.js';
import type { FigurePlace, FigureReading } from '../read/index.js';
import { atKey, numberAt, type NumberAt } from '../read/layout.js';
import type { ScoreTable } from '../read/score-forms.js';
import { mapScoreTable } from '../read/score-forms.js';
import type { ClaimAt } from './index.js';
import type { MetricNaming } from './naming.js';
import { lexicon } from './lexicon.js';

/** The kind of a figure the vocabulary alone read, from its metric's unit. */
function kindOf(metric: string): FigureKind | null {
  const unit = lexicon().metrics.get(metric)?.unit;
  if (unit === 'money') return 'amount';
  if (unit === 'percent') return 'rate';
  if (unit === 'people') return 'headcount';
  if (unit === 'count') return 'quantity';
  if (unit === 'score') return /_max$/.test(metric) ? 'weight' : 'score';
  return null;
}

export interface NamedReading extends FigureReading {
  /** The figure each naming named, or became, by id: the first naming read at a number names it. */
  figureIdOf: Map<MetricNaming, string>;
}

/** Every figure of the reading, named where the vocabulary read a metric at its number, and the figures it adds. */
export function nameFigures(reading: FigureReading, namings: readonly MetricNaming[], idPrefix = ''): NamedReading {
  const byPosition = new Map<string, MetricNaming>();
  for (const n of namings) {
    const key = n.at && atKey(n.at);
    if (key && !byPosition.has(key)) byPosition.set(key, n);
  }
  const named = new Set<MetricNaming>();
  const figureIdOf = new Map<MetricNaming, string>();
  const figures: Figure[] = reading.figures.map((figure) => {
    const at = numberAt(figure.location);
    const n = at ? byPosition.get(atKey(at)) : undefined;
    if (!n) return figure;
    named.add(n);
    // An amount the reader read as a change (减少了…342.74万元，其中公务用车…308.87万元) is no level of a metric.
    if (figure.kind === 'amount' && figure.direction !== 0) return figure;
    figureIdOf.set(n, figure.id);
    return { ...figure, metric: n.metric, naming: n.naming, factId: figure.id };
  });
  const places = new Map(reading.places);
  let next = reading.figures.length;
  for (const n of byPosition.values()) {
    if (named.has(n)) continue;
    const kind = kindOf(n.metric);
    if (!kind) continue;
    const id = `${idPrefix}n${++next}`;
    figureIdOf.set(n, id);
    const { number } = n;
    figures.push({
      id,
      kind,
      label: n.naming.key,
      value: number.value,
      unit: number.unit,
      raw: number.raw,
      rawUnit: number.rawUnit,
      decimals: number.decimals,
      comparator: n.naming.approximate ? '≈' : '=',
      period: '',
      comparison: '',
      direction: 0,
      role: '',
      metric: n.metric,
      naming: n.naming,
      factId: id,
      extractor: n.naming.reader,
      ...(number.ocr ? { ocr: true } : {}),
      location: number.location,
    });
    const place: FigurePlace = {
      ...n.place,
      about: null,
      partOf: [],
      name: n.naming.key,
      form: number.location.table ?? null,
    };
    places.set(id, place);
  }
  return { figures, places, figureIdOf };
}

/** A claim the vocabulary read (占…的 Z%, 比预算减少 X 万元, 调增 X 万元), over the figures it is made of. */
export interface NamedClaim {
  kind: ClaimAt['kind'];
  direction: ClaimAt['direction'];
  base: ClaimAt['base'];
  /** The stated share, change or growth rate. */
  figure: Figure;
  /** The level the claim is about (实际支出 before 比预算减少). */
  subject: Figure | null;
  /** A share's part, printed with it (800 万元 … 占 12.82%). */
  numerator: Figure | null;
  /** The whole a share names, as the vocabulary read it. */
  whole: ClaimAt['whole'];
}

/** The claims over figures; a claim whose stated figure the figure reader did not read is left out. */
export function nameClaims(figures: readonly Figure[], claims: readonly ClaimAt[]): NamedClaim[] {
  const byPosition = new Map<string, Figure>();
  for (const f of figures) {
    const at = numberAt(f.location);
    if (at) byPosition.set(atKey(at), f);
  }
  const find = (at: NumberAt | null): Figure | null => (at ? (byPosition.get(atKey(at)) ?? null) : null);
  const out: NamedClaim[] = [];
  for (const c of claims) {
    const figure = find(c.stated);
    if (!figure) continue;
    out.push({ kind: c.kind, direction: c.direction, base: c.base, figure, subject: find(c.subject), numerator: find(c.numerator), whole: c.whole });
  }
  return out;
}

/** A score form over the report's figures: each weight, score and total the form reader read, as its figure. */
export function nameScoreForms(figures: readonly Figure[], forms: readonly ScoreTable<MetricNaming>[], figureIdOf: ReadonlyMap<MetricNaming, string>): ScoreTable<Figure>[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const out: ScoreTable<Figure>[] = [];
  for (const form of forms) {
    let missing = 0;
    const named = mapScoreTable(form, (n): Figure => {
      const id = figureIdOf.get(n);
      const figure = id === undefined ? undefined : byId.get(id);
      if (!figure) missing++;
      return figure!;
    });
    named.file = form.facts[0]?.number.location.file ?? form.deductions[0]?.fact.number.location.file ?? '';
    // Every figure of a form is named (a score cell no other reader understood became a figure): a form that lost
    // one would be checked with a hole in it, so it is left out instead.
    if (missing === 0) out.push(named);
  }
  return out;
}
