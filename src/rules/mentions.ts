/**
 * conflicting_mentions over the vocabulary: one metric stated twice with values that cannot both be true, as XBRL
 * Calculations 1.1 treats duplicate facts (the intervals of all mentions must meet). Metrics reported for several
 * things at once (satisfaction surveys, score items) and mentions with a distinguishing qualifier (编外员额 vs 实际在岗)
 * are not compared; nor are two mentions whose printed labels name different things (本年支出合计 and
 * 一般公共预算财政拨款支出 are both spending, not one figure).
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { show } from '../math/interval.js';
import { unmapped } from '../text/mapped-text.js';
import { supportedByFormula } from './ratios.js';
import { nameOf } from '../read/names.js';
import { blockText } from '../text/block-text.js';
import { quoteBefore, textBefore as printedBefore } from './printed.js';
import type { Rule, RuleContext } from './rule.js';

function groupKey(ctx: RuleContext, f: Figure): string {
  // A table cell's key is its row label: that names the row, not a different thing.
  const qualifier = f.naming?.reader === 'table' ? '' : (f.naming?.key ?? '');
  // 2022年支出 and 2023年支出 are two figures; a mention that names no year is of the year under review.
  const period = f.period && Number(f.period) !== ctx.year ? f.period : '';
  return `${f.metric}|${qualifier}|${f.naming?.scope ?? ''}|${period}`;
}

/** A label's words that name the thing: no years, no 本年/全年, no who (我局), no punctuation. */
function named(label: string): string {
  return unmapped(label).text.replace(/(?:19|20)\d{2}年度?|本年度?|当年|全年度?|年度|我局|我单位|本单位|本部门|部门|其中|[^\u4e00-\u9fffA-Za-z]/g, '');
}

/** An organisation a sentence names before a figure (市旅游委，2015年…; 市食药监局2015年…), other than the reporter's own. */
const ORGANISATION = /([\u4e00-\u9fff]{2,12}?(?:委员会|管委会|局|委|厅|院|中心|办公室|办|站|所|馆|学校|医院|公司|街道|镇|乡))(?=[，,]?\s*(?:19|20)\d{2}|[^\u4e00-\u9fff]|$)/g;
const OWN = /^(?:我|本|该|贵)/;
/** Words that name the reporter itself as what a figure is of. */
const OWN_SUBJECT = /本部门|本单位|我部门|我单位|我局|本局|我委|本委|我院|本院|我校|本校|我中心|本中心|部门整体|单位整体/;

/** The words of a figure's quote before the figure (the whole quote when it is not found there). */
function textBefore(f: Figure, quote = f.location.quote): string {
  return quoteBefore(f, quote) ?? quote;
}

function organisationBefore(f: Figure): string | null {
  const found = [...textBefore(f).matchAll(ORGANISATION)].map((m) => m[1]!).filter((o) => !OWN.test(o));
  return found.length ? found[found.length - 1]! : null;
}

const SCOPE = /全省|全市|全区|全县|全州|全旗|全镇|全乡|省本级|市本级|区本级|县本级|州本级|镇本级|本级|省级|市级|区级|县级|市直|区直|县直/;
function scopeOf(label: string): string {
  return SCOPE.exec(unmapped(label).text)?.[0] ?? '';
}

/** The last match of `pattern` (global) on a figure's line before it: group `group` of it, or ''. */
function lastOnLineBefore(ctx: RuleContext, f: Figure, pattern: RegExp, group = 0): string {
  return [...printedBefore(ctx, f, 2000).matchAll(pattern)].at(-1)?.[group] ?? '';
}

/** The scope its line names last before a figure (市本级…收入总量1,007,837万元。一般公共预算支出706,228万元), if any. */
function scopeOfLine(ctx: RuleContext, f: Figure): string {
  return lastOnLineBefore(ctx, f, new RegExp(SCOPE.source, 'g'));
}

