/**
 * The change of a whole against the changes of its parts (“三公”经费比2022年减少0.41万元。其中：因公出国(境)费增加0
 * 万元；公务用车…增加0.05万元；公务接待费…减少0.46万元): when the parts the report lists under the whole add up to it
 * (the list is complete), and each part states its change against the same year as the whole's, the whole's change
 * is the sum of theirs, each with its sign. A list that does not make its whole, or a part without its change,
 * leaves the sum unknown.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { overlaps, severityOf, sumOf, withSign, type Interval } from '../math/interval.js';
import type { IntervalOf, Rule, RuleContext } from './rule.js';
import { completeSiblings } from '../read/partitions.js';
import { inBrackets, textBetween } from './printed.js';
import { unmapped } from '../text/mapped-text.js';
import { nameOf } from '../read/names.js';

function printed(f: Figure): string {
  return `${f.direction < 0 ? '−' : '+'}${f.raw}${f.rawUnit}`;
}

/** A whole's change against the sum of its parts' changes, each with its sign; `code` names the rule's message. */
export function relateChangeSum(ctx: RuleContext, whole: Figure, change: Figure, partChanges: Figure[], code: string): void {
  ctx.relate({
    check: 'difference_mismatch',
    kind: 'change',
    stated: change,
    statedInterval: (iv: IntervalOf) => withSign(iv(change), change.direction),
    alternatives: [
      {
        inputs: partChanges.map((c): [string, Figure] => ['change', c]),
        expected: (iv: IntervalOf) => sumOf(partChanges.map((c) => withSign(iv(c), c.direction))),
        formula: (e: Interval) => `${partChanges.map(printed).join(' ')} = ${ctx.shown(e, change)}`,
      },
    ],
    severity: (margin) => severityOf(margin, new Decimal(change.value)),
    message: (e) => ({ code, params: { label: whole.label, reported: printed(change), expected: ctx.shown(e, change) } }),
  });
}

/**
 * The parts listed under a whole that make it: all of them when they add up to it, else the longest run from the
 * first that does (国税…，地税…，财政…；实现地方一般预算收入…: the list went on past its parts with another cut of
 * the whole). Null when no such run of two or more parts makes the whole.
 */
export function partsMaking(ctx: RuleContext, whole: Figure): Figure[] | null {
  const parts = ctx.partsOf(whole).filter((f) => f !== whole && f.kind === whole.kind && f.direction === 0 && !f.comparison && f.unit === whole.unit);
  const target = ctx.interval(whole);
  for (let k = parts.length; k >= 2; k--) {
    if (overlaps(sumOf(parts.slice(0, k).map((p) => ctx.interval(p))), target)) return parts.slice(0, k);
  }
  return null;
}

export const changeSums: Rule = {
  id: 'change-sums',
  check: 'difference_mismatch',
  description: 'The change of a whole must be the sum of its parts’ changes when its parts make it.',
  messages: {
    'rule.listed-changes': {
      zh: '变动 {reported}，但其后“其中”所列各项变动合计为 {expected}。',
      en: 'A change of {reported}, but the changes listed under it (其中) add up to {expected}.',
    },
    'rule.change-sum': {
      zh: '{label}变动 {reported}，但其各组成部分的变动合计为 {expected}。',
      en: '{label} changed by {reported}, but the changes of its parts add up to {expected}.',
    },
  },
  run(ctx) {
    const isChange = (f: Figure) => f.kind === 'amount' && f.direction !== 0;
    for (const change of ctx.figures.filter(isChange)) {
      const whole = ctx.about(change);
      if (!whole || whole.kind !== 'amount' || whole.direction !== 0) continue;
      const parts = partsMaking(ctx, whole);
      if (!parts) continue;
      const changes = parts.map((p) => ctx.claimsAbout(p).filter((c) => isChange(c) && (c.comparison === change.comparison || c.comparison === '') && c.unit === change.unit));
      if (changes.some((c) => c.length !== 1)) continue;
      relateChangeSum(ctx, whole, change, changes.map((c) => c[0]!), 'rule.change-sum');
    }
    for (const change of ctx.figures.filter(isChange)) listedChanges(ctx, change);
  },
};

