/**
 * A rule checks one kind of relation between the figures of a report, as ESLint rules check one kind of code
 * pattern: it has an id, the check id its flags carry (docs/checks.md), its messages, and a `run` that reads the
 * report's figures and raises flags. Every rule decides with the interval rule (docs/checks.md), so rounding never
 * raises a flag, and stays silent when it cannot tell what a figure is.
 *
 * Flags are language-neutral: a message code with parameters, numbers as decimal strings, labels as printed.
 */
import { Decimal } from 'decimal.js';
import type { CheckId, Evidence, Figure, Flag, Relation, RelationKind, Severity } from '../model/audit.js';
import type { DocumentModel } from '../model/document.js';
import type { FigurePlace, FigureReading } from '../read/index.js';
import type { TableAnalysis } from '../vocabulary/tables.js';
import type { NamedClaim } from '../vocabulary/name.js';
import type { ScoreTable } from '../read/score-forms.js';
import { gap, intervalOf, overlaps, printedNumber, severityOf, show, unitScale, type Interval } from '../math/interval.js';
import { msg } from '../model/status.js';
import { buildFlag, FlagNumbers, type RescoreResult } from './report.js';
import { approximateInPrint } from './printed.js';
import type { Identity } from '../read/identity.js';
import { defineMessages } from '../i18n/messages.js';
import { lexicon } from '../vocabulary/lexicon.js';
import { ByMetric } from './by-metric.js';

type Bilingual = { zh: string; en: string };

export interface Rule {
  id: string;
  /** The check id its flags carry. */
  check: CheckId;
  description: string;
  /** Message codes it uses, defined when the rule is registered. */
  messages: Record<string, Bilingual>;
  run(ctx: RuleContext): void;
}

export interface RuleFlag {
  severity: Severity;
  /** The figure the report states that its own figures contradict. */
  reported: Figure;
  /** What the report's own figures give, in the value's unit; a text (≤ 5) where no interval says it. */
  expected: Interval | string;
  /** What the flag reports, when not the figure's number (the year a figure is attributed to). */
  reportedText?: string;
  /** The reported figure's role in the evidence (reported, whole …). */
  role?: string;
  /** The metric and key the flag is filed under, when not the reported figure's. */
  metric?: string;
  key?: string;
  formula: string;
  message: string;
  params: Record<string, string | number>;
  /** Every other figure used, with its role. */
  inputs: Array<[string, Figure]>;
}

/** What each figure stands for in one evaluation (as printed, or with a unit slip corrected). */
export type IntervalOf = (f: Figure) => Interval;

/** One way the report's own figures give a stated figure (several when the words leave the whole or base open). */
export interface Alternative {
  /** The figure stated, when the words leave open which one it is (a 其中 list after two totals). */
  stated?: Figure;
  inputs: Array<[string, Figure]>;
  /** What the inputs give for the stated figure; null when they cannot (a divisor that may be zero). */
  expected(iv: IntervalOf): Interval | null;
  /** The arithmetic with the printed inputs, for the flag and relations.csv. */
  formula(expected: Interval): string;
}

/**
 * A relation the report states, as a rule checks it: the stated figure against what its inputs give. It holds when
 * any alternative agrees; otherwise it is flagged, with the nearest (or the first) alternative as the expectation.
 * Kept as a function of the figures' intervals, so a unit slip can be tried on it without running the rule again.
 */
export interface RelationSpec {
  check: CheckId;
  kind: RelationKind;
  stated: Figure;
  alternatives: Alternative[];
  /** Which alternative a flag shows: the one nearest the stated figure, or the first (the words' own reading). */
  show?: 'nearest' | 'first';
  /** The stated figure's interval; by default as printed. */
  statedInterval?(iv: IntervalOf): Interval;
  /** Whether the stated figure agrees with an expectation; by default when their intervals meet. */
  agrees?(stated: Interval, expected: Interval, iv: IntervalOf): boolean;
  /**
   * Whether, short of agreeing, the stated figure is within what an expectation allows as a bound (a whole above
   * parts that may not be all of it): no contradiction, but verified only that far (verdict `within`).
   */
  within?(stated: Interval, expected: Interval, iv: IntervalOf): boolean;
  /** How far apart they are; by default the gap between the intervals. */
  margin?(stated: Interval, expected: Interval): Decimal;
  /** The flag's severity; by default error or warning by the size of the gap in the printed unit. */
  severity?: Severity | ((margin: Decimal) => Severity);
  message(expected: Interval, alternative: Alternative): { code: string; params: Record<string, string | number> };
  /** What the flag's expected column says, when not the interval (≤ 5). */
  expectedText?(expected: Interval): string;
  role?: string;
  metric?: string;
  key?: string;
  reportedText?: string;
}

