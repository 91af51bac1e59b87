/**
 * unit_suspect over every figure: an amount whose printed unit cannot be right, because the relations it takes part
 * in fail as printed and all of them hold once the unit is read as the one meant (全年预算数2089元 beside its parts
 * 1777萬元 and 312萬元 and their shares 85.06 % and 14.94 %).
 *
 * The rules run once and record every relation they checked as a function of its figures' intervals. A slip is
 * tried on the relations of one figure only — every figure in a contradicted relation, each once — so the cost
 * grows with the relations, not with the report squared. When slips are found, the rules run once more on the
 * corrected figures (new figure objects: nothing read is changed), so every flag and relation speaks of the values
 * meant, and one slip raises one flag, not one per relation it breaks.
 */
import { Decimal } from 'decimal.js';
import type { Figure, Flag, Relation } from '../model/audit.js';
import { msg } from '../model/status.js';
import { printedNumber, type Interval } from '../math/interval.js';
import type { CheckedRelation, IntervalOf, RuleContext, RuleInput } from '../rules/rule.js';
import { applyRules } from '../rules/index.js';
import { buildFlag, FlagNumbers, type RescoreResult } from '../rules/report.js';
import { defineMessages } from '../i18n/messages.js';

defineMessages({
  'unit-suspect': {
    zh: '{label}写作 {raw}{unit}，与报告其他数据不符；按 {raw}{meant} 理解时各项勾稽关系均成立，疑为单位错误。',
    en: '{label} is written {raw} {unit}, which the other figures contradict; read as {raw} {meant}, every check passes: likely a unit slip.',
  },
});

interface Slip {
  from: string;
  meant: string;
  /** Factor from the value as printed to the value meant. */
  factor: Decimal;
  /** Only figures this large as printed (万元 read as 元 only for sums too large for one department's 万元). */
  minimum: Decimal;
}

const SLIPS: Slip[] = [
  { from: '元', meant: '万元', factor: new Decimal(10000), minimum: new Decimal(0) },
  { from: '亿元', meant: '万元', factor: new Decimal('0.0001'), minimum: new Decimal(0) },
  { from: '万元', meant: '元', factor: new Decimal('0.0001'), minimum: new Decimal(1_000_000) },
];

/**
 * Slips tried only against one found: where reading another figure of the broken relations in 亿元 mends them
 * too, that figure may be the slip instead. Alone, a 万元 read as 亿元 makes too many relations hold by size alone.
 */
const RIVAL_SLIPS: Slip[] = [{ from: '万元', meant: '亿元', factor: new Decimal(10000), minimum: new Decimal(0) }];

interface Found {
  figure: Figure;
  slip: Slip;
  /** The relations it broke as printed. */
  broken: CheckedRelation[];
}

/** Every figure a relation uses, whichever alternative: the stated figure(s) and every input. */
function figuresOf(r: CheckedRelation): Figure[] {
  return [r.spec.stated, ...r.spec.alternatives.flatMap((a) => [...(a.stated ? [a.stated] : []), ...a.inputs.map(([, f]) => f)])];
}

function slipsFor(f: Figure, slips: Slip[] = SLIPS): Slip[] {
  if (f.kind !== 'amount' || f.suspect) return [];
  const printed = printedNumber(f.raw);
  if (!printed || printed.isZero()) return [];
  return slips.filter((s) => s.from === f.rawUnit && printed.abs().gte(s.minimum));
}

