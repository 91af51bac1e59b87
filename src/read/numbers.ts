/**
 * Find the numbers in normalised text, with their unit, and mask the numbers that are never figures: dates,
 * document numbers (深坪财函〔2020〕70号), phone numbers, list markers (1. / （2）), table references (表1-4),
 * ranges (1-2小时). The number is kept as printed (decimals matter for the rounding rule).
 */
import { Decimal } from 'decimal.js';

export type UnitKind = 'money' | 'percent' | 'points' | 'people' | 'count' | 'score' | 'none';

export interface NumberToken {
  /** Normalised-text range of the number itself. */
  start: number;
  end: number;
  /** Range including the unit. */
  unitEnd: number;
  /** As printed, thousands separators kept (`7,754.78`). */
  raw: string;
  value: Decimal;
  decimals: number;
  /** Unit as printed (`万元`, `%`, `人`, `` for none). */
  unit: string;
  kind: UnitKind;
  /** Factor to the normalised unit (万元 for money), or 1. */
  scale: Decimal;
}

/**
 * Thousands separated by commas, or in prose by spaces (收入42 118万元, 金额1 167.09万元: a space between groups of
 * three, right after words (not 标段3, 第2) and right before a unit of money). A
 * number after a comma that follows no digit starts there (分别为9175.8亿元,17492.4亿元).
 */
const NUMBER = /(?<![\d.A-Za-z])(?<!\d,)[-]?(?:(?<=[\u4e00-\u9fff])(?<![段号第批期项])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?=(?:\.\d+)?\s*[万萬亿億]?元)|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])/g;

interface UnitDef {
  re: RegExp;
  kind: UnitKind;
  scale: string;
  canonical?: string;
}

/** Longest first. 万 alone is settled by the caller (money when the label is about money). */
const UNITS: UnitDef[] = [
  { re: /^(?:百万元)/, kind: 'money', scale: '100' },
  { re: /^(?:万元|萬元)/, kind: 'money', scale: '1', canonical: '万元' },
  { re: /^(?:亿元|億元)/, kind: 'money', scale: '10000', canonical: '亿元' },
  { re: /^千元/, kind: 'money', scale: '0.1' },
  { re: /^元/, kind: 'money', scale: '0.0001' },
  { re: /^(?:个百分点|百分点)/, kind: 'points', scale: '1', canonical: '个百分点' },
  { re: /^%/, kind: 'percent', scale: '1' },
  { re: /^‰/, kind: 'percent', scale: '0.1' },
  { re: /^(?:万人次|人次|万人|万件|万条|万个|万余|万多|万)/, kind: 'count', scale: '1' },
  { re: /^(?:人|名)/, kind: 'people', scale: '1', canonical: '人' },
  { re: /^分(?!钟|之|别|期|批|类|析|配|管|项|布|解|工|散|行|局|级|成|数|值)/, kind: 'score', scale: '1', canonical: '分' },
  { re: /^(?:个|项|家|台|次|件|条|份|宗|户|所|套|辆|栋|种|批|座|处|场|期|篇|本|张|路|亿条|亿)/, kind: 'count', scale: '1' },
];

/** Regions of the text whose digits are not figures. */
const MASKS: RegExp[] = [
  // Dates and years: 2021年12月31日, 2021年度, 2021-2023年, 12月31日, 3月底, 2022.5.8, 2022-05-08, 10:30
  /\d{4}\s*[-—~～至到]\s*\d{4}\s*年度?/g,
  /\d{4}年(?:\d{1,2}月(?:\d{1,2}[日号])?)?度?/g,
  /\d{1,2}月(?:\d{1,2}[日号]|份|底|末|初|中旬|上旬|下旬)?/g,
  /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/g,
  /\d{1,2}:\d{2}/g,
  // Document numbers: 深坪财函〔2020〕70号, [2020]70号, (2020)70号, 第12号
  /[〔［\[【(（]\s*\d{4}\s*[〕］\]】)）]\s*(?:第\s*)?\d*\s*号?/g,
  /第\s*\d+\s*[号期届章节条款页次批轮]/g,
  // Phone and postcode: 0755-28318397, mobile numbers, anything after 电话/传真
  /(?:电话|传真|手机|热线|邮编|邮政编码|联系方式)[:：]?[\d\s-]{5,}/g,
  /\d{3,4}-\d{7,8}(?:-\d{1,4})?/g,
  /(?<!\d)1[3-9]\d{9}(?!\d)/g,
  // References to tables, figures, annexes, sections: 表1-4, 附件2, 图3
  /(?:表|图|附件|附表|第)\s*\d+(?:\s*[-—.．]\s*\d+)*/g,
  // Ranges of counts or durations: 1-2小时, 3~5个
  /\d+(?:\.\d+)?\s*[-~～]\s*\d+(?:\.\d+)?(?=\s*[小个天年月日周次])/g,
  // List markers at the start of a clause: 1. / 1、 / （1） / (2) / ①
  /(?:^|(?<=[。；;：:！？\s]))\d{1,2}\s*[.、．](?!\d)/g,
  /[（(]\s*\d{1,2}\s*[）)]/g,
  // Codes: 30302 印刷费, A0504010 (economic classification, procurement catalogue)
  /[A-Z]\d{4,}/g,
  // 5G, 4K, U盘 and the like
  /\d+[GKgk](?![a-z])/g,
  // Quarter names written with digits: 第1季度, 1季度, Q3
  /第?\s*[1-4]\s*季度|[Qq][1-4](?!\d)/g,
];