/** A relation as checked, with what the rules need to try it again under other readings of its figures. */
export interface CheckedRelation {
  relation: Relation;
  spec: RelationSpec;
  figures: Figure[];
  flag: Flag | null;
  /** What the relation expects its stated figure to be. */
  expected: Interval;
}

/** What the rules read: the report's documents, every figure named, and the vocabulary's reading of its tables. */
export interface RuleInput {
  /** The main document first, then the files joined to it (a score sheet). */
  docs: DocumentModel[];
  reading: FigureReading;
  year: number | null;
  /** Tables other than score forms, with the vocabulary's reading of their columns, by the file they are in. */
  tables: Array<{ file: string; table: TableAnalysis }>;
  /** What the vocabulary read as shares and changes, over the figures. */
  claims: NamedClaim[];
  /** Score forms (评分表, 项目支出绩效自评表) over the figures. */
  scoreForms: ScoreTable<Figure>[];
  /** Who and when the report is of: frameworks are told apart by region and year. */
  identity: Pick<Identity, 'dept' | 'region' | 'year'>;
  /** A scoring framework to use (id or file), or null to detect one. */
  rubric: string | null;
}

/**
 * A gap no typo or unit slip makes: a share whose part is larger than the whole it was paired with (the whole is
 * another figure), a rate of change twenty times the stated one or less than a twentieth of it (the base is another
 * figure). The words were misread, most likely by us: worth a look, never an error.
 */
function implausible(kind: RelationKind, stated: Interval, expected: Interval): boolean {
  if (kind === 'share') return expected.lo.gt(100) && stated.hi.lte(100);
  if (kind !== 'change' || !stated.lo.gt(0) || !expected.lo.gt(0)) return false;
  return expected.lo.div(stated.hi).gte(20) || stated.lo.div(expected.hi).gte(20);
}

export class RuleContext {
  readonly flags: Flag[] = [];
  checked = 0;
  /** Stated rates whose inputs the report does not give: listed, never flagged. */
  readonly unverifiable: Figure[] = [];
  readonly lex = lexicon();
  private byMetricIndex: ByMetric | null = null;
  private readonly numbers = new FlagNumbers();
  /** Set by the re-scoring rule: the framework used and the range of the report's score. */
  rescored: RescoreResult | null = null;
  /** The rule running now: the flags it raises carry its id. */
  rule = '';
  readonly figures: Figure[];
  private readonly byId: Map<string, Figure>;
  private readonly claims = new Map<Figure, Figure[]>();
  private readonly memo = new Map<string, Map<Figure, string>>();
  /** Each figure's interval, computed once: the rules ask for it in every trial. */
  private readonly intervals = new Map<Figure, Interval>();
  /** The figures each flag used (reported and inputs), for the unit-slip trial. */
  private readonly used = new Map<Flag, Figure[]>();

  readonly doc: DocumentModel;
  readonly reading: FigureReading;
  readonly year: number | null;
  private cellIndex: Map<string, Figure> | null = null;

  constructor(readonly input: RuleInput) {
    this.doc = input.docs[0]!;
    this.reading = input.reading;
    this.year = input.year;
    const reading = input.reading;
    this.figures = reading.figures;
    this.byId = new Map(reading.figures.map((f) => [f.id, f]));
    for (const f of reading.figures) {
      const about = this.about(f);
      if (about) this.claims.set(about, [...(this.claims.get(about) ?? []), f]);
    }
  }

  /** The figures the vocabulary named, by metric. */
  get metrics(): ByMetric {
    this.byMetricIndex ??= new ByMetric(this.figures, (f) => this.place(f));
    return this.byMetricIndex;
  }

  /** The figure read from a table cell. */
  cell(file: string, table: number, row: number, col: number): Figure | undefined {
    if (!this.cellIndex) {
      this.cellIndex = new Map();
      for (const f of this.figures) {
        const t = f.location.table;
        if (t) this.cellIndex.set(`${f.location.file}|${t.id}:${t.row}:${t.col}`, f);
      }
    }
    return this.cellIndex.get(`${file}|${table}:${row}:${col}`);
  }

