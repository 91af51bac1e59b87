/**
 * Shares stated beside their part: 财政拨款收入 1516.64 万元，占 89.88%. The whole is the one the text names
 * (占本年支出合计的 31.45% → the figure labelled 本年支出合计), or, when it names none, the whole of the 其中
 * list the part is in (本单位收入为 1687.45 万元，其中：…). A share that fits any reading of its whole is not
 * flagged. A share whose whole is not stated is checked against the other shares of a whole of that name: the
 * parts of one whole, stated with their shares of it, cannot make more than 100 % of it (基本支出 2476260.58 元占一般
 * 公共预算支出的 84.06%，项目支出 469500 元占 19.62%: the whole is at least their sum, so 项目支出 is at most 15.94 %).
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { unmapped } from '../text/mapped-text.js';
import { sumOf as sum, overlaps, type Interval, severityOf, percentOf } from '../math/interval.js';
import { completePartition, completeSiblings } from '../read/partitions.js';
import { nameOf } from '../read/names.js';
import type { IntervalOf, Rule, RuleContext } from './rule.js';
import { measureOf } from './names.js';

function bare(text: string): string {
  return unmapped(text).text.replace(/[（(][^）)]*[）)]/g, '').replace(/[^\u4e00-\u9fffA-Za-z0-9]/g, '');
}

/** The whole a share names: the words after 占, without 的 / 比例 / 比重. */
function namedWhole(share: Figure): string {
  const label = unmapped(share.label).text;
  // 税收比重: a weight in the list its part is in, no whole named.
  if (!label.includes('占')) return '';
  const after = label.split('占').pop() ?? '';
  return bare(after.replace(/(?:的)?(?:比例|比重|比)?(?:为|达|约)?$/, '').replace(/的$/, ''));
}

const OTHER_BASIS = /同口径|可比口径|剔除|扣除/;
const WHOLE_AREA = /全(?:国|省|市|州|盟|县|旗|区|镇|乡)/g;

/**
 * Among figures of the whole's name with several values, the ones the share's words point to: not one on another
 * basis (同口径) unless the share is; the one of the area its sentence names (全盟…中 → 全盟, not 盟本级 or 旗级).
 */
function oneScope(share: Figure, wholes: Figure[]): Figure[] {
  if (new Set(wholes.map((f) => f.value)).size < 2) return wholes;
  const basis = OTHER_BASIS.test(share.label) ? wholes : wholes.filter((f) => !OTHER_BASIS.test(unmapped(f.label).text));
  if (new Set(basis.map((f) => f.value)).size < 2) return basis;
  const area = areaOf(share);
  const inArea = area ? basis.filter((f) => unmapped(f.label).text.includes(area)) : [];
  return inArea.length ? inArea : basis;
}

/** The parts stated with a share of a whole of each name (税收收入…，占收入的89.99%), computed once per report. */
const sharesByWhole = new WeakMap<RuleContext, Map<string, Set<Figure | null>>>();
function partsWithShareOf(ctx: RuleContext, name: string): Set<Figure | null> {
  let byName = sharesByWhole.get(ctx);
  if (!byName) {
    byName = new Map();
    for (const f of ctx.figures) {
      if (f.kind !== 'share') continue;
      const whole = namedWhole(f);
      const parts = byName.get(whole) ?? new Set();
      parts.add(ctx.about(f));
      byName.set(whole, parts);
    }
    sharesByWhole.set(ctx, byName);
  }
  return byName.get(name) ?? new Set();
}

/** A level of part of an area (市本级, 旗级, 乡镇级): not the area's whole. */
const SUB_SCOPE = /本级|[省市州盟县区旗乡镇村]级/;

/**
 * Among figures of the whole's name with several values in the paragraph, the one the run of shares opens with:
 * the last stated before the share's part (1-2月…财政收入17056万元。…税收收入15348万元，占收入的89.99%), leaving out
 * figures that are themselves parts (of a 其中 list, or with a share of that whole), figures of part of an area
 * (旗级) the share does not name, and figures smaller than the part.
 */
