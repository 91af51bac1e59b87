/**
 * Which figure of a broken relation is the wrong one, when a slip of one digit says so: 非税收入12142万元，减收1304万元，
 * 下降37.8% — the change and the rate agree on a level of 2141–2150, and 12142 with its first digit dropped is 2142.
 * The flag stays where the rule raised it; it says which figure a one-digit slip explains, and shows it.
 *
 * Only when exactly one figure of the relation has exactly one such reading, and that reading keeps every other
 * relation the figure takes part in: a digit slip explains many gaps by chance, one relation alone proves little.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { printedNumber, type Interval } from '../math/interval.js';
import { defineMessages } from '../i18n/messages.js';
import type { CheckedRelation, IntervalOf, RuleContext } from './rule.js';

defineMessages({
  'rule.digit-slip': {
    zh: '{label}：{reported} 与其他数据不符；若 {raw} 为 {meant}（多写、漏写或颠倒一位数字），各项关系均成立，差错更可能在 {raw}。',
    en: '{label}: {reported} does not agree with the other figures; were {raw} {meant} (a digit added, dropped or swapped), every relation would hold: the slip is more likely in {raw}.',
  },
});

/**
 * The numbers a printed number becomes with one digit of its whole part dropped, or two neighbouring digits of it
 * swapped: the slips of typing that keep the decimals as printed.
 */
export function oneDigitSlips(raw: string): string[] {
  const plain = raw.replace(/[,，\s]/g, '');
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(plain);
  if (!m) return [];
  const [, sign, whole, fraction = ''] = m;
  const out = new Set<string>();
  const keep = (digits: string) => {
    if (digits === '' || (digits.length > 1 && digits.startsWith('0'))) return;
    const candidate = `${sign}${digits}${fraction}`;
    if (candidate !== plain) out.add(candidate);
  };
  for (let i = 0; i < whole!.length; i++) keep(whole!.slice(0, i) + whole!.slice(i + 1));
  for (let i = 0; i + 1 < whole!.length; i++) keep(whole!.slice(0, i) + whole![i + 1] + whole![i] + whole!.slice(i + 2));
  return [...out];
}

/** Every figure a relation uses, whichever alternative. */
function figuresOf(r: CheckedRelation): Figure[] {
  return [r.spec.stated, ...r.spec.alternatives.flatMap((a) => [...(a.stated ? [a.stated] : []), ...a.inputs.map(([, f]) => f)])];
}

/** The figure's interval moved to another printed number, in the figure's own scale and rounding. */
function shifted(ctx: RuleContext, f: Figure, meant: string): Interval | null {
  const printed = printedNumber(f.raw);
  if (!printed || printed.isZero()) return null;
  const factor = new Decimal(f.value).div(printed);
  const step = new Decimal(meant).minus(printed).times(factor);
  const { lo, hi } = ctx.interval(f);
  return { lo: lo.plus(step), hi: hi.plus(step) };
}

export function digitSlips(ctx: RuleContext): void {
  const relationsOf = new Map<Figure, CheckedRelation[]>();
  for (const r of ctx.relations) for (const f of new Set(figuresOf(r))) relationsOf.set(f, [...(relationsOf.get(f) ?? []), r]);
  relations: for (const c of ctx.relations) {
    if (!c.flag || c.flag.severity === 'info' || c.flag.message.code === 'rule.parts-off') continue;
    const readings: Array<{ figure: Figure; meant: string }> = [];
    for (const figure of new Set(figuresOf(c))) {
      if (figure.suspect || figure.comparator !== '=') continue;
      const others = (relationsOf.get(figure) ?? []).filter((o) => o !== c);
      const fits = oneDigitSlips(figure.raw).filter((meant) => {
        const moved = shifted(ctx, figure, meant);
        if (!moved) return false;
        const iv: IntervalOf = (f) => (f === figure ? moved : ctx.interval(f));
        // Every relation the figure takes part in holds with the reading, the broken one and those that held.
        // A reading that leaves the relation uncomputable (a base of 0) mends nothing.
        const checked = ctx.evaluate(c.spec, iv);
        if (!checked.best || !checked.holds || !others.every((o) => o.flag !== null || ctx.evaluate(o.spec, iv).holds)) return false;
        // And the broken one pins the figure down: a reading 1 % off fails. A relation as loose as a whole percent
        // (完成预算100%) admits some slip of almost any figure by chance.
        const off = (k: number): IntervalOf => (f) => (f === figure ? { lo: moved.lo.times(k), hi: moved.hi.times(k) } : ctx.interval(f));
        const pinned = (k: number) => {
          const r = ctx.evaluate(c.spec, off(k));
          return !!r.best && !r.holds;
        };
        return pinned(1.01) && pinned(0.99);
      });
      if (fits.length === 1) readings.push({ figure, meant: fits[0]! });
      else if (fits.length > 1) continue relations;
    }
    if (readings.length !== 1) continue;
    const { figure, meant } = readings[0]!;
    const label = String(c.flag.message.params?.label ?? (c.spec.stated.label || c.spec.stated.raw));
    c.flag.message = { code: 'rule.digit-slip', params: { ...c.flag.message.params, label, reported: `${c.spec.stated.raw}${c.spec.stated.rawUnit}`, raw: figure.raw, meant } };
    // The figure is among the evidence already (reported or an input): it is marked as the likely slip.
    const shown = ctx.evidence('likely-slip', figure);
    const same = c.flag.evidence.find((e) => e.raw === shown.raw && e.location.file === shown.location.file && e.location.line === shown.location.line);
    if (same) same.role = 'likely-slip';
    else c.flag.evidence.push(shown);
  }
}