  private positions: Map<Figure, number> | null = null;
  private listed: Map<string, Figure[]> | null = null;

  /** Where a figure stands among the report's figures, in reading order (an index, computed once). */
  position(f: Figure): number {
    this.positions ??= new Map(this.figures.map((x, i) => [x, i]));
    return this.positions.get(f) ?? -1;
  }

  /** The figures listed as parts of a figure (其中…), in reading order (an index, computed once). */
  partsOf(whole: Figure): Figure[] {
    if (!this.listed) {
      this.listed = new Map();
      for (const f of this.figures) {
        for (const id of this.place(f)?.partOf ?? []) {
          const parts = this.listed.get(id);
          if (parts) parts.push(f);
          else this.listed.set(id, [f]);
        }
      }
    }
    return this.listed.get(whole.id) ?? [];
  }

  /** The claims (changes, rates, shares, prior levels) about a figure. */
  claimsAbout(f: Figure): Figure[] {
    return this.claims.get(f) ?? [];
  }

  byIds(ids: readonly string[]): Figure[] {
    return ids.map((id) => this.byId.get(id)).filter((f): f is Figure => f !== undefined);
  }

  /** A string derived from a figure (its name, its bare label), computed once per figure and function. */
  derived(name: string, f: Figure, compute: (f: Figure) => string): string {
    let cache = this.memo.get(name);
    if (!cache) this.memo.set(name, (cache = new Map()));
    let value = cache.get(f);
    if (value === undefined) cache.set(f, (value = compute(f)));
    return value;
  }

  place(f: Figure): FigurePlace | undefined {
    return this.reading.places.get(f.id);
  }

  /** The figure a claim is about. */
  about(f: Figure): Figure | null {
    const id = this.place(f)?.about;
    return id ? (this.byId.get(id) ?? null) : null;
  }

  /** `interval` as a function, for the rules' arithmetic over figures. */
  readonly iv: IntervalOf = (f) => this.interval(f);

  /** What the printed figure may stand for, in its normalised unit; wider when the text says it is approximate. */
  interval(f: Figure): Interval {
    let known = this.intervals.get(f);
    if (!known) this.intervals.set(f, (known = this.computeInterval(f)));
    return known;
  }

  private computeInterval(f: Figure): Interval {
    // An amount printed as 0 (因公出国(境)费0万元, 公务用车购置0万元) says there was none, not a rounded value; its
    // direction, if any, is in its words.
    if ((f.kind === 'amount' || f.kind === 'headcount') && printedNumber(f.raw)?.isZero()) return { lo: new Decimal(0), hi: new Decimal(0) };
    const approximate = f.naming?.approximate === true || approximateInPrint(this, f);
    return intervalOf(f, this.exact(f) && !approximate, approximate);
  }

  /** Counts of people or things and a framework's weights are exact; every other figure was rounded when printed. */
  exact(f: Figure): boolean {
    if (f.naming?.approximate) return false;
    if (f.kind === 'headcount' || f.kind === 'weight') return true;
    const unit = f.metric ? this.lex.metrics.get(f.metric)?.unit : undefined;
    return unit === 'people' || unit === 'count';
  }

  evidence(role: string, f: Figure): Evidence {
    return {
      role,
      metric: f.metric,
      ...(f.label ? { key: f.label } : {}),
      value: f.value,
      raw: `${f.raw}${f.rawUnit}`,
      ...(f.factId ? { factId: f.factId } : {}),
      location: f.location,
    };
  }

  /** An interval as a flag shows it: in the unit `f` is printed in (元 for a figure printed in 元). */
  shown(a: Interval, f: Figure): string {
    const scale = this.scale(f);
    return show(scale.eq(1) ? a : { lo: a.lo.div(scale), hi: a.hi.div(scale) });
  }

  /** The factor from a figure's printed unit to its value's unit (10000 for 亿元 → 万元), 1 when printed in it. */
  scale(f: Figure): Decimal {
    return unitScale(f.value, f.raw);
  }

