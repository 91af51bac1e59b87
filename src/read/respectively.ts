/**
 * 分别 lists: names, then 分别 and a verb, then as many values, in order (科技、就业补助、农村综合改革支出分别增长30.7%、
 * 22.3%、18.7%; 货物、工程、服务政府采购规模分别为14.71亿元、5.65亿元和12.36亿元). The i-th value is of the i-th name,
 * with the verb before the run. A run of shares right after an amount run (…，占全市政府采购规模比例为44.96%、17.27%和
 * 37.77%) pairs the same way with the amounts. Where the names and the values do not pair one for one, the values
 * are of no name the words give: the reader makes none of them a claim about the figure before.
 */
import type { NumberToken } from './numbers.js';

export interface Respective {
  /** Range of the value's name in the normalised text; null when the names do not pair one for one with the values. */
  name: [number, number] | null;
  /** The words that say what each value is (增长, 为, 占全区地方财政支出的), as printed before the first value. */
  verb: string;
  /** Their range in the normalised text. */
  verbAt: [number, number];
  /** For a share of a run that follows an amount run: the index, in the tokens, of the amount it is of. */
  partOf: number | null;
}

const SEPARATOR = /^\s*(?:[、，,]|和|及|与|以及)\s*$/;
const RESPECTIVELY = /分别\s*((?:为|是|达到?|完成|实现|比上年(?:同期)?|同比)?[^，,；;。：:\d]{0,24}?)\s*$/;
const NAME_SPLIT = /、|和|及|与/g;
/**
 * After an amount run, the words before a run of percents of those amounts: 占X(的)(比例|比重)(分别)(为), or (同比)分别
 * 增长.
 */
const RUN_AFTER = /^\s*[，,]\s*(占[^，,；;。：:\d]{1,30}?(?:的)?(?:比例|比重)?(?:分别)?(?:为|是)?|(?:同比|(?:比|较)上年(?:同期)?)?分别(?:增长|下降|增加|减少|上升|提高|降低)(?:了)?)\s*$/;

/** The run of tokens from `first` that only separators join, of one kind. */
function runFrom(text: string, tokens: NumberToken[], first: number): number[] {
  const run = [first];
  for (let k = first + 1; k < tokens.length; k++) {
    const prev = tokens[k - 1]!;
    if (tokens[k]!.kind !== tokens[first]!.kind || !SEPARATOR.test(text.slice(prev.unitEnd, tokens[k]!.start))) break;
    run.push(k);
  }
  return run;
}

/** The 分别 values of a sentence's tokens, by token index. */
export function respectiveValues(text: string, sentenceStart: number, tokens: NumberToken[]): Map<number, Respective> {
  const found = new Map<number, Respective>();
  let from = sentenceStart;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const clauseFrom = from;
    const before = text.slice(from, token.start);
    from = token.unitEnd;
    const lead = RESPECTIVELY.exec(before);
    if (!lead) continue;
    const run = runFrom(text, tokens, k);
    if (run.length < 2) continue;
    // The names: the clause before 分别, cut at 、和及与.
    const at = clauseFrom + lead.index;
    const clauseStart = Math.max(sentenceStart, ...['，', ',', '；', ';', '：', ':', '。'].map((c) => text.lastIndexOf(c, at - 1) + 1));
    const names: Array<[number, number]> = [];
    let start = clauseStart;
    for (const m of text.slice(clauseStart, at).matchAll(NAME_SPLIT)) {
      names.push([start, clauseStart + m.index!]);
      start = clauseStart + m.index! + m[0].length;
    }
    names.push([start, at]);
    const paired = names.length === run.length && names.every(([s, e]) => e - s >= 1);
    const verbStart = at + lead[0].length - lead[1]!.length - (lead[0].length - lead[0].trimEnd().length);
    const verbAt: [number, number] = [verbStart, verbStart + lead[1]!.length];
    run.forEach((index, i) => found.set(index, { name: paired ? names[i]! : null, verb: lead[1]!, verbAt, partOf: null }));
    // A run of shares or growths of the amounts, right after them.
    const last = tokens[run.at(-1)!]!;
    const next = run.at(-1)! + 1;
    const shares = tokens[next] && tokens[next]!.kind === 'percent' && tokens[k]!.kind === 'money' ? RUN_AFTER.exec(text.slice(last.unitEnd, tokens[next]!.start)) : null;
    if (shares) {
      const shareRun = runFrom(text, tokens, next);
      const pairs = shareRun.length === run.length;
      const shareVerbStart = last.unitEnd + shares.index + shares[0].indexOf(shares[1]!);
      const shareVerbAt: [number, number] = [shareVerbStart, shareVerbStart + shares[1]!.length];
      shareRun.forEach((index, i) => found.set(index, { name: pairs && paired ? names[i]! : null, verb: shares[1]!, verbAt: shareVerbAt, partOf: pairs ? run[i]! : null }));
      k = shareRun.at(-1)!;
      from = tokens[k]!.unitEnd;
      continue;
    }
    k = run.at(-1)!;
    from = tokens[k]!.unitEnd;
  }
  sharesOfNamedAmounts(text, tokens, found);
  return found;
}

/** Words before an amount that make it a change, not a level. */
const CHANGE_BEFORE = /增|减|降|升|比|较|同比/;

/** 占X的比重分别为: the words of a run of shares of the amounts before it, each named on its own. */
const SHARES_RESPECTIVELY = /^\s*[，,]\s*(占[^，,；;。：:\d]{1,30}?(?:的)?(?:比例|比重)?分别(?:为|是)?)\s*$/;

/**
 * Amounts each with its own name, then the run of their shares (乐透数字型彩票2273.37亿元，竞猜型彩票1219.42亿元，…，
 * 基诺型彩票1.67亿元，占彩票销售总量的比重分别为53.8%、28.9%、…和0.1%): as many amounts right before the run as it
 * has shares, in order, each a level (no change word before it).
 */
function sharesOfNamedAmounts(text: string, tokens: NumberToken[], found: Map<number, Respective>): void {
  for (let k = 1; k < tokens.length; k++) {
    const token = tokens[k]!;
    // A run the first pass found names no name for (its clause before 分别 is one name, the whole's) may still pair.
    const earlier = found.get(k);
    if (token.kind !== 'percent' || (earlier && (earlier.name || earlier.partOf !== null))) continue;
    const words = SHARES_RESPECTIVELY.exec(text.slice(tokens[k - 1]!.unitEnd, token.start));
    if (!words) continue;
    const run = runFrom(text, tokens, k);
    const amounts = run.map((_, i) => k - run.length + i);
    if (run.length < 2 || amounts[0]! < 0 || amounts.some((a) => tokens[a]!.kind !== 'money' || found.has(a))) continue;
    // Levels only: a change among them (，同比增支10万元，) is not one of the amounts the shares are of.
    if (amounts.some((a) => CHANGE_BEFORE.test(text.slice(a > 0 ? tokens[a - 1]!.unitEnd : 0, tokens[a]!.start)))) continue;
    const verbStart = tokens[k - 1]!.unitEnd + words.index + words[0].indexOf(words[1]!);
    run.forEach((index, i) => found.set(index, { name: null, verb: words[1]!, verbAt: [verbStart, verbStart + words[1]!.length], partOf: amounts[i]! }));
    k = run.at(-1)!;
  }
}
