/**
 * unit_suspect over every figure: an amount whose printed unit cannot be right, because the rules it takes part in
 * fail as printed and all of them pass once the unit is read as the one meant (全年预算数2089元 beside its parts
 * 1777萬元 and 312萬元 and their shares 85.06 % and 14.94 %). The vocabulary check (src/check/units.ts) does the
 * same for the figures it knows; this one needs no metric.
 *
 * A slip is tried by correcting the figure and running the rules again: it is a slip when the flags the figure
 * took part in all go and no flag comes in their place. The corrected value then stands for the figure, so one
 * slip raises one flag, not one per relation it breaks.
 */
import { Decimal } from 'decimal.js';
import type { Figure, Flag } from '../model/audit.js';
import { msg } from '../model/status.js';
import type { RuleContext, RuleInput } from '../rules/rule.js';
import { printedNumber } from '../math/interval.js';
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
 * How many figures are tried: each trial runs the rules again, so a long report (a 决算 book of thousands of
 * figures) gets fewer. By count, not by time, so the same report always gives the same flags.
 */
function trialsFor(figures: number): number {
  return figures <= 2000 ? 8 : figures <= 8000 ? 2 : 0;
}

/** What a flag is about, to tell whether a trial brought a new one. */
function flagKey(flag: Flag): string {
  const span = flag.evidence[0]?.location.spans[0];
  return `${flag.check}|${span ? `${span.line}:${span.start}` : flag.formula}`;
}

/**
 * `run` runs every other rule on the figures as they are now. Returns the context of the final run: its flags,
 * with one unit_suspect flag per slip found, and the slipped figures corrected and marked.
 */
export function withUnitSlips(run: () => RuleContext): RuleContext {
  let ctx = run();
  const numbers = new FlagNumbers();
  const tried = new Set<Figure>();
  for (let trial = 0; trial < trialsFor(ctx.figures.length); trial++) {
    const candidate = nextCandidate(ctx, tried);
    if (!candidate) break;
    tried.add(candidate.figure);
    const found = tryCorrections(ctx, candidate.figure, candidate.flags, run, numbers);
    if (found) ctx = found;
  }
  return ctx;
}

/** The figure in the most flags, printed in a unit that may have slipped. */
function nextCandidate(ctx: RuleContext, tried: Set<Figure>): { figure: Figure; flags: Flag[] } | null {
  const flagsOf = new Map<Figure, Flag[]>();
  for (const flag of ctx.flags) {
    if (flag.check === 'unit_suspect') continue;
    for (const f of ctx.figuresOf(flag)) {
      if (tried.has(f) || f.kind !== 'amount' || f.suspect || !SLIPS.some((s) => s.from === f.rawUnit)) continue;
      const printed = printedNumber(f.raw);
      if (!printed || printed.isZero()) continue;
      flagsOf.set(f, [...(flagsOf.get(f) ?? []), flag]);
    }
  }
  let best: { figure: Figure; flags: Flag[] } | null = null;
  for (const [figure, flags] of flagsOf) if (!best || flags.length > best.flags.length) best = { figure, flags };
  return best;
}

function tryCorrections(ctx: RuleContext, figure: Figure, broken: Flag[], run: () => RuleContext, numbers: FlagNumbers): RuleContext | null {
  const printed = printedNumber(figure.raw)!;
  const before = new Set(ctx.flags.map(flagKey));
  const asPrinted = figure.value;
  for (const slip of SLIPS) {
    if (slip.from !== figure.rawUnit || printed.abs().lt(slip.minimum)) continue;
    const meant = new Decimal(asPrinted).times(slip.factor);
    figure.value = meant.toFixed();
    const trial = run();
    const stillBroken = trial.flags.some((f) => trial.figuresOf(f).includes(figure));
    const newFlags = trial.flags.some((f) => !before.has(flagKey(f)));
    if (!stillBroken && !newFlags) {
      // The slips found before stay found: their flags move to the new run.
      for (const earlier of ctx.flags) if (earlier.check === 'unit_suspect') trial.flagRaw(earlier);
      raise(trial, figure, slip, asPrinted, broken, ctx, numbers);
      return trial;
    }
    figure.value = asPrinted;
  }
  return null;
}

function raise(trial: RuleContext, figure: Figure, slip: Slip, asPrinted: string, broken: Flag[], before: RuleContext, numbers: FlagNumbers): void {
  const others = [...new Set(broken.flatMap((f) => before.figuresOf(f)))].filter((f) => f !== figure);
  // A metric by its id, rendered in the reader's language; else the label as printed.
  const label = figure.metric ? `{${figure.metric}}` : figure.label || figure.raw;
  const evidence = [trial.evidence('reported', { ...figure, value: asPrinted }), ...others.map((f) => trial.evidence('context', f))];
  const flag = trial.flagRaw(
    buildFlag(
      {
        rule: 'unit-slips',
        check: 'unit_suspect',
        severity: 'error',
        metric: figure.metric,
        ...(figure.label ? { key: figure.label } : {}),
        reported: figure.raw.replace(/[,，\s]/g, ''),
        expected: `${figure.raw.replace(/[,，\s]/g, '')} ${slip.meant}`,
        margin: new Decimal(asPrinted).minus(figure.value).abs(),
        formula: `${label}: ${figure.raw}${figure.rawUnit} = ${new Decimal(asPrinted).toFixed()} 万元; ${figure.raw}${slip.meant} = ${new Decimal(figure.value).toFixed()} 万元`,
        message: msg('unit-suspect', { label, raw: figure.raw, unit: figure.rawUnit, meant: slip.meant }),
        evidence,
        ocr: !!figure.ocr || others.some((f) => f.ocr),
      },
      numbers,
    ),
  );
  figure.suspect = { check: 'unit_suspect', flag: flag.id, valueAsPrinted: asPrinted };
}

export interface RuleResult {
  flags: Flag[];
  checked: number;
  unverifiable: Figure[];
  rescored: RescoreResult | null;
}

/** The rules over a report's figures, with unit slips tried through them. */
export function runRules(input: RuleInput): RuleResult {
  const ctx = withUnitSlips(() => applyRules(input));
  return { flags: ctx.flags, checked: ctx.checked, unverifiable: ctx.unverifiable, rescored: ctx.rescored };
}
