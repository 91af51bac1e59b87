/**
 * Figures in running text. Every number with a unit that makes it a figure (money, %, 个百分点, 分, staff counts)
 * is read with the words before it in its clause as its label; a claim (增加 X 万元, 下降 Y%, 占 Z%) takes the
 * label of what it is about from the figure before it in the sentence. What is not a figure: thresholds and
 * conditions (≥95%, 不超过30%, 95%以上), scoring rules (计5分, 每超过一个百分点扣0.5分), counts of events or
 * things (30批次, 4个内设机构), and numbers without a unit unless the text gives them one (减少17.84 after an
 * amount, 市级资金 343.00 under 单位：万元).
 */
import { Decimal } from 'decimal.js';
import { unmapped, type MappedText } from '../text/mapped-text.js';
import { scanNumbers, type NumberToken } from './numbers.js';
import type { FigureDraft } from './draft.js';
import { nameOf } from './names.js';
import { roleOf } from './columns.js';
import { completePartition, continuesSiblings } from './partitions.js';
import { respectiveValues } from './respectively.js';
import { intervalOf, overlaps, sumOf, type Interval } from '../math/interval.js';
import {
  CHANGE_DOWN,
  CHANGE_UP,
  CHANGE_WORD,
  MONEY_LABEL,
  NO_CHANGE,
  NOT_A_FIGURE_LABEL,
  PART_YEAR,
  PRIOR_YEAR,
  RULE_ONLY,
  RULE_POINTS,
  RULE_SENTENCE,
  SCORE_GIVEN,
  SCORE_LABEL,
  SHARE,
  WEIGHT,
  OTHER_BASIS,
  ADJUSTED_BASIS,
  OWN_BUDGET,
  GLUED_PINYIN,
  STAFF,
  TARGET_CLAUSE,
  THRESHOLD_AFTER,
  RANGE_UPPER,
  THRESHOLD_BEFORE,
  VERSUS_BUDGET,
  VERSUS_PRIOR,
} from './words.js';

export type { MoneyUnit } from './draft.js';
import type { MoneyUnit } from './draft.js';

export interface ProseOptions {
  /** The unit this part of the document states for bare amounts (金额单位：万元), or null. */
  moneyUnit: MoneyUnit | null;
  extractor: string;
  /** The printed text of a normalised range (labels are shown as printed). */
  printed: (mt: MappedText, start: number, end: number) => string;
  /** The printed text of a normalised range with its spaces, where the reader has the document. */
  spaced?: (mt: MappedText, start: number, end: number) => string;
}

/**
 * Sentences end at 。！？, and at a Latin full stop after words and before a space (扣完为止. 本单位…, …为95.10%.), never
 * inside a number nor where it stands for a comma (中央拨付16万元.上年度结余…，共计84.47万元); a semicolon separates
 * clauses that still share their subject (…100%；决算数大于预算数 55.93 万元).
 */
const SENTENCE_END = /[。！？!?]/g;
/** A Latin full stop after words: one with a space after it in print ends a sentence (the normalised text drops the space). */
const LATIN_STOP = /(?<=[\u4e00-\u9fff%）)])\.(?=[\u4e00-\u9fff]|\s*$)/g;
const CLAUSE_BREAK = /[，,；;、]/;
const LEAD = /^(?:\s|其中|包括|含|另外|另|主要是|主要有|分别是|分别为|合计|共计|[（(]?[一二三四五六七八九十\d]{1,2}[)）.、．]|[①-⑳]|[:：)）])+/;
const TRAIL = /(?:\s|为|是|达到|达|共计|总计|合计为|(?<![合总小共会统设估核])计|(?<![节简制合预规条公])约|近|了|的|有|均为|均|分别为|分别|[:：])+$/;

/** A semicolon before a list marker ends an item of a list ((一)…；(二)…): each item has its own subject. */
const ITEM_END = /[；;](?=\s*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.、．](?!\d)|[①-⑳]))/g;

/** The marker of a numbered item at the start of a paragraph or sentence. */
const ITEM_MARKER = /^\s*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.、．](?!\d)|[①-⑳])\s*/;

/**
 * The numbered item a figure opens (…；2、项目支出110.56万元): the marker's style and number, when only a short
 * label stands between them (no figure, no clause break, no heading's colon).
 */
const ITEM_BEFORE = /(?:^|[：:，,；;\s])(?:(\d{1,2})([、.．])(?!\d)|([（(])(\d{1,2})[）)])[^\d，,；;。：:]{1,20}$/;

function itemBefore(clause: string): { style: string; n: number } | null {
  const m = ITEM_BEFORE.exec(clause);
  if (!m) return null;
  return m[1] ? { style: m[2]!, n: Number(m[1]) } : { style: m[3]!, n: Number(m[4]) };
}

function sentences(text: string, printed: (start: number, end: number) => string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const stops = [...text.matchAll(LATIN_STOP)].filter((m) => m.index! + 1 === text.length || /^\.\s/.test(printed(m.index!, m.index! + 2)));
  const ends = [...text.matchAll(SENTENCE_END), ...text.matchAll(ITEM_END), ...stops].sort((a, b) => a.index! - b.index!);
  for (const m of ends) {
    out.push([start, m.index! + 1]);
    start = m.index! + 1;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** The label range in [from, to): the last clause, without leading markers and trailing connectors. */
function labelRange(text: string, from: number, to: number): [number, number] {
  let start = from;
  const slice = text.slice(from, to);
  const lastBreak = Math.max(...[...slice.matchAll(new RegExp(CLAUSE_BREAK, 'g'))].map((m) => m.index!), -1);
  if (lastBreak >= 0) start = from + lastBreak + 1;
  // label：value — the words before the colon, unless words stand after it (其中：财政拨款收入).
  const clause = text.slice(start, to);
  const colon = Math.max(clause.lastIndexOf(':'), clause.lastIndexOf('：'));
  if (colon >= 0 && !/[\u4e00-\u9fff]{2}/.test(clause.slice(colon + 1))) {
    const before = clause.slice(0, colon);
    const innerColon = Math.max(before.lastIndexOf(':'), before.lastIndexOf('：'));
    start = start + (innerColon >= 0 ? innerColon + 1 : 0);
  } else if (colon >= 0) {
    start = start + colon + 1;
  }
  // …与2021年预算持平公务用车运行维护费预算安排8万元: a comparison that 持平 closed is over; the name after it is the label.
  const settled = [...text.slice(start, to).matchAll(NO_CHANGE)].pop();
  if (settled && /[\u4e00-\u9fff]{2}/.test(text.slice(start + settled.index! + settled[0].length, to))) start += settled.index! + settled[0].length;
  let end = to;
  const lead = LEAD.exec(text.slice(start, end));
  if (lead && lead[0].length < end - start) start += lead[0].length;
  const trail = TRAIL.exec(text.slice(start, end));
  if (trail && trail.index > 0) end = start + trail.index;
  return [start, Math.max(start, end)];
}

/** Units of a measured quantity printed after a bare number: lengths, areas, volumes, weights. */
const MEASURE_UNIT = /^(?:平方公里|平方米|立方米|公里|千米|米|亩|公顷|吨|千瓦)/;
/** Counts of people served, as the number scanner reads them (户, 人次). */
const PEOPLE_COUNT = /^(?:户|人次|万人次)$/;
/** A number in a name (0-6岁儿童, 7天访视), not a quantity. */
const AGE_OR_TIME = /岁|天|月龄|年级/;

/**
 * People a project served (临时救助87人次, 实际享受补贴11196户) are its achievement; people received or enrolled
 * (公务接待579人次, 在园幼儿915名) only describe, and are no figures.
 */
const SERVED = /救助|补贴|补助|奖补|落实|受益|培训|享受|覆盖|帮扶|资助|慰问|发放|惠及|脱贫|签约|体检|接种|访视|就业|安置|参保/;
const DESCRIBED = /接待|出国|出境|团组|批次|在园|在校|在读|在职|退休|离休/;

function servedPeople(labelText: string, sentence: string): boolean {
  return SERVED.test(labelText) && !DESCRIBED.test(sentence);
}

type DraftBase = Pick<FigureDraft, 'mt' | 'start' | 'end' | 'context' | 'raw' | 'decimals' | 'extractor'>;

function quantity(base: DraftBase, label: string, unit: string, value: Decimal, labelText: string, prefix: string): FigureDraft {
  return { ...base, end: base.mt.text.startsWith(unit, base.end) ? base.end + unit.length : base.end, kind: 'quantity', label, value, unit, rawUnit: unit, comparator: '=', period: periodOf(labelText, prefix), comparison: '', direction: 0, role: roleOf(labelText) };
}


/** The last comparison phrase in `text`: where it starts (-1 for none) and what it compares with (比上年 / 较预算). */
function lastComparison(text: string): { at: number; name: string } {
  let at = -1;
  let name = '';
  for (const [re, found] of [
    [VERSUS_PRIOR, '比上年'],
    [VERSUS_BUDGET, '较预算'],
  ] as const) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      if (m.index! >= at) {
        at = m.index!;
        name = found;
      }
    }
  }
  return { at, name };
}

function comparisonIn(text: string): string {
  return lastComparison(text).name;
}

/** The text from the last comparison word on (比上年…, 较预算…); all of it when it has none. */
function sinceComparison(text: string): string {
  return text.slice(Math.max(0, lastComparison(text).at));
}

/** A part of a year a paragraph opens with (1月至6月, 上半年): not a point in time (截至12月底), which ends a whole year. */
const PART_OF_YEAR = /上半年|下半年|[一二三四1-4]季度|前三季度|\d{1,2}\s*(?:月份?\s*)?[-—~至到]\s*\d{1,2}\s*月/g;

