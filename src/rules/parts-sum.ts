/**
 * The parts of a 其中 list against their whole (资产总额 6590.02 万元，其中流动资产 373.64 万元，固定资产净值
 * 6216.38 万元), in text and in label–value lines. Parts that exceed their whole are always a contradiction;
 * parts that fall short only when they name a complete partition (中央 and 地方). When the text leaves open which
 * figure is the whole (其中 after a sentence with two totals), a sum that fits either is not flagged.
 *
 * Blocks of one shape (a total block, then a block per programme, each 年度预算资金总额 with 中央补助 / 市级资金
 * / 本级资金) are checked across: when the total block's whole is the sum of the others', each of its parts must
 * be the sum of the others' parts of the same name.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { unmapped } from '../text/mapped-text.js';
import { add, overlaps, point, sub, sumOf, type Interval, severityOf } from '../math/interval.js';
import type { IntervalOf, Rule, RuleContext } from './rule.js';
import { completePartition, type Partition } from '../read/partitions.js';
import { flowOf, measureOf } from './names.js';
import { inBrackets, perHead, textBefore } from './printed.js';

const SERVING = /在职|在编|在岗|供养/;
const RETIRED = /退休|离休/;

function sum(ctx: RuleContext, figures: Figure[]): Interval {
  return figures.reduce((acc, f) => add(acc, ctx.interval(f)), point(0));
}

function mid(a: Interval): string {
  return a.lo.plus(a.hi).div(2).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed();
}

/** An interval in the unit `f` is printed in. */
function scaled(ctx: RuleContext, a: Interval, f: Figure): Interval {
  const s = ctx.scale(f);
  return { lo: a.lo.div(s), hi: a.hi.div(s) };
}

function printedFigure(f: Figure): string {
  return `${f.raw}${f.rawUnit}`;
}

/** A label without punctuation, brackets and what they hold, for comparing names across blocks. */
function bare(label: string): string {
  return unmapped(label).text.replace(/[（(][^）)]*[）)]/g, '').replace(/[^\u4e00-\u9fffA-Za-z0-9]/g, '').replace(/^(?:其中|包括)/, '');
}

function sameName(a: string, b: string): boolean {
  const x = bare(a);
  const y = bare(b);
  const short = x.length <= y.length ? x : y;
  return short.length >= 2 && (x.endsWith(y) || y.endsWith(x));
}

/**
 * Parts listed after a part they make up, without a marker (基本支出 2587.21 万元，人员支出 2477.2 万元，公用支出
 * 110.01 万元，项目支出 …): a run of parts that adds up to the part before it is that part's breakdown.
 */
function withoutSubParts(ctx: RuleContext, parts: Figure[]): Figure[] {
  const out = [...parts];
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 3; j <= out.length; j++) {
      if (overlaps(sum(ctx, out.slice(i + 1, j)), ctx.interval(out[i]!))) {
        out.splice(i + 1, j - i - 1);
        break;
      }
    }
  }
  return out;
}

/**
 * A list whose items include a reduction (调减 2.66 万元) or an amount the page hides (点击查看>> 万元): its printed
 * items do not add up to its whole, whatever the whole is.
 */
function hiddenOrNegative(list: PartsList): boolean {
  const parts = list.parts;
  if (parts.some((p) => /调减|核减|减少|扣减|收回/.test(unmapped(p.label).text))) return true;
  // A measure that is negative for some (利润总额, 增加值, 净收入): one part may be more than the whole.
  if (list.wholes.some((w) => NET_MEASURE.test(unmapped(w.label).text))) return true;
  // In prose, between the whole as printed with its unit and the last part: a unit with no number before it.
  const whole = list.wholes[0]!;
  const last = parts[parts.length - 1]!;
  if (!whole.rawUnit || last.location.line !== whole.location.line) return false;
  const quote = unmapped(whole.location.quote).text;
  const from = quote.indexOf(`${whole.raw}${whole.rawUnit}`);
  const to = from >= 0 ? quote.indexOf(last.raw, from + whole.raw.length + whole.rawUnit.length) : -1;
  const span = to > from ? quote.slice(from + whole.raw.length + whole.rawUnit.length, to) : '';
  if (/调减|核减|扣减|收回/.test(span)) return true;
  return /(?:^|[^\d.\s])\s*(?:万元|亿元|元)/.test(span.replace(/\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)/g, ''));
}