/** The item of an inline enumeration a figure is in (一是…；二是…；三是…), if its line has one before it. */
function enumeratedItem(ctx: RuleContext, f: Figure): string {
  return lastOnLineBefore(ctx, f, /(?:^|[，,；;。:：\s])([一二三四五六七八九十]{1,2})是/g, 1);
}

const NUMBERED_HEADING = /^\s*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}[、.．])/;
const STAGE = /年初预算|预算草案|预算调整|调整预算|调整方案|决算/;

/**
 * The stage of the budget a numbered heading above a figure names (1. …批准的年初预算草案 / 2. …预算调整方案 / 3. 决算
 * 情况), if any: 收入总计8303万元 under the first and 10855万元 under the third are two stages of one total.
 */
function stageOf(ctx: RuleContext, f: Figure): string {
  return ctx.derived('stage-heading', f, (x) => {
    const doc = ctx.input.docs.find((d) => d.file === x.location.file);
    const at = x.location.spans[0]?.line;
    if (!doc || at === undefined) return '';
    for (let line = at - 1; line >= Math.max(0, at - 30); line--) {
      const text = unmapped(doc.lines[line]?.text ?? '').text;
      if (!NUMBERED_HEADING.test(text) || text.length > 60) continue;
      const stage = STAGE.exec(text)?.[0];
      if (stage) return stage.startsWith('年初') || stage === '预算草案' ? '年初' : stage === '决算' ? '决算' : '调整';
    }
    return '';
  });
}

/** The funds of a government's budget: figures of one are never figures of another. */
const FUND = /政府性基金|国有资本经营|社会保险基金|社保基金|一般公共预算/g;

/** The fund a figure's sentence names last before it, if any. */
function fundBefore(f: Figure): string {
  const found = [...textBefore(f, unmapped(f.location.quote).text).matchAll(FUND)];
  return found.length ? found[found.length - 1]![0].replace('社保基金', '社会保险基金') : '';
}

/**
 * What the lead-in heading of a figure's section names ((一)基本支出：), when the figure's own label names nothing
 * but its measure (2018年年初预算数为98.71万元): the figure is of that subject.
 */
function headingSubject(ctx: RuleContext, f: Figure): string {
  return ctx.derived('heading-subject', f, (x) => leadInSubject(ctx, x));
}

function leadInSubject(ctx: RuleContext, f: Figure): string {
  if (nameOf(f.label)) return '';
  // Sections of a merged reading are numbered per document, a million apart: the block is the remainder.
  const section = (ctx.place(f)?.section ?? -1) % 1_000_000;
  const doc = ctx.input.docs.find((d) => d.file === f.location.file);
  const block = doc && section >= 0 ? doc.blocks[section] : undefined;
  const heading = block && doc ? blockText(doc, block.lines).text.trim() : '';
  // A lead-in that names the subject of the lines below it ((一)基本支出：), not a title (（三）财政拨款支出决算具体情况).
  if (!/[:：]$/.test(heading) || heading.length > 16) return '';
  return nameOf(heading.replace(/^[\s（(]*[一二三四五六七八九十\d]+[)）、.．]?/, ''));
}

/** A place named at the head of a figure's line (朔州市一般公共预算收入…), if any. */
const PLACE_HEAD = /^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?([\u4e00-\u9fff]{2,8}?(?:省|自治区|市|州|盟|县|区|旗|镇|乡))(?![\u4e00-\u9fff]{0,2}(?:级|本级|直))/;

function placeOfLine(ctx: RuleContext, f: Figure): string | null {
  const doc = ctx.input.docs.find((d) => d.file === f.location.file);
  // By the line the figure's characters are on: one printed line may be two lines of the model (prose, then a table).
  const at = f.location.spans[0]?.line;
  const line = doc && at !== undefined ? doc.lines[at] : undefined;
  const m = line ? PLACE_HEAD.exec(unmapped(line.text).text) : null;
  return m && !/^(?:全|本|我|该)/.test(m[1]!) ? m[1]! : null;
}