/**
 * The texts scanned last, with their masked ranges: a paragraph is scanned by the vocabulary and again by the figure
 * reader (the same string, from its block's cached text). Bounded, and emptied when full.
 */
const masked = new Map<string, ReadonlyArray<readonly [number, number]>>();
const MASKED_KEPT = 512;

export function maskedRanges(text: string): ReadonlyArray<readonly [number, number]> {
  let ranges = masked.get(text);
  if (!ranges) {
    if (masked.size >= MASKED_KEPT) masked.clear();
    masked.set(text, (ranges = computeMaskedRanges(text)));
  }
  return ranges;
}

function computeMaskedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const re of MASKS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) ranges.push([m.index!, m.index! + m[0].length]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Masked-range lookup for positions visited in increasing order: a cursor, not a scan from the start. */
class MaskCursor {
  private i = 0;
  /** Largest end among ranges before the cursor (ranges may nest or overlap). */
  private reach = -1;
  constructor(private readonly ranges: ReadonlyArray<readonly [number, number]>) {}
  covers(start: number, end: number): boolean {
    while (this.i < this.ranges.length && this.ranges[this.i]![0] < end) {
      this.reach = Math.max(this.reach, this.ranges[this.i]![1]);
      this.i++;
    }
    return this.reach > start;
  }
}

function parseUnit(rest: string): { unit: string; kind: UnitKind; scale: Decimal; length: number } {
  // 250 万， — 万 alone before punctuation is an amount in 万元 (prose drops 元); 4.6万件 is a count.
  if (/^万(?![\u4e00-\u9fff])/.test(rest)) return { unit: '万', kind: 'money', scale: new Decimal(1), length: 1 };
  for (const u of UNITS) {
    const m = u.re.exec(rest);
    if (m) return { unit: u.canonical ?? m[0], kind: u.kind, scale: new Decimal(u.scale), length: m[0].length };
  }
  return { unit: '', kind: 'none', scale: new Decimal(1), length: 0 };
}

/** Parse a printed number (`51,019.77`, `-0.98`) into value and decimals. */
export function parseNumber(raw: string): { value: Decimal; decimals: number } | null {
  const plain = raw.replace(/[,，\s]/g, '').replace(/^[−–—]/, '-');
  if (!/^[-+]?\d+(?:\.\d+)?$/.test(plain)) return null;
  const dot = plain.indexOf('.');
  return { value: new Decimal(plain), decimals: dot < 0 ? 0 : plain.length - dot - 1 };
}

export function scanNumbers(text: string): NumberToken[] {
  const masks = new MaskCursor(maskedRanges(text));
  const tokens: NumberToken[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index!;
    let raw = m[0];
    // A leading minus is a sign only where it cannot be a dash between two things; after a name, before an amount of
    // money (补充预算周转金-21万元), it is the amount's sign.
    let numStart = start;
    const signedAmount = /[\u4e00-\u9fff]/.test(text[start - 1] ?? '') && !/[至到和与及、]/.test(text[start - 1] ?? '') && /^(?:\.\d+)?\s*[万萬亿億]?元/.test(text.slice(start + m[0].length));
    if (raw.startsWith('-') && /[\d\u4e00-\u9fff）)]/.test(text[start - 1] ?? '') && !signedAmount) {
      raw = raw.slice(1);
      numStart = start + 1;
    }
    const end = start + m[0].length;
    if (masks.covers(numStart, end)) continue;
    const parsed = parseNumber(raw);
    if (!parsed) continue;
    const unit = parseUnit(text.slice(end, end + 6));
    tokens.push({ start: numStart, end, unitEnd: end + unit.length, raw, ...parsed, unit: unit.unit, kind: unit.kind, scale: unit.scale });
  }
  tokens.push(...chinesePercents(text));
  return tokens.sort((a, b) => a.start - b.start);
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 百分之九十五点五 → 95.5 %. */
function chinesePercents(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(/百分之([零〇一二两三四五六七八九十百]+)(?:点([零〇一二三四五六七八九]+))?/g)) {
    const whole = cnInteger(m[1]!);
    if (whole === null) continue;
    const frac = m[2] ? [...m[2]].map((c) => CN_DIGIT[c]).join('') : '';
    const raw = frac ? `${whole}.${frac}` : String(whole);
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      unitEnd: m.index! + m[0].length,
      raw: m[0],
      value: new Decimal(raw),
      decimals: frac.length,
      unit: '%',
      kind: 'percent',
      scale: new Decimal(1),
    });
  }
  return out;
}

function cnInteger(s: string): number | null {
  if (s === '百' || s === '一百') return 100;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch in CN_DIGIT) {
      current = CN_DIGIT[ch]!;
    } else return null;
  }
  return total + current;
}