/** A year named as the base of a comparison (比2013年, 较2019年度, 与2020年相比). */
const COMPARED_YEAR = /(?:比|较|与|同|相比|相较于?|对比)\s*(?:19|20)\d{2}\s*年度?/g;

/** The period a level figure belongs to: from its label, the sentence before it, else the paragraph's part of the year. */
function periodOf(label: string, sentencePrefix: string, paragraphPeriod = ''): string {
  for (const text of [label, sentencePrefix]) {
    const part = PART_YEAR.exec(text);
    if (part) return part[0].replace(/\s+/g, '');
    if (PRIOR_YEAR.test(text) && !/(?:比|较|与|同)\s*(?:上年|上一年|去年|上年度|同期)/.test(text)) return '上年';
    // …经费预算268.53万元，比2013年预算下降28.53%；公务用车…7875.74万元: the year a comparison names is its base's.
    // In the sentence before the figure, the year said last is its own (2023年度收入总计…，2022年度收入总计…，支出总计…).
    const years = [...text.replace(COMPARED_YEAR, '').matchAll(/((?:19|20)\d{2})\s*年/g)];
    const year = text === label ? years[0] : years.at(-1);
    if (year) return year[1]!;
  }
  return paragraphPeriod;
}

interface Subject {
  label: string;
  unit: MoneyUnit | null;
  draft: FigureDraft;
}

/** 决算数大于预算数 55.93 万元: a change against the budget, stated as a comparison of the two. */
const OVER_BUDGET = /(?:决算数?|支出数?|实际)?(?:大于|超过|超出|多于|高于)(?:年初|调整后?)?预算数?$/;
const UNDER_BUDGET = /(?:决算数?|支出数?|实际)?(?:小于|少于|低于)(?:年初|调整后?)?预算数?$/;
/** 1 when the words before a figure say it is above the budget, -1 below, 0 neither. */
function versusBudget(text: string): number {
  return OVER_BUDGET.test(text) ? 1 : UNDER_BUDGET.test(text) ? -1 : 0;
}

/** A level stated as the base of a comparison (比上年累计支出 433 万元): the prior-year figure, not a new subject. */
const PRIOR_LEVEL = /^(?:比|较|与|同|相比|相较于?|对比)\s*(?:上年|上一年|去年|上年度|上年同期|(?:19|20)\d{2}\s*年度?)/;

/** A level stated as the budget a figure is compared with (较年初预算412.00万元减少85.52万元). */
const BUDGET_LEVEL = /^(?:比|较|与|对比|相比|相较于?)\s*(?:(?:19|20)\d{2}\s*年度?)?(?:年初|调整后?|全年)?(?:预算|计划)(?:数)?/;

/** The budget a figure is a share of (完成年初预算任务71,900万元的88.08%, 完成预算调整数140,173万元的111.81%): a base, when 的 follows it. */
const COMPLETION_BASE = /(?:完成|占|达到?)\s*(?:(?:19|20)\d{2}\s*年度?)?(?:年初|调整后?|全年)?(?:预算|计划)(?:调整后?|变动后?)?(?:任务|数)?$/;

/**
 * The words a change's clause group gives when its own clause names nothing (公务用车运行维护费支出决算比预算无增减变化，
 * 比去年增加1.05万元): the words since the last number, back to the last semicolon, without a share's whole.
 */
function clauseGroup(before: string): string {
  return (before.split(/[；;。]/).pop() ?? '').replace(/占[^，,；;。]*/g, '');
}

/** A label that names a total: never a part of the list before it. */
const LIST_TOTAL = /(?:合计|总计|共计)\s*(?:为|是|达)?\s*[:：]?\s*$/;

/** Which way money flows in a label: in (收入), out (支出), or unsaid. */
function flowOf(label: string): 'in' | 'out' | '' {
  const income = /收入|收费|来源/.test(label);
  const spending = /支出|费用/.test(label);
  return income === spending ? '' : income ? 'in' : 'out';
}

/** A level of an earlier year than the subject, of the same thing (its label names nothing else), in its sentence. */
function earlierOfSubject(subject: FigureDraft, labelText: string, prefix: string, sentenceStart: number): boolean {
  if (subject.start < sentenceStart || subject.kind !== 'amount') return false;
  const period = periodOf(labelText, prefix);
  const year = /^(?:19|20)\d{2}$/.test(period) ? Number(period) : null;
  const own = /((?:19|20)\d{2})\s*年/.exec(labelText)?.[1];
  if (!year || !own || !/^(?:19|20)\d{2}$/.test(subject.period)) return false;
  if (year >= Number(subject.period)) return false;
  const name = nameOf(labelText);
  return name === '' || name === nameOf(subject.label);
}

/** A level stated as the whole of a share (占同期省级财政一般预算支出 1,132,010 万元的 75%), when 的 follows it. */
const SHARE_WHOLE = /占[^，,；;。]{0,30}$/;

/** The schedule an amount may be over or short of (超序时进度…，超收9152万元). */
const SCHEDULE_WORD = /(?:序时|时间|平均|均衡|月|季)进度/;

/**
 * An amount against the schedule or a target: 超月进度5484万元, 短平均进度…, 低于序时进度…万元, 超双过半任务数169万元,
 * 距双过半任务数还差192万元.
 */
const SCHEDULE_AMOUNT = /(?:(?:超|短|超过|低于|高于|快于|慢于|落后于?)\s*(?:月|季|年|平均|序时|时间|均衡)?进度|(?:超|超过|超出|短|低于)[^，,；;。\d]{0,8}?(?:任务数?|目标数?|计划数?)|距[^，,；;。\d]{1,10}?(?:任务数?|目标数?|计划数?|进度)还?差)$/;

/** A sentence that cuts the figure before it into parts: 分级次看，…; 从征收部门看：…; 分中央和地方看，…. */
const BREAKDOWN = /^\s*(?:分|从)[^，,。；;：:\d]{1,10}?(?:来)?看\s*[，,：:]/;

/**
 * The parts a breakdown sentence lists (分级次看，市本级完成122378万元…；县区级完成336417万元…), of the figure of the
 * sentence before that they add up to, within rounding. A cut that lists only some parts (分主要税种看：增值税…) adds
 * up to none, and its figures stay levels of their own.
 */
function breakdownOf(sentence: string, levels: FigureDraft[], previous: FigureDraft[], depth: (l: FigureDraft) => number): void {
  if (!BREAKDOWN.test(sentence)) return;
  const parts = levels.filter((l) => l.kind === 'amount' && !l.partOf && depth(l) === 0);
  if (parts.length < 2) return;
  const total = sumOf(parts.map(draftInterval));
  const wholes = previous.filter((w) => w.kind === 'amount' && overlaps(draftInterval(w), total));
  if (wholes.length !== 1) return;
  for (const part of parts) part.partOf = wholes;
}

function draftInterval(d: FigureDraft): Interval {
  return intervalOf({ value: d.value.toString(), raw: d.raw, decimals: d.decimals });
}

/** What stands between a whole printed inside a share's words and the share: 的, 的比重为, 的比例. */
const INLINE_SHARE = /^\s*的\s*(?:比重|比例|比率)?\s*(?:为|是|达|约)?\s*$/;

/** A budget a rate is of (为县人民代表大会批准全县全年预算46,908万元的80.43%): its label ends with the budget's name. */
const BUDGET_BEFORE_OF = /(?:预算|计划)(?:任务|数)?$/;
/**
 * A target the subject is measured against, right before its rate (为市下三季度目标33.23亿元的101.76%; …目标33.23亿元
 * 101.78%): the base of a completion rate, not a threshold the text sets.
 */
const TARGET_BEFORE_RATE = /(?:目标|任务)(?:数)?$/;

/**
 * Whether a list opened by words of its own (调增支出项目主要包括：, …上年结转结余23,067.24元；支出包括：) may be of the
 * figure before those words: words that name something else make the list another thing's.
 */
function namesWhole(opener: string, whole: FigureDraft): boolean {
  // …7875.74万元，比2013年预算下降8.68%（其中：…: the change (or the share) said of the figure names nothing else.
  if (CHANGE_ONLY.test(opener) || SHARE_ONLY.test(opener)) return true;
  const own = opener.replace(/^[\s，,。；;]+|(?:主要|具体|分别|其中|包括|包含|有|如下|是)*[\s:：，,]*$/g, '');
  if ((own.match(/[\u4e00-\u9fff]/g)?.length ?? 0) < 2) return true;
  // A bare measure (支出包括：) names by itself what nameOf leaves out.
  const name = nameOf(own) || own;
  const key = (nameOf(whole.name ?? whole.label) || unmapped(whole.label).text).replace(/收支/g, '收入支出');
  return !key || key.includes(name) || name.includes(key);
}