/**
 * Two mentions name the same thing when one label holds the other (编外人员控制率 / 我局编外人员控制率), and nothing
 * says they are of different things: two organisations named (市旅游委 / 市食药监局), or one mention listed as a part
 * of a whole (项目支出…其中：商品和服务支出) that the other is not a part of. A mention without a label names nothing.
 * Table cells, whose metric their table's structure gives, are compared as read.
 */
function sameThing(ctx: RuleContext, a: Figure, b: Figure): boolean {
  const orgA = organisationBefore(a);
  const orgB = organisationBefore(b);
  if (orgA && orgB && orgA !== orgB) return false;
  const wholes = (f: Figure) => (ctx.place(f)?.partOf ?? []).join(',');
  if (wholes(a) !== wholes(b)) return false;
  if (a.location.table || b.location.table) return true;
  // (一)基本支出：2018年年初预算数为98.71万元: a figure whose label names only its measure is of its section's heading.
  if (ctx.place(a)?.section !== ctx.place(b)?.section && (headingSubject(ctx, a) || headingSubject(ctx, b))) return false;
  const x = ctx.place(a)?.name || a.label;
  const y = ctx.place(b)?.name || b.label;
  if (!x || !y) return false;
  // 支出16699亿元 in a paragraph about one fund and 支出5667亿元 in the next, about another: a label that names only
  // its measure (or only 收入, 支出) is of its paragraph's subject, and two paragraphs may each have their own. So is a
  // rate of such a figure.
  const namesNothing = (label: string) => /^(?:收入|支出)?$/.test(nameOf(label));
  const bare = (f: Figure) => namesNothing(f.label) && (!ctx.about(f) || namesNothing(ctx.about(f)!.label));
  // Unless both name the reporter itself (本部门年初预算数 twice): then both are of the department.
  const ownSubject = (f: Figure) => OWN_SUBJECT.test(unmapped(f.label).text) || OWN_SUBJECT.test(textBefore(f, unmapped(f.location.quote).text));
  if (ctx.place(a)?.block !== ctx.place(b)?.block && bare(a) && bare(b) && !(ownSubject(a) && ownSubject(b))) return false;
  // 区本级 and 全区 (or no scope named) are two figures.
  if (scopeOf(x) !== scopeOf(y)) return false;
  // 全市…支出3,614,366万元 and, on the 市本级 paragraph, 支出706,228万元: the line names the scope the label leaves out.
  const [lineScopeA, lineScopeB] = [scopeOfLine(ctx, a), scopeOfLine(ctx, b)];
  if (lineScopeA && lineScopeB && lineScopeA !== lineScopeB) return false;
  // 其中货物类…实际采购金额共计39944.66万元…；工程类…实际采购金额共计24380.43万元: one label twice in one sentence is
  // two clauses of a run, each of its own item.
  if (!a.location.table && !b.location.table && ctx.place(a)?.sentence === ctx.place(b)?.sentence && unmapped(a.label).text === unmapped(b.label).text) return false;
  const [stageA, stageB] = [stageOf(ctx, a), stageOf(ctx, b)];
  if (stageA && stageB && stageA !== stageB) return false;
  // 二是学前教育支出…已于本年度支出3624.71万元；三是小学教育支出…于本年度支出676.47万元: two items of one enumeration.
  const [itemA, itemB] = [enumeratedItem(ctx, a), enumeratedItem(ctx, b)];
  if (itemA && itemB && itemA !== itemB) return false;
  const parts = (l: string) => l.split(' › ').map(named).filter((p) => p.length >= 2);
  // Two places named at the head of their lines (忻州市…全市支出128.01亿元 / 吕梁市…全市支出144.02亿元).
  const [placeA, placeB] = [placeOfLine(ctx, a), placeOfLine(ctx, b)];
  if (placeA && placeB && placeA !== placeB) return false;
  // Rates of two figures (收入…完成全年预算的34.3%；支出…完成全年预算的34.8%) are two rates.
  // 本年收入…决算数303.02亿元，完成预算的100.2% and 本年支出…决算数532.49亿元，完成预算的81.3%: the figures are
  // told apart by their qualified names when their own labels (决算数) say nothing.
  const [ofA, ofB] = [ctx.about(a), ctx.about(b)];
  const nameOfAbout = (f: Figure) => named(ctx.place(f)?.name || f.label);
  if (ofA && ofB && ofA !== ofB && nameOfAbout(ofA) !== nameOfAbout(ofB)) return false;
  // 其中：县直各部门…预算结余5.62亿元，总体执行率86%；各乡镇…预算结余3.55亿元，总体执行率69%: rates of two items of a
  // list (or of an item and its whole) are two rates, however alike the items' labels.
  if (ofA && ofB && ofA !== ofB && ((ctx.place(ofA)?.partOf.length ?? 0) > 0 || (ctx.place(ofB)?.partOf.length ?? 0) > 0)) return false;
  // Which fund a sentence is about (全区政府性基金…支出19.43亿元) tells two bare 支出 apart.
  if (fundBefore(a) !== fundBefore(b)) return false;
  return parts(x).some((p) => parts(y).some((q) => p.includes(q) || q.includes(p)));
}

