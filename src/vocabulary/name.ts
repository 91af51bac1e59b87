/**
 * The vocabulary names figures: where one of its readers read a metric (年初预算, 执行率, 三公经费) at the
 * characters of a figure, that figure gets the metric id and the naming (its key, tier, scope). A metric the
 * vocabulary read where the figure reader found no figure (a score cell the form reader alone understands) becomes
 * a figure of its own, so every fact of metrics.csv is a figure of figures.csv. New figures; nothing is changed.
 */
import type { Fact, Figure, FigureKind } from '../model/audit.js';
import type { FigurePlace, FigureReading } from '../read/index.js';
import type { ScoreTable } from '../read/score-forms.js';
import type { ExtractedClaim, Place } from './index.js';
import { lexicon } from './lexicon.js';

const IDENTITY = new Set(['dept', 'region', 'year', 'filled_date']);

function spanKey(f: { location: Fact['location'] }): string | null {
  const span = f.location.spans[0];
  return span ? `${span.line}:${span.start}` : null;
}

/** The kind of a figure the vocabulary alone read, from its metric's unit. */
function kindOf(fact: Fact): FigureKind | null {
  const unit = lexicon().metrics.get(fact.metric)?.unit;
  if (unit === 'money') return 'amount';
  if (unit === 'percent') return 'rate';
  if (unit === 'people') return 'headcount';
  if (unit === 'count') return 'quantity';
  if (unit === 'score') return /_max$/.test(fact.metric) ? 'weight' : 'score';
  return null;
}

function naming(fact: Fact): Figure['naming'] {
  return {
    key: fact.key,
    tier: fact.tier,
    ...(fact.scope ? { scope: fact.scope } : {}),
    reader: fact.extractor,
    ...(fact.comparator === '≈' ? { approximate: true } : {}),
  };
}

/** `facts`: what the vocabulary read (numbers only are named); `places`: where each sits, for figures it adds. */
export function nameFigures(reading: FigureReading, facts: readonly Fact[], places: ReadonlyMap<string, Place>, idPrefix = ''): FigureReading & { namedFrom: Map<string, string> } {
  const byPosition = new Map<string, Fact>();
  for (const fact of facts) {
    if (IDENTITY.has(fact.metric) || fact.metric.startsWith('claim_') || !/^-?\d/.test(fact.value)) continue;
    const key = spanKey(fact);
    if (key && !byPosition.has(key)) byPosition.set(key, fact);
  }
  const named = new Set<Fact>();
  const byFact = new Map<string, string>();
  const figures: Figure[] = reading.figures.map((figure) => {
    const key = spanKey(figure);
    const fact = key ? byPosition.get(key) : undefined;
    if (!fact) return figure;
    named.add(fact);
    byFact.set(fact.id, figure.id);
    return { ...figure, metric: fact.metric, naming: naming(fact), factId: figure.id };
  });
  const placesOut = new Map(reading.places);
  let next = reading.figures.length;
  for (const fact of byPosition.values()) {
    if (named.has(fact)) continue;
    const kind = kindOf(fact);
    if (!kind) continue;
    const id = `${idPrefix}n${++next}`;
    byFact.set(fact.id, id);
    figures.push({
      id,
      kind,
      label: fact.key,
      value: fact.value,
      unit: fact.unit,
      raw: fact.raw,
      rawUnit: fact.rawUnit,
      decimals: fact.decimals,
      comparator: fact.comparator,
      period: '',
      comparison: '',
      direction: 0,
      role: '',
      metric: fact.metric,
      naming: naming(fact),
      factId: id,
      extractor: fact.extractor,
      ...(fact.ocr ? { ocr: true } : {}),
      location: fact.location,
    });
    const place = places.get(fact.id);
    const at: FigurePlace = {
      block: place?.block ?? -1,
      section: place?.section ?? -1,
      sentence: place?.unit ?? id,
      about: null,
      partOf: [],
      name: fact.key,
      form: fact.location.table ?? null,
    };
    placesOut.set(id, at);
  }
  return { figures, places: placesOut, namedFrom: byFact };
}

/** A claim the vocabulary read (占…的 Z%, 比预算减少 X 万元, 调增 X 万元), over the figures it is made of. */
export interface NamedClaim {
  kind: ExtractedClaim['kind'];
  direction: ExtractedClaim['direction'];
  base: ExtractedClaim['base'];
  /** The stated share, change or growth rate. */
  figure: Figure;
  /** The level the claim is about (实际支出 before 比预算减少). */
  subject: Figure | null;
  /** A share's part, printed with it (800 万元 … 占 12.82%). */
  numerator: Figure | null;
  /** The whole a share names, as the vocabulary read it. */
  whole: ExtractedClaim['denominator'];
}

/** The claims over figures; a claim whose stated figure the figure reader did not read is left out. */
export function nameClaims(figures: readonly Figure[], claims: readonly ExtractedClaim[]): NamedClaim[] {
  const at = new Map<string, Figure>();
  for (const f of figures) {
    const key = spanKey(f);
    if (key) at.set(`${f.location.file}|${key}`, f);
  }
  const find = (fact: Fact | null): Figure | null => {
    const key = fact ? spanKey(fact) : null;
    return key ? (at.get(`${fact!.location.file}|${key}`) ?? null) : null;
  };
  const out: NamedClaim[] = [];
  for (const c of claims) {
    const figure = find(c.figure);
    if (!figure) continue;
    out.push({ kind: c.kind, direction: c.direction, base: c.base, figure, subject: find(c.subject), numerator: find(c.numerator), whole: c.denominator });
  }
  return out;
}

/** A score form over the report's figures: each weight, score and total the form reader read, as its figure. */
export function nameScoreForms(figures: readonly Figure[], forms: readonly ScoreTable[], namedFrom: ReadonlyMap<string, string>): ScoreTable<Figure>[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const byFact = new Map([...namedFrom].flatMap(([fact, id]) => (byId.has(id) ? [[fact, byId.get(id)!] as const] : [])));
  const out: ScoreTable<Figure>[] = [];
  for (const form of forms) {
    const missing: Fact[] = [];
    const as = (fact: Fact): Figure => {
      const figure = byFact.get(fact.id);
      if (!figure) missing.push(fact);
      return figure!;
    };
    const maybe = (fact: Fact | null): Figure | null => (fact ? as(fact) : null);
    const { form: projectForm, ...rest } = form;
    const named: ScoreTable<Figure> = {
      ...rest,
      items: form.items.map((i) => ({ ...i, weight: maybe(i.weight), score: maybe(i.score) })),
      groups: form.groups.map((g) => ({ ...g, weight: as(g.weight) })),
      totalScore: maybe(form.totalScore),
      totalWeight: maybe(form.totalWeight),
      facts: form.facts.map(as),
      deductions: form.deductions.map((d) => ({ ...d, fact: as(d.fact) })),
      file: form.facts[0]?.location.file ?? form.deductions[0]?.fact.location.file ?? '',
    };
    if (projectForm) {
      const funds = projectForm.funds.map((r) => ({ ...r, initial: maybe(r.initial), full: maybe(r.full), spend: maybe(r.spend), weight: maybe(r.weight), rate: maybe(r.rate), score: maybe(r.score) }));
      named.form = { ...projectForm, funds, total: projectForm.total ? (funds[projectForm.funds.indexOf(projectForm.total)] ?? null) : null };
    }
    // Every figure of a form is named (a score cell no other reader understood became a figure): a form that lost
    // one would be checked with a hole in it, so it is left out instead.
    if (missing.length === 0) out.push(named);
  }
  return out;
}