/** A clause that only states a change of the figure before it, up to the bracket or the comma opening its parts. */
const CHANGE_ONLY = /^[，,\s]*(?:同比|比|较)[^，,；;。：:]{0,16}?(?:增长|下降|增加|减少|降低|提高|上升)\s*\d+(?:\.\d+)?\s*(?:%|％|万元|亿元|元)?[（(\s，,]*$/;

/** A clause that only states the figure's share of another (…4404.78亿元，占总支出的67%(包括…): it names nothing else. */
const SHARE_ONLY = /^[，,\s]*占[^，,；;。：:\d]{0,16}?\s*\d+(?:\.\d+)?\s*[%％][（(\s]*$/;

/** 一般公共预算收入中税收 (占比…): the part named after the whole it is in. */
function partIn(words: string): string {
  const m = /^(.*[\u4e00-\u9fff]{2})中(?![央心国期级小学])([\u4e00-\u9fff].+)$/.exec(words);
  return m && !/[其集当从]$/.test(m[1]!) ? m[2]! : words;
}

/** The words of a claim's label that say what it is about (收入总计较上年增加 → 收入), if any. */
function claimName(clause: string): string {
  return nameOf(clause);
}

/** A level, not a change, a base or a claim. */
function isLevel(d: FigureDraft): boolean {
  return (d.kind === 'amount' || d.kind === 'headcount') && d.direction === 0 && !d.comparison && !d.about;
}

/**
 * The level of the paragraph a claim names: the last one whose name equals the claim's, else the last whose name
 * holds it or is held by it. A change against the prior year is about an actual figure, not a budget.
 */
function byName(drafts: FigureDraft[], name: string, comparison: string): FigureDraft | undefined {
  const found = tieredLevels(drafts, name, comparison);
  // 清华大学上年结转…，浙江大学上年结转…，北京大学上年结转…。…结转经费…占…: a name held by the names of several things
  // means none of them in particular.
  if (found && found.tier >= 2 && new Set(found.levels.map((d) => nameOf(d.name ?? d.label))).size > 1) return undefined;
  return found?.levels.at(-1);
}

/** A tail that makes another thing of a name: 增值税 → 增值税留抵退税, 陕西省 → 陕西省教育, 购置 → 购置及运行费. */
const OTHER_HEAD = /(?:税|收入|支出|费|资金|经费|教育|健康|卫生|补助|保障|服务|事务|建设|管理)$/;
/** Tails that only name the measure of the same thing: 税收 → 税收收入, 因公出国 → 因公出国费. */
const SAME_HEAD = /^(?:收入|支出|费|费用|资金|经费)$/;

/** Whether the longer of two names, holding the shorter, is still about the same thing. */
function sameHead(key: string, name: string): boolean {
  const [long, short] = key.length >= name.length ? [key, name] : [name, key];
  const at = long.indexOf(short);
  if (at < 0) return true;
  const tail = long.slice(at + short.length);
  return tail.length < 2 || tail === short || SAME_HEAD.test(tail) || !OTHER_HEAD.test(tail);
}

/**
 * Whether a claim's name qualifies a level's from the front with a kind of its own (房地產營業稅 of 營業稅, 建筑業
 * 營業稅): the claim is about a part of that level. Places, times and verbs qualify nothing (全县, 2020年, 实现).
 */
function subKind(level: string, claim: string): boolean {
  const at = claim.indexOf(level);
  if (at <= 0 || claim.length <= level.length) return false;
  const head = claim.slice(0, at);
  return /^[\u4e00-\u9fff]{2,4}$/.test(head) && !/^(?:全|本|我|该|今|当|上|下|同|其)|[年月度级直省市县区镇乡州旗盟村局委办厅院部]$|实现|完成|累计|合计|共计|实际|包括|组织|入库|征收|安排|下达/.test(head);
}

/** The levels a claim's name may mean, the closest kind of match only (tier 0 own label, 1 name, 2 start, 3 part of the name). */
/** 收入支出总体, 收支总体: both totals at once. */
const OVERALL = /^(?:收入支出|收支|收入)总体$|^(?:收入支出|收支)(?:总计|总额|总量)$/;

function tieredLevels(drafts: FigureDraft[], name: string, comparison: string): { tier: number; levels: FigureDraft[] } | null {
  // 从全省看，全省一般公共预算收入下降4.1%: a claim about the whole of an area (全省) is not about a figure that does
  // not name that area (the city's 一般公共预算收入 before it).
  const area = /^全[国省市州盟县旗区镇乡]/.exec(name)?.[0];
  const levels = drafts.filter((d) => isLevel(d) && !(comparison === '比上年' && d.role === '预算') && (!area || (d.name ?? d.label).includes(area) || d.label.includes(area)));
  const key = (d: FigureDraft) => nameOf(d.name ?? d.label);
  const tiers: Array<(d: FigureDraft) => boolean> = [
    // 收入支出总体与上年相比 (the 决算 template): the 收入总计 and 支出总计 the report states, not their 本年 parts.
    (d) => OVERALL.test(name) && /^(?:收入|支出)(?:总计)?$/.test(key(d)) && !/本年|合[计計]/.test(d.label),
    // A level whose own label names it (本部门收入总计) before one that only inherits a name (…，支出总计).
    (d) => nameOf(d.label) === name,
    (d) => key(d) === name,
    // 税收 names 税收收入, not 非税收入: a name the level starts with before one it merely holds.
    (d) => !!key(d) && (key(d).startsWith(name) || name.startsWith(key(d))) && sameHead(key(d), name),
    (d) => !!key(d) && (key(d).includes(name) || name.includes(key(d))) && sameHead(key(d), name) && !subKind(key(d), name),
  ];
  for (let tier = 0; tier < tiers.length; tier++) {
    const found = levels.filter(tiers[tier]!);
    if (found.length) return { tier, levels: found };
  }
  return null;
}

const MONEY_SCALE: Record<string, string> = { 万元: '1', 万: '1', 亿元: '10000', 千元: '0.1', 元: '0.0001', 百万元: '100' };

/** A unit stated inside the label (计划生育转移支付资金合计(万元) 年度预算资金总额：1084.25). */
function unitInLabel(label: string): MoneyUnit | null {
  const m = /[（(](万元|元|亿元|千元)[)）]/.exec(label);
  return m ? { unit: m[1]!, scale: new Decimal(MONEY_SCALE[m[1]!]!) } : null;
}

/** Codes of the functional classification of spending and revenue: 类 (201), 款 (20101), 项 (2010101). */
const SUBJECT_CODE = /^(?:[12]\d{2}|[12]\d{4}|[12]\d{6})$/;

/** A change verb before what it is of (减少了“三公”经费342.74万元). */
const LEADING_CHANGE = /^[，,、\s]*(减少了?|增加了?|节约了?|节省了?|压减了?|缩减了?|增长了?)(?![了到至为值率额])(?=[“"‘]?[\u4e00-\u9fff])/;

/** Characters a GBK text read as UTF-8 (or the reverse) leaves in Chinese prose: box drawing, bopomofo, U+FFFD, ?字. */
const MOJIBAKE = /[\u2500-\u257F\u3100-\u312F\uFFFD]|\?[\u4e00-\u9fff。]/;

/** 其中 / 包括 / 具体为 / 主要用于以下方面 / 主要支出事项： / ，含 / …万元中， start a list of parts of the figure before them (and see bracketLists). */
const LIST_MARKER = /(?:其中|包括|包含|具体(?:为|是|包括)|(?:主要)?用于(?:以下|如下)(?:几个)?方面|主要(?:支出)?(?:事项|项目)(?:有|为|包括)?(?=\s*[:：])|(?<=[,，(（])含(?![量税有义])|(?<=元)中(?=\s*[,，:：]))\s*[:：,，]?/g;

/** An amount in a bracket: a part when the bracket lists two and more after an amount. */
const BRACKET_AMOUNT = /\d[\d.,]*\s*[万亿]?元/g;
/** Words that make a bracket's amounts other years, other places or other measures, not parts (上年同期60万元, 全市平均). */
const NOT_PARTS = /上年|去年|同期|前年|(?:19|20)\d{2}\s*年|预算|计划|平均|全[国省市区县]|比|较|增|减|降/;

/**
 * Where the brackets right after an amount list its parts (补助资金39708.61万元,(中央资金18889万元,省级资金14684万元,
 * …)): the position just inside each such bracket. The bracket closes within 200 characters and holds two amounts
 * and more, each named, and no word of another year, place or measure.
 */
function bracketLists(sentence: string): number[] {
  const found: number[] = [];
  // …收入完成404633万元,同比下降0.29%(税收收入…、非税收入…): a change said of the figure may stand before the bracket.
  for (const m of sentence.matchAll(/元\s*(?:[,，]\s*(?:同比|比上年|较上年)(?:增长|下降|增加|减少)\s*\d+(?:\.\d+)?\s*[%％])?\s*[,，]?\s*[（(]/g)) {
    const open = m.index! + m[0].length;
    const close = sentence.slice(open, open + 200).search(/[）)]/);
    if (close < 0) continue;
    const inside = sentence.slice(open, open + close);
    if (!/^[\u4e00-\u9fff]/.test(inside) || /[（(]/.test(inside) || NOT_PARTS.test(inside) || /^(?:含|其中|包括|包含)/.test(inside)) continue;
    if ((inside.match(BRACKET_AMOUNT)?.length ?? 0) >= 2) found.push(open);
  }
  return found;
}

/**
 * What a claim with no name of its own is about: the subject, or, when the subject is the last part of a list that
 * a semicolon or a full stop closed (收支总预算4,471.22万元，含…经费250万元，…经费537.31万元；比2012年预算增加755.18万元), the list's
 * whole.
 */
function subjectAfterList(subject: FigureDraft | undefined, last: FigureDraft | undefined, drafts: FigureDraft[], text: string, at: number): FigureDraft | undefined {
  // 1、公务接待费2016年预算8万元，2015年预算12.5万元；对比减少4.35万元: the item goes on past its own base.
  if (!subject?.partOf || subject.partOf.length !== 1 || last !== subject) return subject;
  const between = text.slice(subject.end, at);
  if (/[；;]/.test(between)) return subject.partOf[0];
  if (!/。/.test(between)) return subject;
  // After a full stop, only a list that named all of its whole (人员经费, 公用经费 of 基本支出) is over: 其中，因公出国
  // (境)费0.61亿元。比2015年减少48.45万元 is about that item, the list going on after it.
  const whole = subject.partOf[0]!;
  const parts = drafts.filter((d) => d.partOf?.includes(whole));
  return parts.length >= 2 && completePartition(parts.map((p) => p.label)) ? whole : subject;
}

/** A heading run into the text (…本级59.75万元二、项目资金使用…): what came before it is done. */
const INLINE_HEADING = /(?:^|[^\d\u4e00-\u9fff])[一二三四五六七八九十]{1,2}[、．.]|[（(][一二三四五六七八九十]{1,2}[）)]|[^\d][一二三四五六七八九十]{1,2}、/;

/** Bracket depth at `at`, counted from `from`. */
function depthAt(text: string, from: number, at: number): number {
  let depth = 0;
  for (let i = from; i < at; i++) {
    const c = text[i];
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
  }
  return depth;
}

/** A list of parts being read: where it started, the figures that may be its whole, and its bracket depth. */
interface PartList {
  wholes: FigureDraft[];
  depth: number;
  marker: number;
  /** The list this one was opened inside, which goes on when this one ends with its clause. */
  outer?: PartList;
}

/** Whether the parts read into a list (two or more, of its whole's unit) add up to its one whole, within rounding. */
function madeUp(list: PartList, levels: FigureDraft[]): boolean {
  if (list.wholes.length !== 1) return false;
  const whole = list.wholes[0]!;
  const parts = levels.filter((l) => l.partOf === list.wholes);
  if (parts.length < 2 || parts.some((p) => p.unit !== whole.unit)) return false;
  const step = (d: FigureDraft) => new Decimal(10).pow(-d.decimals).div(2);
  const slack = parts.reduce((sum, p) => sum.plus(step(p)), step(whole));
  return parts.reduce((sum, p) => sum.plus(p.value), new Decimal(0)).minus(whole.value).abs().lte(slack);
}

export function readProseFigures(mt: MappedText, options: ProseOptions): FigureDraft[] {
  const text = mt.text;
  const tokens = scanNumbers(text);
  const out: FigureDraft[] = [];
  let cursor = 0;
  // The subject of claims carries over to the next sentence of the paragraph (…435.82万元。收支较上年减少83.71万元).
  let subject = null as Subject | null;
  // The subject outside the brackets a level was read in, restored when a claim follows the closing bracket.
  let outside: Subject | null = null;
  let previousLevels: FigureDraft[] = [];
  // A numbered paragraph's topic (1、哈拉布拉乡…建设项目，铺建…。2021年下达…实际已支付186.98万元): what the figures of
  // all its sentences are about, so the items of a list of projects are not one another's mentions.
  const item = ITEM_MARKER.exec(text);
  const topicLead = item ? /^[^，,；;：:。\d]{2,40}?(?=[，,；;：:。])/.exec(text.slice(item[0].length)) : null;
  const topic = topicLead ? nameOf(topicLead[0]) : '';
  let previousSubject = '';
  // The list the last sentence left open, which a sibling opening the next sentence goes on (see continuesSiblings).
  let openList: { wholes: FigureDraft[]; labels: string[]; last?: FigureDraft } | null = null;
  // 其中：1、基本支出173.89万元，包括：…；2、项目支出110.56万元: the numbered items of a list go on past the semicolon
  // that ends each item, the next number opening the next part.
  let numbered: { style: string; n: number; wholes: FigureDraft[]; kind: string } | null = null;
  // 今年1月至6月，…收入1439.05亿元。…支出3078.34亿元，完成调整预算的58.59%: the paragraph's part of the year holds for
  // the sentences after it that name no period of their own.
  let paragraphPeriod = '';
  for (const [sStart, sEnd] of sentences(text, (start, end) => options.spaced?.(mt, start, end) ?? '')) {
    while (cursor < tokens.length && tokens[cursor]!.start < sStart) cursor++;
    const inSentence: NumberToken[] = [];
    while (cursor < tokens.length && tokens[cursor]!.start < sEnd) inSentence.push(tokens[cursor++]!);
    const sentence = text.slice(sStart, sEnd);
    const rules = RULE_SENTENCE.test(sentence) && (RULE_ONLY.test(sentence) || !SCORE_GIVEN.test(sentence));
    const levels: FigureDraft[] = [];
    const markers = [...[...sentence.matchAll(LIST_MARKER)].map((m) => sStart + m.index!), ...bracketLists(sentence).map((at) => sStart + at)].sort((a, b) => a - b);
    let list: PartList | null = null;
    let markerCursor = 0;
    let changeLead = null as { direction: number; at: number } | null;
    let carried = false;
    // The sentence's topic: its leading clause when it names something ((一)老旧小区改造项目，预算资金…).
    const lead = /^[^，,；;：:\d]{2,40}?(?=[，,；;：:])/.exec(sentence.trim().replace(ITEM_MARKER, ''));
    // 企业职工基本养老保险基金收入21489亿元…。支出19117亿元: a sentence that opens with a measure only is about what
    // the sentence before it opened with, not about nothing (城乡居民…基金收入2296亿元…。支出1554亿元 is another fund's).
    let lastName = lead && !/\d/.test(lead[0]) ? nameOf(lead[0]) : previousSubject;
    let sentenceSubject = '';
    /** A figure's qualified name: its label when that names something, else the last name with its label. */
    const qualify = (labelText: string, printedLabel: string): string => {
      const own = nameOf(labelText);
      if (own) {
        lastName = own;
        sentenceSubject ||= own;
        return printedLabel;
      }
      return [lastName, printedLabel].filter(Boolean).join(' ');
    };
    /** Whether a level opens the item numbered next after the last one of a list, and may be one of its parts. */
    const nextItem = (last: NonNullable<typeof numbered>, level: FigureDraft): boolean => {
      if (level.kind !== last.kind || depthAt(text, sStart, level.start) !== 0) return false;
      if (last.wholes.some((w) => flowOf(w.label) && flowOf(level.label) && flowOf(w.label) !== flowOf(level.label))) return false;
      const item = itemBefore(text.slice(sStart, level.start));
      return !!item && item.style === last.style && item.n === last.n + 1;
    };
    /** A level joins the list it follows, or starts being a whole others may be parts of. */
    const addLevel = (level: FigureDraft) => {
      // A list ends where its bracket closes ((其中建筑工程757.44万元)，合计…) or a heading starts (…本级59.75万元二、项目…).
      const ended = (l: PartList, at: number) => depthAt(text, sStart, at) < l.depth || INLINE_HEADING.test(text.slice(l.marker, at));
      // Revenue is never a part of spending, nor spending of revenue (…收入969万元，其中…污水处理费收入68万元；完成…支出4093万元).
      const otherFlow = (l: PartList) => l.wholes.every((w) => flowOf(w.label) && flowOf(level.label) && flowOf(w.label) !== flowOf(level.label));
      // A total (收入合计为6449万元) closes the list before it; a 包括 list (主要包括燃料费、维修费…) is one clause.
      // A clause that adds to the whole (；加上级补助收入…) is not one of its parts either.
      const total = LIST_TOTAL.test(text.slice(Math.max(sStart, level.start - 6), level.start));
      const clauseEnded = (l: PartList) => /^包[括含](?![:：])/.test(text.slice(l.marker, l.marker + 3)) && /[；;]/.test(text.slice(l.marker, level.start));
      const added = (l: PartList) => /[；;，,]\s*(?:加上|另加|再加上?|此外|另外|减去)/.test(text.slice(l.marker, level.start));
      // …预算费用3.5万元/人，共计7万元 after 因公出国(境)经费7万元: a total that restates the part before it is that
      // part's own sum; the list goes on past it.
      const lastListed = list ? levels.filter((l) => l.partOf === list!.wholes).at(-1) : undefined;
      if (total && lastListed && lastListed.value.eq(level.value) && lastListed.unit === level.unit) {
        levels.push(level);
        return;
      }
      // …其中58.473万元用于兑付…，…，所以2021年我县可用农机购置补贴资金为81.527万元: a result drawn from the figures
      // before it is no part of the list's whole.
      const drawn = (l: PartList) => /(?:所以|因此|从而)/.test(text.slice(l.marker, level.start));
      // A list inside brackets ends with them; the list they stand in goes on (…补助资金39708.61万元,(中央资金…)，其他各类
      // 资金13335万元).
      // Only a bracket that is itself the list's marker: after (含…) the next item may as well be the bracketed
      // figure's sibling as the outer list's part.
      // A bracketed 其中 of a figure that is itself one of the outer list's parts, followed by a semicolon ((其中：购置费…；
      // 运行费…)；公务接待费…), hands the next item back to that list too: it is the figure's sibling either way.
      const siblingAfter = (l: PartList) => l.wholes.every((w) => w.partOf === l.outer!.wholes) && /[)）]\s*[；;]/.test(text.slice(l.marker, level.start));
      const bracketOver = (l: PartList) =>
        !!l.outer &&
        /[（(]/.test(text[l.marker - 1] ?? '') &&
        (!/^(?:含|其中|包括|包含)/.test(text.slice(l.marker, l.marker + 2)) || siblingAfter(l)) &&
        depthAt(text, sStart, level.start) < l.depth &&
        depthAt(text, sStart, level.start) === l.outer.depth;
      while (list && bracketOver(list)) list = list.outer!;
      if (list && (ended(list, level.start) || otherFlow(list) || total || added(list) || drawn(list))) list = null;
      while (markerCursor < markers.length && markers[markerCursor]! < level.start) {
        const marker = markers[markerCursor++]!;
        if (list && ended(list, marker)) list = null;
        const depth = depthAt(text, sStart, marker);
        const sameKind = (f: FigureDraft) => f.kind === level.kind;
        const here = levels.filter((f) => f.start < marker && sameKind(f));
        // 发行新增政府债券11.31亿元（新增一般债券2.54亿元，新增专项债券8.77亿元）；其中，…: outside the brackets, a list
        // after them may be of the figure before the brackets or of the last one inside; which, the words do not say.
        const bracketed = depth === 0 && here.length > 0 && depthAt(text, sStart, here.at(-1)!.start) > 0 && here.some((f) => depthAt(text, sStart, f.start) === 0);
        const lastPart = list && list.depth === depth ? null : bracketed ? undefined : here[here.length - 1];
        const nested = list ? levels.filter((f) => f.partOf && f.start > list!.marker && sameKind(f)).pop() : undefined;
        const before = bracketed ? undefined : here.at(-1);
        const found = nested
          ? [nested].filter((w) => namesWhole(text.slice(w.end, marker), w))
          : bracketed && !(list && list.depth === depth)
            ? []
            : lastPart
              ? [lastPart]
              : before
                ? [before].filter((w) => namesWhole(text.slice(w.end, marker), w))
                : [previousLevels.find(sameKind), [...previousLevels].reverse().find(sameKind)].filter((f): f is FigureDraft => !!f).filter((w) => namesWhole(text.slice(sStart, marker), w));
        // …限额537亿元，本次预算调整拟增加580亿元新增债务限额，其中：市级94.8亿元、区级485.2亿元: the list is of the
        // change said last, which is no level; the level before it is not the list's whole.
        const lastSaid = out.filter((d) => d.mt === mt && d.start >= sStart && d.start < marker).at(-1);
        const ofChange = !!lastSaid && lastSaid.kind === 'amount' && lastSaid.direction !== 0 && found.every((w) => w.start < lastSaid.start);
        const wholes = ofChange ? [] : found;
        // A marker inside brackets that opens no list of a whole the words name ((包括一般性转移支付…；专项…)) leaves
        // the list outside the brackets as it was: its items go on after them.
        list = wholes.length ? { wholes: [...new Set(wholes)], depth, marker, ...(list ? { outer: list } : {}) } : list && depth > list.depth ? list : null;
      }
      // 运行维护费8.2万元，主要包括燃料费、维修费；公务接待费16.55万元: the 包括 clause is over, the 其中 list goes on
      // (包括： with a colon opens a list that runs on over semicolons).
      // …城乡社区支出7亿元等；上级专项…13.2亿元: 等 closes the inner list, what follows is the outer list's next item.
      const closedByEtc = (l: PartList) => !!l.outer && /元\s*等\s*[；;]/.test(text.slice(l.marker, level.start));
      while (list && (clauseEnded(list) || closedByEtc(list))) list = list.outer ?? null;
      // …道路工程资金300万元，包括：路基150万元，路面150万元；桥梁工程资金210万元: the parts said already make their
      // whole, so what follows the semicolon is the next item of the list that whole is in.
      while (list && list.outer && madeUp(list, levels) && /[；;]/.test(text.slice(levels.at(-1)!.end, level.start))) list = list.outer;
      if (list && depthAt(text, sStart, level.start) === list.depth && level.kind === list.wholes[0]!.kind) level.partOf = list.wholes;
      else if (!list && !levels.length && numbered && nextItem(numbered, level)) level.partOf = numbered.wholes;
      else if (!list && !levels.length && openList && level.kind === openList.wholes[0]!.kind && (level.role === openList.wholes[0]!.role || (level.role === '' && !!openList.last)) && depthAt(text, sStart, level.start) === 0 && continuesSiblings(openList.labels, level.label)) {
        level.partOf = openList.wholes;
        openList.labels.push(level.label);
        openList.last = level;
        carried = true;
      }
      levels.push(level);
    };
    let currentName = '';
    /** The last whole printed inside a share's words (占…1,132,010万元的), which the share right after it is of. */
    let shareWhole: FigureDraft | null = null;
    /** Every figure of the token loop leaves with the qualified name of its label. */
    const push = (d: FigureDraft) => {
      d.name ??= currentName;
      if (topic && !d.name.includes(topic)) d.name = `${topic} ${d.name}`;
      out.push(d);
    };
    let prevEnd = sStart;
    // 科技、就业补助支出分别增长30.7%、22.3%: each value with its own name and the verb before the run.
    const respective = respectiveValues(text, sStart, inSentence);
    const respectiveDrafts = new Map<number, FigureDraft>();
    for (let i = 0; i < inSentence.length; i++) {
      const token = inSentence[i]!;
      const from = prevEnd;
      prevEnd = token.unitEnd;
      const paired = respective.get(i);
      const named = paired?.name ?? null;
      const before = paired && (named || i > 0) ? paired.verb : text.slice(from, token.start);
      const after = text.slice(token.unitEnd, inSentence[i + 1]?.start ?? sEnd);
      const [ls, le] = named ?? labelRange(text, from, token.start);
      const labelText = named ? `${text.slice(ls, le)}${paired!.partOf === null ? paired!.verb : ''}` : text.slice(ls, le);
      // A share or growth of a run's amount says what it is in its verb (工程 占全市政府采购规模比例为).
      const label =
        paired && !named && paired.partOf !== null
          ? options.printed(mt, ...paired.verbAt)
          : (le > ls ? options.printed(mt, ls, le) : '') + (named && paired!.partOf !== null ? ` ${options.printed(mt, ...paired!.verbAt)}` : '');
      const clause = named ? `${text.slice(ls, le)}${paired!.verb}` : paired && i > 0 ? paired.verb : text.slice(ls, token.start);
      const prefix = text.slice(sStart, token.start);
      const base = {
        mt,
        start: token.start,
        end: token.unitEnd,
        context: [sStart, sEnd] as [number, number],
        raw: token.raw,
        decimals: token.decimals,
        extractor: options.extractor,
      };
      if (NOT_A_FIGURE_LABEL.test(labelText.slice(-4)) && token.kind !== 'money' && token.kind !== 'percent') continue;
      // 款列“2012399-其他民族事务支出”, 科目编码2080505: a code of the budget's classification.
      // Only where the print marks it as one: a dash before the name, or a word of budget subjects before the code.
      const codeMarked = /^\s*[-—－–]\s*[\u4e00-\u9fff]/.test(after) || /(?:科目|款列|列入|列支|编码|代码)[\s“"（(:：]*$/.test(before);
      if (token.kind === 'none' && SUBJECT_CODE.test(token.raw) && codeMarked) continue;
      // 完成率=本年支出完成数*100%/本年预算数: the coefficient of a printed formula, not a figure of the report.
      if (/[*×]\s*$/.test(text.slice(from, token.start)) && /[=＝]/.test(text.slice(sStart, token.start))) continue;
      if (outside && depthAt(text, sStart, token.start) === 0) {
        subject = outside;
        outside = null;
      }
      // 110增7降: counts of places that rose and fell, not a change of the figure before.
      if (token.kind === 'none' && /^[降增减升]/.test(text.slice(token.unitEnd, token.unitEnd + 1)) && /[增降减升]$/.test(before.trimEnd())) continue;
      // 下降-81.75%: a minus after a word of decrease repeats it; the words say the direction.
      // 增长-3.2%: a growth printed with a minus is a decline of that size.
      const verbText = before
        .trimEnd()
        .replace(/(下降|减少|降低|减收|下滑|降幅)(了)?(为|达)?\s*[-−–]$/, '$1$2$3')
        .replace(/(?:增长|增幅|上升|提高)(了)?(为|达)?\s*[-−–]$/, '下降$1$2');
      const overBudget = versusBudget(verbText);
      // 减少了“三公”经费342.74万元，其中公务用车…308.87万元: a change whose verb comes before what it is of, and the
      // 其中 parts of that change. What they are a part of the change of, the words leave open: they are of no level.
      const leading = token.kind === 'money' ? LEADING_CHANGE.exec(text.slice(ls, token.start)) : null;
      const underChange: number = token.kind === 'money' && changeLead !== null && markers.some((m) => m > changeLead!.at && m < token.start) ? changeLead.direction : 0;
      const leadingUp: number = leading ? (CHANGE_UP.test(leading[1]!) ? 1 : -1) : underChange;
      const up: boolean = CHANGE_UP.test(verbText) || overBudget > 0 || leadingUp > 0;
      const down = CHANGE_DOWN.test(verbText) || overBudget < 0 || leadingUp < 0;
      const threshold = !overBudget && (THRESHOLD_BEFORE.test(before.replace(/\s+$/, '')) || THRESHOLD_AFTER.test(after) || RANGE_UPPER.test(prefix));
      const changeWord = up || down || CHANGE_WORD.test(verbText);
      const direction: number = up ? 1 : down ? -1 : 0;
      if (leading) changeLead = { direction, at: token.unitEnd };
      currentName = qualify(labelText, label);
      // A claim that names what it is about (收入总计较上年增加 84.17 万元) is about the figure of that name in the
      // paragraph, not merely the last one; when no figure has that name, it is about none.
      // 税收占比为62.57%: a share whose words name its part is about the figure of that name, not the last one.
      const weight = token.kind === 'percent' && !changeWord && !SHARE.test(clause) && WEIGHT.test(clause) && !OTHER_BASIS.test(clause) ? /比重(?:为|达|约|是)?$/.exec(clause)! : null;
      const shareAt = token.kind === 'percent' && SHARE.test(clause) ? clause.lastIndexOf('占') : weight ? weight.index : -1;
      // 纳税额为31584万元，比去年同期前100家企业纳税额增加5952万元: the words after 比去年同期 name what the subject is
      // compared with, the subject itself a year before; they name no other figure.
      const comparedWith = changeWord && claimName(/^[，,\s]*(?:比|较|与)(?:上年|去年|上年度|上一年)(?:同期)?(.*)$/.exec(prefix.split(/[，,；;]/).pop() ?? '')?.[1] ?? '') !== '';
      const own = changeWord ? (comparedWith ? '' : claimName(clause) || claimName(clauseGroup(before))) : shareAt > 0 ? claimName(partIn(clause.slice(0, shareAt))) : '';
      // A rate right after a change that named its own subject (公务用车运行维护费…比去年增加1.05万元，增长35.8%) is
      // about what that change is about, not about the paragraph's subject.
      const lastDraft = out.at(-1);
      // So is a second change after one that named a subject the paragraph has no figure of (房产税收入同比增收531万元，
      // 同比减收24万元，下降4.32%): it is not about the paragraph's subject either.
      // Not one inside brackets closed since (减少25000万元，（其中：旗本级减少29100万元，开发区增加4100万元），下降35.7%):
      // the bracket's claims are its items', the rate after it the figure's outside.
      const changeBefore =
        !own && changeWord && lastDraft && lastDraft.mt === mt && lastDraft.start >= sStart && lastDraft.kind === 'amount' && lastDraft.direction !== 0 && (token.kind === 'percent' || (!lastDraft.about && !!lastDraft.claimOf)) && depthAt(text, sStart, lastDraft.start) <= depthAt(text, sStart, token.start)
          ? lastDraft
          : undefined;
      const afterOwnChange: boolean = !!changeBefore && changeBefore.about !== subject?.draft;
      // …比2016年度减少0.28万元，降低3.09%, where the change names a figure of an earlier paragraph: found after the paragraphs are read.
      const followsUnresolved = changeBefore && !changeBefore.about && !!changeBefore.claimOf;
      // 车辆运行维护费比上年少公务接待费比上年少9.5万元: two comparisons before one number, words are missing; which
      // figure it is of, the text does not say.
      // Mis-decoded text before it in the sentence, or just before the sentence (?。ㄒ唬┮话愎卜罩С?8639萬元，較上年減支
      // 5273萬元, where the ? ended a sentence): the figure the claim is of may be among the lost characters.
      const garbled = !!leading || underChange !== 0 || (changeWord && (clause.match(/(?:比|较|与)(?:上年|去年|上年度|上年同期)/g)?.length ?? 0) >= 2) || MOJIBAKE.test(text.slice(Math.max(0, sStart - 12), token.start));
      // 税占比为69.5%: a word too short to be a name (税) starts the part's name (税收收入), not the subject's.
      const shortPart = !own && shareAt > 0 ? partIn(clause.slice(0, shareAt)).replace(/[^\u4e00-\u9fff]/g, '') : '';
      const namePrefix = /^[\u4e00-\u9fff]{1,2}$/.test(shortPart) && !/^[其该此这它约仅均共已还总各分]/.test(shortPart) ? shortPart : '';
      // Figures of two names that start so (税收收入, 税费返还) leave the part unknown.
      const prefixed = namePrefix ? out.filter((d) => d.mt === mt && d.start >= sStart - 400 && isLevel(d) && nameOf(d.label).startsWith(namePrefix)) : [];
      const byPrefix = new Set(prefixed.map((d) => nameOf(d.label))).size === 1 ? prefixed.at(-1) : undefined;
      let target: FigureDraft | undefined = garbled ? undefined : own ? byName(out.filter((d) => d.mt === mt), own, comparisonIn(prefix)) : namePrefix ? byPrefix : afterOwnChange ? changeBefore!.about : followsUnresolved ? undefined : subjectAfterList(subject?.draft, out.at(-1), out, text, token.start);
      // 2023年度…453.13万元，2022年度…400.22万元，与2022年度相比…增加52.91万元: a claim compared with a year is not about
      // that year's figure; it is about the figure of that name of another year in its sentence, if there is one. (比2013年
      // 年初预算数 compares with that year's budget: the year's figure is the one meant.)
      const comparedYear = changeWord ? /(?:比|较|与|同|相比|相较于?|对比)\s*((?:19|20)\d{2})\s*年度?(?!\s*(?:年初|调整|预算|計劃|计划|預算))/.exec(prefix.split(/[。；;]/).pop() ?? '')?.[1] : undefined;
      if (comparedYear && target && target.period === comparedYear) {
        const key = nameOf(target.label);
        target = out.filter((d) => d.mt === mt && d.start >= sStart && isLevel(d) && d.period !== comparedYear && /^\d{4}$/.test(d.period) && nameOf(d.label) === key).at(-1);
      }
      // A claim after a closed list is about the list's whole (…，公用经费37.5万元。比2021年预算231.17万元增加33.55万元):
      // so are the claims after it.
      if (subject && target && !own && target !== subject.draft && subject.draft.partOf?.includes(target)) subject = { label: target.label, unit: subject.unit, draft: target };
      const unresolved = garbled ? {} : own && !target && changeWord ? { claimOf: { name: own, comparison: comparisonIn(prefix) } } : followsUnresolved ? { follows: changeBefore } : {};
      // 剔除该项因素，“三公”经费同比下降8.3%: a change on another basis than the figure printed (5亿元, 下降39.8%) is
      // not about that figure; one on the basis the figure states (同口径完成…，同口径增长9.7%) is.
      const otherBasis = !!target && ADJUSTED_BASIS.test(before) && !ADJUSTED_BASIS.test(target.label);
      const ofRun = paired && paired.partOf !== null ? respectiveDrafts.get(paired.partOf) : undefined;
      // A value of a 分别 run is of its own name, or of the amount it pairs with; one that pairs with none is of nothing.
      const about = paired ? (ofRun ? { about: ofRun } : paired.partOf === null && named ? (target && !otherBasis && target.start >= ls ? { about: target } : unresolved) : {}) : target && !otherBasis ? { about: target } : otherBasis ? {} : unresolved;
      const claimLabel = (words: string) => (own ? words : [subject?.label ?? '', words].filter(Boolean).join(' '));

      if (token.kind === 'percent' || token.kind === 'points') {
        if (threshold || rules || (TARGET_CLAUSE.test(labelText) && !changeWord)) continue;
        // 占一般公共预算支出165720万元的84%: the whole printed between 占 and 的, its share right after it.
        const wholeBefore = token.kind === 'percent' && !changeWord && shareWhole && out.at(-1) === shareWhole && INLINE_SHARE.test(before) ? shareWhole : null;
        const share = SHARE.exec(clause) ?? (weight ? ['', ''] : wholeBefore ? ['', wholeBefore.label.replace(/^.*占/, '')] : null);
        const value = token.value.times(token.scale);
        if (share && token.kind === 'percent' && OWN_BUDGET.test(share[1]!.replace(GLUED_PINYIN, '').replace(/的$/, ''))) {
          // 占预算的54.1%: the item against its own budget, a completion rate.
          push({ ...base, kind: 'rate', label: claimLabel(label || '占'), value, unit: '%', rawUnit: token.unit, comparator: '=', period: periodOf(labelText, prefix, paragraphPeriod), comparison: '较预算', direction: 0, role: '', ...about });
        } else if (share && token.kind === 'percent') {
          // 2022年结转经费几乎占上年预算总经费228.16亿元的44.22%: the part is named before 占, not the subject.
          const partWords = wholeBefore ? (wholeBefore.label.slice(0, Math.max(0, wholeBefore.label.lastIndexOf('占'))).split(/[，,；;。]/).pop() ?? '') : '';
          const partName = nameOf(partWords.replace(/几乎|大约|约|将近|接近|已/g, ''));
          const ofPart = partName ? byName(out.filter((d) => d.mt === mt && d !== wholeBefore), partName, '') : undefined;
          push({ ...base, kind: 'share', label: claimLabel(wholeBefore ? `${wholeBefore.label}的` : label || '占'), value, unit: '%', rawUnit: token.unit, comparator: '=', period: '', comparison: '', direction: 0, role: '', ...(!partName ? about : ofPart ? { about: ofPart } : {}) });
        } else if (changeWord || token.kind === 'points') {
          // A change in percentage points is about the last rate stated before it (执行率95.36%，较上年提高2.1个百分点).
          const rate = token.kind === 'points' ? [...out].reverse().find((d) => d.mt === mt && d.kind === 'rate' && d.start >= sStart) : undefined;
          push({
            ...base,
            kind: 'growth',
            label: rate ? [rate.label, label].filter(Boolean).join(' ') : claimLabel(label),
            value,
            unit: token.kind === 'points' ? '个百分点' : '%',
            rawUnit: token.unit,
            comparator: '=',
            period: '',
            comparison: comparisonIn(prefix),
            direction,
            role: '',
            ...(rate ? { about: rate } : about),
          });
        } else {
          const comparison = /完成|预算/.test(labelText) ? comparisonIn(prefix) : '';
          push({ ...base, kind: 'rate', label: label || (subject?.label ?? ''), value, unit: '%', rawUnit: token.unit, comparator: '=', period: periodOf(labelText, prefix, paragraphPeriod), comparison, direction: 0, role: roleOf(labelText), ...about });
        }
        continue;
      }

      const perUnit = token.kind === 'money' ? /^\s*(?:\/|每)\s*([\u4e00-\u9fff]{1,3}(?:[·*\/][\u4e00-\u9fff]{1,2})?)/.exec(text.slice(token.unitEnd)) : null;
      if (perUnit) {
        if (threshold) continue;
        const end = token.unitEnd + perUnit[0].length;
        push({ ...base, end, kind: 'quantity', label, value: token.value, unit: `${token.unit}/${perUnit[1]}`, rawUnit: text.slice(token.end, end), comparator: '=', period: periodOf(labelText, prefix, paragraphPeriod), comparison: '', direction: 0, role: roleOf(labelText) });
        prevEnd = end;
        continue;
      }
      const inlineUnit = token.kind === 'none' ? unitInLabel(labelText) : null;
      if (token.kind === 'money' || inlineUnit || (token.kind === 'none' && (changeWord ? subject?.unit : options.moneyUnit && MONEY_LABEL.test(labelText)))) {
        const targetBase = TARGET_BEFORE_RATE.test(labelText.trim()) && inSentence[i + 1]?.kind === 'percent' && /^\s*的?\s*$/.test(after) && !!subject;
        if (threshold && !changeWord && !targetBase) continue;
        // An amount without a label is a piece of a number cut by the layout (910.4 / 2、7万元), not a figure.
        if (!label && !changeWord) continue;
        const unit: MoneyUnit =
          token.kind === 'money'
            ? { unit: token.unit, scale: new Decimal(MONEY_SCALE[token.unit] ?? token.scale.toString()) }
            : inlineUnit ?? (changeWord ? subject!.unit! : options.moneyUnit!);
        const value = token.value.times(unit.scale);
        if (changeWord) {
          // …占年初预算21521万元的109.2%，超平均进度42.5个百分点，超收9152万元: an amount over or short after a
          // schedule, with no comparison word since, is against the schedule, not the year before.
          const afterSchedule = /^[超短]/.test(labelText.trim().slice(-2)) && SCHEDULE_WORD.test(sinceComparison(prefix));
          const comparison = overBudget ? '较预算' : afterSchedule ? '较进度' : comparisonIn(prefix);
          push({ ...base, kind: 'amount', label: claimLabel(label), value, unit: '万元', rawUnit: token.kind === 'money' ? token.unit : '', comparator: '=', period: '', comparison, direction, role: '', ...about });
        } else if ((BUDGET_LEVEL.test(labelText) || targetBase || ((COMPLETION_BASE.test(labelText) || BUDGET_BEFORE_OF.test(labelText)) && /^\s*的/.test(after))) && subject) {
          // The budget the subject is compared with: a base, not a new subject.
          push({ ...base, kind: 'amount', label, value, unit: '万元', rawUnit: token.kind === 'money' ? token.unit : '', comparator: '=', period: '', comparison: '', direction: 0, role: '预算', ...about });
        } else if (SHARE_WHOLE.test(labelText) && /^\s*的/.test(after) && subject) {
          // The whole a share is of (…占同期一般预算支出1,132,010万元的75%): a figure, but the subject stays.
          shareWhole = { ...base, kind: 'amount', label, value, unit: '万元', rawUnit: token.kind === 'money' ? token.unit : '', comparator: '=', period: periodOf(labelText, prefix, paragraphPeriod), comparison: '', direction: 0, role: roleOf(labelText) };
          push(shareWhole);
        } else if (SCHEDULE_AMOUNT.test(labelText.trim())) {
          // 超月进度5484万元, 短收1083万元 against the schedule: the figure less its schedule's share of the budget, not
          // a level; the subject stays.
          const behind = /(?:短|低于|慢于|落后)[^超]*$|^距|[^超]距/.test(labelText.trim());
          push({ ...base, kind: 'amount', label: claimLabel(label), value, unit: '万元', rawUnit: token.kind === 'money' ? token.unit : '', comparator: '=', period: '', comparison: '较进度', direction: behind ? -1 : 1, role: '', ...about });
        } else if (subject && earlierOfSubject(subject.draft, labelText, prefix, sStart)) {
          // 公务接待费2016年预算8万元，2015年预算12.5万元；对比减少4.35万元: the earlier year of the same thing, in the
          // same sentence, is the base the change is against; the subject stays.
          push({ ...base, kind: 'amount', label, value, unit: '万元', rawUnit: token.kind === 'money' ? token.unit : '', comparator: '=', period: periodOf(labelText, prefix, paragraphPeriod), comparison: '', direction: 0, role: roleOf(labelText), about: subject.draft });
        } else if (PRIOR_LEVEL.test(labelText) && subject) {
          // The base of a comparison: the prior year's level of the subject, which stays the subject; a base that
          // names another figure (较2014年度…“三公”经费合计16.08万元, after the 三公 parts) makes that figure the subject.
          const year = /((?:19|20)\d{2})/.exec(labelText)?.[1];
          const baseName = nameOf(labelText);
          const named: FigureDraft | undefined = baseName && baseName !== nameOf(subject.draft.label) ? byName(out.filter((d) => d.mt === mt), baseName, '') : undefined;
          if (named && named !== subject.draft) subject = { label: named.label, unit: subject.unit, draft: named };
          push({ ...base, kind: 'amount', label, value, unit: '万元', rawUnit: token.kind === 'money' ? token.unit : '', comparator: '=', period: year ?? '上年', comparison: '', direction: 0, role: roleOf(labelText), ...(named ? { about: named } : about) });
        } else if (PRIOR_LEVEL.test(labelText) && /^\s*的/.test(text.slice(Math.max(0, token.start - 1), token.start)) && !subject) {
          // 清华大学的预算经费…，相比2021年的317.28亿元，增加了44.83亿元: the base of a comparison whose level the
          // sentence does not print. It is no level, and no claim is about it.
          push({ ...base, kind: 'amount', label, value, unit: '万元', rawUnit: token.kind === 'money' ? token.unit : '', comparator: '=', period: /((?:19|20)\d{2})/.exec(labelText)?.[1] ?? '上年', comparison: '', direction: 0, role: roleOf(labelText) });
        } else {
          const level: FigureDraft = { ...base, kind: 'amount', label, value, unit: '万元', rawUnit: token.kind === 'money' ? token.unit : '', comparator: '=', period: periodOf(labelText, prefix, paragraphPeriod), comparison: '', direction: 0, role: roleOf(labelText) };
          // Any level may be what a share run after it is of (…基诺型彩票1.67亿元，占…的比重分别为…).
          respectiveDrafts.set(i, level);
          push(level);
          addLevel(level);
          // A level inside brackets is the subject of the claims inside them; after the bracket closes, the figure
          // outside is again ((其中旗本级完成52031万元，工业园区完成10308万元)，同比增收9437万元).
          const inBrackets = depthAt(text, sStart, token.start) > 0 && subject !== null && subject.draft.start >= sStart && depthAt(text, sStart, subject.draft.start) === 0;
          if (inBrackets) outside ??= subject;
          subject = { label, unit, draft: level };
        }
        continue;
      }

      if (token.kind === 'score' || (token.kind === 'none' && SCORE_LABEL.test(labelText.slice(-4)) && !rules)) {
        if (threshold) continue;
        // (15分) after a group name is its weight; 计5分 / 扣0.5分 are rules.
        const weightInBrackets = /[（(]\s*$/.test(before) && /^\s*[)）]/.test(text.slice(token.unitEnd));
        if (!weightInBrackets && (rules || RULE_POINTS.test(before))) continue;
        // 投入20分，得分18分: the points before a 得分 of the same item are what the item is worth.
        const next = inSentence[i + 1];
        const weightBeforeScore = !!next && next.kind === 'score' && /^\s*[，,]\s*(?:实际|自评)?得分(?:为|是)?\s*$/.test(text.slice(token.unitEnd, next.start)) && !/得分|扣/.test(labelText);
        const role = weightInBrackets || weightBeforeScore ? '分值' : roleOf(labelText) || '得分';
        let groupLabel = weightInBrackets ? options.printed(mt, ...labelRange(text, from, Math.max(from, before.lastIndexOf('(') >= 0 || before.lastIndexOf('（') >= 0 ? from + Math.max(before.lastIndexOf('('), before.lastIndexOf('（')) : token.start))) : label;
        // 预算执行得分18.5分（满分20分）: the 满分 is the weight of the item just scored.
        const scored = out.at(-1);
        if (role === '分值' && /^[（(]?\s*(?:满分|分值)(?:为)?$/.test(labelText.trim()) && scored?.kind === 'score' && scored.mt === mt && scored.start >= sStart) {
          groupLabel = `${scored.label.replace(/(?:自评)?得分$/, '')} 满分`;
        } else if (weightBeforeScore) groupLabel = `${label} 分值`;
        push({ ...base, kind: role === '分值' ? 'weight' : 'score', label: groupLabel, value: token.value, unit: '分', rawUnit: token.unit, comparator: '=', period: '', comparison: '', direction: 0, role });
        continue;
      }

      // A measured quantity (铺建砂石路11公里, 高标准农田建设面积2778.80亩, 11196户, 87人次), not a count of things.
      const measured = token.kind === 'none' ? MEASURE_UNIT.exec(after)?.[0] : token.kind === 'count' && PEOPLE_COUNT.test(token.unit) ? token.unit : undefined;
      if (measured) {
        const people = PEOPLE_COUNT.test(measured);
        if (label && !threshold && !rules && !AGE_OR_TIME.test(labelText.slice(-3)) && (!people || servedPeople(labelText, sentence))) {
          push(quantity(base, label, measured, token.value, labelText, prefix));
        }
        continue;
      }

      // 编制12个 counts posts; 纳入…预算编制范围的单位有3个 counts units, in the sense of drawing up a budget.
      const postsCounted = token.kind === 'count' && token.unit === '个' && /编制/.test(labelText) && !/(?:预算|决算|报表)编制|编制范围|(?:单位|机构|科室|部门)(?:有|包括|共|共计)?\s*$/.test(labelText);
      // 编制人数42，其中：行政编制人数19、…: a bare whole number right after 人数 counts people.
      const bareStaff = token.kind === 'none' && token.decimals === 0 && /(?:人数|人员数)\s*[:：]?\s*$/.test(labelText) && STAFF.test(labelText);
      if (token.kind === 'people' || postsCounted || bareStaff) {
        if (threshold || token.decimals > 0) continue;
        const follows = text.slice(token.unitEnd, token.unitEnd + 6);
        // In a list of staff (现有编制人员205人。其中,局机关在职113人…财政事务中心10人), every count of people is staff.
        const staffList = (list as PartList | null)?.wholes[0]?.kind === 'headcount' && depthAt(text, sStart, token.start) === (list as PartList | null)?.depth;
        if (!STAFF.test(labelText) && !STAFF.test(follows.slice(0, 4)) && !staffList) {
          // People served, not staff (实际享受补贴11196户26930人): an achievement in its own unit.
          if (label && !rules && servedPeople(labelText, sentence)) push(quantity(base, label, token.unit === '名' ? '人' : token.unit, token.value, labelText, prefix));
          continue;
        }
        const level: FigureDraft = { ...base, kind: 'headcount', label: STAFF.test(labelText) || staffList ? label : (STAFF.exec(follows)?.[0] ?? ''), value: token.value, unit: token.unit === '名' || bareStaff ? '人' : token.unit, rawUnit: token.unit, comparator: '=', period: periodOf(labelText, prefix, paragraphPeriod), comparison: '', direction: 0, role: '' };
        push(level);
        // …为136人，占编委核定的落实编制数143人的比率为95.10%: the whole a share is of; the subject stays.
        if (SHARE_WHOLE.test(labelText) && /^\s*的/.test(after) && subject?.draft.kind === 'headcount') shareWhole = level;
        else addLevel(level);
        // 实际在职人员为136人，占…编制数143人的比率为95.10%: the count a share follows is what the share is of.
        if (/^\s*[，,]?\s*占/.test(after)) subject = { label, unit: null, draft: level };
      }
    }
    breakdownOf(sentence, levels, previousLevels, (l) => depthAt(text, sStart, l.start));
    // The last item the sentence opened decides which list the next number goes on.
    const opened = levels.map((l) => ({ level: l, item: itemBefore(text.slice(sStart, l.start)) })).filter((o) => o.item).at(-1);
    if (opened) numbered = opened.level.partOf ? { ...opened.item!, wholes: opened.level.partOf, kind: opened.level.kind } : null;
    if (levels.length) previousLevels = levels;
    // (list is assigned in addLevel, out of the compiler's sight.)
    const open = list as PartList | null;
    if (open && open.depth === 0) {
      const listed = levels.filter((l) => l.partOf === open.wholes);
      openList = { wholes: open.wholes, labels: listed.map((l) => l.label), ...(listed.length ? { last: listed.at(-1)! } : {}) };
    } else if (!carried) {
      // A sentence that explains the last item (…预算费用3.5万元/人，共计7万元。) and states no other level leaves the
      // list open for the next sibling (公务用车购置及运行费87.15万元…).
      const last = openList?.last;
      const explains = !!last && levels.every((l) => l.value.eq(last.value) && l.unit === last.unit);
      if (!explains) openList = null;
    }
    previousSubject = sentenceSubject || previousSubject;
    paragraphPeriod = [...sentence.matchAll(PART_OF_YEAR)].at(-1)?.[0].replace(/\s+/g, '') ?? paragraphPeriod;
    // 与预算相比无变化: a change of zero stated in words, about the figure before it.
    for (const m of sentence.matchAll(NO_CHANGE)) {
      const at = sStart + m.index!;
      const prefix = text.slice(sStart, at);
      const comparison = comparisonIn(prefix);
      if (!comparison) continue;
      // 比上年42,895万元增加29,821万元，增幅69.52%，收支持平: a balance of revenue and spending, not a comparison; a
      // comparison with figures stated after it was about them, not about the words 持平 far after.
      if (/收支(?:基本)?$/.test(prefix) || /\d\s*(?:万元|亿元|元|%|％|个百分点)/.test(sinceComparison(prefix))) continue;
      const last = [...out].reverse().find((f) => f.mt === mt && f.start < at && f.start >= sStart && f.kind === 'amount' && f.direction === 0);
      out.push({
        mt,
        start: at,
        end: at + m[0].length,
        context: [sStart, sEnd],
        kind: 'amount',
        label: [last?.label ?? '', m[0]].filter(Boolean).join(' '),
        value: new Decimal(0),
        unit: '万元',
        raw: m[0],
        rawUnit: '',
        decimals: 2,
        comparator: '=',
        period: '',
        comparison,
        direction: 0,
        role: '',
        extractor: `${options.extractor}:words`,
        ...(last ? { about: last } : {}),
      });
    }
  }
  return withoutRowNumbers(out.sort((a, b) => a.start - b.start), text);
}

/**
 * A form flattened into a line (项目 行次 金额 一、一般公共预算财政拨款收入 1 二、政府性基金… 2 …) numbers its rows:
 * bare integers that count up across the line's labels, by one or by a row or two, are 行次, not amounts.
 */
function withoutRowNumbers(drafts: FigureDraft[], text: string): FigureDraft[] {
  if (!/行次|栏次/.test(text)) return drafts;
  const numbers = rowNumbers(drafts);
  return numbers.size ? drafts.filter((d) => !numbers.has(d)) : drafts;
}

/**
 * The bare integers among drafts (in reading order) that count up by one, or by a row or two, three times and more:
 * the row numbers (行次) of a form, whether its rows are one line or one paragraph each.
 */
export function rowNumbers(drafts: FigureDraft[]): Set<FigureDraft> {
  const bare = drafts.filter((d) => d.kind === 'amount' && d.rawUnit === '' && /^\d{1,3}$/.test(d.raw));
  const chains = new Map<FigureDraft, FigureDraft[]>();
  const open = new Map<number, FigureDraft[]>();
  for (const d of bare) {
    const v = Number(d.raw);
    // A row the reader took no figure from leaves a gap of one or two.
    const before = [1, 2, 3].map((gap) => v - gap).find((k) => open.has(k));
    const chain = [...(before !== undefined ? open.get(before)! : []), d];
    if (before !== undefined) open.delete(before);
    open.set(v, chain);
    for (const x of chain) chains.set(x, chain);
  }
  return new Set([...chains.entries()].filter(([, chain]) => chain.length >= 3).map(([d]) => d));
}

function firstYear(text: string): string {
  return /((?:19|20)\d{2})\s*年/.exec(text)?.[1] ?? '';
}

/** Paragraphs back a claim looks for the figure it names. */
const CLAIM_REACH = 6;

/**
 * A claim that names what it is about where its own paragraph has no figure of that name (…支出决算为8.77万元。
 * ⏎ 2017年度“三公”经费…支出决算数比2016年度减少0.28万元，降低3.09%): about the figure of that name in the nearest
 * paragraph before it, in the same section. A rate that followed the claim follows it there.
 */
export function resolveAcrossParagraphs(drafts: FigureDraft[], blockOf: ReadonlyMap<FigureDraft, number>, sectionOf: (block: number) => number): void {
  const byBlock = new Map<number, FigureDraft[]>();
  for (const d of drafts) {
    const b = blockOf.get(d);
    if (b === undefined || d.table) continue;
    const inBlock = byBlock.get(b);
    if (inBlock) inBlock.push(d);
    else byBlock.set(b, [d]);
  }
  for (const d of drafts) {
    if (d.about || !d.claimOf) continue;
    const b = blockOf.get(d);
    if (b === undefined) continue;
    // 2022年度“三公”经费预算较2021年度…: the figure is of the year its paragraph starts with, not of the base year.
    const year = firstYear(d.mt.text.slice(0, d.start));
    let best: { tier: number; levels: FigureDraft[] } | null = null;
    // Within its section; or, for a claim its paragraph dates (2022年度…较2021年度增加), in the sections before it
    // too, among figures of that year (一、2022年预算安排情况 before 二、2021年决算情况 and the comparison after it).
    for (let prev = b - 1; prev >= Math.max(0, b - CLAIM_REACH) && (sectionOf(prev) === sectionOf(b) || !!year); prev--) {
      const yearOf = (f: FigureDraft) => firstYear(f.mt.text.slice(0, f.context[1]));
      const sameSection = sectionOf(prev) === sectionOf(b);
      const ofYear = (byBlock.get(prev) ?? []).filter((f) => (sameSection && (!year || !yearOf(f))) || yearOf(f) === year);
      const found = tieredLevels(ofYear, d.claimOf.name, d.claimOf.comparison);
      // The nearest paragraph that names it best: 公务用车购置及运行费 two paragraphs up before 公务用车购置 in the last.
      if (found && (!best || found.tier < best.tier)) best = found;
      if (best?.tier === 0) break;
    }
    // Far from its claim, a name must answer with one value: 收入支出总体 names 收入总计 and 本年收入合计 alike.
    if (best && new Set(best.levels.map((f) => f.value.toFixed())).size === 1) d.about = best.levels.at(-1)!;
  }
  for (const d of drafts) if (!d.about && d.follows?.about) d.about = d.follows.about;
}