/**
 * Whether the list goes on to a change after the text since the one before: not past the next point of an
 * enumeration (二是…), and past a full stop only when the new sentence opens with the item's name (。公务接待费比…).
 */
function goesOn(between: string, f: Figure): boolean {
  if (/[一二三四五六七八九十]是|[（(][一二三四五六七八九十\d]{1,2}[）)]|(?:^|[^\d.])\d{1,2}[、．]/.test(between)) return false;
  const stop = between.lastIndexOf('。');
  if (stop < 0) return true;
  const opening = /^(?:其中)?[:：,，\s“”"]*/;
  const name = namedSubject(f);
  return !!name && between.slice(stop + 1).replace(opening, '').startsWith(name.replace(opening, ''));
}

/** The words of a change in its own label: an item printed as a level under a change (其中…308.87万元) is not one. */
const CHANGE_WORDS = /增|减|降|升|多|少|节约|超/;

/** A change's own words naming what it is of (因公出国(境)费同口径比2018年减少 → 因公出国(境)费), or ''. */
function namedSubject(f: Figure): string {
  const label = unmapped(f.label).text;
  if (label.includes(' ') || !CHANGE_WORDS.test(label)) return '';
  const name = label.replace(/(?:同口径|可比口径)?(?:比|较|与|同比).*$/, '').replace(/^(?:其中|另外|此外)?[:：,，、\s]*/, '');
  return /[\u4e00-\u9fff].*[\u4e00-\u9fff]/.test(name) ? name : '';
}

/**
 * The changes listed under a change (…比2018年减少830万元，下降20%。其中：因公出国(境)费…减少9万元…；公务接待费…减少38万元
 * …): the parts of that change, each naming its own item, read up to the first figure that is not one of them. When
 * their items are all of a set of siblings (the 三公 items, 公务用车 by both 购置 and 运行 when split) they must add up
 * to it, with their signs.
 */
function listedChanges(ctx: RuleContext, change: Figure): void {
  if (change.location.table) return;
  const figures = ctx.figures;
  let first = ctx.position(change) + 1;
  while (first < figures.length && figures[first]!.kind !== 'amount') first++;
  const opening = first < figures.length ? textBetween(ctx, change, figures[first]!) : null;
  // Only the change's own rate may stand between it and the list's 其中.
  if (opening === null || !/^[^，,；;。]{0,12}(?:[，,][^，,；;。]{0,12})?[；;。，,]?\s*其中\s*[:：,，]?[^，,；;。]*$/.test(opening)) return;
  const items: Figure[] = [];
  let previous = change;
  for (let k = first; k < figures.length; k++) {
    const f = figures[k]!;
    if (f.kind === 'growth' || f.kind === 'rate') continue;
    // (税收增加146万元、非税增加219万元): the parts of an item, not items.
    if (inBrackets(ctx, f) && !inBrackets(ctx, change)) continue;
    const between = textBetween(ctx, previous, f);
    if (f.kind !== 'amount' || f.direction === 0 || f.unit !== change.unit || f.comparison !== change.comparison || between === null || !goesOn(between, f)) break;
    items.push(f);
    previous = f;
  }
  const names = items.map(namedSubject);
  // The whole's own name among the items (…“三公”经费仍然减少了933.78万元) is the whole again, on another basis.
  const whole = nameOf(unmapped(change.label).text.split(' ')[0]!.replace(/(?:同口径|可比口径)?(?:比|较|与|同比).*$/, ''));
  if (items.length < 2 || names.some((n) => !n || (whole.length >= 2 && nameOf(n).includes(whole))) || new Set(names).size !== names.length) return;
  // Only items that are all there are make the change: a list of cuts may leave out items that rose.
  if (!completeList(names)) return;
  relateChangeSum(ctx, change, change, items, 'rule.listed-changes');
}

/** Items naming every member of a set of siblings, 公务用车 by itself or by both its 购置 and its 运行. */
function completeList(names: string[]): boolean {
  const vehicle = names.filter((n) => /^公务用车/.test(n));
  const split = vehicle.filter((n) => /购置|运行|维护/.test(n) && !/购置及运行|购置和运行/.test(n));
  if (split.length && !(split.some((n) => /购置/.test(n)) && split.some((n) => /运行|维护/.test(n)))) return false;
  return completeSiblings(names);
}