  /**
   * Raise a flag. `expected` and `margin` are in the value's unit (万元 for money); the flag shows them in the unit
   * the reported figure is printed in, so 75.20 亿元 is compared with 74.80, not with 748000.
   */
  flag(check: CheckId, input: RuleFlag, margin: Decimal): Flag {
    const scale = this.scale(input.reported);
    const expected = typeof input.expected === 'string' || scale.eq(1) ? input.expected : { lo: input.expected.lo.div(scale), hi: input.expected.hi.div(scale) };
    const key = input.key ?? input.reported.label;
    const used = [input.reported, ...input.inputs.map(([, f]) => f)];
    const flag = buildFlag(
      {
        rule: this.rule,
        check,
        severity: input.severity,
        metric: input.metric ?? input.reported.metric,
        ...(key ? { key } : {}),
        reported: input.reportedText ?? input.reported.raw.replace(/[,，\s]/g, '').replace(/^(?![-+]?\d)(.*)$/, input.reported.value),
        expected: typeof expected === 'string' ? expected : expected.lo.eq(expected.hi) ? expected.lo.toFixed() : show(expected),
        margin: margin.div(scale),
        formula: input.formula,
        message: msg(input.message, input.params),
        evidence: [this.evidence(input.role ?? 'reported', input.reported), ...input.inputs.map(([role, f]) => this.evidence(role, f))],
        ocr: used.some((f) => f.ocr),
      },
      this.numbers,
    );
    this.flags.push(flag);
    this.used.set(flag, used);
    return flag;
  }

  /** Every relation the rules checked, in order. */
  readonly relations: CheckedRelation[] = [];

  /** The stated figure's interval and the alternatives' expectations under `iv`, nearest (or first) first. */
  evaluate(spec: RelationSpec, iv: IntervalOf): { holds: boolean; within: boolean; stated: Interval; best: { alternative: Alternative; expected: Interval } | null } {
    const statedOf = (a: Alternative) => (a.stated ? iv(a.stated) : spec.statedInterval ? spec.statedInterval(iv) : iv(spec.stated));
    const agrees = spec.agrees ?? ((stated: Interval, expected: Interval) => overlaps(stated, expected));
    const results = spec.alternatives.flatMap((alternative) => {
      const expected = alternative.expected(iv);
      return expected ? [{ alternative, expected, stated: statedOf(alternative) }] : [];
    });
    if (results.length === 0) return { holds: true, within: false, stated: statedOf(spec.alternatives[0] ?? { inputs: [], expected: () => null, formula: () => '' }), best: null };
    // A relation that holds shows a reading that agrees (relations.csv lists what was verified); one that does not
    // shows the words' own reading or the nearest.
    const agreeing = results.filter((r) => agrees(r.stated, r.expected, iv));
    const bounded = agreeing.length ? [] : results.filter((r) => spec.within?.(r.stated, r.expected, iv));
    const holds = agreeing.length > 0 || bounded.length > 0;
    const shown = agreeing.length ? agreeing : bounded.length ? bounded : results;
    const distance = (r: (typeof results)[number]) => (spec.margin ?? gap)(r.stated, r.expected);
    const best = spec.show === 'first' ? shown[0]! : shown.reduce((a, b) => (distance(b).lt(distance(a)) ? b : a));
    return { holds, within: bounded.length > 0, stated: best.stated, best };
  }