const NET_MEASURE = /利润|盈利|盈余|亏损|盈亏|增加值|净(?:收入|利润|资产|额|值)|差额/;

interface PartsList {
  wholes: Figure[];
  parts: Figure[];
}

function lists(ctx: RuleContext): PartsList[] {
  const byKey = new Map<string, PartsList>();
  for (const f of ctx.figures) {
    const ids = ctx.place(f)?.partOf ?? [];
    if (!ids.length) continue;
    const key = ids.join('|');
    let list = byKey.get(key);
    if (!list) {
      list = { wholes: ctx.byIds(ids), parts: [] };
      byKey.set(key, list);
    }
    list.parts.push(f);
  }
  return [...byKey.values()];
}

export const partsSum: Rule = {
  id: 'parts-sum',
  check: 'sum_mismatch',
  description: 'The parts of a 其中 list must add up to their whole.',
  messages: {
    'rule.parts-exceed': {
      zh: '{label}为 {reported}，但其中所列各项合计已达 {expected}，超过总数。',
      en: '{label} is {reported}, but the parts listed under it already add up to {expected}, more than the whole.',
    },
    'rule.parts-short': {
      zh: '{label}为 {reported}，但其组成部分（{partition}）合计为 {expected}。',
      en: '{label} is {reported}, but its parts ({partition}) add up to {expected}.',
    },
    'rule.trailing-short': {
      zh: '{label}为 {reported}，但句中在它之前列出的各项合计为 {expected}。',
      en: '{label} is {reported}, but the items the sentence lists before it add up to {expected}.',
    },
    'rule.balance': {
      zh: '收支相抵后{label}为 {reported}，但收入总计减支出总计为 {expected}。',
      en: '{label} after balancing is {reported}, but total revenue less total spending is {expected}.',
    },
    'rule.deficit': {
      zh: '收支相抵后{label}为 {reported}，但支出减收入总量为 {expected}。',
      en: '{label} after balancing is {reported}, but the spending less the total income is {expected}.',
    },
    'rule.parallel-parts': {
      zh: '{label}为 {reported}，但各分项中同名项目合计为 {expected}（各分项总额之和与总表一致）。',
      en: '{label} is {reported}, but the items of the same name in the blocks below add up to {expected} (their totals do add up to the total block).',
    },
  },
  run(ctx) {
    const found = lists(ctx);
    for (const list of found) {
      if (hiddenOrNegative(list)) continue;
      // 生均经费…全省普通小学为11128.87元…其中，农村为11227.42元: averages, whose parts may be above them. Per head
      // is in 元; a total of a per-head programme (按生均1000元安排，共计215万元，其中…) is in 万元 and a sum.
      if (list.wholes.some((w) => w.rawUnit === '元' && perHead(ctx, w))) continue;
      // 由2754.6亿元调整为3108.1亿元: one item before and after, not two parts.
      if (list.parts.some((p) => /由$/.test(unmapped(p.label).text.trim()) || /^(?:调整|调|变|增加|减少)?[为到至]/.test(unmapped(p.label).text.trim()))) continue;
      // A 其中 that opens its sentence takes its whole from the sentence before; when that figure reappears as one
      // of the parts (…增加了其他资金预算7000万元。其中：…其他收入7000万元), it was the last item said, not the whole.
      const sentence = (f: Figure) => ctx.place(f)?.sentence;
      list.wholes = list.wholes.filter((w) => sentence(w) === sentence(list.parts[0]!) || !list.parts.some((p) => p.value === w.value));
      if (!list.wholes.length) continue;
      // Parts of the whole's measure: a list that gives each item's budget and its spending (基本支出预算 38.95,
      // 已支出 20.84; 项目支出预算 87.42, 已支出 40.74) adds up the spending to the spending.
      const measures = new Set(list.wholes.map(measureOf));
      const sameMeasure = list.parts.filter((p) => measures.has(measureOf(p)) || (measures.has('') && measureOf(p) === ''));
      // A part with no measure word (调整追加) is of the whole's measure; one with another measure (已支出) is not.
      // A whole that names no measure, over two or more parts that all name one (公务用车购置及运行费…(其中：购置费预算…；运行费
      // 预算…)), is of theirs.
      const partMeasures = new Set(list.parts.map(measureOf));
      const theirs = list.parts.length >= 2 && measures.size === 1 && measures.has('') && partMeasures.size === 1 && !partMeasures.has('');
      const mixed = !theirs && list.parts.some((p) => measureOf(p) !== '' && !measures.has(measureOf(p)));
      if (mixed && sameMeasure.length < 2) continue;
      list.parts = withoutSubParts(ctx, mixed ? sameMeasure : list.parts);
      // Staff in service (在职, 供养) do not hold the retired (实际财政供养人员22人，其中在职22人，退休9人(已转由社保局发放)).
      if (list.wholes.every((w) => w.kind === 'headcount' && SERVING.test(unmapped(w.label).text))) list.parts = list.parts.filter((p) => !RETIRED.test(unmapped(p.label).text));
      if (!list.parts.length) continue;
      const parts = list.parts;
      const first = list.wholes[0]!;
      const partition = completePartition(parts.map((p) => unmapped(p.label).text), unmapped(first.label).text) ?? sharesMakeWhole(ctx, parts);
      ctx.relate({
        check: 'sum_mismatch',
        kind: 'sum',
        stated: first,
        show: 'first',
        // The whole of the list, then its first parts: those may already make the whole, the list having ended before
        // the text did (…中级工1人，退休职工28人). Not before a part named 其他…: the catch-all is the last of the list it
        // closes (…，其他调入0.19亿元).
        alternatives: [parts, ...parts.map((_, k) => parts.slice(0, k)).filter((p, k) => k > 0 && !OTHERS.test(unmapped(parts[k]!.label).text)).reverse()].flatMap((listed) =>
          list.wholes.map((whole) => ({
            stated: whole,
            inputs: listed.map((p): [string, Figure] => ['part', p]),
            expected: (iv: IntervalOf) => sumOf(listed.map(iv)),
            formula: (total: Interval) => `${listed.map(printedFigure).join(' + ')} = ${mid(scaled(ctx, total, whole))}${whole.rawUnit}`,
          })),
        ),
        // Parts that fall short of their whole are a contradiction only when they name a complete partition: judged on
        // the whole list, whichever alternative is asked.
        within: (whole, _total, iv) => !sumOf(parts.map(iv)).lo.gt(whole.hi) && !partition,
        // Parts half as large again as their whole are not a typo in one of them: the list holds what is not a
        // part (changes, other years), so the finding is worth a look, not an error.
        severity: (margin) => (!new Decimal(first.value).isZero() && margin.gt(new Decimal(first.value).abs().div(2)) ? 'info' : severityOf(margin, new Decimal(first.value))),
        message: (total) => ({
          code: total.lo.gt(ctx.interval(first).hi) ? 'rule.parts-exceed' : 'rule.parts-short',
          params: { label: first.label, reported: printedFigure(first), expected: `${mid(scaled(ctx, total, first))}${first.rawUnit}`, partition: partition?.name ?? '' },
        }),
      });
    }
    parallelBlocks(ctx, found.filter((l) => l.wholes.length === 1));
    unmarkedPartitions(ctx);
    trailingTotals(ctx);
  },
};

