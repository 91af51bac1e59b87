/**
 * What a flattened table cell holds, read from its normalised text (traditional characters folded, pinyin
 * dropped, full-width digits folded). Readers of flattened tables tell row labels and column headers (text) from
 * the cells they label (figures, dates, placeholders, empty cells) by this alone, so it is deliberately strict:
 * a cell is a figure only when the whole cell is one number with at most a comparator and a unit.
 */
import { unmapped } from './mapped-text.js';
import { simplifiedCode } from './traditional.js';

export type CellKind = 'empty' | 'placeholder' | 'number' | 'quantity' | 'date' | 'text';

/** Dashes, slashes and ellipses standing for "nothing to report". */
const PLACEHOLDER = /^[-—–－…/\\.·]+$/;
const NUMBER = /^[-+]?[¥￥]?\d[\d,]*(?:\.\d+)?$/;
/** Units printed in form cells: money, counts of people and things, areas, time spans, scores. */
const UNIT =
  '(?:%|‰|[千百]?万?亿?元|万|亿|人次|人|户|个|项|次|只|头|亩|公顷|平方米|立方米|㎡|米|公里|千米|台|辆|所|件|份|天|小时|分钟|分|吨|套|册|场|期|家|条|篇|本|部|处|张|座|间|株|棵|批次|批|名|位|千瓦|KVA|kva|度|年|月)';
/** A comparator (targets such as ≥300人, >=21933人), a number, a unit possibly per something (元/人*月). */
const QUANTITY = new RegExp(`^(?:[≥≤<>=]=?)?[-+]?\\d[\\d,]*(?:\\.\\d+)?(?:${UNIT}(?:/${UNIT}(?:[*·×]${UNIT})?)?)?$`);
/** Dates and date ranges: 2023-03-17, 2023.03.15, 2021年1月起至2021年12月止, 1月11号. */
const DATE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{4}年\d{1,2}月(?:\d{1,2}[日号])?(?:[起至到-].*)?|\d{1,2}月\d{1,2}[日号]?)$/;

/** Keys already computed: table readers ask for the same cells many times, and normalising is not free. */
const keys = new Map<string, string>();

/** Punctuation normalising leaves alone: 、。（）：；“”. */
const KEPT_PUNCTUATION = new Set([0x3001, 0x3002, 0xff08, 0xff09, 0xff1a, 0xff1b, 0x201c, 0x201d]);

/**
 * Text that normalising would leave as it is, white space aside: printable ASCII without the marks it removes
 * (Markdown, LaTeX, headings), simplified ideographs, a few CJK punctuation marks. Most cells are such text.
 */
function normal(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code < 0x7f) {
      if ('\\*_$#{}'.includes(text[i]!)) return false;
    } else if (!(code >= 0x4e00 && code <= 0x9fff && simplifiedCode(code) === null) && !KEPT_PUNCTUATION.has(code)) return false;
  }
  return true;
}

/** The cell's text as matched: normalised, without any white space. */
export function cellKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = (normal(text) ? text : unmapped(text).text).replace(/\s+/g, '');
    if (keys.size >= 20_000) keys.clear();
    keys.set(text, key);
  }
  return key;
}

export function cellKind(text: string): CellKind {
  const t = cellKey(text);
  if (t === '') return 'empty';
  if (PLACEHOLDER.test(t)) return 'placeholder';
  if (NUMBER.test(t)) return 'number';
  if (DATE.test(t)) return 'date';
  // A bare year or month (2022年, 12月) is a heading word, not a quantity.
  if (QUANTITY.test(t) && !/^\d+[年月]$/.test(t)) return 'quantity';
  return 'text';
}

/** A cell that states something a label can be attached to: a number, a quantity or a date. */
export function isFigure(kind: CellKind): boolean {
  return kind === 'number' || kind === 'quantity' || kind === 'date';
}

/** A cell in a value position: a figure, or a blank/placeholder standing where a figure would be. */
export function isValue(kind: CellKind): boolean {
  return kind !== 'text';
}

/**
 * A short signature of a figure cell, so that cells of one column can be compared: `n` whole number, `n.` decimal,
 * `q:亩` quantity and its unit, `d` date. Used to tell which column a cell belongs to when the row lost cells.
 */
export function figureSignature(text: string): string {
  const t = cellKey(text);
  const kind = cellKind(text);
  if (kind === 'number') return t.includes('.') ? 'n.' : 'n';
  if (kind === 'quantity') return `q:${t.replace(/^[≥≤<>=]+/, '').replace(/^[-+]?[\d,.]+/, '')}`;
  return kind === 'date' ? 'd' : kind;
}