  /**
   * Check a relation the report states: recorded whatever the verdict (relations.csv), flagged when it does not hold.
   * Returns whether it holds; a relation none of whose alternatives can be computed is not a relation checked.
   */
  relate(spec: RelationSpec): boolean {
    const iv: IntervalOf = (f) => this.interval(f);
    const { holds, within, stated, best } = this.evaluate(spec, iv);
    if (!best) return true;
    this.checked++;
    const margin = (spec.margin ?? gap)(stated, best.expected);
    const inputs = best.alternative.inputs;
    let flag: Flag | null = null;
    if (!holds) {
      const { code, params } = spec.message(best.expected, best.alternative);
      const computed = typeof spec.severity === 'function' ? spec.severity(margin) : (spec.severity ?? this.severity(margin, spec.stated));
      // A figure that is the expectation cut off rather than rounded (32.2661 printed 32.26; 9 × 95.8 % scored 8; parts
      // of 4.4661 亿元 under 4.46 亿元) is worth a look, not a finding: some reports truncate (research/consistency.md,
      // consistent_truncation). An exact count has nothing to cut off.
      const truncated = this.evaluate(spec, (f) => (f === spec.stated ? this.truncation(f) : iv(f))).holds;
      // A percentage rounded twice (20.548 → 20.55 → 20.6) misses its inputs by less than a tenth of its last digit:
      // the gap is in the rounding, not in the report.
      const twiceRounded = spec.stated.unit === '%' && this.evaluate(spec, (f) => (f === spec.stated ? this.twiceRounded(f) : iv(f))).holds;
      const severity = implausible(spec.kind, stated, best.expected) || truncated || twiceRounded ? 'info' : computed;
      flag = this.flag(
        spec.check,
        {
          severity,
          reported: spec.stated,
          expected: spec.expectedText ? spec.expectedText(best.expected) : best.expected,
          formula: best.alternative.formula(best.expected),
          message: code,
          params,
          inputs,
          ...(spec.role ? { role: spec.role } : {}),
          ...(spec.metric !== undefined ? { metric: spec.metric } : {}),
          ...(spec.key !== undefined ? { key: spec.key } : {}),
          ...(spec.reportedText ? { reportedText: spec.reportedText } : {}),
        },
        margin,
      );
    }
    const used = [spec.stated, ...inputs.map(([, f]) => f)];
    this.relations.push({
      relation: {
        id: `relation-${this.relations.length + 1}`,
        rule: this.rule,
        check: spec.check,
        kind: spec.kind,
        verdict: within ? 'within' : holds ? 'holds' : 'contradicted',
        stated: this.evidence(spec.role ?? 'reported', spec.stated),
        inputs: inputs.map(([role, f]) => this.evidence(role, f)),
        expected: spec.expectedText ? spec.expectedText(best.expected) : this.shown(best.expected, spec.stated),
        formula: best.alternative.formula(best.expected),
        flag: flag?.id ?? null,
      },
      spec,
      figures: used,
      flag,
      expected: best.expected,
    });
    return holds;
  }

  /**
   * The values a figure stands for when it was cut off, not rounded: [v, v + 10⁻ᵈ) of its magnitude as printed (the
   * open end kept open by a thousandth of the step).
   */
  truncation(f: Figure): Interval {
    const { lo, hi } = this.interval(f);
    const half = hi.minus(lo).div(2);
    // Cut towards zero: a negative rate's values lie below it.
    return new Decimal(f.value).isNegative() ? { lo: lo.minus(half).plus(half.div(500)), hi: hi.minus(half) } : { lo: lo.plus(half), hi: hi.plus(half).minus(half.div(500)) };
  }

  /** The values a figure rounded twice may stand for: its rounding interval and half a unit of the next digit. */
  twiceRounded(f: Figure): Interval {
    const { lo, hi } = this.interval(f);
    const nextDigit = hi.minus(lo).div(20);
    return { lo: lo.minus(nextDigit), hi: hi.plus(nextDigit) };
  }

  /** error when the gap is large for the figure as printed (0.1 in its unit, or 0.1 % of it), warning when small. */
  severity(margin: Decimal, stated: Figure): Severity {
    const scale = this.scale(stated);
    const printed = printedNumber(stated.raw) ?? new Decimal(stated.value);
    return severityOf(margin.div(scale), printed);
  }

  /** A flag whose evidence the rule built itself (a framework item with the readings behind it). */
  raise(
    input: { check: CheckId; severity: Severity; metric: string; key?: string; reported: string; expected: string; margin: Decimal; formula: string; message: string; params: Record<string, string | number>; evidence: Evidence[] },
    used: Figure[],
  ): Flag {
    const { message, params, ...rest } = input;
    const ocr = used.some((f) => f.ocr) || input.evidence.some((e) => e.location.spans.some((s) => this.input.docs.some((d) => d.file === e.location.file && d.lines[s.line]?.ocr)));
    const flag = buildFlag({ ...rest, rule: this.rule, message: msg(message, params), ocr }, this.numbers);
    this.flags.push(flag);
    this.used.set(flag, used);
    return flag;
  }

  /** A flag built whole elsewhere (the unit-slip pass), kept with this run's flags. */
  flagRaw(flag: Flag): Flag {
    this.flags.push(flag);
    return flag;
  }

  figuresOf(flag: Flag): Figure[] {
    return this.used.get(flag) ?? [];
  }
}

export function register(rules: Rule[]): Rule[] {
  for (const rule of rules) defineMessages(rule.messages);
  return rules;
}