/** 其他收入, 其它调入: the catch-all item that closes a list. */
const OTHERS = /^[\s,，、；;：:（(]*(?:其中[:：，,]?)?(?:\d{1,2}[、.．]|[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．])?\s*(?:其他|其它)/;

const CLOSING_TOTAL = /(?:合计|总计|共计)\s*(?:为|是|达)?\s*[:：]?\s*$/;
/** A total named by what it is (总收入, 可支配收入), closing a list only when items were added to it (加上年结余…). */
const CHAIN_TOTAL = /(?:总收入|总支出|收入总量|支出总量|可支配收入|可用财力|总财力)\s*(?:为|是|达)?\s*[:：]?\s*$/;
const ADDED = /^加|[^增追]加上?/;
/** 当年可用于安排…的收入: the total of what is available, named by what it may be spent on. */
const AVAILABLE = /^\s*(?:当年|全年|本年)?可(?:用于|供)(?:安排)?/;
/** An item added to the ones before it (加上级补助收入, 加以前年度结余, 再加动用…): not 教育费附加, 参加. */
const ADDED_ITEM = /^(?:再|另)?加(?:上|以)?(?!附)/;

/**
 * A total that closes the list its sentence gave (本级收入3002万元，加上补助收入93096万元，…，上年结余154万元，收入总计
 * 105435万元): the total of the levels before it, each counted once (其中 items left out), and no fewer. Items that
 * flow the other way (支出 in a 收入总计) mean the sentence is a balance, not a list: nothing is checked.
 */
function trailingTotals(ctx: RuleContext): void {
  const isLevel = (f: Figure) => f.kind === 'amount' && f.direction === 0 && !f.comparison && !ctx.about(f) && !(ctx.place(f)?.partOf.length) && !f.location.table;
  const bySentence = new Map<string | number, Figure[]>();
  for (const f of ctx.figures) {
    const sentence = ctx.place(f)?.sentence;
    if (sentence === undefined || !isLevel(f)) continue;
    const same = bySentence.get(sentence);
    if (same) same.push(f);
    else bySentence.set(sentence, [f]);
  }
  // The last 收入总计 and 支出总计 of each section, for the balance stated after them (收支相抵，结转下年14263万元).
  const totals = new Map<string, { in?: Figure; out?: Figure }>();
  let previousSentence: Figure[] = [];
  for (const levels of bySentence.values()) {
    let from = 0;
    // …收入94880亿元，比上年增长3.8%。加上从…调入2765亿元，…，收入总量为107545亿元: a sentence that opens by adding
    // items goes on from the level the sentence before ended with.
    const endOfPrevious = previousSentence.at(-1);
    previousSentence = levels;
    const opensAdding = ADDED_ITEM.test(unmapped(levels[0]!.label).text.trim()) && /^\s*(?:再|另)?加/.test(clauseBefore(ctx, levels[0]!));
    let closed: Figure | null = opensAdding && endOfPrevious && ctx.place(endOfPrevious)?.block === ctx.place(levels[0]!)?.block && endOfPrevious.unit === levels[0]!.unit ? endOfPrevious : null;
    levels.forEach((total, i) => {
      const before = textBefore(ctx, total, 12);
      if (BALANCE.test(before)) balance(ctx, total, totals.get(sectionOf(ctx, total)));
      if (DEFICIT.test(textBefore(ctx, total, 24))) deficit(ctx, total, totals.get(sectionOf(ctx, total)));
      // 全区收入总量2970亿元，…。其中，…: a total named as one opens its list rather than closing it; a balance after
      // it (收支相抵，结转下年544.4亿元) is still of it.
      const opening = OPENING_TOTAL.exec(unmapped(total.label).text.trim());
      if (opening) totals.set(sectionOf(ctx, total), { ...totals.get(sectionOf(ctx, total)), [opening[1] === '收入' || opening[2] === '收入' ? 'in' : 'out']: total });
      const added = (f: Figure) => ADDED.test(unmapped(f.label).text.trim());
      const addedItem = (f: Figure) => ADDED_ITEM.test(unmapped(f.label).text.trim());
      const clause = clauseBefore(ctx, total);
      // …收入762.6亿元，加上动用上年结转收入167.3亿元，当年可用于安排市本级支出的…收入预算929.9亿元: what is available
      // once the items are added.
      const chained = (CHAIN_TOTAL.test(before.slice(-8)) || AVAILABLE.test(clause)) && levels.slice(from, i).some(addedItem);
      // …570.72亿元，加上2018年度结转收入150.69亿元，共721.41亿元: 共 alone closes a list of items added.
      const alone = /^\s*共\s*(?:为|是|计)?\s*$/.test(clause);
      const named = NAMED_TOTAL.exec(clause);
      if (!CLOSING_TOTAL.test(before.slice(-8)) && !chained && !alone && !named) return;
      // Asides in brackets ((累计稳定调节基金43429万元)) are not items.
      let parts = levels.slice(from, i).filter((p) => !inBrackets(ctx, p));
      if (!CLOSING_TOTAL.test(before.slice(-8)) && !chained && !(alone && parts.slice(1).some(addedItem)) && !(named && namesItsItems(named[1]!, parts))) return;
      from = i + 1;
      // …，全县一般预算总收入399300万元，加上年结余336万元，…，收入总计411143万元: the items added go on from the
      // total the sentence closed before them.
      const previous = closed;
      closed = total;
      if (previous && parts[0] && addedItem(parts[0])) parts = [previous, ...parts];
      const flow = flowOf(unmapped(total.label).text + before);
      if (flow) totals.set(sectionOf(ctx, total), { ...totals.get(sectionOf(ctx, total)), [flow]: total });
      // 进口货物增值税、消费税和关税合计21628.75亿元: a total of things it names itself, not of the items before it.
      if (/[、和及与]/.test(clauseBefore(ctx, total))) return;
      // 加上解省支出2419万元、…，支出合计675930万元: the list began in the sentence before (一般公共预算支出…), or with an
      // item printed without its amount (县级一般公共预算收入加上…补助收入124392万元).
      if (parts[0] && added(parts[0])) return;
      // Items each printed with their unit: bare numbers run together from a table (行次 1, 2, 3) are no list.
      if (parts.length < 2 || !total.rawUnit || parts.some((p) => p.unit !== total.unit || !p.rawUnit)) return;
      if (parts.some((p) => { const f = flowOf(unmapped(p.label).text); return f !== '' && flow !== '' && f !== flow; })) return;
      // …债务还本支出195,664万元，调出资金增加10,239万元，…总支出2,686,338万元: an item printed as a change may be one
      // of the items; what they add up to, the sentence does not say.
      const [first, last] = [ctx.position(parts[0]!), ctx.position(total)];
      if (ctx.figures.slice(first, last).some((f) => f.kind === 'amount' && f.direction !== 0 && ctx.place(f)?.sentence === ctx.place(total)?.sentence && !inBrackets(ctx, f))) return;
      // An item stated with its 其中 parts (总收入410338万元，其中地方收入271630万元…；加上级补助收入…) may be counted
      // by the part the list goes on from: a sum that fits either reading holds.
      const listed = parts.map((p) => ctx.partsOf(p));
      const byParts = listed.some((l) => l.length) ? parts.flatMap((p, k) => (listed[k]!.length ? listed[k]! : [p])) : null;
      // 收入预算数15.39亿元，实际完成15.39亿元，比上年决算数14.94亿元增长3.0%，加上上级补助收入…，收入合计: the items
      // added (加上…) go on from one figure before them, which the sentence may state beside its budget and its base.
      const firstAdded = parts.findIndex((p, k) => k > 0 && addedItem(p));
      const fromOne = firstAdded > 1 ? parts.slice(0, firstAdded).map((start) => [start, ...parts.slice(firstAdded)]) : [];
      const readings = [...(byParts ? [parts, byParts] : [parts]), ...fromOne];
      ctx.relate({
        check: 'sum_mismatch',
        kind: 'sum',
        stated: total,
        alternatives: readings.map((items) => ({
          inputs: items.map((p): [string, Figure] => ['part', p]),
          expected: (iv: IntervalOf) => sumOf(items.map(iv)),
          formula: (sum: Interval) => `${items.map(printedFigure).join(' + ')} = ${mid(scaled(ctx, sum, total))}${total.rawUnit}`,
        })),
        // Items that do not make half their total, or twice it: the sentence lists something else than its parts.
        severity: (margin) => (margin.gt(new Decimal(total.value).abs().div(2)) ? 'info' : severityOf(margin, new Decimal(total.value))),
        message: (sum) => ({
          code: sum.lo.gt(ctx.interval(total).hi) ? 'rule.parts-exceed' : 'rule.trailing-short',
          params: { label: total.label, reported: printedFigure(total), expected: `${mid(scaled(ctx, sum, total))}${total.rawUnit}` },
        }),
      });
      // 一批…总投资3374.3万元(其中建筑工程3292万元)，二批…，合计批复总投资6222.4万元(其中建筑工程6025.215万元): the total's
      // 其中 part is the sum of its items' parts of that name, when every item states one.
      for (const part of ctx.partsOf(total)) {
        const same = parts.map((item) => ctx.partsOf(item).filter((p) => sameName(p.label, part.label)));
        if (same.every((found) => found.length === 1)) parallelPart(ctx, part, same.map((found) => found[0]!), parts);
      }
    });
  }
}

/**
 * 合计批复总投资 after 一批项目批复总投资…，二批…，三批项目批复投资…: a total that names what its items each are (the
 * 总 of a total left aside) closes their list as 合计 alone does.
 */
const NAMED_TOTAL = /(?:合计|总计|共计)([\u4e00-\u9fff]{2,10}?)\s*(?:为|是|达)?\s*[:：]?\s*$/;

function namesItsItems(totalName: string, items: Figure[]): boolean {
  if (items.length < 2) return false;
  const name = totalName.replace(/总/g, '');
  return name.length >= 2 && items.every((item) => unmapped(item.label).text.replace(/总/g, '').endsWith(name));
}

/** The clause a figure closes: the text before it on its line since the last comma, semicolon or full stop. */
function clauseBefore(ctx: RuleContext, f: Figure): string {
  const text = textBefore(ctx, f, 40);
  return text.slice(Math.max(text.lastIndexOf('，'), text.lastIndexOf(','), text.lastIndexOf('；'), text.lastIndexOf(';'), text.lastIndexOf('。')) + 1);
}

/**
 * 收入总量, 总支出: the year's totals by their names. Not 收入总计 and 支出总计 opening a list: a 决算's are equal, what
 * is carried forward being among the spending side's items.
 */
const OPENING_TOTAL = /(?:(收入|支出)总量|总(收入|支出))$/;

const BALANCE = /收支相抵[，,、\s]*(?:后)?[，,\s]*(?:年终|当年|年末)?(?:净)?(?:结余|结转|滚存结余|结转下年(?:支出|使用)?)?\s*(?:为|是)?\s*$/;

/** 收支总量相抵，中央财政赤字26500亿元: what the spending exceeds the income by. */
const DEFICIT = /收支(?:总量)?相抵[，,、\s]*(?:[\u4e00-\u9fff]{0,6}?)赤字\s*(?:为|是)?\s*$/;

/**
 * A deficit after the section's income total (收入总量) and its spending: the spending less the income. The spending
 * is the section's 支出 total, or else the last level of spending its paragraph states before the deficit.
 */
function deficit(ctx: RuleContext, gap: Figure, totals: { in?: Figure; out?: Figure } | undefined): void {
  const income = totals?.in;
  const block = ctx.place(gap)?.block;
  const spending =
    totals?.out ??
    ctx.figures
      .slice(0, ctx.position(gap))
      .filter((f) => f.kind === 'amount' && f.direction === 0 && !f.comparison && !ctx.about(f) && !(ctx.place(f)?.partOf.length) && ctx.place(f)?.block === block && flowOf(unmapped(f.label).text) === 'out')
      .at(-1);
  if (!income || !spending || income.unit !== gap.unit || spending.unit !== gap.unit || ctx.position(spending) < ctx.position(income) - 20) return;
  ctx.relate({
    check: 'difference_mismatch',
    kind: 'difference',
    stated: gap,
    alternatives: [
      {
        inputs: [
          ['spending', spending],
          ['income', income],
        ],
        expected: (iv: IntervalOf) => sub(iv(spending), iv(income)),
        formula: (e: Interval) => `${printedFigure(spending)} − ${printedFigure(income)} = ${mid(scaled(ctx, e, gap))}${gap.rawUnit}`,
      },
    ],
    severity: (margin) => severityOf(margin, new Decimal(gap.value)),
    message: (e) => ({ code: 'rule.deficit', params: { label: gap.label, reported: printedFigure(gap), expected: `${mid(scaled(ctx, e, gap))}${gap.rawUnit}` } }),
  });
}

function sectionOf(ctx: RuleContext, f: Figure): string {
  return `${f.location.file}|${ctx.place(f)?.section ?? ''}`;
}

/** 收支相抵，结转下年支出14263万元: the 收入总计 less the 支出总计 stated before it in its section. */
function balance(ctx: RuleContext, left: Figure, totals: { in?: Figure; out?: Figure } | undefined): void {
  const income = totals?.in;
  const spending = totals?.out;
  if (!income || !spending || income.unit !== left.unit || spending.unit !== left.unit) return;
  // …总支出911711万元，结转下年支出24828万元，收支相抵，当年结余288万元: what is carried forward, stated between the
  // spending and the balance, may have been taken out of it first.
  const sentence = ctx.place(left)?.sentence;
  const carried = ctx.figures.filter(
    (f) =>
      f.kind === 'amount' && f.direction === 0 && !f.comparison && f.unit === left.unit && ctx.place(f)?.sentence === sentence &&
      ctx.position(f) > ctx.position(spending) && ctx.position(f) < ctx.position(left) && /结转/.test(unmapped(f.label).text),
  );
  const readings = carried.length === 1 ? [[], carried] : [[]];
  ctx.relate({
    check: 'difference_mismatch',
    kind: 'difference',
    stated: left,
    alternatives: readings.map((out) => ({
      inputs: [['income', income], ['spending', spending], ...out.map((f): [string, Figure] => ['carried', f])],
      expected: (iv: IntervalOf) => out.reduce((rest, f) => sub(rest, iv(f)), sub(iv(income), iv(spending))),
      formula: (e: Interval) => `${[income, spending, ...out].map(printedFigure).join(' − ')} = ${mid(scaled(ctx, e, left))}${left.rawUnit}`,
    })),
    severity: (margin) => severityOf(margin, new Decimal(left.value)),
    message: (e) => ({ code: 'rule.balance', params: { label: left.label, reported: printedFigure(left), expected: `${mid(scaled(ctx, e, left))}${left.rawUnit}` } }),
  });
}

/**
 * Parts that each state their share (占 62.50%) with shares adding up to 100 % within rounding: the report says
 * itself that the list is the whole, so parts falling short of it are a contradiction too.
 */
function sharesMakeWhole(ctx: RuleContext, parts: Figure[]): Partition | null {
  const shares = parts.map((p) => ctx.claimsAbout(p).find((c) => c.kind === 'share'));
  if (parts.length < 2 || shares.some((s) => !s)) return null;
  const total = sum(ctx, shares as Figure[]);
  return total.lo.lte(100) && total.hi.gte(100) ? { name: '各项占比合计100%', members: [] } : null;
}

/** Partitions whose parts are complete by their meaning alone: what was allocated and what was not is all of it. */
const SELF_COMPLETE = new Set(['已分配/未分配', '已支付/未支付', '上缴/留成']);

/**
 * Partitions that make an unmarked run of figures a list, with what the whole must name: 在职 and 退休 after 编制数
 * are not its parts, but 专业技术/管理/工勤 after 在职人员 are.
 */
const UNMARKED: Record<string, RegExp> = { '已分配/未分配': /./, '已支付/未支付': /./, '管理/专业技术/工勤': /在职|在编|实有|职工|人员/, '上缴/留成': /筹集|公益金|收入|总额/ };

/**
 * A whole followed in its sentence by parts that name a partition, with no 其中 (直达资金合计33.88亿元，已分配33.80
 * 亿元，未分配0.08亿元): the parts are its parts. Already a part, or a change, a figure is not one of these.
 */
function unmarkedPartitions(ctx: RuleContext): void {
  const isLevel = (f: Figure) => (f.kind === 'amount' || f.kind === 'headcount') && f.direction === 0 && !f.comparison && !ctx.about(f) && !(ctx.place(f)?.partOf.length);
  const figures = ctx.figures.filter((f) => !f.location.table);
  for (let i = 0; i < figures.length; i++) {
    const whole = figures[i]!;
    const sentence = ctx.place(whole)?.sentence;
    if (!isLevel(whole) || sentence === undefined) continue;
    const following: Figure[] = [];
    for (let j = i + 1; j < figures.length && following.length < 4; j++) {
      const f = figures[j]!;
      if (ctx.place(f)?.sentence !== sentence) break;
      if (f.kind === whole.kind) following.push(f);
    }
    // The longest run that names the partition (上缴中央…，省级留成…，市级留成…: every 留成 is kept).
    for (let k = following.length; k >= 2; k--) {
      const parts = following.slice(0, k);
      if (!parts.every(isLevel)) continue;
      const labels = parts.map((p) => unmapped(p.label).text);
      const partition = completePartition(labels, unmapped(whole.label).text);
      if (!partition || !UNMARKED[partition.name]?.test(unmapped(whole.label).text) || partition.members.some((m) => m.test(unmapped(whole.label).text))) continue;
      const complete = SELF_COMPLETE.has(partition.name);
      ctx.relate({
        check: 'sum_mismatch',
        kind: 'sum',
        stated: whole,
        alternatives: [
          {
            inputs: parts.map((p): [string, Figure] => ['part', p]),
            expected: (iv: IntervalOf) => sumOf(parts.map(iv)),
            formula: (total: Interval) => `${parts.map(printedFigure).join(' + ')} = ${mid(scaled(ctx, total, whole))}${whole.rawUnit}`,
          },
        ],
        within: (stated, total) => !complete && !total.lo.gt(stated.hi),
        severity: (margin) => severityOf(margin, new Decimal(whole.value)),
        message: (total) => ({
          code: total.lo.gt(ctx.interval(whole).hi) ? 'rule.parts-exceed' : 'rule.parts-short',
          params: { label: whole.label, reported: printedFigure(whole), expected: `${mid(scaled(ctx, total, whole))}${whole.rawUnit}`, partition: partition.name },
        }),
      });
      break;
    }
  }
}

/** A part of a total against the parts of that name of the total's items (each item's whole beside it). */
function parallelPart(ctx: RuleContext, part: Figure, figures: Figure[], wholes: Figure[]): void {
  ctx.relate({
    check: 'sum_mismatch',
    kind: 'sum',
    stated: part,
    alternatives: [
      {
        inputs: [...figures.map((p): [string, Figure] => ['part', p]), ...wholes.map((w): [string, Figure] => ['whole', w])],
        expected: (iv: IntervalOf) => sumOf(figures.map(iv)),
        formula: (total: Interval) => `${figures.map(printedFigure).join(' + ')} = ${mid(scaled(ctx, total, part))}${part.rawUnit}`,
      },
    ],
    severity: (margin) => severityOf(margin, new Decimal(part.value)),
    message: (total) => ({ code: 'rule.parallel-parts', params: { label: part.label, reported: printedFigure(part), expected: `${mid(scaled(ctx, total, part))}${part.rawUnit}` } }),
  });
}

/** Consecutive lists whose wholes have one name: a total block, then blocks that add up to it. */
function parallelBlocks(ctx: RuleContext, found: PartsList[]): void {
  for (let i = 0; i < found.length; i++) {
    const head = found[i]!;
    const name = head.wholes[0]!.label;
    const rest: PartsList[] = [];
    for (let j = i + 1; j < found.length && sameName(found[j]!.wholes[0]!.label, name); j++) rest.push(found[j]!);
    if (rest.length < 2) continue;
    const wholes = sum(ctx, rest.map((l) => l.wholes[0]!));
    if (!overlaps(wholes, ctx.interval(head.wholes[0]!))) continue;
    for (const part of head.parts) {
      const same = rest.map((l) => l.parts.find((p) => sameName(p.label, part.label)));
      if (same.some((p) => !p)) continue;
      parallelPart(ctx, part, same as Figure[], rest.map((l) => l.wholes[0]!));
    }
    i += rest.length;
  }
}