function runOpening(ctx: RuleContext, share: Figure, part: Figure, name: string, wholes: Figure[]): Figure | null {
  const quote = unmapped(share.location.quote).text;
  const sharedParts = partsWithShareOf(ctx, name);
  const order = (f: Figure) => ctx.position(f);
  const before = wholes.filter(
    (f) =>
      order(f) < order(part) &&
      !sharedParts.has(f) &&
      !(ctx.place(f)?.partOf ?? []).length &&
      !(SUB_SCOPE.exec(unmapped(f.label).text) && !quote.includes(SUB_SCOPE.exec(unmapped(f.label).text)![0])),
  );
  const last = before.at(-1);
  return last && ctx.interval(last).hi.gte(ctx.interval(part).lo) ? last : null;
}

/** The one area a share's sentence names (全盟一般公共预算收入中，…占…), if it names one. */
function areaOf(share: Figure): string | null {
  const areas = new Set<string>(unmapped(share.location.quote).text.match(WHOLE_AREA) ?? []);
  return areas.size === 1 ? [...areas][0]! : null;
}

function wholesOf(ctx: RuleContext, levels: Figure[], share: Figure, part: Figure, listed: ReadonlyMap<string, Figure[]>): Figure[] {
  const name = namedWhole(share);
  if (name.length >= 2) {
    // 税收收入完成…占一般公共预算收入的比重: the whole is what was collected too, not the budget of that name.
    const measure = (f: Figure) => ctx.derived('measure', f, measureOf);
    const budgetPart = measure(part) === '预算';
    // (税收收入21307万元，占收入的70%，非税收入9131万元，占收入的30%): a part's sibling in its list is not its whole.
    const lists = ctx.place(part)?.partOf ?? [];
    const sibling = (f: Figure) => lists.length > 0 && (ctx.place(f)?.partOf ?? []).some((id) => lists.includes(id));
    const candidates = levels.filter((f) => f.kind === part.kind && f !== part && (budgetPart || measure(f) !== '预算') && !sibling(f));
    // The whole of that name in the share's paragraph; else the one such whole of its section (another city's
    // 一般公共预算支出 two paragraphs up is not this share's whole).
    // 地方一般公共预算收入完成28,583万元 (or 收入安排77.6亿元, in a budget) is the 一般公共预算收入 its shares are of: the
    // verb after the name says nothing.
    const byName = candidates.filter((f) => ctx.derived('whole-name', f, (x) => bare(x.label).replace(/(?:累[计計])?(?:完成|实现|實現|安排)$/, '')).endsWith(name));
    const here = ctx.place(share);
    const oneValue = (wholes: Figure[]) => new Set(wholes.map((f) => f.value)).size === 1;
    const inSection = byName.filter((f) => ctx.place(f)?.section === here?.section);
    const inBlock = oneScope(share, inSection.filter((f) => ctx.place(f)?.block === here?.block));
    if (inBlock.length && oneValue(inBlock)) return inBlock;
    // The whole of the area the share names (全盟…中) stated in an earlier paragraph, when those of its own are
    // the area's parts (盟本级, 旗级).
    const area = areaOf(share);
    const ofArea = area ? inSection.filter((f) => unmapped(f.label).text.includes(area)) : [];
    if (ofArea.length && oneValue(ofArea)) return ofArea;
    const opening = inBlock.length ? runOpening(ctx, share, part, name, inBlock) : null;
    if (opening) return [opening];
    // 盟本级…支出287998万元；旗级…支出819317万元。…民生支出占一般公共预算支出的72.0%: two figures of that name in
    // the paragraph that add up to one of that name before it are its parts; that one is the whole.
    if (inBlock.length >= 2 && !oneValue(inBlock)) {
      const parts = sum(inBlock.map((f) => ctx.interval(f)));
      const total = inSection.filter((f) => !inBlock.includes(f) && overlaps(ctx.interval(f), parts));
      if (total.length && oneValue(total)) return total;
    }
    // Two figures of that name with two values (盟本级 and 旗级 一般公共预算收入): which one is the whole is unclear.
    if (inBlock.length) return [];
    // 占总支出的9.76% where no figure is named 总支出: the spending whose list the part is in (…支出完成5472.90万元，…
    // 如下：1、一般公共服务支出534.06万元，占总支出的9.76%).
    const flow = /^总(支出|收入)$/.exec(name)?.[1];
    if (flow && !byName.length) {
      const listWholes = ctx.byIds(ctx.place(part)?.partOf ?? []).filter((w) => w.kind === part.kind && unmapped(w.label).text.includes(flow) && w.direction === 0 && !w.comparison);
      if (listWholes.length && new Set(listWholes.map((w) => w.value)).size === 1) return listWholes;
    }
    const scoped = oneScope(share, inSection);
    return scoped.length === 1 ? scoped : [];
  }
  if (name.length > 0) return [];
  // 到位资金总规模64458.18万元，纳入方案资金53043.61万元，占比82.29%: a bare 占比 of the figure before it is of the total
  // its sentence stated right before that figure.
  const totalBefore = bareShareTotal(ctx, share, part);
  if (totalBefore) return [totalBefore];
  // A whole smaller than one of the parts listed under it in the same unit (年末结转结余1843.7万元。其中，基本支出
  // 13645.88万元…) is not the whole of that list: the list was read under the wrong figure. In another unit (预算数
  // 2089元:其中…1777万元) it may be a unit slip, which the shares help to prove or disprove.
  return ctx
    .byIds(ctx.place(part)?.partOf ?? [])
    // 同口径完成地方财政收入10,066万元，其中：税收收入5,537万元…，非税占比35.3%: the parts are of the figure as
    // printed (8,552), not of the adjusted one the list follows.
    .filter((f) => f.kind === part.kind && f.direction === 0 && !f.comparison && !OTHER_BASIS.test(unmapped(f.label).text))
    .filter((whole) => !(listed.get(whole.id) ?? []).some((p) => p.rawUnit === whole.rawUnit && ctx.interval(p).lo.gt(ctx.interval(whole).hi)));
}