/** The slips the relations prove: each candidate tried once, in the order of how many relations it breaks. */
function findSlips(ctx: RuleContext): Found[] {
  const relationsOf = new Map<Figure, CheckedRelation[]>();
  for (const r of ctx.relations) for (const f of new Set(figuresOf(r))) relationsOf.set(f, [...(relationsOf.get(f) ?? []), r]);
  const factors = new Map<Figure, Decimal>();
  const iv: IntervalOf = (f) => {
    const base: Interval = ctx.interval(f);
    const k = factors.get(f);
    return k ? { lo: base.lo.times(k), hi: base.hi.times(k) } : base;
  };
  const broken = (r: CheckedRelation) => !ctx.evaluate(r.spec, iv).holds;
  const candidates = [...relationsOf]
    .map(([figure, relations]) => ({ figure, relations, breaks: relations.filter((r) => r.relation.verdict === 'contradicted').length }))
    .filter((c) => c.breaks > 0 && slipsFor(c.figure).length > 0)
    .sort((a, b) => b.breaks - a.breaks);
  /** The slip of a figure that makes all its relations hold, if one does (and leaves the factor unset). */
  const slipOf = (figure: Figure, slips: Slip[] = SLIPS): Slip | null => {
    const relations = relationsOf.get(figure) ?? [];
    for (const slip of slipsFor(figure, slips)) {
      factors.set(figure, slip.factor);
      const holds = !relations.some(broken);
      // A slip that shrinks the figure proves nothing when its relations would hold without it (a sum that a
      // misread part spoils holds as well with that part at 0 as at 0.0025 亿元).
      factors.set(figure, new Decimal(0));
      const holdsWithout = slip.factor.lt(1) && !relations.some(broken);
      factors.delete(figure);
      if (holds && !holdsWithout) return slip;
    }
    return null;
  };
  const found: Found[] = [];
  for (const { figure, relations } of candidates) {
    if (factors.has(figure)) continue;
    const failing = relations.filter(broken);
    if (failing.length === 0) continue;
    const slip = slipOf(figure);
    if (!slip) continue;
    // 营业税完成15.28亿元，…减收2.21万元，下降12.6%: either figure's unit read otherwise mends the rate; the slip is the
    // one that brings its figure among the figures like it (the other taxes in 亿元, the other changes in 万元). A rival
    // displaces the candidate only when both can be compared with figures like them and the rival fits strictly better.
    let choice = { figure, slip, misfit: misfit(ctx, figure, slip) };
    for (const other of new Set(failing.flatMap(figuresOf))) {
      if (other === figure || factors.has(other)) continue;
      const otherSlip = slipOf(other, [...SLIPS, ...RIVAL_SLIPS]);
      const otherMisfit = otherSlip ? misfit(ctx, other, otherSlip) : Infinity;
      if (otherSlip && Number.isFinite(choice.misfit) && otherMisfit < choice.misfit) choice = { figure: other, slip: otherSlip, misfit: otherMisfit };
    }
    const broke = choice.figure === figure ? failing : (relationsOf.get(choice.figure) ?? []).filter(broken);
    factors.set(choice.figure, choice.slip.factor);
    found.push({ figure: choice.figure, slip: choice.slip, broken: broke });
  }
  return found;
}

/**
 * How far a figure read with a slip stands from the figures like it in its section (amounts of the same kind, levels
 * with levels and changes with changes): the median distance in orders of magnitude. Infinity with none to compare.
 */
function misfit(ctx: RuleContext, figure: Figure, slip: Slip): number {
  const value = new Decimal(figure.value).times(slip.factor).abs();
  if (value.isZero()) return Infinity;
  const section = ctx.place(figure)?.section;
  const peers = ctx.figures.filter(
    (f) => f !== figure && f.kind === figure.kind && (f.direction === 0) === (figure.direction === 0) && !f.comparison === !figure.comparison && ctx.place(f)?.section === section && !new Decimal(f.value).isZero(),
  );
  if (!peers.length) return Infinity;
  const distances = peers.map((f) => Math.abs(Decimal.log10(value).minus(Decimal.log10(new Decimal(f.value).abs())).toNumber())).sort((a, b) => a - b);
  return distances[Math.floor(distances.length / 2)]!;
}

/** The rule input with some figures replaced by corrected copies, wherever the input holds them. */
function substitute(input: RuleInput, by: ReadonlyMap<Figure, Figure>): RuleInput {
  const f = <T extends Figure | null>(x: T): T => (x ? ((by.get(x) ?? x) as T) : x);
  return {
    ...input,
    reading: { ...input.reading, figures: input.reading.figures.map(f) },
    claims: input.claims.map((c) => ({ ...c, figure: f(c.figure), subject: f(c.subject), numerator: f(c.numerator) })),
    scoreForms: input.scoreForms.map((form) => ({
      ...form,
      items: form.items.map((i) => ({ ...i, weight: f(i.weight), score: f(i.score) })),
      groups: form.groups.map((g) => ({ ...g, weight: f(g.weight) })),
      totalScore: f(form.totalScore),
      totalWeight: f(form.totalWeight),
      facts: form.facts.map(f),
      deductions: form.deductions.map((d) => ({ ...d, fact: f(d.fact) })),
      ...(form.form
        ? (() => {
            const funds = form.form.funds.map((r) => ({ ...r, initial: f(r.initial), full: f(r.full), spend: f(r.spend), weight: f(r.weight), rate: f(r.rate), score: f(r.score) }));
            const total = form.form.total ? (funds[form.form.funds.indexOf(form.form.total)] ?? null) : null;
            return { form: { ...form.form, funds, total } };
          })()
        : {}),
    })),
  };
}