export const mentions: Rule = {
  id: 'mentions',
  check: 'conflicting_mentions',
  description: 'One metric of the vocabulary stated twice must have one value.',
  messages: {
    'conflicting-mentions': {
      zh: '{label}前后表述不一致：{reported} 与 {expected}，即使考虑四舍五入也不可能同时成立。',
      en: '{label} is stated as {reported} and as {expected}; both cannot be true even allowing for rounding.',
    },
  },
  run(ctx) {
    const groups = new Map<string, Figure[]>();
    for (const f of ctx.figures) {
      if (!f.metric || f.naming?.tier !== 'core') continue;
      const def = ctx.lex.metrics.get(f.metric);
      if (!def || def.manyValued) continue;
      const key = groupKey(ctx, f);
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    for (const stated of groups.values()) {
      if (stated.length < 2) continue;
      // One mention per printed value; the reference is the value its own inputs support, else the most stated one.
      const byValue = new Map<string, Figure[]>();
      for (const m of stated) byValue.set(`${m.raw}|${m.rawUnit}`, [...(byValue.get(`${m.raw}|${m.rawUnit}`) ?? []), m]);
      if (byValue.size < 2) continue;
      const values = [...byValue.values()];
      const reference = values.find((v) => supportedByFormula(ctx, v[0]!))?.[0] ?? [...values].sort((a, b) => b.length - a.length)[0]![0]!;
      for (const group of values) {
        const reported = group[0]!;
        if (reported === reference || !sameThing(ctx, reported, reference)) continue;
        ctx.relate({
          check: 'conflicting_mentions',
          kind: 'mention',
          stated: reported,
          alternatives: [
            {
              inputs: [['mention', reference]],
              expected: (iv) => iv(reference),
              formula: () => `{${reported.metric}}: ${reported.raw}${reported.rawUnit} ≠ ${reference.raw}${reference.rawUnit}（${show(ctx.interval(reported))} ∩ ${show(ctx.interval(reference))} = ∅）`,
            },
          ],
          severity: (margin) => (margin.div(Decimal.max(new Decimal(reference.value).abs(), 1e-9)).gte(0.005) || margin.gte(0.5) ? 'error' : 'warning'),
          key: reported.naming?.key ?? '',
          message: () => ({ code: 'conflicting-mentions', params: { label: `{${reported.metric}}`, reported: `${reported.raw}${reported.rawUnit}`, expected: `${reference.raw}${reference.rawUnit}` } }),
        });
      }
    }
  },
};