const BARE_SHARE = /(?:占比|所占比例|所占比重)(?:为|达|约)?$/;
const NAMES_TOTAL = /总规模|总额|总量|总数|总计|合计|总投资|资金总|总资金/;

/** The total a bare 占比 is of: the amount right before its part, in its sentence, whose label names a total. */
function bareShareTotal(ctx: RuleContext, share: Figure, part: Figure): Figure | null {
  if (!BARE_SHARE.test(unmapped(share.label).text.trim()) || ctx.place(part)?.partOf.length) return null;
  const before = ctx.figures[ctx.position(part) - 1];
  if (!before || before.kind !== part.kind || before.unit !== part.unit || before.direction !== 0 || before.comparison || ctx.place(before)?.sentence !== ctx.place(part)?.sentence) return null;
  return NAMES_TOTAL.test(unmapped(before.label).text) && !NAMES_TOTAL.test(unmapped(part.label).text) ? before : null;
}

/** A part over the sum of its list, as a percentage: the share a part has of a whole that is that sum. */
function shareOfSum(part: Figure, parts: Figure[]): (iv: IntervalOf) => Interval | null {
  return (iv) => percentOf(iv(part), sum(parts.map(iv)));
}

/** That share's formula, the figures as printed: 290万元 ÷ (290万元 + 6522.98万元) × 100. */
function shareOfSumFormula(part: Figure, parts: Figure[]): string {
  return `${part.raw}${part.rawUnit} ÷ (${parts.map((p) => `${p.raw}${p.rawUnit}`).join(' + ')}) × 100`;
}

/** The middle of an interval, rounded half up to `places` decimals, as a message shows it. */
function middle(iv: Interval, places = 2): string {
  return iv.lo.plus(iv.hi).div(2).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed();
}

/** The parts listed under each whole, by the whole's id. */
function listsOf(ctx: RuleContext): Map<string, Figure[]> {
  const listed = new Map<string, Figure[]>();
  for (const f of ctx.figures) {
    for (const id of ctx.place(f)?.partOf ?? []) {
      const parts = listed.get(id);
      if (parts) parts.push(f);
      else listed.set(id, [f]);
    }
  }
  return listed;
}