function unitFlag(ctx: RuleContext, found: Found, corrected: Figure, numbers: FlagNumbers): Flag {
  const { figure, slip, broken } = found;
  const others = [...new Set(broken.flatMap(figuresOf))].filter((f) => f !== figure);
  // A metric by its id, rendered in the reader's language; else the label as printed.
  const label = figure.metric ? `{${figure.metric}}` : figure.label || figure.raw;
  const printed = figure.raw.replace(/[,，\s]/g, '');
  return buildFlag(
    {
      rule: 'unit-slips',
      check: 'unit_suspect',
      severity: 'error',
      metric: figure.metric,
      ...(figure.label ? { key: figure.label } : {}),
      reported: printed,
      expected: `${printed} ${slip.meant}`,
      margin: new Decimal(figure.value).minus(corrected.value).abs(),
      formula: `${label}: ${figure.raw}${figure.rawUnit} = ${new Decimal(figure.value).toFixed()} 万元; ${figure.raw}${slip.meant} = ${new Decimal(corrected.value).toFixed()} 万元`,
      message: msg('unit-suspect', { label, raw: figure.raw, unit: figure.rawUnit, meant: slip.meant }),
      evidence: [ctx.evidence('reported', figure), ...others.map((f) => ctx.evidence('context', f))],
      ocr: !!figure.ocr || others.some((f) => f.ocr),
    },
    numbers,
  );
}

export interface RuleResult {
  flags: Flag[];
  relations: Relation[];
  checked: number;
  unverifiable: Figure[];
  rescored: RescoreResult | null;
  /** Figures whose unit slipped, by id: the corrected copy, marked with the flag that explains it. */
  corrected: Map<string, Figure>;
}

function result(ctx: RuleContext, corrected: Map<string, Figure>, extra: Flag[] = []): RuleResult {
  const relations = ctx.relations.map((r) => r.relation);
  if (corrected.size) {
    // A relation of a corrected figure holds because of the correction: say so.
    const ids = new Set(corrected.keys());
    for (const r of ctx.relations) if (r.relation.verdict === 'holds' && figuresOf(r).some((f) => ids.has(f.id))) r.relation.verdict = 'corrected';
  }
  // A rate the vocabulary's formula found no inputs for may be checked as a ratio by a rule that reads its sentence:
  // it is verified, not unverifiable. (A score item the framework cannot recompute stays unverifiable, whatever sum
  // it is a part of.)
  const related = new Set(ctx.relations.filter((r) => r.spec.kind === 'ratio').map((r) => r.spec.stated));
  const unverifiable = ctx.unverifiable.filter((f) => !related.has(f));
  return { flags: [...extra, ...ctx.flags], relations, checked: ctx.checked, unverifiable, rescored: ctx.rescored, corrected };
}

/** The rules over a report's figures, with unit slips tried through the relations they checked. */
export function runRules(input: RuleInput): RuleResult {
  const first = applyRules(input);
  const found = findSlips(first);
  if (found.length === 0) return result(first, new Map());
  const numbers = new FlagNumbers();
  const copies = new Map<Figure, Figure>();
  const flags: Flag[] = [];
  for (const f of found) {
    const value = new Decimal(f.figure.value).times(f.slip.factor).toFixed();
    const copy: Figure = { ...f.figure, value };
    const flag = unitFlag(first, f, copy, numbers);
    copy.suspect = { check: 'unit_suspect', flag: flag.id, valueAsPrinted: f.figure.value };
    copies.set(f.figure, copy);
    flags.push(flag);
  }
  const final = applyRules(substitute(input, copies));
  return result(final, new Map([...copies.values()].map((c) => [c.id, c])), flags);
}