export const partShares: Rule = {
  id: 'part-shares',
  check: 'share_mismatch',
  description: 'A share must be its part divided by the whole it names, or by the whole of the list its part is in.',
  messages: {
    'rule.part-share': {
      zh: '{part}占{whole}的比例报告为 {reported}%，按 {partValue} ÷ {wholeValue} 计算应为 {expected}%。',
      en: '{part} is said to be {reported}% of {whole}; {partValue} ÷ {wholeValue} gives {expected}%.',
    },
    'rule.shares-over-100': {
      zh: '{part}占{whole}的比例报告为 {reported}%，但同一{whole}的各项占比合计 {shares}%，超过 100%；{whole}至少是各项之和 {partsValue}，{part}至多占 {expected}%。',
      en: '{part} is said to be {reported}% of {whole}, but the shares of {whole} stated add up to {shares}%, over 100%; {whole} is at least the sum of its parts, {partsValue}, so {part} is at most {expected}%.',
    },
  },
  run(ctx) {
    const unstated: Array<{ share: Figure; part: Figure; whole: string }> = [];
    const levels = ctx.figures.filter((f) => (f.kind === 'amount' || f.kind === 'headcount') && f.direction === 0 && !f.comparison);
    let listed: Map<string, Figure[]> | undefined;
    for (const share of ctx.figures) {
      if (share.kind !== 'share') continue;
      const part = ctx.about(share);
      if (!part || (part.kind !== 'amount' && part.kind !== 'headcount')) continue;
      const wholes = wholesOf(ctx, levels, share, part, (listed ??= listsOf(ctx)));
      if (!wholes.length) {
        const whole = namedWhole(share);
        // 占同类产品采购规模的85.7%: each part's own kind is its whole; one name, as many wholes as parts.
        if (whole.length >= 2 && !EACH_OWN.test(whole)) unstated.push({ share, part, whole });
        continue;
      }
      ctx.relate({
        check: 'share_mismatch',
        kind: 'share',
        stated: share,
        ...(part.metric ? { metric: part.metric } : {}),
        alternatives: wholes.map((whole) => ({
          inputs: [
            ['part', part],
            ['whole', whole],
          ],
          expected: (iv: IntervalOf) => percentOf(iv(part), iv(whole)),
          formula: () => `${part.raw}${part.rawUnit} ÷ ${whole.raw}${whole.rawUnit} × 100`,
        })),
        severity: (margin) => severityOf(margin, new Decimal(share.value)),
        message: (expected, alternative) => {
          const whole = alternative.inputs[1]![1];
          return {
            code: 'rule.part-share',
            params: {
              part: part.label,
              whole: whole.label,
              reported: share.raw,
              partValue: `${part.raw}${part.rawUnit}`,
              wholeValue: `${whole.raw}${whole.rawUnit}`,
              expected: middle(expected),
            },
          };
        },
      });
    }
    sharesOfOneWhole(ctx, unstated);
  },
};

/** A whole named as each part's own (同类产品, 相应, 各自): not one whole of all of them. */
const EACH_OWN = /^(?:同类|同种|同类型|同行业|相应|对应|各自|本类|该类|所在)/;

/** Shares of one unstated whole, in one section: more than 100 % together means a share too large for its part. */
function sharesOfOneWhole(ctx: RuleContext, unstated: Array<{ share: Figure; part: Figure; whole: string }>): void {
  const groups = new Map<string, typeof unstated>();
  for (const u of unstated) {
    const key = `${u.whole}|${u.part.location.file}|${ctx.place(u.share)?.section ?? ''}|${u.part.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  for (const all of groups.values()) {
    // A part stated again with the same share (a headline and its body) is one part, not two.
    const members = [...new Map(all.map((m) => [`${m.part.value}|${m.share.value}`, m])).values()];
    const parts = [...new Set(members.map((m) => m.part))];
    if (parts.length < 2 || parts.length !== members.length || new Set(parts.map((p) => p.label)).size < parts.length) continue;
    if (partitionShares(ctx, members, parts)) continue;
    // A part of another breakdown may stand among them (项目支出 before the functional classes): the others, at
    // least three, may still be all of the whole's parts.
    const withoutOne = members.length >= 4 ? members.map((_, i) => members.filter((_, j) => j !== i)) : [];
    if (withoutOne.some((rest) => partitionShares(ctx, rest, rest.map((m) => m.part)))) continue;
    const shares = sum(members.map((m) => ctx.interval(m.share)));
    if (shares.lo.lte(100)) continue;
    // A share over 100 % (占年初预算月进度的212.2%) is no part of a whole: the words mean a rate of another kind.
    if (members.some((m) => ctx.interval(m.share).lo.gt(100))) continue;
    // Some of them make 100 %: the others are of another breakdown of the same total (项目支出 beside the functional
    // classes; 税务部门/财政部门 beside 税收/非税), not a sign that a share is too large.
    if (completeBreakdown(members.map((m) => ctx.interval(m.share)))) continue;
    const whole = sum(parts.map((p) => ctx.interval(p)));
    for (const { share, part } of members) {
      // At most part ÷ (Σ parts): the whole is at least its parts' sum.
      const most = shareOfSum(part, parts);
      const others = parts.filter((p) => p !== part);
      ctx.relate({
        check: 'share_mismatch',
        kind: 'share',
        stated: share,
        alternatives: [
          {
            inputs: [['part', part], ...others.map((p): [string, Figure] => ['part', p]), ...members.filter((m) => m.share !== share).map((m): [string, Figure] => ['share', m.share])],
            expected: most,
            formula: () => shareOfSumFormula(part, parts),
          },
        ],
        agrees: (reported, atMost) => !reported.lo.gt(atMost.hi),
        severity: (margin) => severityOf(margin, new Decimal(share.value)),
        message: (atMost) => ({
          code: 'rule.shares-over-100',
          params: {
            part: part.label,
            whole: members[0]!.whole,
            reported: share.raw,
            shares: middle(shares),
            partsValue: `${middle(whole, 4)}万元`,
            expected: middle(atMost),
          },
        }),
      });
    }
  }
}

/**
 * Parts of a whole the text does not state, each with its share of it: when they are all of its parts, the whole is
 * their sum, so each share is its part over that sum. The report must confirm the reading (else the parts may be of a
 * narrower scope than the whole the shares name): parts that name all of a partition (基本支出 and 项目支出 of
 * 一般公共预算支出) by one share that their sum gives; the parts of any list (支出功能分类's classes) by all shares but
 * one. Returns whether the shares were checked so.
 */
function partitionShares(ctx: RuleContext, members: Array<{ share: Figure; part: Figure; whole: string }>, parts: Figure[]): boolean {
  const given = (part: Figure) => shareOfSum(part, parts)(ctx.iv);
  // A share cut off rather than rounded (53.86 % printed 53.8 %) still fits its part.
  const agreeing = members.filter((m) => { const e = given(m.part); return !!e && (overlaps(e, ctx.interval(m.share)) || overlaps(e, ctx.truncation(m.share))); }).length;
  // Named parts of a partition need one share to confirm the whole is their sum. Parts of any other list need all
  // shares but one, and at least two: a list that leaves a part out gives every part more than its share.
  const named = completePartition(parts.map((p) => unmapped(p.label).text)) || completeSiblings(parts.map((p) => nameOf(p.label)));
  if (named ? agreeing < 1 : agreeing < 2 || agreeing < members.length - 1) return false;
  for (const { share, part } of members) {
    ctx.relate({
      check: 'share_mismatch',
      kind: 'share',
      stated: share,
      alternatives: [
        {
          inputs: [['part', part], ...parts.filter((p) => p !== part).map((p): [string, Figure] => ['part', p])],
          expected: shareOfSum(part, parts),
          formula: () => shareOfSumFormula(part, parts),
        },
      ],
      severity: (margin) => severityOf(margin, new Decimal(share.value)),
      message: (expected) => ({
        code: 'rule.part-share',
        params: {
          part: part.label,
          whole: members[0]!.whole,
          reported: share.raw,
          partValue: `${part.raw}${part.rawUnit}`,
          wholeValue: `(${parts.map((p) => `${p.raw}${p.rawUnit}`).join(' + ')})`,
          expected: middle(expected),
        },
      }),
    });
  }
  return true;
}

/**
 * Some of the shares, not all, add up to 100 % within rounding: any of them when they are a handful, else the ones
 * stated first (a breakdown by function, then one by economic class, of the same total).
 */
function completeBreakdown(shares: Interval[]): boolean {
  const makesWhole = (some: Interval[]) => { const total = sum(some); return total.lo.lte(100) && total.hi.gte(100); };
  if (shares.length > 12) return shares.some((_, k) => k > 0 && k < shares.length - 1 && makesWhole(shares.slice(0, k + 1)));
  const all = (1 << shares.length) - 1;
  for (let mask = 1; mask < all; mask++) if (makesWhole(shares.filter((_, i) => mask & (1 << i)))) return true;
  return false;
}
